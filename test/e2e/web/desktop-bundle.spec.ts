import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../../../app/contract/shared/run-job.ts';
import { startCoreWorkers } from '../../../app/core/workers.ts';
import { fileSettingsStore } from '../../../app/settings/index.ts';
import { expect, ROOT, test } from '../fixtures.ts';

// Not Electron (its binary cannot be fetched here): the desktop app's bundled core worker (out/main/core-worker.js, as
// electron-vite builds it for the main process), run by Node — so that what the bundler does to the core (dropped
// import attributes, lazily loaded chunks) is caught before the app ships.
test('the desktop app’s bundled core worker serves reads, suggestions, jobs and archives', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-bundle-'));
  const core = await startCoreWorkers({
    dir, version: 'bundle', allowPaths: true, seedSamples: true, samplesDir: join(ROOT, 'assets', 'samples'),
    settings: fileSettingsStore(join(dir, 'settings.json')), workerFile: join(ROOT, 'out', 'main', 'core-worker.js'),
  });
  try {
    const list = await core.call('documents.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 4 } });
    const id = (list as { value: { items: { id: string }[] } }).value.items[0]!.id;
    const suggested = await core.call('entities.suggest', { documentId: id });
    expect(suggested.ok).toBe(true);
    expect((suggested as { value: unknown[] }).value.length).toBeGreaterThan(5);
    for (const [job, input] of [
      ['annotations.export', { format: 'md' }],
      ['library.export', { format: 'archive', path: join(dir, 'library.apostille') }],
      ['backups.create', {}],
      ['library.check', { quick: false }],
    ] as const) {
      expect((await runJob(core, job, input as never).outcome).state, job).toBe('done');
    }
  } finally {
    await core.close();
  }
});
