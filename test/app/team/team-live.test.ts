import { describe, expect, it } from 'vitest';
import { runJob } from '../../../app/contract/shared/run-job.ts';
import { openTestCore, type TestCore } from '../../support/api.ts';
import { usePostgres } from '../../support/postgres.ts';
import { createTeam } from '../../support/team.ts';
import { useTempDir } from '../../support/tmp.ts';

const pgs = usePostgres();

describe.skipIf(!pgs.available)('two members connected at once, through the core', () => {
  const tempDir = useTempDir();

  it('shows a note made by one at the other within moments: a notification wakes the other’s sync', async () => {
    const server = pgs.server();
    await createTeam(server, 'live', { ines: 'ines-password', hugo: 'hugo-password' });
    const address = (name: string) => `postgres://${name}@127.0.0.1:${server.port}/live`;
    const ines = await openTestCore(tempDir());
    const hugo = await openTestCore(tempDir());
    const cores: TestCore[] = [ines, hugo];
    try {
      // Joining gives the core the password for the session; later calls need none.
      await ines.job('team.join', { address: address('ines'), password: 'ines-password' });
      await hugo.job('team.join', { address: address('hugo'), password: 'hugo-password' });
      expect(await hugo.call('team.status', {})).toMatchObject({ member: 'hugo', pending: 0, lastError: null });

      let synced: Promise<unknown> = Promise.resolve();
      const listening = runJob(hugo.core, 'team.listen', {}, () => {
        synced = hugo.job('team.sync', {});
      });
      // The listener is connected once the first notification can reach it; ines's join made none.
      await new Promise((resolve) => setTimeout(resolve, 300));

      const report = await ines.job('documents.import', { files: [{ name: 'depeche.txt', base64: Buffer.from('Sécheresse\n\nLe niveau des nappes reste bas dans 68 % des départements.\n').toString('base64') }] });
      const id = report.imported[0]!.id;
      await ines.call('annotations.create', { documentId: id, start: 0, end: 10, color: 'yellow', note: 'À suivre' });
      const started = Date.now();
      await ines.job('team.sync', {});
      for (let i = 0; i < 100 && (await hugo.call('annotations.list', { documentId: id }).catch(() => [])).length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await synced;
      }
      const seen = Date.now() - started;
      expect((await hugo.call('annotations.list', { documentId: id })).map((a) => a.note)).toEqual(['À suivre']);
      expect(seen).toBeLessThan(5000);
      await listening.cancel();
      expect((await listening.outcome).state).toBe('cancelled');
      // Forgetting the password: the next sync has none to give (the server asks for one).
      await hugo.call('team.unlock', { password: null });
      const locked = await hugo.outcome('team.sync', {});
      expect(locked.state).toBe('failed');
    } finally {
      for (const c of cores) await c.close();
    }
  });

  it('never lends a page this machine’s credentials: no password given, no PGPASSWORD; no certificate files in an address', async () => {
    const server = pgs.server();
    await createTeam(server, 'page', { pia: 'pia-password' });
    const page = await openTestCore(tempDir(), { allowPaths: false });
    const previous = process.env.PGPASSWORD;
    process.env.PGPASSWORD = 'pia-password';
    try {
      const address = `postgres://pia@127.0.0.1:${server.port}/page`;
      const without = await page.outcome('team.join', { address });
      expect(without).toMatchObject({ state: 'failed', error: { code: 'team_auth_failed' } });
      const files = await page.outcome('team.join', { address: `${address}?sslrootcert=/etc/ssl/private/key.pem`, password: 'pia-password' });
      expect(files).toMatchObject({ state: 'failed', error: { code: 'invalid_request' } });
      expect(await page.call('team.status', {})).toBeNull();
      await page.job('team.join', { address, password: 'pia-password' });
      expect(await page.call('team.status', {})).toMatchObject({ member: 'pia' });
    } finally {
      if (previous === undefined) delete process.env.PGPASSWORD;
      else process.env.PGPASSWORD = previous;
      await page.close();
    }
  });
});
