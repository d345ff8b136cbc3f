import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../app/host/http-host.ts';
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
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links in articles open in the system browser, never inside the app.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

  const remember = () => settings.window.set({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  window.on('resize', remember);
  window.on('move', remember);
  window.on('close', remember);

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
