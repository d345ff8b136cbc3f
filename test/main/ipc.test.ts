import type { BrowserWindow, WebFrameMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent, PreloadBridge } from '../../app/contract/events.ts';
import { CALL_CHANNEL, EVENT_CHANNEL, sendEvent, setupIpc } from '../../main/ipc.ts';
import { isOwnFrame } from '../../main/window.ts';
import { openTestCore } from '../support/api.ts';
import { useTempDir } from '../support/tmp.ts';
import { asElectron, FakeBrowserWindow, type FakeWebFrame, ipcMain, preload, resetElectron } from './electron-double.ts';
import { FakeCore, settle } from './fake-core.ts';

vi.mock('electron', () => import('./electron-double.ts'));

const tempDir = useTempDir();
const win = (w: FakeBrowserWindow) => asElectron<BrowserWindow>(w);
const frame = (f: FakeWebFrame | null) => asElectron<WebFrameMain | null>(f);

/** A window showing the app's page, as createMainWindow leaves it. */
async function appWindow(url = 'app://apostille/index.html'): Promise<FakeBrowserWindow> {
  const window = new FakeBrowserWindow();
  await window.loadURL(url);
  return window;
}

beforeEach(() => resetElectron());

describe('isOwnFrame: only our window’s main frame, showing our page', () => {
  it('accepts our window’s main frame at app://apostille/, wherever the page is within it', async () => {
    const window = await appWindow();
    expect(isOwnFrame(win(window), frame(window.webContents.mainFrame))).toBe(true);
    for (const url of ['app://apostille/', 'app://apostille/index.html?pane=2#/read/abc']) {
      window.webContents.mainFrame.url = url;
      expect(isOwnFrame(win(window), frame(window.webContents.mainFrame)), url).toBe(true);
    }
  });

  it('refuses another window, even one showing our page', async () => {
    const window = await appWindow();
    const other = await appWindow();
    expect(isOwnFrame(win(window), frame(other.webContents.mainFrame))).toBe(false);
  });

  it('refuses a frame inside our page, even at our own address', async () => {
    const window = await appWindow();
    const main = window.webContents.mainFrame;
    expect(isOwnFrame(win(window), frame(main.child('app://apostille/index.html')))).toBe(false);
    expect(isOwnFrame(win(window), frame(main.child('https://evil.example/')))).toBe(false);
  });

  it('refuses our main frame once it shows anything but app://apostille', async () => {
    const window = await appWindow();
    for (const url of [
      'file:///opt/Apostille/resources/app.asar/out/renderer/index.html', 'http://evil.example/', 'https://evil.example/index.html',
      'app://other-host/index.html', 'app://apostille.evil.example/', 'app://apostille:8080/', 'http://apostille/',
      'about:blank', 'data:text/html,<p>hi</p>', 'not a url',
    ]) {
      window.webContents.mainFrame.url = url;
      expect(isOwnFrame(win(window), frame(window.webContents.mainFrame)), url).toBe(false);
    }
  });

  it('refuses a frame that has gone (null) and any frame once the window is destroyed', async () => {
    const window = await appWindow();
    expect(isOwnFrame(win(window), null)).toBe(false);
    const main = window.webContents.mainFrame;
    window.destroy();
    expect(isOwnFrame(win(window), frame(main))).toBe(false);
  });
});

describe('setupIpc: the one channel from the page to the core', () => {
  it('answers a call from a foreign frame with unauthorised, and the core never hears of it', async () => {
    const window = await appWindow();
    const core = new FakeCore();
    setupIpc(win(window), core);
    const other = await appWindow();
    const foreign = [
      other.webContents.mainFrame,
      window.webContents.mainFrame.child('app://apostille/index.html'),
      (await appWindow('http://evil.example/')).webContents.mainFrame,
      (await appWindow('file:///tmp/index.html')).webContents.mainFrame,
      (await appWindow('app://other-host/index.html')).webContents.mainFrame,
      null,
    ];
    for (const sender of foreign) {
      const answer = await ipcMain.invoke(CALL_CHANNEL, sender, 'documents.remove', { id: 'abcdef12' });
      expect(answer, sender?.url ?? 'no frame').toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    }
    expect(core.calls).toEqual([]);
  });

  it('refuses calls from our own window once its page is not ours any more, and once the window is destroyed', async () => {
    const window = await appWindow();
    const core = new FakeCore();
    setupIpc(win(window), core);
    const main = window.webContents.mainFrame;
    main.url = 'https://evil.example/';
    expect(await ipcMain.invoke(CALL_CHANNEL, main, 'documents.list', {})).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    main.url = 'app://apostille/index.html';
    window.destroy();
    expect(await ipcMain.invoke(CALL_CHANNEL, main, 'documents.list', {})).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    expect(core.calls).toEqual([]);
  });

  it('relays a call from our frame to core.call with its method and input, and gives back the core’s answer', async () => {
    const window = await appWindow();
    const core = new FakeCore();
    core.answers['documents.list'] = () => ({ ok: true, value: { items: [], total: 0 } });
    setupIpc(win(window), core);
    const answer = await ipcMain.invoke(CALL_CHANNEL, window.webContents.mainFrame, 'documents.list', { limit: 5, query: 'Lyon' });
    expect(answer).toEqual({ ok: true, value: { items: [], total: 0 } });
    expect(core.calls).toEqual([{ method: 'documents.list', input: { limit: 5, query: 'Lyon' } }]);
  });

  it('leaves checking the call to the core: a real core refuses an unknown method and bad input', async () => {
    const { core, close } = await openTestCore(tempDir());
    const window = await appWindow();
    setupIpc(win(window), core);
    const main = window.webContents.mainFrame;
    expect(await ipcMain.invoke(CALL_CHANNEL, main, 'documents.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await ipcMain.invoke(CALL_CHANNEL, main, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await ipcMain.invoke(CALL_CHANNEL, main, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await ipcMain.invoke(CALL_CHANNEL, main, 'documents.get', { id: '../../etc' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    await close();
  });

  it('sends the core’s events to the page on the event channel, and nothing once the window is destroyed', async () => {
    const window = await appWindow();
    const core = new FakeCore();
    setupIpc(win(window), core);
    const undo: HostEvent = { type: 'command', name: 'undo' };
    const job: HostEvent = { type: 'job', id: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', job: 'documents.import', state: 'running', progress: { done: 1, total: 2, file: 'a.txt' } };
    core.emit(undo);
    core.emit(job);
    expect(window.webContents.sent).toEqual([{ channel: EVENT_CHANNEL, args: [undo] }, { channel: EVENT_CHANNEL, args: [job] }]);
    window.destroy();
    // A destroyed page throws if sent to; the shell must not try.
    expect(() => core.emit({ type: 'settings-changed' })).not.toThrow();
    expect(() => sendEvent(win(window), { type: 'settings-changed' })).not.toThrow();
    expect(window.webContents.sent).toHaveLength(2);
  });
});

describe('the preload: window.apostille', () => {
  it('exposes only call and onEvent, which reach the core through setupIpc and bring its events back', async () => {
    const window = await appWindow();
    const core = new FakeCore();
    core.answers['app.info'] = () => ({ ok: true, value: { version: 'x' } });
    setupIpc(win(window), core);
    preload.frame = window.webContents.mainFrame;
    await import('../../main/preload.ts');
    const bridge = preload.exposed.get('apostille') as PreloadBridge;
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onEvent']);

    expect(await bridge.call('app.info', {})).toEqual({ ok: true, value: { version: 'x' } });
    expect(core.calls).toEqual([{ method: 'app.info', input: {} }]);

    const heard: HostEvent[] = [];
    const stop = bridge.onEvent((event) => heard.push(event));
    core.emit({ type: 'command', name: 'show-shortcuts' });
    stop();
    core.emit({ type: 'command', name: 'redo' });
    await settle();
    expect(heard).toEqual([{ type: 'command', name: 'show-shortcuts' }]);

    // The same bridge in a frame that is not ours gets nowhere.
    preload.frame = window.webContents.mainFrame.child('app://apostille/index.html');
    expect(await bridge.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    expect(core.calls).toHaveLength(1);
  });
});
