import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

// Literal channel names: a sandboxed preload is bundled on its own and shares no code with main at run time.
const CALL_CHANNEL = 'apostille:call';
const EVENT_CHANNEL = 'apostille:event';

/** The page's only door to the core: `window.apostille`. */
contextBridge.exposeInMainWorld('apostille', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(CALL_CHANNEL, method, input),
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
});
