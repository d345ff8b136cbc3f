import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../app/archive/index.ts';
import { toAppError } from '../../../app/contract/errors.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { openTestCore, type TestCore } from '../../support/api.ts';
import { apostille } from '../../support/cli.ts';
import { fillLibrary, generatedLibrary, libraryFile, rowsOf, tableRows } from '../../support/library-data.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

/** A library with something in every table, and its archive. */
async function archived(): Promise<{ dir: string; archive: string }> {
  const dir = tempDir();
  const t = await openTestCore(dir);
  try {
    await fillLibrary(t);
    // Earlier versions of a note are made only by a team's sync (test/app/team); one is written here as it would be.
    const writer = new DatabaseSync(libraryFile(dir));
    writer.prepare(`INSERT INTO note_revisions (id, target_table, target_id, note, author, created, modified)
      SELECT 'b1d5c0de-0000-4000-8000-000000000001', 'annotations', id, 'Une version antérieure', 'alice', created, modified FROM annotations LIMIT 1`).run();
    writer.close();
    const archive = join(tempDir(), 'library.apostille');
    const result = await t.job('library.export', { format: 'archive', path: archive });
    expect(result.path).toBe(archive);
    return { dir, archive };
  } finally {
    await t.close();
  }
}

/** What a search finds, by the ids of the articles, in order. */
async function finds(t: TestCore, query: string): Promise<string[]> {
  return (await t.call('search.query', { query })).hits.map((h) => h.id);
}

/** An archive whose lines were changed by `edit` (gzipped again, so only its content is wrong). */
function rewritten(archive: string, edit: (lines: string[]) => string[]): string {
  const lines = gunzipSync(readFileSync(archive)).toString('utf8').split('\n').filter(Boolean);
  const path = join(tempDir(), 'edited.apostille');
  writeFileSync(path, gzipSync(`${edit(lines).join('\n')}\n`));
  return path;
}

async function importOutcome(dir: string, archive: string) {
  const t = await openTestCore(dir);
  try {
    return await t.outcome('library.importArchive', { path: archive });
  } finally {
    await t.close();
  }
}

describe('the library archive', () => {
  it('brings every row of every table back into an empty library, seq values included, through the CLI', async () => {
    const { dir } = await archived();
    const archive = join(tempDir(), 'cli.apostille');
    const exported = apostille(['--library', dir, 'export', '--format', 'archive', '--out', archive]);
    expect(exported.code, exported.stderr).toBe(0);
    const target = tempDir();
    const imported = apostille(['--library', target, 'import', archive, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ documents: 4 });

    const before = rowsOf(libraryFile(dir));
    const after = rowsOf(libraryFile(target));
    // Nothing is left out: every table of the schema holds rows (but this copy's link to a team, never archived), and
    // the gap the removed article left is kept.
    const ownLink = ['team_link', 'sync_outbox', 'sync_rows', 'sync_parked'];
    for (const [table, rows] of Object.entries(before)) if (!ownLink.includes(table)) expect(rows.length, table).toBeGreaterThan(0);
    expect(after).toEqual(before);
    const seqs = (before.documents as { seq: number }[]).map((d) => d.seq);
    expect(seqs).not.toEqual(seqs.map((_, i) => i + 1));
  });

  it('is searchable after import as the library it came from was', async () => {
    const { dir, archive } = await archived();
    const target = tempDir();
    const t = await openTestCore(target);
    const source = await openTestCore(dir);
    try {
      await t.job('library.importArchive', { path: archive });
      const { text } = await source.call('documents.get', { id: (await source.call('documents.list', {})).items[0]!.id });
      const words = [...new Set(text.split(/[^\p{L}]+/u).filter((w) => w.length > 5))].slice(0, 5);
      for (const query of [...words, 'ajouté', 'note']) {
        const expected = await finds(source, query);
        expect(expected.length, query).toBeGreaterThan(0);
        expect(await finds(t, query), query).toEqual(expected);
      }
    } finally {
      await t.close();
      await source.close();
    }
  });

  it('replaces an empty library’s settings by the archived ones', async () => {
    const { dir, archive } = await archived();
    const target = tempDir();
    const t = await openTestCore(target);
    try {
      await t.call('library.updateSettings', { colorLabels: { yellow: 'Mine' }, backupsKept: 9 });
      await t.job('library.importArchive', { path: archive });
      expect(await t.call('library.settings', {})).toEqual({ colorLabels: { green: 'À vérifier', pink: 'Chiffre clé' }, backupsKept: 5, learning: true, learningSince: null });
    } finally {
      await t.close();
    }
    expect(rowsOf(libraryFile(target))).toEqual(rowsOf(libraryFile(dir)));
  });

  it('is refused by a library that holds articles, which keeps them', async () => {
    const { dir, archive } = await archived();
    const before = rowsOf(libraryFile(dir));
    const outcome = await importOutcome(dir, archive);
    expect(outcome).toMatchObject({ state: 'failed', error: { code: 'library_not_empty', details: { count: 4 } } });
    expect(rowsOf(libraryFile(dir))).toEqual(before);
  });

  describe('damaged, truncated or foreign, imports nothing and leaves the library as it was', () => {
    /** A library with settings of its own but no articles, its rows before, and what an import of `archive` did. */
    async function intoEmpty(archive: string) {
      const target = tempDir();
      const t = await openTestCore(target);
      await t.call('library.updateSettings', { colorLabels: { yellow: 'Mine' } });
      await t.call('entities.saveType', { code: 'EVENT', label: 'Événement', color: '#abcdef' });
      await t.close();
      const before = rowsOf(libraryFile(target));
      const outcome = await importOutcome(target, archive);
      return { before, after: rowsOf(libraryFile(target)), outcome };
    }

    const cases: [string, (archive: string) => string][] = [
      ['cut in half', (archive) => {
        const bytes = readFileSync(archive);
        const path = join(tempDir(), 'half.apostille');
        writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
        return path;
      }],
      ['with bytes overwritten in the middle', (archive) => {
        const bytes = Buffer.from(readFileSync(archive));
        bytes.fill(0x55, bytes.length >> 1, (bytes.length >> 1) + 64);
        const path = join(tempDir(), 'damaged.apostille');
        writeFileSync(path, bytes);
        return path;
      }],
      ['missing its last rows', (archive) => rewritten(archive, (lines) => lines.slice(0, -3))],
      ['with a row that breaks the schema', (archive) => rewritten(archive, (lines) => {
        const at = lines.findLastIndex((l) => l.includes('"t":"annotations"'));
        lines[at] = lines[at]!.replace(/"start":\d+/, '"start":-5');
        return lines;
      })],
      ['with a table this version does not know', (archive) => rewritten(archive, (lines) => [...lines.slice(0, -1), '{"t":"secrets","r":{"x":1}}'])],
      ['that is not an archive at all', () => {
        const path = join(tempDir(), 'notes.apostille');
        writeFileSync(path, gzipSync('{"hello":"world"}\n'));
        return path;
      }],
    ];
    for (const [what, make] of cases) {
      it(what, async () => {
        const { archive } = await archived();
        const { before, after, outcome } = await intoEmpty(make(archive));
        expect(outcome).toMatchObject({ state: 'failed', error: { code: 'invalid_archive' } });
        expect(after).toEqual(before);
      });
    }
  });

  it('keeps every error of a damaged archive inside the import: none is left to go uncaught', async () => {
    const dir = tempDir();
    await generatedLibrary(dir, 5);
    const archive = join(tempDir(), 'small.apostille');
    const t = await openTestCore(dir);
    await t.job('library.export', { format: 'archive', path: archive }).finally(() => t.close());
    const bytes = Buffer.from(readFileSync(archive));
    bytes.fill(0x55, bytes.length >> 1, (bytes.length >> 1) + 64);
    const damaged = join(tempDir(), 'damaged.apostille');
    writeFileSync(damaged, bytes);
    const uncaught: unknown[] = [];
    const listener = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', listener);
    try {
      for (let i = 0; i < 5; i++) {
        const library = openLibrary(tempDir());
        try {
          await expect(readArchive(library.db, damaged)).rejects.toMatchObject({ code: 'invalid_archive' });
        } finally {
          library.close();
        }
        // zlib goes on with what it was given after the reading stopped: its verdict comes a moment later.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      process.off('uncaughtException', listener);
    }
    expect(uncaught).toEqual([]);
  });

  it('reports a full disk as such, and leaves the library as it was', async () => {
    // Several batches of rows: the disk fills up part-way, after some were written.
    const dir = tempDir();
    await generatedLibrary(dir, 300);
    const archive = join(tempDir(), 'big.apostille');
    const t = await openTestCore(dir);
    await t.job('library.export', { format: 'archive', path: archive }).finally(() => t.close());
    const library = openLibrary(tempDir());
    try {
      const before = tableRows(library.db);
      const pages = (library.db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
      library.db.exec(`PRAGMA max_page_count = ${pages + 300}`);
      const error = await readArchive(library.db, archive).then(() => undefined, (e: unknown) => e);
      expect(toAppError(error).code).toBe('disk_full');
      expect(toAppError(error).message).toMatch(/database or disk is full/);
      expect(library.db.isTransaction).toBe(false);
      expect(tableRows(library.db)).toEqual(before);
      expect(library.db.prepare("SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'le'").get()).toEqual({ n: 0 });
      expect(library.db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
    } finally {
      library.close();
    }
  });
});
