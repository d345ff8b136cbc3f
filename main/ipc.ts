import { ipcMain, type BrowserWindow } from 'electron';
import { dispatch } from '../app/library/dispatch.ts';
import type { Handlers } from '../app/library/handlers.ts';
import { isOwnFrame } from './window.ts';

export const CALL_CHANNEL = 'apostille:call';
export const EVENT_CHANNEL = 'apostille:event';

/** The API over IPC: one channel, every call validated by the contract, only from our own window's main frame. */
export function setupIpc(window: BrowserWindow, handlers: Handlers): void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isOwnFrame(window, event.senderFrame)) {
      return { ok: false, error: { code: 'unauthorised', message: 'message from an unknown frame' } };
    }
    return dispatch(handlers, method, input);
  });
}

/** Tells the page something happened outside it (a menu command, an import from the File menu). */
export function sendEvent(window: BrowserWindow, event: { type: string; [key: string]: unknown }): void {
  if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
}
