import { readdirSync, truncateSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { backupsDir, replaceLibraryFile } from '../../../app/backup/index.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { latestVersion, openDatabase } from '../../../app/store/index.ts';
import { openTestCore, type TestCore } from '../../support/api.ts';
import { bytesOf, fillLibrary, generatedLibrary, integrityProblems, libraryFile, rowsOf, tableRows, versionOf } from '../../support/library-data.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

/** A filled library, a backup of it, and changes made after the backup. */
async function changedSinceBackup(t: TestCore) {
  const { documents } = await fillLibrary(t);
  const backup = await t.job('backups.create', {});
  await t.call('documents.remove', { id: documents[0]! });
  await t.call('documents.setNote', { id: documents[1]!, note: 'Écrite après la sauvegarde' });
  await t.call('library.updateSettings', { colorLabels: { yellow: 'Après' } });
  return backup;
}

describe('restoring a backup', () => {
  it('puts the backup’s rows in the open library, seen by connections opened before, and keeps what it replaced', async () => {
    const dir = tempDir();
    const t = await openTestCore(dir);
    try {
      const backup = await changedSinceBackup(t);
      const replaced = rowsOf(libraryFile(dir));
      const wanted = rowsOf(backup.path);
      expect(replaced).not.toEqual(wanted);

      const { restored, previous } = await t.job('backups.restore', { name: backup.name });
      expect(restored).toBe(backup.path);
      expect(rowsOf(libraryFile(dir))).toEqual(wanted);
      // The test's own connection, and the core's, were open throughout: both see the restored library.
      expect(tableRows(t.db)).toEqual(wanted);
      expect((await t.call('app.info', {})).documentCount).toBe(wanted.documents!.length);
      expect((await t.call('library.settings', {})).colorLabels).toEqual({ green: 'À vérifier', pink: 'Chiffre clé' });
      expect((await t.call('search.query', { query: 'ajouté' })).hits.length).toBeGreaterThan(0);
      // The library as it was before is a backup of its own.
      expect(previous.reason).toBe('restore');
      expect((await t.call('backups.list', {})).map((b) => b.name)).toContain(previous.name);
      expect(rowsOf(previous.path)).toEqual(replaced);
      // And the library still takes writes.
      await t.call('documents.setNote', { id: wanted.documents![0]!.id as string, note: 'Après restauration' });
    } finally {
      await t.close();
    }
  });

  it('brings a backup of an earlier schema up to this version', async () => {
    const old = join(tempDir(), 'old.sqlite');
    const db = openDatabase(old, { upToVersion: 60 });
    db.exec(`INSERT INTO documents (id, title, format, imported_at, word_count, text, blocks, note)
      VALUES ('abcd1234abcd1234', 'Ancien État', 'text', '2020-01-01', 2, 'Ancien État', '[]', 'Une note')`);
    db.close();
    const before = rowsOf(old);
    const dir = tempDir();
    const t = await openTestCore(dir);
    try {
      await fillLibrary(t);
      await t.job('backups.restore', { path: old });
      expect(versionOf(libraryFile(dir))).toBe(latestVersion());
      // Its rows as they were, with the columns of later versions at their defaults.
      expect(rowsOf(libraryFile(dir)).documents).toEqual(before.documents!.map((row) => expect.objectContaining(row)));
      expect((await t.call('search.query', { query: 'etat' })).hits.map((h) => h.id)).toEqual(['abcd1234abcd1234']);
      expect((await t.call('entities.types', {})).map((e) => e.code)).toContain('PER');
      // The backup itself is left as it was.
      expect(versionOf(old)).toBe(60);
    } finally {
      await t.close();
    }
  });

  it('restores a copy of a library whose pages are of another size', async () => {
    const copy = join(tempDir(), 'copy.sqlite');
    const raw = new DatabaseSync(copy);
    raw.exec('PRAGMA page_size = 8192; CREATE TABLE t (x); DROP TABLE t');
    raw.close();
    const db = openDatabase(copy);
    db.exec(`INSERT INTO documents (id, title, format, imported_at, word_count, text, blocks) VALUES ('ef01ef01ef01ef01', 'Grandes pages', 'text', '2024', 2, 'Grandes pages', '[]')`);
    db.close();
    const dir = tempDir();
    const t = await openTestCore(dir);
    try {
      await fillLibrary(t);
      await t.job('backups.restore', { path: copy });
      expect(rowsOf(libraryFile(dir))).toEqual(rowsOf(copy));
      expect((await t.call('search.query', { query: 'pages' })).hits.map((h) => h.id)).toEqual(['ef01ef01ef01ef01']);
    } finally {
      await t.close();
    }
  });

  describe('refuses what is not a sound library, and changes nothing', () => {
    const cases: [string, string, string | undefined, (backup: string, dir: string) => string][] = [
      ['a text file', 'invalid_backup', 'NOT_A_LIBRARY', (_, dir) => {
        const path = join(dir, 'notes.sqlite');
        writeFileSync(path, 'Pas une sauvegarde.\n'.repeat(100));
        return path;
      }],
      ['an empty file', 'invalid_backup', 'NOT_A_LIBRARY', (_, dir) => {
        const path = join(dir, 'empty.sqlite');
        writeFileSync(path, '');
        return path;
      }],
      ['an SQLite database of another program', 'invalid_backup', 'NOT_A_LIBRARY', (_, dir) => {
        const path = join(dir, 'other.sqlite');
        const db = new DatabaseSync(path);
        db.exec('CREATE TABLE things (x); INSERT INTO things VALUES (1)');
        db.close();
        return path;
      }],
      ['an SQLite database of another program that has a documents table', 'invalid_backup', 'NOT_A_LIBRARY|UNREADABLE', (_, dir) => {
        const path = join(dir, 'documents.sqlite');
        const db = new DatabaseSync(path);
        db.exec(`CREATE TABLE documents (id, title); INSERT INTO documents VALUES (1, 'x'); PRAGMA user_version = ${latestVersion()}`);
        db.close();
        return path;
      }],
      ['a backup cut in half', 'invalid_backup', 'DAMAGED|UNREADABLE', (backup, dir) => {
        const path = join(dir, 'half.sqlite');
        copyFileSync(backup, path);
        truncateSync(path, statSync(path).size >> 1);
        return path;
      }],
      ['a backup with a damaged page', 'invalid_backup', 'DAMAGED|UNREADABLE', (backup, dir) => {
        const path = join(dir, 'damaged.sqlite');
        const db = new DatabaseSync(backup, { readOnly: true });
        const page = (db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'documents'").get() as { rootpage: number }).rootpage;
        db.close();
        copyFileSync(backup, path);
        const bytes = bytesOf(path);
        bytes.fill(0x7f, (page - 1) * 4096, page * 4096);
        writeFileSync(path, bytes);
        return path;
      }],
      ['a library of a newer version', 'library_too_new', undefined, (backup, dir) => {
        const path = join(dir, 'newer.sqlite');
        copyFileSync(backup, path);
        const db = new DatabaseSync(path);
        db.exec(`PRAGMA user_version = ${latestVersion() + 10}`);
        db.close();
        return path;
      }],
    ];
    for (const [what, code, reasons, make] of cases) {
      it(what, async () => {
        const dir = tempDir();
        await generatedLibrary(dir, 40);
        const t = await openTestCore(dir);
        try {
          const backup = await t.job('backups.create', {});
          const source = make(backup.path, tempDir());
          const before = rowsOf(libraryFile(dir));
          const outcome = await t.outcome('backups.restore', { path: source });
          expect(outcome).toMatchObject({ state: 'failed', error: { code } });
          if (reasons) {
            // A reason code, worded in the reader's language by every front end (not an English sentence).
            const error = outcome.error;
            if (!error) throw new Error(`restore ${outcome.state} without an error`);
            expect(error.details?.reason).toMatch(new RegExp(`^(${reasons})$`));
            expect(formatError('fr', error)).toMatch(/^Ce n’est pas une sauvegarde qu’Apostille sait restaurer : [a-zé]/);
          }
          expect(rowsOf(libraryFile(dir))).toEqual(before);
          expect(readdirSync(backupsDir(dir))).toEqual([backup.name]);
        } finally {
          await t.close();
        }
      });
    }
  });

  it('in place of a damaged file moves its rollback journal aside with it, so that it is not played back into the backup', async () => {
    const dir = tempDir();
    const t = await openTestCore(dir);
    const backup = await fillLibrary(t).then(() => t.job('backups.create', {})).finally(() => t.close());
    // A journal left by a program stopped in the middle of a transaction (a hot journal): SQLite plays it back into
    // whatever database file it finds beside it when that file is next read.
    const crashed = join(tempDir(), 'crashed.sqlite');
    const raw = new DatabaseSync(crashed);
    raw.exec("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2; CREATE TABLE t (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) INSERT INTO t SELECT randomblob(3000) FROM n");
    raw.exec('BEGIN; UPDATE t SET x = randomblob(3000)');
    const journal = bytesOf(`${crashed}-journal`);
    raw.exec('ROLLBACK');
    raw.close();
    expect(journal.length).toBeGreaterThan(100_000);

    const target = tempDir();
    writeFileSync(libraryFile(target), 'Abîmé.'.repeat(1000));
    writeFileSync(`${libraryFile(target)}-journal`, journal);
    const { previous } = await replaceLibraryFile(target, libraryFile(target), backup.path);
    expect(readdirSync(target).filter((f) => f.startsWith('library.sqlite'))).toEqual(['library.sqlite']);
    expect(bytesOf(`${previous!.path}-journal`).equals(journal)).toBe(true);
    expect(integrityProblems(libraryFile(target))).toEqual([]);
    expect(rowsOf(libraryFile(target))).toEqual(rowsOf(backup.path));
  });

  it('by a name the backups folder does not hold is refused', async () => {
    const dir = tempDir();
    const t = await openTestCore(dir);
    try {
      expect(await t.outcome('backups.restore', { name: 'apostille-20200101-000000-daily.sqlite' })).toMatchObject({ state: 'failed', error: { code: 'invalid_backup' } });
    } finally {
      await t.close();
    }
  });
});
