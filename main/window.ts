import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../app/contract/shared/security.ts';
import type { createSettingsStore } from './settings.ts';

export const RENDERER_URL = process.env.ELECTRON_RENDERER_URL;

/** The one window: isolated, sandboxed, no Node, strict CSP, no navigation or new windows, bounds remembered. */
export function createMainWindow(settings: ReturnType<typeof createSettingsStore>): BrowserWindow {
  const bounds = settings.window.get();
  const window = new BrowserWindow({
    ...bounds,
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
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  window.webContents.on('will-navigate', (event, url) => {
    // The app never navigates away from itself; a link in an article opens in the system browser.
    event.preventDefault();
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links in articles open in the system browser, never inside the app.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

  // Bounds are written once things settle, not on every step of a drag.
  let timer: NodeJS.Timeout | undefined;
  const remember = () => settings.window.set({ ...window.getNormalBounds(), maximized: window.isMaximized() });
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

  if (RENDERER_URL) void window.loadURL(RENDERER_URL);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return window;
}

/** True when a message comes from our own page in our own window's main frame. */
export function isOwnFrame(window: BrowserWindow, frame: Electron.WebFrameMain | null): boolean {
  if (!frame || window.isDestroyed() || frame !== window.webContents.mainFrame) return false;
  const url = new URL(frame.url);
  return RENDERER_URL ? url.origin === new URL(RENDERER_URL).origin : url.protocol === 'file:';
}
