import { ipcMain, type BrowserWindow } from 'electron';
import type { HostEvent } from '../app/contract/events.ts';
import type { Core } from '../app/core/core.ts';
import { isOwnFrame } from './window.ts';

export const CALL_CHANNEL = 'apostille:call';
export const EVENT_CHANNEL = 'apostille:event';

/**
 * The API over IPC: one channel, only from our own window's main frame, relayed to the core's workers (which check
 * every call against the contract); the core's events go back to the page.
 */
export function setupIpc(window: BrowserWindow, core: Core): void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isOwnFrame(window, event.senderFrame)) {
      return { ok: false, error: { code: 'unauthorised', message: 'message from an unknown frame' } };
    }
    return core.call(String(method), input);
  });
  core.onEvent((event) => sendEvent(window, event));
}

/** Tells the page something happened outside it (a menu command, a job's progress). */
export function sendEvent(window: BrowserWindow, event: HostEvent): void {
  if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
}
