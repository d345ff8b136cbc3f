import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { AppError } from '../contract/errors.ts';
import { MAX_IMPORT_BYTES } from '../contract/schemas.ts';
import { formatSize } from '../contract/shared/sizes.ts';

const CHUNK = 1024 * 1024;

/** A file system error as the reason a file could not be read; each front end words the code in the reader's language. */
export function unreadable(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new AppError('unreadable_file', String((error as Error).message ?? error), { reason: code ?? 'EIO' });
}

export function tooLarge(size: number, limit = MAX_IMPORT_BYTES): AppError {
  return new AppError('too_large', `${size} bytes`, { size: formatSize(size), limit: formatSize(limit) });
}

/**
 * The bytes of a regular file, read up to `limit`: a device, a pipe or a socket is refused without waiting on it
 * (opened non-blocking, checked by its descriptor), and reading stops past the limit whatever size the file claims.
 */
export function readRegularFile(path: string, limit = MAX_IMPORT_BYTES): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new AppError('unreadable_file', `${path} is a folder`, { reason: 'EISDIR' });
    if (!stats.isFile()) throw new AppError('unreadable_file', `${path} is not a regular file`, { reason: 'ENOTREG' });
    if (stats.size > limit) throw tooLarge(stats.size, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      total += read;
      if (total > limit) throw tooLarge(total, limit);
      chunks.push(read === CHUNK ? chunk : chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw unreadable(error);
  } finally {
    closeSync(fd);
  }
}
