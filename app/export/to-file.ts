import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../contract/errors.ts';
import type { Database } from '../store/database.ts';
import { exportJson } from './json.ts';

/**
 * Writes the library's JSON export to `path` through a temporary file renamed at the end, so a failed export never
 * leaves half a file (or clobbers an earlier export). Returns the number of articles written.
 */
export function exportJsonToFile(db: Database, path: string): number {
  const temporary = `${path}.partial`;
  let fd: number;
  try {
    fd = openSync(temporary, 'w');
  } catch (error) {
    throw new AppError('unwritable_file', (error as Error).message, { reason: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
  try {
    const count = exportJson(db, (chunk) => writeSync(fd, chunk));
    closeSync(fd);
    renameSync(temporary, path);
    return count;
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}
