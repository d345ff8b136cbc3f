import { dialog } from 'electron';
import { join } from 'node:path';
import { replaceLibraryFile } from '../app/backup/restore.ts';
import { newestBackup } from '../app/backup/backups.ts';
import { AppError, LIBRARY_STATE_CODES, toAppError } from '../app/contract/errors.ts';
import { formatError, type UiLanguage } from '../app/contract/shared/error-messages.ts';
import type { Core } from '../app/core/core.ts';
import { DATABASE_FILE } from '../app/library/location.ts';


const WORDS = {
  en: { title: 'The library cannot be opened', restore: 'Restore the newest backup', quit: 'Quit' },
  fr: { title: 'La bibliothèque ne peut pas être ouverte', restore: 'Restaurer la sauvegarde la plus récente', quit: 'Quitter' },
};

/**
 * Starts the core; a library that cannot be opened is shown to the reader as what it is, with its way back: the
 * newest backup is put in its place if the reader says so (the damaged file is kept beside the backups), and the core
 * starts again. Returns null when the reader quits.
 */
export async function startOrRecover(libraryDir: string, language: UiLanguage, start: () => Promise<Core>): Promise<Core | null> {
  for (;;) {
    try {
      return await start();
    } catch (thrown) {
      const error = toAppError(thrown);
      const backup = newestBackup(libraryDir);
      const canRestore = LIBRARY_STATE_CODES.includes(error.code) && backup !== undefined;
      const words = WORDS[language];
      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: words.title,
        message: words.title,
        detail: formatError(language, error.toJSON()),
        buttons: canRestore ? [words.restore, words.quit] : [words.quit],
        defaultId: 0,
        cancelId: canRestore ? 1 : 0,
      });
      if (!canRestore || response !== 0) return null;
      try {
        await replaceLibraryFile(libraryDir, join(libraryDir, DATABASE_FILE), backup.path);
      } catch (failure) {
        const shown = failure instanceof AppError ? failure : toAppError(failure);
        await dialog.showMessageBox({ type: 'error', message: words.title, detail: formatError(language, shown.toJSON()) });
        return null;
      }
    }
  }
}
