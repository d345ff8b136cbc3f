import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { backup as sqliteBackup, DatabaseSync } from 'node:sqlite';
import { AppError, toAppError } from '../contract/errors.ts';
import type { BackupInfo } from '../contract/schemas.ts';
import type { StepControl } from '../core/steps.ts';
import { withSnapshot, type Library } from '../library/library.ts';
import { BUSY_TIMEOUT_MS, checkHeader, isBusy, nextWait, openDatabase, type Database } from '../store/database.ts';
import { backupsDir, createBackup, newBackupPath, removeDatabaseFile } from './backups.ts';

/** A backup refused: `reason` is a code each front end words in the reader's language; `detail` stays in the message. */
const invalid = (reason: BackupProblem, detail: string = reason) => new AppError('invalid_backup', detail, { reason });
type BackupProblem = 'NOT_A_FILE' | 'NOT_A_LIBRARY' | 'DAMAGED' | 'UNREADABLE';
const NOT_A_LIBRARY = 'NOT_A_LIBRARY';

/**
 * A backup made ready to become the library: checked (an SQLite library of a schema this version knows, whole by
 * SQLite's integrity check), copied beside the backups, brought up to this version's schema and given the library's
 * page size. Returns the copy.
 */
async function prepare(source: string, libraryDir: string, pageSize?: number): Promise<string> {
  try {
    checkHeader(source);
    if (!statSync(source).isFile()) throw invalid('NOT_A_FILE');
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === 'library_too_new') throw appError;
    throw appError.code === 'library_not_database' || appError.code === 'library_empty_file' ? invalid(NOT_A_LIBRARY) : invalid('UNREADABLE', appError.message);
  }
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(source, { readOnly: true });
  } catch (error) {
    throw invalid('UNREADABLE', (error as Error).message);
  }
  const copy = join(backupsDir(libraryDir), `restoring-${process.pid}-${Date.now()}.sqlite`);
  try {
    const problems = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length) throw invalid('DAMAGED', problems[0]);
    const hasDocuments = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'documents'").get();
    if (!hasDocuments) throw invalid(NOT_A_LIBRARY);
    mkdirSync(backupsDir(libraryDir), { recursive: true });
    await sqliteBackup(db, copy);
  } catch (error) {
    removeDatabaseFile(copy);
    throw error instanceof AppError ? error : invalid('UNREADABLE', (error as Error).message);
  } finally {
    db.close();
  }
  try {
    const upgraded = openDatabase(copy);
    try {
      if (!hasLibrarySchema(upgraded)) throw invalid(NOT_A_LIBRARY);
      if (pageSize !== undefined) withPageSize(upgraded, pageSize);
    } finally {
      upgraded.close();
    }
  } catch (error) {
    removeDatabaseFile(copy);
    const appError = toAppError(error);
    throw appError.code === 'internal' ? invalid('UNREADABLE', appError.message) : appError;
  }
  return copy;
}

/** Every table of this version's schema is there with all its columns (another program's database is not). */
function hasLibrarySchema(db: Database): boolean {
  const fresh = openDatabase(':memory:');
  try {
    const columns = (d: Database) => new Set((d.prepare(`SELECT s.name || '.' || c.name AS name FROM sqlite_schema s, pragma_table_info(s.name) c
      WHERE s.type = 'table'`).all() as { name: string }[]).map((r) => r.name));
    const has = columns(db);
    return [...columns(fresh)].every((column) => has.has(column));
  } finally {
    fresh.close();
  }
}

/** SQLite copies a backup into a library in write-ahead-log mode only when both have the same page size. */
function withPageSize(db: Database, pageSize: number): void {
  if ((db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size === pageSize) return;
  db.exec(`PRAGMA journal_mode = DELETE; PRAGMA page_size = ${pageSize}; VACUUM; PRAGMA journal_mode = WAL`);
}

/**
 * Restores a backup into the open library, which stays open everywhere: the library as it is now is kept as a
 * backup first, then SQLite's backup copies the checked backup over it page by page, under its write lock, so other
 * connections see the library before or after, never between.
 */
export async function restoreIntoLibrary(library: Library, source: string, control: StepControl = {}): Promise<{ restored: string; previous: BackupInfo }> {
  const pageSize = (library.db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size;
  const copy = await prepare(source, library.dir, pageSize);
  try {
    const previous = await withSnapshot(library, (db) => createBackup(db, library.dir, 'restore'));
    const from = new DatabaseSync(copy, { readOnly: true });
    try {
      // The copy into the library takes its write lock: another writer holding it is waited for, as any write is.
      const deadline = Date.now() + BUSY_TIMEOUT_MS;
      for (let wait = 1; ; wait = nextWait(wait)) {
        try {
          await sqliteBackup(from, library.file, {
            rate: 256,
            progress: ({ totalPages, remainingPages }) => control.progress?.({ done: totalPages - remainingPages, total: totalPages }),
          });
          break;
        } catch (error) {
          if (!isBusy(error) || Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    } finally {
      from.close();
    }
    return { restored: source, previous };
  } finally {
    removeDatabaseFile(copy);
  }
}

/**
 * Puts a backup in place of a library file that cannot be opened (damaged, emptied, not a library) and that nothing
 * has open: that file, with its journals, is moved into the backups folder as it is, never deleted (a journal left
 * beside the new library would be played back into it).
 */
export async function replaceLibraryFile(libraryDir: string, file: string, source: string): Promise<{ restored: string; previous: BackupInfo | null }> {
  const copy = await prepare(source, libraryDir);
  let previous: BackupInfo | null = null;
  if (existsSync(file)) {
    // Kept whole, but not under a backup's name: it must never be offered as the way back from the next damage.
    const aside = newBackupPath(libraryDir, 'restore').replace(/apostille-(\d{8}-\d{6}(?:-\d+)?)-restore\.sqlite$/, 'damaged-$1.sqlite');
    renameSync(file, aside);
    for (const suffix of ['-wal', '-shm', '-journal']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    previous = { name: basename(aside), path: aside, created: new Date().toISOString().slice(0, 19) + 'Z', bytes: statSync(aside).size, reason: 'restore' };
  }
  renameSync(copy, file);
  return { restored: source, previous };
}
