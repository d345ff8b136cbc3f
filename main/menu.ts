import { app, dialog, Menu, nativeTheme, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { toAppError } from '../app/contract/errors.ts';
import { exportJsonToFile } from '../app/export/index.ts';
import { importSources, sourcesFromPaths } from '../app/import/index.ts';
import type { Library } from '../app/library/index.ts';
import { sendEvent } from './ipc.ts';
import { exportActiveArticleAsPdf } from './pdf.ts';

const isMac = process.platform === 'darwin';

/** File › Import…/Export…, View › side by side and theme, Help. Commands the page handles are sent to it as events. */
export function setupMenu(window: BrowserWindow, library: Library): void {
  const command = (name: string) => () => sendEvent(window, { type: 'command', name });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => void importFromDialog(window, library) },
        { label: 'Export notes…', accelerator: 'CmdOrCtrl+E', click: command('show-export') },
        { label: 'Export article as PDF…', accelerator: 'CmdOrCtrl+P', click: () => void exportActiveArticleAsPdf(window, library) },
        { label: 'Export library as JSON…', accelerator: 'CmdOrCtrl+Shift+E', click: () => void exportToDialog(window, library) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      // Undo and redo go to the page: it undoes typing in a text field, or the last change to annotations.
      submenu: [{ label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: command('undo') }, { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: command('redo') }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Open side by side', accelerator: 'CmdOrCtrl+\\', click: command('add-pane') },
        { label: 'Synchronised scrolling', click: command('toggle-sync-scroll') },
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: (['system', 'light', 'dark'] as const).map((theme) => ({
            label: theme[0]!.toUpperCase() + theme.slice(1),
            type: 'radio' as const,
            checked: library.settings.get().theme === theme,
            click: () => {
              nativeTheme.themeSource = theme;
              library.settings.set({ theme });
              sendEvent(window, { type: 'settings-changed' });
            },
          })),
        },
        { type: 'separator' },
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Keyboard shortcuts', accelerator: 'F1', click: command('show-shortcuts') },
        { label: 'Library folder', click: () => void shell.openPath(library.dir) },
        { label: `About Apostille ${app.getVersion()}`, click: () => void dialog.showMessageBox(window, { message: `Apostille ${app.getVersion()}`, detail: 'A reader for people who work from sources.' }) },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function importFromDialog(window: BrowserWindow, library: Library): Promise<void> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Import articles',
    properties: ['openFile', 'openDirectory', 'multiSelections'],
    filters: [{ name: 'Articles', extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml'] }],
  });
  if (result.canceled || result.filePaths.length === 0) return;
  try {
    const report = importSources(library.db, sourcesFromPaths(result.filePaths), (progress) => {
      window.setProgressBar(progress.done / progress.total);
      sendEvent(window, { type: 'import-progress', ...progress });
    });
    sendEvent(window, { type: 'import-report', report });
  } catch (error) {
    // The page shows the error in the user's language and drops its progress bar.
    sendEvent(window, { type: 'error', error: toAppError(error).toJSON() });
  } finally {
    window.setProgressBar(-1);
  }
}

async function exportToDialog(window: BrowserWindow, library: Library): Promise<void> {
  const result = await dialog.showSaveDialog(window, { title: 'Export library', defaultPath: 'apostille-library.json' });
  if (result.canceled || !result.filePath) return;
  try {
    exportJsonToFile(library.db, result.filePath);
  } catch (error) {
    sendEvent(window, { type: 'error', error: toAppError(error).toJSON() });
  }
}
