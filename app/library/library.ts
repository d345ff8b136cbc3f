import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, LIBRARY_STATE_CODES, toAppError } from '../contract/errors.ts';
import { backupBeforeMigration, newestBackup } from '../backup/backups.ts';
import { openDatabase, type Database } from '../store/database.ts';
import { DATABASE_FILE } from './location.ts';

export interface Library {
  dir: string;
  file: string;
  db: Database;
  /** This opening created the library file. */
  created: boolean;
  close(): void;
}

export interface OpenLibraryOptions {
  /** A connection that only reads (the core's reading worker). */
  readOnly?: boolean;
}

const opened = new Set<(library: Library) => void>();

/**
 * For tests: `listener` hears of every library opened from now on, to reach a connection that a core keeps to itself
 * (and, say, make its disk look full). Returns how to stop listening.
 */
export function onLibraryOpened(listener: (library: Library) => void): () => void {
  opened.add(listener);
  return () => opened.delete(listener);
}

/**
 * Opens (or creates) the library in folder `dir`. A file that cannot be a library — empty, foreign, damaged, of a newer
 * version — is refused as it is, never replaced, and the error names the newest backup to go back to. Before a schema
 * upgrade, the library is copied into its backups folder.
 */
export function openLibrary(dir: string, options: OpenLibraryOptions = {}): Library {
  const file = join(dir, DATABASE_FILE);
  const created = !existsSync(file);
  let db: Database;
  try {
    db = openDatabase(file, { readOnly: options.readOnly, beforeMigration: (db) => backupBeforeMigration(db, dir) });
  } catch (error) {
    throw withWayBack(toAppError(error), dir, file);
  }
  const library: Library = { dir, file, db, created, close: () => db.close() };
  for (const listener of opened) listener(library);
  return library;
}


/** A library that cannot be opened: its file named, and the newest backup, the way back, when there is one. */
export function withWayBack(error: AppError, dir: string, file = join(dir, DATABASE_FILE)): AppError {
  if (!LIBRARY_STATE_CODES.includes(error.code)) return error;
  const backup = newestBackup(dir);
  return new AppError(error.code, error.message, {
    ...error.details,
    file,
    ...(backup ? { backup: backup.name, backupPath: backup.path, backupDate: backup.created } : {}),
  });
}

/**
 * Runs `work` on a connection of its own that reads one snapshot of the library throughout (a backup, an archive):
 * what other connections write meanwhile neither shows in it nor disturbs it, and no transaction of theirs is touched.
 */
export async function withSnapshot<T>(library: Pick<Library, 'file'>, work: (db: Database) => Promise<T>): Promise<T> {
  const db = openDatabase(library.file, { readOnly: true });
  try {
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return await work(db);
  } finally {
    if (db.isTransaction) db.exec('COMMIT');
    db.close();
  }
}
