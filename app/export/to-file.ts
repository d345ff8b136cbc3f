import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../contract/errors.ts';

export function unwritable(error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return new AppError('disk_full', (error as Error).message);
  return new AppError('unwritable_file', (error as Error).message, { reason: code ?? 'EIO' });
}

/**
 * Writes what `produce` writes to `path` through a temporary file renamed at the end, so a failed or cancelled export
 * never leaves half a file (or clobbers an earlier export). Small chunks are gathered into larger writes. When
 * `signal` is aborted by the end, the file is not written.
 */
export async function writeAtomically<T>(path: string, produce: (write: (chunk: string | Uint8Array) => void) => T | Promise<T>, signal?: AbortSignal): Promise<T> {
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
    let pending: (string | Uint8Array)[] = [];
    let size = 0;
    const flush = () => {
      // Text is gathered into one write; bytes (a PDF) go as they are.
      if (pending.every((c) => typeof c === 'string')) {
        if (pending.length) fs(() => writeSync(fd, pending.join('')));
      } else {
        for (const chunk of pending) fs(() => (typeof chunk === 'string' ? writeSync(fd, chunk) : writeSync(fd, chunk)));
      }
      pending = [];
      size = 0;
    };
    const result = await produce((chunk) => {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 65_536) flush();
    });
    flush();
    open = false;
    fs(() => closeSync(fd));
    if (signal?.aborted) rmSync(temporary, { force: true });
    else fs(() => renameSync(temporary, path));
    return result;
  } catch (error) {
    if (open) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}
