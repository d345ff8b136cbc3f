import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostEvent, PreloadBridge } from '../app/contract/events.ts';

// Literal channel names: a sandboxed preload is bundled on its own and shares no code with main at run time.
const CALL_CHANNEL = 'apostille:call';
const EVENT_CHANNEL = 'apostille:event';

/** The page's only door to the core: `window.apostille`, of the contract's PreloadBridge type. */
const bridge: PreloadBridge = {
  call: (method, input) => ipcRenderer.invoke(CALL_CHANNEL, method, input),
  onEvent: (listener) => {
    const handler = (_event: IpcRendererEvent, payload: HostEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('apostille', bridge);
