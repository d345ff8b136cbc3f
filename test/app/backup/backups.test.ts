import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { backupDue, backupsDir, copyLibrary, createBackup, listBackups } from '../../../app/backup/index.ts';
import { runJob } from '../../../app/contract/shared/run-job.ts';
import { startCoreWorkers } from '../../../app/core/workers.ts';
import { openLibrary, withSnapshot } from '../../../app/library/index.ts';
import { fileSettingsStore } from '../../../app/settings/index.ts';
import { openDatabase } from '../../../app/store/index.ts';
import { openTestCore } from '../../support/api.ts';
import { fillLibrary, generatedLibrary, integrityProblems, libraryFile, rowsOf, versionOf } from '../../support/library-data.ts';
import { startLoopWriter } from '../../support/loop-writer.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();
const DAY = 24 * 3600 * 1000;

const count = (file: string, sql: string): number => {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('backups', () => {
  it('are whole copies of the library that SQLite opens and finds sound', async () => {
    const dir = tempDir();
    const t = await openTestCore(dir);
    try {
      await fillLibrary(t);
      const made = await t.job('backups.create', {});
      expect(made).toMatchObject({ reason: 'manual', path: join(backupsDir(dir), made.name) });
      expect(await t.call('backups.list', {})).toEqual([made]);
      expect(integrityProblems(made.path)).toEqual([]);
      expect(rowsOf(made.path)).toEqual(rowsOf(libraryFile(dir)));
      // To a file of the reader's choosing: nothing is pruned or listed.
      const elsewhere = join(tempDir(), 'copy.sqlite');
      expect(await t.job('backups.create', { path: elsewhere })).toMatchObject({ path: elsewhere });
      expect(rowsOf(elsewhere)).toEqual(rowsOf(libraryFile(dir)));
      expect(await t.call('backups.list', {})).toEqual([made]);
      expect(readdirSync(backupsDir(dir))).toEqual([made.name]);
    } finally {
      await t.close();
    }
  });

  it('keep the newest `backupsKept`, removing the oldest', async () => {
    const dir = tempDir();
    const t = await openTestCore(dir);
    try {
      await t.call('library.updateSettings', { backupsKept: 3 });
      const made = [];
      for (let i = 0; i < 5; i++) {
        await t.call('documents.setNote', { id: (await t.job('documents.import', { files: [{ name: `${i}.txt`, base64: Buffer.from(`Article ${i}\n\nTexte ${i}.`).toString('base64') }] })).imported[0]!.id, note: `${i}` });
        made.push(await t.job('backups.create', { reason: i % 2 ? 'daily' : 'manual' }));
      }
      const kept = await t.call('backups.list', {});
      expect(kept.map((b) => b.name)).toEqual(made.slice(-3).reverse().map((b) => b.name));
      expect(readdirSync(backupsDir(dir)).sort()).toEqual(made.slice(-3).map((b) => b.name).sort());
      // Each holds the library as it was when it was made.
      expect(kept.map((b) => count(b.path, 'SELECT count(*) AS n FROM documents'))).toEqual([5, 4, 3]);
    } finally {
      await t.close();
    }
  });

  it('copy one snapshot while another connection writes between the copy’s steps', async () => {
    const dir = tempDir();
    await generatedLibrary(dir, 300);
    const library = openLibrary(dir);
    const other = openDatabase(libraryFile(dir));
    const insert = other.prepare("INSERT INTO library_settings (key, value, id, created, modified) VALUES (?, '1', ?, '', '')");
    let steps = 0;
    try {
      const before = rowsOf(libraryFile(dir));
      const made = await withSnapshot(library, (db) => createBackup(db, dir, 'manual', {
        progress: () => {
          steps++;
          insert.run(`during-${steps}`, `during-${steps}`);
          other.exec('DELETE FROM documents WHERE seq = (SELECT max(seq) FROM documents)');
        },
      }));
      expect(steps).toBeGreaterThan(2);
      expect(integrityProblems(made.path)).toEqual([]);
      expect(rowsOf(made.path)).toEqual(before);
      expect(count(libraryFile(dir), 'SELECT count(*) AS n FROM documents')).toBe(300 - steps);
    } finally {
      other.close();
      library.close();
    }
  });

  it('complete, consistent, while another program writes in a loop', async () => {
    const dir = tempDir();
    await generatedLibrary(dir, 300);
    const writer = startLoopWriter(libraryFile(dir));
    const t = await openTestCore(dir);
    try {
      await writer.written(20);
      const made = await t.job('backups.create', {});
      await writer.written(count(libraryFile(dir), "SELECT count(*) AS n FROM documents WHERE id LIKE 'w-%'") + 20);
      const committed = await writer.stop();
      expect(integrityProblems(made.path)).toEqual([]);
      const written = count(made.path, "SELECT CAST(value AS INTEGER) AS n FROM library_settings WHERE key = 'written'");
      expect(written).toBeGreaterThanOrEqual(20);
      expect(count(made.path, "SELECT count(*) AS n FROM documents WHERE id LIKE 'w-%'")).toBe(written);
      expect(count(made.path, "SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'écrit'")).toBe(written);
      expect(count(libraryFile(dir), "SELECT count(*) AS n FROM documents WHERE id LIKE 'w-%'")).toBe(committed);
      expect(committed).toBeGreaterThan(written);
    } finally {
      await writer.stop();
      await t.close();
    }
  });

  it('stopped part-way leave no file behind', async () => {
    const dir = tempDir();
    await generatedLibrary(dir, 300);
    const t = await openTestCore(dir);
    try {
      const progress: number[] = [];
      const running = runJob(t.core, 'backups.create', {}, (p) => {
        progress.push(p.done);
        if (progress.length === 1) void running.cancel();
      });
      const outcome = await running.outcome;
      expect(progress[0]).toBeLessThan(count(libraryFile(dir), 'SELECT page_count AS n FROM pragma_page_count'));
      expect(outcome.state).toBe('cancelled');
      expect(readdirSync(backupsDir(dir))).toEqual([]);
      expect(await t.call('backups.list', {})).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('are due with none, or when the newest is over a day old, not right after one', async () => {
    const dir = tempDir();
    const library = openLibrary(dir);
    try {
      expect(backupDue(dir)).toBe(true);
      await withSnapshot(library, (db) => createBackup(db, dir, 'daily', {}, new Date(Date.now() - 2 * DAY)));
      expect(backupDue(dir)).toBe(true);
      await withSnapshot(library, (db) => createBackup(db, dir, 'daily'));
      expect(backupDue(dir)).toBe(false);
      expect(backupDue(dir, DAY, Date.now() + DAY + 60_000)).toBe(true);
      expect(listBackups(dir)).toHaveLength(2);
    } finally {
      library.close();
    }
  });

  it('copy to a file elsewhere leaves nothing half-written when the copy fails', async () => {
    const dir = tempDir();
    const library = openLibrary(dir);
    try {
      const target = join(tempDir(), 'no-such-folder', 'copy.sqlite');
      await expect(withSnapshot(library, (db) => copyLibrary(db, target, 'manual'))).rejects.toThrow();
      expect(readdirSync(join(target, '..', '..'))).toEqual([]);
    } finally {
      library.close();
    }
  });
});

describe('the backup at start-up', () => {
  /** Starts the app's core (its worker threads) over `dir`, and gives the jobs it started by itself once its check is done. */
  async function startUp(dir: string): Promise<string[]> {
    const core = await startCoreWorkers({ dir, version: 'test', allowPaths: false, settings: fileSettingsStore(join(dir, 'settings.json')) });
    const started: string[] = [];
    try {
      await new Promise<void>((resolve) => core.onEvent((event) => {
        if (event.type !== 'job') return;
        if (event.state === 'running' && !started.includes(event.job)) started.push(event.job);
        if (event.job === 'backups.create' && event.state !== 'running') resolve();
        // With no backup due, nothing follows the check: a moment is left for one to start.
        if (event.job === 'library.check' && event.state === 'done') setTimeout(resolve, 1000);
      }));
    } finally {
      await core.close();
    }
    return started;
  }

  it('is made when the newest backup is over a day old, and not again the same day', async () => {
    const dir = tempDir();
    const library = openLibrary(dir);
    const old = await withSnapshot(library, (db) => createBackup(db, dir, 'daily', {}, new Date(Date.now() - 2 * DAY)));
    library.close();

    expect(await startUp(dir)).toEqual(['library.check', 'backups.create']);
    const [newest, ...rest] = listBackups(dir);
    expect(rest).toEqual([old]);
    expect(newest).toMatchObject({ reason: 'daily' });
    expect(Date.now() - Date.parse(newest!.created)).toBeLessThan(60_000);
    expect(integrityProblems(newest!.path)).toEqual([]);

    expect(await startUp(dir)).toEqual(['library.check']);
    expect(listBackups(dir)).toHaveLength(2);
  });
});

describe('the backup before a migration', () => {
  it('holds the library as it was, at its old schema version', () => {
    const dir = tempDir();
    const old = openDatabase(libraryFile(dir), { upToVersion: 60 });
    old.exec(`INSERT INTO documents (id, title, format, imported_at, word_count, text, blocks, note)
      VALUES ('abcd1234', 'Ancien État', 'text', '2020-01-01', 2, 'Ancien État', '[]', 'Une note');
      INSERT INTO annotations (id, document_id, motivation, exact, prefix, suffix, start, end, color, created, modified)
      VALUES ('a1', 'abcd1234', 'highlighting', 'Ancien', '', ' État', 0, 6, 'green', '2020', '2020')`);
    old.close();
    const before = rowsOf(libraryFile(dir));

    const library = openLibrary(dir);
    library.close();
    const backups = listBackups(dir);
    expect(backups.map((b) => b.reason)).toEqual(['migration']);
    expect(integrityProblems(backups[0]!.path)).toEqual([]);
    expect(versionOf(backups[0]!.path)).toBe(60);
    expect(rowsOf(backups[0]!.path)).toEqual(before);
    expect(versionOf(libraryFile(dir))).toBeGreaterThan(60);
    expect(rowsOf(libraryFile(dir)).documents).toMatchObject([{ id: 'abcd1234', note: 'Une note' }]);

    // Opened again, nothing to migrate: no backup more.
    openLibrary(dir).close();
    expect(listBackups(dir)).toHaveLength(1);
  });

  it('is not made for a new library', () => {
    const dir = tempDir();
    openLibrary(dir).close();
    expect(listBackups(dir)).toEqual([]);
  });
});
