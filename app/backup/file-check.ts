import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { LIBRARY_STATE_CODES, toAppError } from '../contract/errors.ts';
import { openDatabase } from '../store/database.ts';

/**
 * How many articles the library file holds, read on a connection of its own that writes nothing: 0 when there is no
 * file yet, null when the file cannot be opened as a library (empty, foreign, damaged). A library of a newer version,
 * or one locked, throws as such.
 */
export function articlesIn(file: string): number | null {
  if (!existsSync(file)) return 0;
  try {
    const db = openDatabase(file, { readOnly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch (error) {
    if (LIBRARY_STATE_CODES.includes(toAppError(error).code)) return null;
    throw error;
  }
}

/**
 * What is wrong with a library file that cannot be opened, found without opening it as a library (its size and
 * header read as bytes, then what SQLite says of it); [] when it opens. A library of a newer version throws as such.
 */
export function unopenableProblems(file: string): string[] {
  try {
    openDatabase(file, { readOnly: true }).close();
    return [];
  } catch (error) {
    const appError = toAppError(error);
    if (!LIBRARY_STATE_CODES.includes(appError.code)) throw appError;
    const size = statSync(file).size;
    if (appError.code === 'library_empty_file') return ['the file is empty (0 bytes)'];
    if (appError.code === 'library_not_database') return [`the file (${size} bytes) does not start as an SQLite database does`];
    return [...headerProblems(file, size), `SQLite: ${appError.message}`];
  }
}

/** What the file's header says against what the file holds: a file cut short. */
function headerProblems(file: string, size: number): string[] {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  // The header's page count holds when it was written by the same change as the rest of the header.
  const pages = header.readUInt32BE(92) === header.readUInt32BE(24) ? header.readUInt32BE(28) : 0;
  const expected = pages * pageSize;
  if (pages > 0 && size < expected) {
    return [`the file was cut short: it holds ${size} bytes, ${Math.floor(size / pageSize)} of the ${pages} pages of ${pageSize} bytes its header counts`];
  }
  if (size % pageSize !== 0) return [`the file holds ${size} bytes, not a whole number of its ${pageSize}-byte pages`];
  return [];
}
