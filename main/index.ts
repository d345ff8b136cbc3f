import { app } from 'electron';
import { join } from 'node:path';
import { createHandlers, LIBRARY_ENV, openLibrary } from '../app/library/index.ts';
import { setupIpc } from './ipc.ts';
import { setupMenu } from './menu.ts';
import { createSettingsStore } from './settings.ts';
import { createMainWindow } from './window.ts';

// The Electron shell: one library, one window, the API over IPC, a native menu. Everything else is the core's.
app.enableSandbox();

const gotLock = app.requestSingleInstanceLock();
if (!gotLock) app.quit();

app.whenReady().then(() => {
  const settings = createSettingsStore();
  const libraryDir = process.env[LIBRARY_ENV] ?? join(app.getPath('userData'), 'Library');
  const library = openLibrary(libraryDir, { settings: settings.app, seedSamples: true, samplesDir: join(app.getAppPath(), 'assets', 'samples') });
  const handlers = createHandlers(library, { version: app.getVersion(), samplesDir: join(app.getAppPath(), 'assets', 'samples') });
  const window = createMainWindow(settings);
  setupIpc(window, handlers);
  setupMenu(window, library);
  app.on('second-instance', () => window.isMinimized() ? window.restore() : window.focus());
  app.on('window-all-closed', () => {
    library.close();
    app.quit();
  });
});
