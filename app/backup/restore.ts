import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backup as sqliteBackup, DatabaseSync } from 'node:sqlite';
import { AppError, toAppError } from '../contract/errors.ts';
import type { BackupInfo } from '../contract/schemas.ts';
import type { StepControl } from '../core/steps.ts';
import { withSnapshot, type Library } from '../library/library.ts';
import { checkHeader, openDatabase } from '../store/database.ts';
import { backupsDir, createBackup, listBackups, newBackupPath } from './backups.ts';

const invalid = (reason: string) => new AppError('invalid_backup', reason, { reason });

/**
 * A backup made ready to become the library: checked (an SQLite library of a schema this version knows, whole by
 * SQLite's integrity check), copied beside the backups, and brought up to this version's schema. Returns the copy.
 */
async function prepare(source: string, libraryDir: string): Promise<string> {
  try {
    checkHeader(source);
    if (!statSync(source).isFile()) throw invalid('it is not a file');
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === 'library_too_new') throw appError;
    throw invalid(appError.code === 'library_not_database' || appError.code === 'library_empty_file' ? 'it is not an Apostille library' : appError.message);
  }
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(source, { readOnly: true });
  } catch (error) {
    throw invalid((error as Error).message);
  }
  mkdirSync(backupsDir(libraryDir), { recursive: true });
  const copy = join(backupsDir(libraryDir), `restoring-${process.pid}-${Date.now()}.sqlite`);
  try {
    const problems = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (problems.length) throw invalid(`it is damaged (${problems[0]})`);
    const hasDocuments = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'documents'").get();
    if (!hasDocuments) throw invalid('it is not an Apostille library');
    await sqliteBackup(db, copy);
  } catch (error) {
    rmSync(copy, { force: true });
    throw error instanceof AppError ? error : invalid((error as Error).message);
  } finally {
    db.close();
  }
  try {
    openDatabase(copy).close();
  } catch (error) {
    rmSync(copy, { force: true });
    throw error;
  }
  return copy;
}

/**
 * Restores a backup into the open library, which stays open everywhere: the library as it is now is kept as a
 * backup first, then SQLite's backup copies the checked backup over it page by page, under its write lock, so other
 * connections see the library before or after, never between.
 */
export async function restoreIntoLibrary(library: Library, source: string, control: StepControl = {}): Promise<{ restored: string; previous: BackupInfo }> {
  const copy = await prepare(source, library.dir);
  try {
    const previous = await withSnapshot(library, (db) => createBackup(db, library.dir, 'restore'));
    const from = new DatabaseSync(copy, { readOnly: true });
    try {
      await sqliteBackup(from, library.file, {
        rate: 256,
        progress: ({ totalPages, remainingPages }) => control.progress?.({ done: totalPages - remainingPages, total: totalPages }),
      });
    } finally {
      from.close();
    }
    return { restored: source, previous };
  } finally {
    rmSync(copy, { force: true });
  }
}

/**
 * Puts a backup in place of a library file that cannot be opened (damaged, emptied, not a library) and that nothing
 * has open: that file, with its log, is moved into the backups folder as it is, never deleted.
 */
export async function replaceLibraryFile(libraryDir: string, file: string, source: string): Promise<{ restored: string; previous: BackupInfo | null }> {
  const copy = await prepare(source, libraryDir);
  let previous: BackupInfo | null = null;
  if (existsSync(file)) {
    const aside = newBackupPath(libraryDir, 'restore');
    renameSync(file, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    previous = listBackups(libraryDir).find((b) => b.path === aside) ?? null;
  }
  renameSync(copy, file);
  return { restored: source, previous };
}
