import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../app/contract/errors.ts';
import { latestVersion, MIGRATIONS, openDatabase, schemaVersion } from '../../../app/store/index.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

function tables(db: DatabaseSync): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table','trigger') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered in strictly increasing tens', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of versions) expect(v % 10).toBe(0);
  });

  it('build the latest schema from an empty file, in WAL mode with foreign keys on', () => {
    const file = join(tempDir(), 'library.sqlite');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(latestVersion());
    expect((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    expect((db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['documents', 'document_originals', 'documents_fts', 'documents_fts_insert']));
    db.close();
  });

  for (const earlier of MIGRATIONS.slice(0, -1)) {
    it(`upgrade a library written at schema ${earlier.version} and keep its documents`, () => {
      const file = join(tempDir(), 'library.sqlite');
      const old = openDatabase(file, { upToVersion: earlier.version });
      expect(schemaVersion(old)).toBe(earlier.version);
      old.prepare(`INSERT INTO documents (id, title, format, imported_at, word_count, text, blocks) VALUES ('abcd1234', 'Ancien État', 'text', '2020-01-01', 2, 'Ancien État', '[]')`).run();
      old.close();

      const db = openDatabase(file);
      expect(schemaVersion(db)).toBe(latestVersion());
      expect(db.prepare('SELECT title FROM documents').all()).toEqual([{ title: 'Ancien État' }]);
      // The search index built by a later migration covers documents written before it.
      expect(db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'etat'").all()).toHaveLength(1);
      db.close();
    });
  }

  it('rebuild the documents table at 90 with the marks before the text, keeping its annotations, originals and search', () => {
    const file = join(tempDir(), 'library.sqlite');
    const old = openDatabase(file, { upToVersion: 80 });
    old.prepare(`INSERT INTO documents (seq, id, title, format, imported_at, word_count, text, blocks, note) VALUES (7, 'abcd1234', 'Ancien État', 'text', '2020-01-01', 2, 'Ancien État', '[]', 'à relire')`).run();
    old.prepare(`INSERT INTO document_originals (document_seq, bytes) VALUES (7, x'41')`).run();
    old.prepare(`INSERT INTO annotations (id, document_id, motivation, exact, prefix, suffix, start, end, color, created, modified)
      VALUES ('n1', 'abcd1234', 'highlighting', 'Ancien', '', ' État', 0, 6, 'yellow', '2020-01-01', '2020-01-01')`).run();
    old.close();

    const db = openDatabase(file);
    const columns = (db.prepare('PRAGMA table_info(documents)').all() as { name: string }[]).map((c) => c.name);
    expect(columns.indexOf('trashed_at')).toBeLessThan(columns.indexOf('text'));
    expect(columns.indexOf('modified')).toBeLessThan(columns.indexOf('text'));
    expect(db.prepare('SELECT seq, note, modified FROM documents').all()).toEqual([{ seq: 7, note: 'à relire', modified: '2020-01-01' }]);
    expect(db.prepare('SELECT count(*) AS n FROM annotations WHERE document_id = ?').get('abcd1234')).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM document_originals WHERE document_seq = 7').get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'etat'").all()).toEqual([{ rowid: 7 }]);
    expect((db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys).toBe(1);
    // The references still cascade: deleting the article takes its annotations and original bytes with it.
    db.prepare("DELETE FROM documents WHERE id = 'abcd1234'").run();
    expect(db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM document_originals').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'etat'").all()).toEqual([]);
    db.close();
  });

  it('refuse a library written by a newer version, leaving it untouched', () => {
    const file = join(tempDir(), 'library.sqlite');
    openDatabase(file).close();
    const raw = new DatabaseSync(file);
    raw.exec(`PRAGMA user_version = ${latestVersion() + 10}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(AppError);
    try {
      openDatabase(file);
    } catch (error) {
      expect((error as AppError).code).toBe('library_too_new');
    }
    const check = new DatabaseSync(file);
    expect((check.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(latestVersion() + 10);
    check.close();
  });

  it('roll back a failing migration completely', () => {
    const file = join(tempDir(), 'library.sqlite');
    const broken = [...MIGRATIONS, { version: latestVersion() + 10, name: 'broken', up: 'CREATE TABLE half (x); SELECT * FROM no_such_table;' }];
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/no_such_table/);
    const db = new DatabaseSync(file);
    expect((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(0);
    expect(tables(db)).not.toContain('half');
    db.close();
  });
});
