import { existsSync, readdirSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../app/backup/index.ts';
import { AppError, toAppError, type AppErrorShape } from '../../../app/contract/errors.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { openLibrary, withSnapshot } from '../../../app/library/index.ts';
import { onLibraryOpened, type Library } from '../../../app/library/library.ts';
import { importSources } from '../../../app/import/import-batch.ts';
import { latestVersion, openDatabase, transaction, type Database } from '../../../app/store/index.ts';
import { generateSources } from '../../bench/generate-articles.ts';
import { openTestCore } from '../../support/api.ts';
import { bytesOf, generatedLibrary, libraryFile, tableRows } from '../../support/library-data.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

/** What opening the library in `dir` threw (or a failure of the test if it opened). */
function refusal(dir: string): AppError {
  let library;
  try {
    library = openLibrary(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  library.close();
  throw new Error('the library opened');
}

/** A new, empty library in a folder of its own, closed. */
function newLibrary(): string {
  const dir = tempDir();
  openLibrary(dir).close();
  return dir;
}

/** A library written by a later version: its schema version above the latest, journalled as `journal`. */
function tooNew(journal: 'wal' | 'delete'): string {
  const dir = newLibrary();
  const raw = new DatabaseSync(libraryFile(dir));
  if (journal === 'delete') raw.exec('PRAGMA journal_mode = DELETE');
  raw.exec(`CREATE TABLE later (x); INSERT INTO later VALUES ('kept'); PRAGMA user_version = ${latestVersion() + 10}`);
  raw.close();
  return dir;
}

describe('opening a library', () => {
  for (const journal of ['wal', 'delete'] as const) {
    it(`refuses a newer schema and leaves the file untouched (${journal} journal)`, () => {
      const dir = tooNew(journal);
      const before = bytesOf(libraryFile(dir));
      const error = refusal(dir);
      expect(error.code).toBe('library_too_new');
      expect(error.details).toMatchObject({ found: latestVersion() + 10, known: latestVersion() });
      expect(() => openDatabase(libraryFile(dir), { readOnly: true })).toThrow(/newer/);
      expect(bytesOf(libraryFile(dir)).equals(before)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['library.sqlite']);
      expect(formatError('en', error.toJSON())).toContain(`schema ${latestVersion() + 10}, this version knows ${latestVersion()}`);
      expect(formatError('fr', error.toJSON())).toContain('Elle n’a pas été modifiée.');
    });
  }

  it('refuses a newer schema still in the write-ahead log of a program that has it open, writing nothing', () => {
    const dir = newLibrary();
    const other = new DatabaseSync(libraryFile(dir));
    try {
      other.exec('PRAGMA wal_autocheckpoint = 0');
      other.exec(`PRAGMA user_version = ${latestVersion() + 10}`);
      const before = bytesOf(libraryFile(dir));
      expect(refusal(dir).code).toBe('library_too_new');
      expect(bytesOf(libraryFile(dir)).equals(before)).toBe(true);
    } finally {
      other.close();
    }
  });

  const states: [string, string, (file: string) => void][] = [
    ['a zero-byte file', 'library_empty_file', (file) => writeFileSync(file, '')],
    ['a file that is not a database', 'library_not_database', (file) => writeFileSync(file, 'Ceci n’est pas une bibliothèque.\n'.repeat(200))],
    ['a file shorter than a database header', 'library_not_database', (file) => writeFileSync(file, 'SQLite format 3\0')],
    ['a database whose first page is overwritten after its header', 'library_damaged', (file) => {
      const bytes = bytesOf(file);
      bytes.fill(0xa5, 100, 4096);
      writeFileSync(file, bytes);
    }],
  ];
  for (const [what, code, spoil] of states) {
    it(`reports ${what} as ${code}, leaves it in place and names the newest backup`, async () => {
      const dir = newLibrary();
      const file = libraryFile(dir);
      const library = openLibrary(dir);
      const backup = await withSnapshot(library, (db) => createBackup(db, dir, 'daily'));
      library.close();
      spoil(file);
      const before = bytesOf(file);
      const error = refusal(dir);
      expect(error.code).toBe(code);
      expect(error.details).toMatchObject({ file, backup: backup.name, backupPath: backup.path });
      expect(bytesOf(file).equals(before)).toBe(true);
      for (const language of ['en', 'fr'] as const) {
        const text = formatError(language, error.toJSON());
        expect(text).toContain(file);
        expect(text).toContain(backup.name);
        expect(text).toContain(`apostille restore ${backup.path}`);
      }
      expect(formatError('en', error.toJSON())).toContain('The newest backup is');
      expect(formatError('fr', error.toJSON())).toContain('La sauvegarde la plus récente est');
    });
  }

  it('says so when a library that cannot be opened has no backup', () => {
    const dir = tempDir();
    writeFileSync(libraryFile(dir), '');
    const error = refusal(dir);
    expect(error.details).not.toHaveProperty('backup');
    expect(formatError('en', error.toJSON())).toContain('is empty (0 bytes)');
    expect(formatError('en', error.toJSON())).toContain('No backup of it was found.');
    expect(formatError('fr', error.toJSON())).toContain('Aucune sauvegarde n’en a été trouvée.');
    expect(statSync(libraryFile(dir)).size).toBe(0);
  });

  it('reports a library cut to half its size as damaged, at opening or at its first query', async () => {
    const dir = tempDir();
    await generatedLibrary(dir, 300);
    const file = libraryFile(dir);
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(1_000_000);
    truncateSync(file, size >> 1);
    let error: AppError | undefined;
    try {
      const library = openLibrary(dir);
      try {
        library.db.prepare('SELECT count(*), sum(length(text)) FROM documents').get();
      } finally {
        library.close();
      }
    } catch (thrown) {
      error = toAppError(thrown);
    }
    expect(error?.code).toBe('library_damaged');
    expect(statSync(file).size).toBe(size >> 1);
    expect(existsSync(dir)).toBe(true);
  });
});

describe('a full disk', () => {
  /** A library whose file may grow by `pages` pages at most (SQLite's max_page_count: a full disk, for this connection). */
  function nearlyFull(pages: number): Database {
    const db = openDatabase(libraryFile(tempDir()));
    const { page_count: count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
    db.exec(`PRAGMA max_page_count = ${count + pages}`);
    return db;
  }
  const big = 'x'.repeat(200_000);
  const settingRow = "INSERT INTO library_settings (key, value, id, created, modified) VALUES (?, ?, ?, '', '')";

  const shapes: [string, (db: Database) => void][] = [
    // A single-row insert: SQLite gives up the whole transaction itself.
    ['SQLite rolls the whole transaction back itself', (db) => db.prepare(settingRow).run('huge', JSON.stringify(big), 'b')],
    // An insert with triggers: only the statement is undone, and transaction() rolls back the rest.
    ['SQLite undoes only the statement', (db) => db.prepare("INSERT INTO documents (id, title, format, imported_at, word_count, text, blocks) VALUES ('d1', 't', 'text', '', 1, ?, '[]')").run(big)],
  ];
  for (const [what, overflow] of shapes) {
    it(`is reported as disk_full, with SQLite’s own error, and nothing is written (${what})`, () => {
      const db = nearlyFull(3);
      try {
        const error = (() => {
          try {
            transaction(db, () => {
              db.prepare(settingRow).run('first', '1', 'a');
              transaction(db, () => overflow(db));
            });
          } catch (thrown) {
            return thrown;
          }
        })();
        expect(toAppError(error).code).toBe('disk_full');
        expect((error as Error).message).toMatch(/database or disk is full/);
        expect(db.isTransaction).toBe(false);
        expect(db.prepare('SELECT count(*) AS n FROM library_settings').get()).toEqual({ n: 0 });
        expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
      } finally {
        db.close();
      }
    });
  }

  it('stops an import with each article whole or absent, and the library takes writes again once there is room', async () => {
    const db = nearlyFull(60);
    try {
      const sources = generateSources(0, 80);
      const report = await importSources(db, sources).catch((error: unknown) => ({ thrown: toAppError(error) }));
      const failures = 'thrown' in report ? [report.thrown] : report.failed.map((f) => f.error);
      expect(failures.length).toBeGreaterThan(0);
      for (const failure of failures) expect(failure).toMatchObject({ code: 'disk_full', message: expect.stringMatching(/database or disk is full/) });
      const held = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      expect(held).toBeLessThan(sources.length);
      if (!('thrown' in report)) expect(held).toBe(report.imported.length);
      expect(db.isTransaction).toBe(false);
      expect(db.prepare('SELECT count(*) AS n FROM documents d JOIN document_originals o ON o.document_seq = d.seq').get()).toEqual({ n: held });
      expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      db.exec("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)");
      db.exec("INSERT INTO titles_fts (titles_fts, rank) VALUES ('integrity-check', 1)");

      db.exec('PRAGMA max_page_count = 1073741823');
      const again = await importSources(db, sources);
      expect(again.failed).toEqual([]);
      expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: sources.length });
    } finally {
      db.close();
    }
  });

  it('reaches a front end as disk_full through the core, with nothing half-written', async () => {
    const dir = tempDir();
    const libraries: Library[] = [];
    const stop = onLibraryOpened((library) => libraries.push(library));
    const t = await openTestCore(dir).finally(stop);
    try {
      const { imported } = await t.job('documents.import', { files: [{ name: 'a.txt', base64: Buffer.from('Un titre\n\nUn texte.').toString('base64') }] });
      // The core's own connection (the first opened; the test's, that only reads, comes after).
      const { db } = libraries[0]!;
      const { page_count: pages } = db.prepare('PRAGMA page_count').get() as { page_count: number };
      db.exec(`PRAGMA max_page_count = ${pages + 2}`);
      const before = tableRows(t.db);

      const note = await t.core.call('annotations.create', { documentId: imported[0]!.id, start: 0, end: 2, note: 'n'.repeat(100_000) });
      expect(note).toMatchObject({ ok: false, error: { code: 'disk_full', message: expect.stringMatching(/database or disk is full/) } });
      expect(formatError('fr', (note as { error: AppErrorShape }).error)).toContain('Le disque est plein');
      const files = generateSources(0, 20).map((s) => ({ name: s.name, base64: Buffer.from(s.read()).toString('base64') }));
      const outcome = await t.outcome('documents.import', { files });
      const errors = outcome.state === 'failed' ? [outcome.error] : (outcome.result as { failed: { error: AppErrorShape }[] }).failed.map((f) => f.error);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(error).toMatchObject({ code: 'disk_full' });
      expect(tableRows(t.db)).toEqual(before);
      expect(t.db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);

      db.exec('PRAGMA max_page_count = 1073741823');
      expect((await t.job('documents.import', { files })).imported).toHaveLength(20);
    } finally {
      await t.close();
    }
  });
});
