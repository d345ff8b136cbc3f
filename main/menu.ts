import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../app/contract/events.ts';
import type { JobInput, JobName } from '../app/contract/jobs.ts';
import { runJob } from '../app/contract/shared/run-job.ts';
import type { Core } from '../app/core/core.ts';
import { sendEvent } from './ipc.ts';
import { exportActiveArticleAsPdf } from './pdf.ts';

const isMac = process.platform === 'darwin';

export interface MenuContext {
  window: BrowserWindow;
  core: Core;
  /** The folder of the library open now. */
  libraryDir(): string;
}

/**
 * File › Import…/Export…, View › side by side and theme, Help. Commands the page carries out are sent to it as
 * events; work on the library goes through the contract like any other call (its jobs' progress shows in the page).
 */
export function menuTemplate({ window, core, libraryDir }: MenuContext): MenuItemConstructorOptions[] {
  const command = (name: MenuCommand) => () => sendEvent(window, { type: 'command', name });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => void importFromDialog(window, core) },
        { label: 'Add web pages…', accelerator: 'CmdOrCtrl+L', click: command('add-addresses') },
        { label: 'Export notes…', accelerator: 'CmdOrCtrl+E', click: command('show-export') },
        { label: 'Export article as PDF…', accelerator: 'CmdOrCtrl+P', click: () => void exportActiveArticleAsPdf(window, core) },
        { label: 'Export library archive…', accelerator: 'CmdOrCtrl+Shift+E', click: () => void exportArchiveToDialog(window, core) },
        { label: 'Backups…', click: command('show-backups') },
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
        { label: 'Library', click: command('toggle-library') },
        { type: 'separator' },
        {
          label: 'Theme',
          // The page draws the theme (as its own theme menu does): the choice is saved and the page told.
          submenu: (['system', 'light', 'dark'] as const).map((theme) => ({
            label: theme[0]!.toUpperCase() + theme.slice(1),
            click: () => void core.call('settings.set', { theme }).then((saved) => {
              if (saved.ok) sendEvent(window, { type: 'settings-changed' });
              else sendEvent(window, { type: 'error', error: saved.error });
            }),
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
        { label: 'Library folder', click: () => void shell.openPath(libraryDir()) },
        { label: `About Apostille ${app.getVersion()}`, click: () => void dialog.showMessageBox(window, { message: `Apostille ${app.getVersion()}`, detail: 'A reader for people who work from sources.' }) },
      ],
    },
  ];
}

export function setupMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context)));
}

/**
 * A job started from the menu: the page shows its progress (and its Cancel button) from the job's events; the taskbar
 * shows it too. A failure reaches the page as an error event, in the reader's language.
 */
export async function runFromMenu<J extends JobName>(window: BrowserWindow, core: Core, job: J, input: JobInput<J>): Promise<void> {
  const running = runJob(core, job, input, (progress) => {
    const p = progress as { done: number; total: number };
    if (!window.isDestroyed() && p.total > 0) window.setProgressBar(p.done / p.total);
  });
  const outcome = await running.outcome;
  if (!window.isDestroyed()) window.setProgressBar(-1);
  if (outcome.state === 'failed') sendEvent(window, { type: 'error', error: outcome.error! });
}

async function importFromDialog(window: BrowserWindow, core: Core): Promise<void> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Import articles',
    properties: ['openFile', 'openDirectory', 'multiSelections'],
    filters: [{ name: 'Articles', extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'pdf', 'epub', 'csv', 'json', 'zip'] }],
  });
  if (result.canceled || result.filePaths.length === 0) return;
  await runFromMenu(window, core, 'documents.import', { paths: result.filePaths });
}

async function exportArchiveToDialog(window: BrowserWindow, core: Core): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const result = await dialog.showSaveDialog(window, { title: 'Export library archive', defaultPath: `apostille-library-${stamp}.apostille` });
  if (result.canceled || !result.filePath) return;
  await runFromMenu(window, core, 'library.export', { format: 'archive', path: result.filePath });
}
