import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { openExternalAfterAsking } from './links.ts';
import { APP_HOST, APP_SCHEME, APP_URL } from './protocol.ts';
import type { WindowBounds } from './settings.ts';

/**
 * The dev server electron-vite starts while developing. A packaged app ignores it: whoever sets an environment variable
 * must not choose the page that is given the API (and paths on this machine), as the fuses keep NODE_OPTIONS out.
 */
export const RENDERER_URL = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

/** The one window: isolated, sandboxed, no Node, strict CSP, no navigation, new windows or permissions, bounds remembered. */
export function createMainWindow(bounds: { get(): WindowBounds; set(b: WindowBounds): void }): BrowserWindow {
  const saved = bounds.get();
  const window = new BrowserWindow({
    ...saved,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Apostille',
    backgroundColor: '#f6f1e7',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // Nothing is granted: no camera, notifications, clipboard reads, geolocation… asked for or merely checked.
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  window.webContents.on('will-navigate', (event, url) => {
    // The app never navigates away from itself; a link in an article opens outside it, once the reader agrees.
    event.preventDefault();
    void openExternalAfterAsking(window, url);
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    void openExternalAfterAsking(window, url);
    return { action: 'deny' };
  });

  // Bounds are written once things settle, not on every step of a drag.
  let timer: NodeJS.Timeout | undefined;
  const remember = () => bounds.set({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  const rememberSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(remember, 500);
  };
  window.on('resize', rememberSoon);
  window.on('move', rememberSoon);
  window.on('close', () => {
    clearTimeout(timer);
    remember();
  });

  void window.loadURL(RENDERER_URL ?? APP_URL);
  return window;
}

/** True when a message comes from our own page (app://apostille, or the dev server) in our own window's main frame. */
export function isOwnFrame(window: BrowserWindow, frame: Electron.WebFrameMain | null): boolean {
  if (!frame || window.isDestroyed() || frame !== window.webContents.mainFrame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (RENDERER_URL) return url.origin === new URL(RENDERER_URL).origin;
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}
