import { app } from 'electron';
import { join } from 'node:path';
import { AppError } from '../app/contract/errors.ts';
import type { Core } from '../app/core/core.ts';
import { startCoreWorkers } from '../app/core/workers.ts';
import { startLibrarySwitcher } from '../app/host/library-switcher.ts';
import { keepTeamPasswords } from '../app/host/team-passwords.ts';
import { LIBRARY_ENV } from '../app/library/location.ts';
import { followLinks, listenForLinks } from './deep-links.ts';
import { setupIpc } from './ipc.ts';
import { setupMenu } from './menu.ts';
import { handleAppProtocol, registerAppScheme } from './protocol.ts';
import { startOrRecover } from './recovery.ts';
import { createSettingsStore } from './settings.ts';
import { keychainKeeper } from './team-password.ts';
import { createMainWindow } from './window.ts';

// The Electron shell: one library open at a time (the page switches between this machine's libraries), one window,
// the API over IPC, a native menu. The core runs in worker threads of this process (app/core/workers.ts); this thread
// only relays, so menus and windows never wait on the library.
registerAppScheme();
app.enableSandbox();

const gotLock = app.requestSingleInstanceLock();
if (!gotLock) app.quit();
else listenForLinks();

app.whenReady().then(async () => {
  // A second instance only hands over to the first (its second-instance event) and quits; Electron does not promise
  // that quitting stops it getting ready, and it must not open the library or a window meanwhile.
  if (!gotLock) return;
  handleAppProtocol(join(import.meta.dirname, '../renderer'));
  const settings = createSettingsStore();
  const samplesDir = join(app.getAppPath(), 'assets', 'samples');
  const chosen = settings.app.get().language;
  const language = (chosen === 'system' ? app.getLocale() : chosen).startsWith('fr') ? 'fr' : 'en';
  const passwords = keychainKeeper(settings.teamPasswords);
  // Each library opened (at start, or switched to from the page) is offered its way back if it cannot be opened, and
  // is given its team password back. The reader quitting the dialog at start quits; during a switch, stays put.
  const open = async (dir: string, seed: boolean): Promise<Core> => {
    const core = await startOrRecover(dir, language, () => startCoreWorkers({
      dir, version: app.getVersion(), samplesDir, seedSamples: seed, allowPaths: true, settings: settings.app,
      workerFile: join(import.meta.dirname, 'core-worker.js'),
    }));
    if (!core) throw new AppError('library_locked', 'the library was not opened');
    return keepTeamPasswords(core, dir, passwords);
  };
  const userData = app.getPath('userData');
  const core = await startLibrarySwitcher({
    store: settings.libraries, home: join(userData, 'Libraries'), defaultDir: join(userData, 'Library'),
    startDir: process.env[LIBRARY_ENV] || undefined, open,
  }).catch(() => null);
  if (!core) return app.quit();
  const window = createMainWindow(settings.window);
  setupIpc(window, core);
  setupMenu({ window, core, libraryDir: () => core.dir() });
  followLinks(window);
  app.on('second-instance', () => window.isMinimized() ? window.restore() : window.focus());
  // However the app quits (the last window closed, File › Quit, Cmd+Q), the core stops its jobs and closes the
  // library first; then the quit goes on.
  let closed = false;
  const closeThenQuit = (event?: Electron.Event) => {
    if (closed) return;
    event?.preventDefault();
    closed = true;
    void core.close().finally(() => app.quit());
  };
  app.on('before-quit', closeThenQuit);
  app.on('window-all-closed', () => closeThenQuit());
});
