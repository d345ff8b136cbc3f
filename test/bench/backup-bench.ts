/**
 * Backup and restore of a large library (the search bench's 100,000 articles): a backup as the app makes it (SQLite's
 * online backup from a snapshot connection), then a restore of it into the open library (the backup checked whole,
 * the library as it was kept as a backup first, then copied over page by page). Seconds and MB/s.
 */
import { statSync } from 'node:fs';
import { createBackup, restoreIntoLibrary } from '../../app/backup/index.ts';
import { openLibrary, withSnapshot } from '../../app/library/index.ts';

export interface BackupFigures {
  libraryBytes: number;
  backupSeconds: number;
  backupMBps: number;
  restoreSeconds: number;
  restoreMBps: number;
}

const MB = 1024 * 1024;

export async function measureBackup(dir: string): Promise<BackupFigures> {
  const library = openLibrary(dir);
  try {
    const libraryBytes = statSync(library.file).size;
    let started = performance.now();
    const made = await withSnapshot(library, (snapshot) => createBackup(snapshot, dir, 'manual'));
    const backupSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await restoreIntoLibrary(library, made.path);
    const restoreSeconds = (performance.now() - started) / 1000;
    return {
      libraryBytes, backupSeconds, backupMBps: made.bytes / MB / backupSeconds, restoreSeconds, restoreMBps: made.bytes / MB / restoreSeconds,
    };
  } finally {
    library.close();
  }
}
