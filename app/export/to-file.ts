import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../contract/errors.ts';
import type { Database } from '../store/database.ts';
import { exportJson } from './json.ts';

export function unwritable(error: unknown): AppError {
  return new AppError('unwritable_file', (error as Error).message, { reason: (error as NodeJS.ErrnoException).code ?? 'EIO' });
}

/**
 * Writes what `produce` writes to `path` through a temporary file renamed at the end, so a failed export never
 * leaves half a file (or clobbers an earlier export). Small chunks are gathered into larger writes.
 */
export function writeAtomically<T>(path: string, produce: (write: (chunk: string) => void) => T): T {
  const temporary = `${path}.partial`;
  const fs = <R>(operation: () => R): R => {
    try {
      return operation();
    } catch (error) {
      throw unwritable(error);
    }
  };
  const fd = fs(() => openSync(temporary, 'w'));
  let open = true;
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      if (pending.length) fs(() => writeSync(fd, pending.join('')));
      pending = [];
      size = 0;
    };
    const result = produce((chunk) => {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 65_536) flush();
    });
    flush();
    open = false;
    fs(() => closeSync(fd));
    fs(() => renameSync(temporary, path));
    return result;
  } catch (error) {
    if (open) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Writes the library's JSON export to `path` atomically. Returns the number of articles written. */
export function exportJsonToFile(db: Database, path: string): number {
  return writeAtomically(path, (write) => exportJson(db, write));
}
