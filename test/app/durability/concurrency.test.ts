import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startCoreWorkers } from '../../../app/core/workers.ts';
import { startHttpHost, TOKEN_HEADER } from '../../../app/host/index.ts';
import { fileSettingsStore } from '../../../app/settings/index.ts';
import { generateSources } from '../../bench/generate-articles.ts';
import { CLI } from '../../support/cli.ts';
import { acknowledged, watch, WRITER } from '../../support/processes.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();
const run = promisify(execFile);
const SECONDS = Number(process.env.APOSTILLE_CONCURRENCY_SECONDS ?? 20);

describe('three writers on one library', () => {
  it(`the host, a writing process and the CLI all complete every write for ${SECONDS} s, none refused`, { timeout: (SECONDS + 60) * 1000 }, async () => {
    const dir = tempDir();
    const staticDir = mkdtempSync(join(tmpdir(), 'apostille-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Apostille</title>');
    const core = await startCoreWorkers({ dir, version: 'test', allowPaths: false, settings: fileSettingsStore(join(dir, 'settings.json')) });
    const host = await startHttpHost({ core, staticDir });
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`${host.origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token }, body: JSON.stringify(input) });
      return { status: response.status, body: (await response.json()) as { ok: boolean; value?: unknown; error?: unknown } };
    };
    const stopAt = Date.now() + SECONDS * 1000;
    const writer = watch(process.execPath, [WRITER, dir, 'process']);
    const hostWrites: string[] = [];
    const cliWrites: string[] = [];
    const refusals: unknown[] = [];

    // The host: highlights and notes on the articles it finds, as fast as it is answered.
    const hostLoop = (async () => {
      await writer.waitFor(/^ok document/);
      for (let i = 0; Date.now() < stopAt; i++) {
        const list = await call('documents.list', { limit: 20 });
        const items = (list.body.value as { items: { id: string }[] }).items;
        const target = items[i % items.length]!;
        const made = await call('annotations.create', { documentId: target.id, start: 0, end: 5, color: 'blue', note: `hôte ${i}` });
        if (made.status !== 200) refusals.push(made.body.error);
        else hostWrites.push((made.body.value as { id: string }).id);
      }
    })();
    // The CLI: one real command after another, each its own process, importing a folder of 150 articles (the import
    // that used to hold the library for seconds).
    const cliLoop = (async () => {
      for (let i = 0; Date.now() < stopAt; i++) {
        const folder = mkdtempSync(join(tmpdir(), 'apostille-cli-'));
        for (const [n, source] of generateSources(i * 150, 150).entries()) writeFileSync(join(folder, `cli-${i}-${n}.txt`), source.read());
        try {
          const { stdout } = await run(process.execPath, [CLI, '--library', dir, 'import', folder, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
          cliWrites.push(...(JSON.parse(stdout) as { imported: { id: string }[] }).imported.map((d) => d.id));
        } catch (error) {
          refusals.push((error as { stderr?: string }).stderr ?? error);
        }
      }
    })();
    await Promise.all([hostLoop, cliLoop, new Promise((resolve) => setTimeout(resolve, SECONDS * 1000))]);
    writer.child.kill('SIGTERM');
    await writer.exited;
    await host.close();
    await core.close();

    const processWrites = acknowledged(writer.lines);
    expect(refusals).toEqual([]);
    expect(writer.lines.filter((l) => l.startsWith('refused'))).toEqual([]);
    expect(hostWrites.length).toBeGreaterThan(10);
    expect(cliWrites.length).toBeGreaterThan(2);
    expect(processWrites.length).toBeGreaterThan(10);
    const db = new DatabaseSync(join(dir, 'library.sqlite'), { readOnly: true });
    try {
      const documents = new Set((db.prepare('SELECT id FROM documents').all() as { id: string }[]).map((r) => r.id));
      const annotations = new Set((db.prepare('SELECT id FROM annotations').all() as { id: string }[]).map((r) => r.id));
      expect(hostWrites.filter((id) => !annotations.has(id))).toEqual([]);
      expect(cliWrites.filter((id) => !documents.has(id))).toEqual([]);
      expect(processWrites.filter(({ kind, id }) => kind !== 'note' && !(kind === 'document' ? documents : annotations).has(id))).toEqual([]);
      console.log(`concurrency: ${hostWrites.length} host writes, ${processWrites.length} process writes, ${cliWrites.length} articles imported by the CLI in ${SECONDS} s, none refused`);
    } finally {
      db.close();
    }
  });
});
