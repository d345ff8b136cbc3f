import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../../app/contract/shared/run-job.ts';
import { startCoreWorkers } from '../../../app/core/workers.ts';
import { fileSettingsStore } from '../../../app/settings/index.ts';
import { generateArticle, generateSources } from '../../bench/generate-articles.ts';
import { filesOf } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

async function workers(dir = tempDir()) {
  return startCoreWorkers({ dir, version: 'test', allowPaths: false, settings: fileSettingsStore(join(dir, 'settings.json')) });
}

describe('the core in worker threads', () => {
  it('answers reads while a long import runs on the job lane, and the import still completes', async () => {
    const core = await workers();
    const files = filesOf(Object.fromEntries(generateSources(0, 500).map((s, i) => [`a-${i}.txt`, s.read()])));
    let running = true;
    const job = runJob(core, 'documents.import', { files });
    void job.outcome.then(() => (running = false));
    const answeredWhileRunning: number[] = [];
    // Wait until articles are going in, then read: each answer comes while the job is still running.
    for (let count = 0; running && count === 0;) count = ((await core.call('app.info', {})) as { value: { documentCount: number } }).value.documentCount;
    for (let i = 0; i < 5 && running; i++) {
      const info = await core.call('app.info', {});
      expect(info.ok).toBe(true);
      if (running) answeredWhileRunning.push((info as { value: { documentCount: number } }).value.documentCount);
    }
    const outcome = await job.outcome;
    expect(outcome.state).toBe('done');
    expect(outcome.result!.imported).toHaveLength(500);
    expect(answeredWhileRunning.length).toBeGreaterThan(0);
    // The reads saw the import part-way: more than nothing, less than all.
    expect(Math.min(...answeredWhileRunning)).toBeLessThan(500);
    await core.close();
  });

  it('answers a read while a heavy computation runs on its own lane', async () => {
    const dir = tempDir();
    const core = await workers(dir);
    // A long article: its suggestions take a while on the computing reader.
    const text = Array.from({ length: 60 }, (_, i) => generateArticle(i).text).join('\n\n');
    const imported = await runJob(core, 'documents.import', { files: filesOf({ 'long.txt': text }) }).outcome;
    const id = imported.result!.imported[0]!.id;
    const order: string[] = [];
    const suggest = core.call('entities.suggest', { documentId: id }).then((r) => (order.push('suggest'), r));
    const list = core.call('documents.list', {}).then((r) => (order.push('list'), r));
    const [suggested, listed] = await Promise.all([suggest, list]);
    expect(suggested.ok && listed.ok).toBe(true);
    expect(order).toEqual(['list', 'suggest']);
    await core.close();
  });

  it('answers this machine’s settings itself, refuses unknown methods and malformed bodies in the one error shape', async () => {
    const dir = tempDir();
    const core = await workers(dir);
    expect(await core.call('settings.set', { theme: 'dark' })).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(fileSettingsStore(join(dir, 'settings.json')).get().theme).toBe('dark');
    expect(await core.call('documents.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    expect(decode(await core.callJson('documents.list', new TextEncoder().encode('{"limit":')))).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(decode(await core.callJson('settings.get', new TextEncoder().encode('not json')))).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(decode(await core.callJson('documents.list', new TextEncoder().encode('{"limit":2}')))).toMatchObject({ ok: true, value: { total: 0 } });
    await core.close();
  });

  it('refuses to start on a library it cannot open, naming what is wrong', async () => {
    const dir = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'library.sqlite'), 'not a database, just text that is long enough to fill a header of one hundred bytes and more, surely');
    await expect(workers(dir)).rejects.toMatchObject({ code: 'library_not_database' });
  });
});
