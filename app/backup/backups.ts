import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { backup as sqliteBackup, DatabaseSync } from 'node:sqlite';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../contract/schemas.ts';
import type { Database } from '../store/database.ts';

export type BackupReason = BackupInfo['reason'];

/** Backups live beside the library they copy, in its own folder (Zotero keeps them the same way). */
export function backupsDir(libraryDir: string): string {
  return join(libraryDir, 'backups');
}

// apostille-20261206-052636-daily.sqlite (UTC), then -2, -3… for more within that second: names sort as times do, so
// the newest is found without opening any.
const NAME = /^apostille-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?-(manual|daily|migration|restore)\.sqlite$/;

/**
 * Where a new backup goes (the backups folder is made if need be): a name of its own, numbered after any backup of
 * the same second whatever its reason, so that the order of their names is the order they were made in.
 */
export function newBackupPath(libraryDir: string, reason: BackupReason, now = new Date()): string {
  const dir = backupsDir(libraryDir);
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const sameSecond = readdirSync(dir).filter((name) => name.startsWith(`apostille-${stamp}-`))
    .map((name) => NAME.exec(name.replace(/\.partial$/, '')));
  const n = Math.max(0, ...sameSecond.map((match) => (match ? Number(match[7] ?? 1) : 0)));
  return join(dir, n === 0 ? `apostille-${stamp}-${reason}.sqlite` : `apostille-${stamp}-${n + 1}-${reason}.sqlite`);
}

/** The library's backups, newest first. */
export function listBackups(libraryDir: string): BackupInfo[] {
  const dir = backupsDir(libraryDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const list: (BackupInfo & { n: number })[] = [];
  for (const name of names) {
    const match = NAME.exec(name);
    if (!match) continue;
    const [, y, mo, d, h, mi, s, n, reason] = match;
    let bytes: number;
    try {
      bytes = statSync(join(dir, name)).size;
    } catch {
      continue;
    }
    list.push({ name, path: join(dir, name), created: `${y}-${mo}-${d}T${h}:${mi}:${s}Z`, bytes, reason: reason as BackupReason, n: Number(n ?? 1) });
  }
  return list.sort((a, b) => b.created.localeCompare(a.created) || b.n - a.n).map(({ n: _, ...backup }) => backup);
}

export function newestBackup(libraryDir: string): BackupInfo | undefined {
  return listBackups(libraryDir)[0];
}

/** Deletes the oldest backups beyond the newest `kept`. */
export function pruneBackups(libraryDir: string, kept: number): void {
  for (const old of listBackups(libraryDir).slice(kept)) removeDatabaseFile(old.path);
}

/** A database file and any journal SQLite left beside it. */
export function removeDatabaseFile(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

export interface BackupProgress {
  signal?: AbortSignal;
  progress?(p: { done: number; total: number }): void;
}

/**
 * A consistent copy of the library with SQLite's online backup, page by page, while the library stays in use. `db`
 * must hold a read transaction throughout (withSnapshot): writes by other connections then neither show in the copy
 * nor restart it. Written under a temporary name, renamed when complete; the copy is a file of its own (a rollback
 * journal, not the library's write-ahead log), so opening it leaves nothing beside it.
 */
export async function copyLibrary(db: Database, path: string, reason: BackupReason, options: BackupProgress = {}, now = new Date()): Promise<BackupInfo> {
  const partial = `${path}.partial`;
  try {
    await sqliteBackup(db, partial, {
      rate: 256,
      progress: ({ totalPages, remainingPages }) => {
        // Throwing here is how a backup is stopped: SQLite abandons it and the promise rejects.
        if (options.signal?.aborted) throw new Error('backup cancelled');
        options.progress?.({ done: totalPages - remainingPages, total: totalPages });
      },
    });
    selfContained(partial);
    renameSync(partial, path);
  } catch (error) {
    removeDatabaseFile(partial);
    throw error;
  }
  return { name: basename(path), path, created: now.toISOString().slice(0, 19) + 'Z', bytes: statSync(path).size, reason };
}

/** A copy in rollback-journal mode: one file, that a read-only connection opens without making a log beside it. */
function selfContained(file: string): void {
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** A backup into the library's backups folder. */
export function createBackup(db: Database, libraryDir: string, reason: BackupReason, options: BackupProgress = {}, now = new Date()): Promise<BackupInfo> {
  return copyLibrary(db, newBackupPath(libraryDir, reason, now), reason, options, now);
}

/** The copy taken before a schema upgrade: VACUUM INTO writes one consistent, compact file in one step. */
export function backupBeforeMigration(db: Database, libraryDir: string, now = new Date()): void {
  const path = newBackupPath(libraryDir, 'migration', now);
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, path);
  } catch (error) {
    removeDatabaseFile(partial);
    throw error;
  }
}

/** True when the newest backup is older than `maxAgeMs` (or there is none): the start-up backup is due. */
export function backupDue(libraryDir: string, maxAgeMs = 24 * 3600 * 1000, now = Date.now()): boolean {
  const newest = newestBackup(libraryDir);
  return !newest || now - Date.parse(newest.created) > maxAgeMs;
}
