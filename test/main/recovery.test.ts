import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listBackups, newBackupPath } from '../../app/backup/backups.ts';
import { createBackup } from '../../app/backup/index.ts';
import { AppError, toAppError } from '../../app/contract/errors.ts';
import { formatError } from '../../app/contract/shared/error-messages.ts';
import { openCore, type Core } from '../../app/core/core.ts';
import { openLibrary, withSnapshot } from '../../app/library/library.ts';
import { DATABASE_FILE } from '../../app/library/location.ts';
import { latestVersion } from '../../app/store/database.ts';
import { startOrRecover } from '../../main/recovery.ts';
import { openTestCore } from '../support/api.ts';
import { useTempDir } from '../support/tmp.ts';
import { dialogs, resetElectron } from './electron-double.ts';

vi.mock('electron', () => import('./electron-double.ts'));

const tempDir = useTempDir();
const RESTORE = 0;
const QUIT_BESIDE_RESTORE = 1;

/** A library of the four sample articles, with a real backup of it, made with app/backup. */
async function libraryWithBackup(): Promise<{ dir: string; file: string; backup: string }> {
  const dir = tempDir();
  const { close } = await openTestCore(dir, { seedSamples: true });
  await close();
  const library = openLibrary(dir);
  const backup = await withSnapshot(library, (db) => createBackup(db, dir, 'daily', {}, new Date('2026-12-01T08:00:00Z')));
  library.close();
  return { dir, file: join(dir, DATABASE_FILE), backup: backup.path };
}

/** Scribbles over the first page's b-tree: SQLite then finds the database disk image malformed. */
function damage(file: string): Buffer {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(100, 0xa5), 0, 100, 100);
  closeSync(fd);
  return readFileSync(file);
}

/** The start the shell hands to startOrRecover: opens the core over the library (in this thread), counting tries. */
function starter(dir: string) {
  const tries: { error?: AppError; core?: Core }[] = [];
  const start = async () => {
    try {
      const core = await openCore({ dir, version: 'test', allowPaths: false });
      tries.push({ core });
      return core;
    } catch (error) {
      tries.push({ error: toAppError(error) });
      throw error;
    }
  };
  return { start, tries };
}

const backupNames = (dir: string) => readdirSync(join(dir, 'backups')).sort();

beforeEach(() => resetElectron());

describe('startOrRecover', () => {
  it('returns a core that starts, asking nothing', async () => {
    const { dir } = await libraryWithBackup();
    const { start, tries } = starter(dir);
    const core = await startOrRecover(dir, 'en', start);
    expect(core).toBe(tries[0]!.core);
    expect(dialogs.messageBoxes).toEqual([]);
    await core!.close();
  });

  it('offers the newest backup for a damaged library, in French, and on Restore puts it in place and starts again', async () => {
    const { dir, file, backup } = await libraryWithBackup();
    const damaged = damage(file);
    const { start, tries } = starter(dir);
    dialogs.messageBoxAnswers.push(RESTORE);
    const core = await startOrRecover(dir, 'fr', start);

    // The dialog: the error in the reader's language, as formatError words it, with the way back.
    const error = tries[0]!.error!;
    expect(error.code).toBe('library_damaged');
    expect(dialogs.messageBoxes).toHaveLength(1);
    const { options } = dialogs.messageBoxes[0]!;
    expect(options.type).toBe('error');
    expect(options.title).toBe('La bibliothèque ne peut pas être ouverte');
    expect(options.detail).toBe(formatError('fr', error.toJSON()));
    expect(options.detail).toContain('est endommagé');
    expect(options.detail).toContain('La sauvegarde la plus récente est « apostille-20261201-080000-daily.sqlite »');
    expect(options.buttons).toEqual(['Restaurer la sauvegarde la plus récente', 'Quitter']);
    expect(options.cancelId).toBe(QUIT_BESIDE_RESTORE);

    // Started again, over the backup: the four sample articles are back.
    expect(tries).toHaveLength(2);
    expect(core).toBe(tries[1]!.core);
    const list = await core!.call('documents.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 4 } });
    await core!.close();

    // The damaged file was kept, as it was, in the backups folder — not as a backup, so a later damage never gets it
    // offered as the way back; the backup itself is untouched.
    expect(listBackups(dir).filter((b) => b.reason === 'restore')).toEqual([]);
    const asides = readdirSync(join(dir, 'backups')).filter((name) => name.startsWith('damaged-'));
    expect(asides).toHaveLength(1);
    expect(readFileSync(join(dir, 'backups', asides[0]!))).toEqual(damaged);
    expect(readFileSync(file)).not.toEqual(damaged);
    expect(backupNames(dir)).toContain('apostille-20261201-080000-daily.sqlite');
    expect(readFileSync(backup).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });

  it('asks in English when the reader’s language is English', async () => {
    const { dir, file } = await libraryWithBackup();
    damage(file);
    const { start, tries } = starter(dir);
    await startOrRecover(dir, 'en', start);
    const { options } = dialogs.messageBoxes[0]!;
    expect(options.detail).toBe(formatError('en', tries[0]!.error!.toJSON()));
    expect(options.buttons).toEqual(['Restore the newest backup', 'Quit']);
  });

  it('returns null and changes nothing when the reader quits (or closes the dialog)', async () => {
    for (const answer of [QUIT_BESIDE_RESTORE, undefined]) {
      resetElectron();
      const { dir, file } = await libraryWithBackup();
      const damaged = damage(file);
      const before = backupNames(dir);
      const { start, tries } = starter(dir);
      if (answer !== undefined) dialogs.messageBoxAnswers.push(answer);
      expect(await startOrRecover(dir, 'fr', start)).toBeNull();
      expect(tries).toHaveLength(1);
      expect(readFileSync(file)).toEqual(damaged);
      expect(backupNames(dir)).toEqual(before);
    }
  });

  it('offers only Quit for a library written by a newer version, even with a backup at hand', async () => {
    const { dir, file } = await libraryWithBackup();
    const header = readFileSync(file);
    header.writeUInt32BE(latestVersion() + 1, 60);
    writeFileSync(file, header);
    const { start, tries } = starter(dir);
    dialogs.messageBoxAnswers.push(RESTORE);
    expect(await startOrRecover(dir, 'en', start)).toBeNull();
    expect(tries[0]!.error!.code).toBe('library_too_new');
    const { options } = dialogs.messageBoxes[0]!;
    expect(options.buttons).toEqual(['Quit']);
    expect(options.detail).toBe(formatError('en', tries[0]!.error!.toJSON()));
    expect(options.detail).toContain('newer version of Apostille');
    expect(readFileSync(file)).toEqual(header);
    expect(tries).toHaveLength(1);
  });

  it('offers only Quit when there is no backup to go back to', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, DATABASE_FILE), '');
    const { start, tries } = starter(dir);
    dialogs.messageBoxAnswers.push(RESTORE);
    expect(await startOrRecover(dir, 'fr', start)).toBeNull();
    expect(tries[0]!.error!.code).toBe('library_empty_file');
    const { options } = dialogs.messageBoxes[0]!;
    expect(options.buttons).toEqual(['Quitter']);
    expect(options.detail).toContain('Aucune sauvegarde n’en a été trouvée.');
  });

  it('offers only Quit for errors a backup does not mend (a locked library)', async () => {
    const { dir } = await libraryWithBackup();
    const start = () => Promise.reject(new AppError('library_locked', 'database is locked'));
    dialogs.messageBoxAnswers.push(RESTORE);
    expect(await startOrRecover(dir, 'en', start)).toBeNull();
    expect(dialogs.messageBoxes[0]!.options.buttons).toEqual(['Quit']);
    expect(dialogs.messageBoxes[0]!.options.detail).toBe(formatError('en', { code: 'library_locked', message: 'database is locked' }));
  });

  it('says so, and leaves the damaged library where it is, when the newest backup cannot be restored', async () => {
    const { dir, file } = await libraryWithBackup();
    const damaged = damage(file);
    // A newer "backup" that is not a library at all.
    writeFileSync(newBackupPath(dir, 'manual', new Date('2026-12-05T08:00:00Z')), 'not a database');
    const before = backupNames(dir);
    const { start, tries } = starter(dir);
    dialogs.messageBoxAnswers.push(RESTORE);
    expect(await startOrRecover(dir, 'fr', start)).toBeNull();
    expect(tries).toHaveLength(1);
    expect(dialogs.messageBoxes).toHaveLength(2);
    const second = dialogs.messageBoxes[1]!.options;
    expect(second.detail).toBe(formatError('fr', { code: 'invalid_backup', message: 'NOT_A_LIBRARY', details: { reason: 'NOT_A_LIBRARY' } }));
    expect(second.detail).toBe('Ce n’est pas une sauvegarde qu’Apostille sait restaurer : ce n’est pas une bibliothèque Apostille');
    expect(readFileSync(file)).toEqual(damaged);
    expect(backupNames(dir)).toEqual(before);
  });
});
