import { describe, expect, it } from 'vitest';
import { apostille, SAMPLE_FILES } from '../../support/cli.ts';
import { usePostgres } from '../../support/postgres.ts';
import { useTempDir } from '../../support/tmp.ts';

const pgs = usePostgres();

describe.skipIf(!pgs.available)('apostille team, from the command line', () => {
  it('says so when the database does not exist (the server’s administrator makes it)', () => {
    const server = pgs.server();
    const owner = server.uri(server.superuser, server.password, 'newsroom');
    const created = apostille(['team', 'init', owner]);
    expect(created.code).not.toBe(0);
    expect(created.stderr).toMatch(/does not exist|could not|refused/i);
  });
});

describe.skipIf(!pgs.available)('apostille team with a database', () => {
  const tempDir = useTempDir();

  it('goes from init to two members who see each other’s notes', async () => {
    const server = pgs.server();
    await server.createDatabase('newsroom');
    const owner = server.uri(server.superuser, server.password, 'newsroom');
    const init = apostille(['team', 'init', owner]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('The team library is ready');
    expect(init.stdout).not.toContain(server.password);
    for (const name of ['lea', 'malik']) {
      const added = apostille(['team', 'members', 'add', owner, name], { APOSTILLE_MEMBER_PASSWORD: `${name}-secret-1` });
      expect(added.code, added.stderr).toBe(0);
    }
    const list = apostille(['team', 'members', 'list', owner, '--json']);
    expect(JSON.parse(list.stdout).members.map((m: { role: string }) => m.role).sort()).toEqual(['apostille_admin', 'lea', 'malik'].sort());
    const noPassword = apostille(['team', 'members', 'add', owner, 'sam']);
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('APOSTILLE_MEMBER_PASSWORD');

    const lea = tempDir();
    const malik = tempDir();
    const address = (name: string) => `postgres://${name}@127.0.0.1:${server.port}/newsroom`;
    const joinLea = apostille(['team', 'join', address('lea'), '--library', lea], { PGPASSWORD: 'lea-secret-1' });
    expect(joinLea.code, joinLea.stderr).toBe(0);
    const joinMalik = apostille(['team', 'join', address('malik'), '--library', malik], { PGPASSWORD: 'malik-secret-1' });
    expect(joinMalik.code, joinMalik.stderr).toBe(0);
    // The password is never kept in the library.
    const status = apostille(['team', 'status', '--library', lea, '--json']);
    expect(JSON.parse(status.stdout)).toMatchObject({ member: 'lea', pending: 0 });
    expect(status.stdout).not.toContain('lea-secret-1');

    expect(apostille(['--library', lea, 'import', SAMPLE_FILES[0]!]).code).toBe(0);
    const id = (JSON.parse(apostille(['--library', lea, 'list', '--json']).stdout) as { items: { id: string }[] }).items[0]!.id;
    const annotated = apostille(['--library', lea, 'annotate', id, '--quote', 'pension money', '--note', 'Source : agence']);
    expect(annotated.code, annotated.stderr).toBe(0);
    expect(JSON.parse(apostille(['team', 'status', '--library', lea, '--json']).stdout).pending).toBeGreaterThan(1);
    const pushed = apostille(['team', 'sync', '--library', lea], { PGPASSWORD: 'lea-secret-1' });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(pushed.stdout).toMatch(/Sent \d+ rows/);
    const pulled = apostille(['team', 'sync', '--library', malik, '--json'], { PGPASSWORD: 'malik-secret-1' });
    expect(pulled.code, pulled.stderr).toBe(0);
    expect(JSON.parse(pulled.stdout).pulled.rows).toBeGreaterThan(1);
    const notes = apostille(['--library', malik, 'annotations', id, '--json']);
    expect(JSON.parse(notes.stdout).map((a: { note: string | null }) => a.note)).toContain('Source : agence');

    const wrong = apostille(['team', 'sync', '--library', malik], { PGPASSWORD: 'not-his-password', LANG: 'fr_FR.UTF-8' });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('le nom ou le mot de passe est faux');
    const after = JSON.parse(apostille(['team', 'status', '--library', malik, '--json']).stdout);
    expect(after.lastError).toBe('team_auth_failed');
    const privateLibrary = apostille(['team', 'status', '--library', tempDir()]);
    expect(privateLibrary.stdout).toContain('This library is private');
  });
});
