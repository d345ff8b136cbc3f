import type { BrowserWindow, WebFrameMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openExternalAfterAsking } from '../../main/links.ts';
import type { WindowBounds } from '../../main/settings.ts';
import { createMainWindow } from '../../main/window.ts';
import type * as ElectronDouble from './electron-double.ts';
import { asElectron, dialogs, FakeBrowserWindow, resetElectron, session, shell } from './electron-double.ts';
import { settle } from './fake-core.ts';

vi.mock('electron', () => import('./electron-double.ts'));

function boundsStore(saved: WindowBounds = { width: 1400, height: 900, maximized: false }) {
  const written: WindowBounds[] = [];
  return { written, store: { get: () => saved, set: (b: WindowBounds) => void written.push(b) } };
}

function openWindow(saved?: WindowBounds): FakeBrowserWindow {
  return createMainWindow(boundsStore(saved).store) as unknown as FakeBrowserWindow;
}

const OPEN = 0;

beforeEach(() => {
  resetElectron();
  vi.unstubAllEnvs();
});

describe('the main window is hardened', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security, our preload only', () => {
    const window = openWindow();
    const prefs = window.options.webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toMatch(/preload[/\\]preload\.cjs$/);
    for (const risky of ['nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'webviewTag', 'experimentalFeatures'] as const) {
      expect(prefs[risky], risky).toBeFalsy();
    }
  });

  it('loads the page from app://apostille, never from file://', () => {
    const window = openWindow();
    expect(window.loaded).toEqual(['app://apostille/index.html']);
  });

  it('grants no permission, whether requested or merely checked', () => {
    openWindow();
    const { permissionRequestHandler, permissionCheckHandler } = session.defaultSession;
    expect(permissionRequestHandler).toBeTypeOf('function');
    expect(permissionCheckHandler).toBeTypeOf('function');
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'midi', 'pointerLock']) {
      const answers: boolean[] = [];
      permissionRequestHandler!(null, permission, (granted) => answers.push(granted), { requestingUrl: 'app://apostille/index.html' });
      expect(answers, permission).toEqual([false]);
      expect(permissionCheckHandler!(null, permission, 'app://apostille', { requestingUrl: 'app://apostille/index.html' }), permission).toBe(false);
    }
  });

  it('never navigates away: will-navigate is prevented, and an outside address is opened only once the reader agrees', async () => {
    const window = openWindow();
    expect(window.webContents.navigate('https://example.org/source?id=1').prevented).toBe(true);
    expect(window.webContents.mainFrame.url).toBe('app://apostille/index.html');
    await settle();
    expect(dialogs.messageBoxes).toHaveLength(1);
    expect(dialogs.messageBoxes[0]!.window).toBe(window);
    expect(dialogs.messageBoxes[0]!.options.detail).toBe('https://example.org/source?id=1');
    expect(shell.opened).toEqual([]);

    dialogs.messageBoxAnswers.push(OPEN);
    expect(window.webContents.navigate('https://example.org/other').prevented).toBe(true);
    await settle();
    expect(shell.opened).toEqual(['https://example.org/other']);
    expect(window.webContents.mainFrame.url).toBe('app://apostille/index.html');
  });

  it('prevents navigation to anything else without asking: file:, javascript:, other app:// pages', async () => {
    const window = openWindow();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://other/index.html', 'data:text/html,<h1>hi</h1>']) {
      expect(window.webContents.navigate(url).prevented, url).toBe(true);
    }
    await settle();
    expect(dialogs.messageBoxes).toEqual([]);
    expect(shell.opened).toEqual([]);
    expect(window.webContents.mainFrame.url).toBe('app://apostille/index.html');
  });

  it('denies every new window; a link with target=_blank is opened outside once the reader agrees', async () => {
    const window = openWindow();
    expect(window.webContents.openWindow('https://example.org/a')).toEqual({ action: 'deny' });
    await settle();
    expect(dialogs.messageBoxes.map((b) => b.options.detail)).toEqual(['https://example.org/a']);
    expect(shell.opened).toEqual([]);

    dialogs.messageBoxAnswers.push(OPEN);
    expect(window.webContents.openWindow('https://example.org/b')).toEqual({ action: 'deny' });
    expect(window.webContents.openWindow('javascript:alert(document.cookie)')).toEqual({ action: 'deny' });
    expect(window.webContents.openWindow('app://apostille/index.html')).toEqual({ action: 'deny' });
    await settle();
    expect(dialogs.messageBoxes).toHaveLength(2);
    expect(shell.opened).toEqual(['https://example.org/b']);
    expect(FakeBrowserWindow.all).toEqual([window]);
  });

  it('shows itself when ready, and remembers its bounds once things settle and when it closes', () => {
    vi.useFakeTimers();
    try {
      const { store, written } = boundsStore({ x: 40, y: 30, width: 1000, height: 700, maximized: true });
      const window = createMainWindow(store) as unknown as FakeBrowserWindow;
      expect(window.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, show: false });
      expect(window.isMaximized()).toBe(true);
      expect(window.visible).toBe(false);
      window.emit('ready-to-show');
      expect(window.visible).toBe(true);

      window.unmaximize();
      for (const width of [1010, 1020, 1030]) {
        window.bounds = { ...window.bounds, width };
        window.emit('resize');
        vi.advanceTimersByTime(100);
      }
      expect(written).toEqual([]);
      vi.advanceTimersByTime(500);
      expect(written).toEqual([{ x: 40, y: 30, width: 1030, height: 700, maximized: false }]);

      window.bounds = { ...window.bounds, x: 90 };
      window.emit('move');
      window.close();
      expect(written).toEqual([{ x: 40, y: 30, width: 1030, height: 700, maximized: false }, { x: 90, y: 30, width: 1030, height: 700, maximized: false }]);
      // The move's pending write was dropped with the close: nothing touches the destroyed window afterwards.
      expect(() => vi.advanceTimersByTime(1000)).not.toThrow();
      expect(written).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('openExternalAfterAsking: links leave the app only after asking', () => {
  const window = () => asElectron<BrowserWindow>(new FakeBrowserWindow());

  it('shows the address in a dialog of our window, Cancel being the default', async () => {
    const parent = window();
    await openExternalAfterAsking(parent, 'https://example.org/article?id=7#notes');
    expect(dialogs.messageBoxes).toHaveLength(1);
    const { window: shownOn, options } = dialogs.messageBoxes[0]!;
    expect(shownOn).toBe(parent);
    expect(options.detail).toBe('https://example.org/article?id=7#notes');
    expect(options.buttons![options.defaultId!]).toBe('Cancel');
    expect(options.buttons![options.cancelId!]).toBe('Cancel');
  });

  it('opens nothing when the reader cancels', async () => {
    expect(await openExternalAfterAsking(window(), 'https://example.org/')).toBe(false);
    expect(shell.opened).toEqual([]);
  });

  it('opens the address in the system’s program when the reader says Open', async () => {
    dialogs.messageBoxAnswers.push(OPEN, OPEN);
    expect(await openExternalAfterAsking(window(), 'https://example.org/a b')).toBe(true);
    expect(await openExternalAfterAsking(window(), 'mailto:redaction@example.org?subject=Source')).toBe(true);
    expect(shell.opened).toEqual(['https://example.org/a%20b', 'mailto:redaction@example.org?subject=Source']);
  });

  it('shows the address as it will be opened: a look-alike host in punycode, credentials in full', async () => {
    await openExternalAfterAsking(window(), 'https://ex\u0430mple.com/login');
    await openExternalAfterAsking(window(), 'https://bank.example.com@evil.example/');
    expect(dialogs.messageBoxes.map((b) => b.options.detail)).toEqual(['https://xn--exmple-4nf.com/login', 'https://bank.example.com@evil.example/']);
  });

  it('never opens, and never asks about, javascript:, file:, data: and other addresses', async () => {
    dialogs.messageBoxAnswers.push(OPEN, OPEN, OPEN, OPEN, OPEN, OPEN, OPEN, OPEN, OPEN, OPEN);
    for (const url of [
      'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'file:///etc/passwd', 'file://server/share/x.exe', 'data:text/html,<script>alert(1)</script>',
      'app://apostille/index.html', 'smb://server/share', 'ms-msdt:/id PCWDiagnostic', 'not an address',
    ]) {
      expect(await openExternalAfterAsking(window(), url), url).toBe(false);
    }
    expect(dialogs.messageBoxes).toEqual([]);
    expect(shell.opened).toEqual([]);
  });
});

describe('the dev server address (ELECTRON_RENDERER_URL)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** window.ts as a fresh start of the shell loads it, with Electron's double of that start. */
  async function freshShell(packaged: boolean) {
    vi.resetModules();
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    // The double the fresh modules are given: the mocked module itself.
    const double = (await import('electron')) as unknown as typeof ElectronDouble;
    double.resetElectron();
    double.app.isPackaged = packaged;
    const { createMainWindow: create, isOwnFrame } = await import('../../main/window.ts');
    const window = create(boundsStore().store) as unknown as InstanceType<typeof double.FakeBrowserWindow>;
    const own = (url: string) => {
      window.webContents.mainFrame.url = url;
      return isOwnFrame(window as unknown as BrowserWindow, window.webContents.mainFrame as unknown as WebFrameMain);
    };
    return { window, own };
  }

  it('is loaded, and answered over IPC, while developing', async () => {
    const { window, own } = await freshShell(false);
    expect(window.loaded).toEqual(['http://localhost:5173']);
    expect(own('http://localhost:5173/')).toBe(true);
    expect(own('http://localhost:5174/')).toBe(false);
    expect(own('http://127.0.0.1:5173/')).toBe(false);
  });

  it('is ignored by the packaged app: its page comes from app://apostille, and no other origin is answered', async () => {
    const { window, own } = await freshShell(true);
    expect(window.loaded).toEqual(['app://apostille/index.html']);
    expect(own('http://localhost:5173/')).toBe(false);
    expect(own('app://apostille/index.html')).toBe(true);
  });
});
