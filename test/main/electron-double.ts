// A small stand-in for the `electron` module, for unit tests of the shell (main/) in plain Node: Electron's binary is
// not on every machine. Tests replace the module with `vi.mock('electron', () => import('./electron-double.ts'))`.
//
// It records what the shell asks of Electron (handlers, dialogs, menus, windows, messages sent) and answers what a
// test sets (dialog choices, the page's answers to executeJavaScript). It models only what the shell uses, and where
// it models behaviour it follows Electron's: a destroyed window or page throws "Object has been destroyed", a second
// ipcMain.handle on one channel throws, a dialog nobody answers is dismissed (its cancelId), net.fetch reads file://
// addresses from disk and rejects for a file that is not there. It claims nothing about Chromium itself.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type {
  BrowserWindowConstructorOptions, MenuItemConstructorOptions, MessageBoxOptions, OpenDialogOptions, OpenDialogReturnValue,
  PermissionCheckHandlerHandlerDetails, PermissionRequest, SaveDialogOptions, SaveDialogReturnValue,
} from 'electron';

const destroyed = () => new TypeError('Object has been destroyed');

/** A frame of a page: a window's main frame, or a frame inside it (`parent` set). */
export class FakeWebFrame {
  url: string;
  readonly parent: FakeWebFrame | null;
  constructor(url: string, parent: FakeWebFrame | null = null) {
    this.url = url;
    this.parent = parent;
  }
  get top(): FakeWebFrame {
    return this.parent ? this.parent.top : this;
  }
  get origin(): string {
    try {
      return new URL(this.url).origin;
    } catch {
      return 'null';
    }
  }
  /** A frame inside this one (an iframe), at `url`. */
  child(url: string): FakeWebFrame {
    return new FakeWebFrame(url, this);
  }
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = new FakeWebFrame('about:blank');
  /** Messages sent to the page: channel and arguments. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly printed: unknown[] = [];
  windowOpenHandler: WindowOpenHandler | null = null;
  /** What the page answers to executeJavaScript (a test sets it). */
  answerScript: (code: string) => unknown = () => null;
  pdfBytes = Buffer.from('%PDF-1.7 made by the test double\n');
  private destroyedFlag = false;

  isDestroyed(): boolean {
    return this.destroyedFlag;
  }
  markDestroyed(): void {
    this.destroyedFlag = true;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyedFlag) throw destroyed();
    args = structuredClone(args);
    this.sent.push({ channel, args });
    if (preload.frame === this.mainFrame) ipcRenderer.emit(channel, { sender: ipcRenderer }, ...args);
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  async executeJavaScript(code: string): Promise<unknown> {
    if (this.destroyedFlag) throw destroyed();
    return this.answerScript(code);
  }
  async printToPDF(options: unknown): Promise<Buffer> {
    if (this.destroyedFlag) throw destroyed();
    this.printed.push(options);
    return this.pdfBytes;
  }

  // What the page does, for tests.

  /** The page asks to go to `url` (a link followed, a location set): Electron emits will-navigate first. */
  navigate(url: string): { prevented: boolean } {
    let prevented = false;
    const event = { url, isMainFrame: true, frame: this.mainFrame, preventDefault: () => void (prevented = true), get defaultPrevented() { return prevented; } };
    this.emit('will-navigate', event, url, false, true);
    if (!prevented) this.mainFrame.url = url;
    return { prevented };
  }
  /** The page calls window.open(url) (or a link has target=_blank): Electron asks the window-open handler. */
  openWindow(url: string): { action: 'allow' | 'deny' } {
    return this.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' }) ?? { action: 'allow' };
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.isDestroyed());
  }

  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  readonly progress: number[] = [];
  /** The bounds a test gives the window (as if the reader moved or resized it). */
  bounds = { x: 0, y: 0, width: 800, height: 600 };
  visible = false;
  private maximized = false;
  private minimized = false;
  private destroyedFlag = false;

  readonly options: BrowserWindowConstructorOptions;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    const { x, y, width, height } = options;
    this.bounds = { x: x ?? 0, y: y ?? 0, width: width ?? 800, height: height ?? 600 };
    FakeBrowserWindow.all.push(this);
  }

  private alive(): void {
    if (this.destroyedFlag) throw destroyed();
  }
  isDestroyed(): boolean {
    return this.destroyedFlag;
  }
  async loadURL(url: string): Promise<void> {
    this.alive();
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
    // As Electron's: the page's load ends (did-finish-load) before the promise resolves.
    this.webContents.emit('did-finish-load');
  }
  show(): void {
    this.alive();
    this.visible = true;
  }
  focus(): void {
    this.alive();
  }
  maximize(): void {
    this.alive();
    this.maximized = true;
  }
  unmaximize(): void {
    this.alive();
    this.maximized = false;
  }
  isMaximized(): boolean {
    this.alive();
    return this.maximized;
  }
  minimize(): void {
    this.alive();
    this.minimized = true;
  }
  isMinimized(): boolean {
    this.alive();
    return this.minimized;
  }
  restore(): void {
    this.alive();
    this.minimized = false;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    this.alive();
    return { ...this.bounds };
  }
  setProgressBar(value: number): void {
    this.alive();
    this.progress.push(value);
  }
  /** Closes the window as the reader does: 'close', then the page and the window are destroyed, then 'closed'. */
  close(): void {
    this.alive();
    let prevented = false;
    this.emit('close', { preventDefault: () => void (prevented = true) });
    if (!prevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyedFlag) return;
    this.webContents.markDestroyed();
    this.destroyedFlag = true;
    this.emit('closed');
  }
}

interface InvokeEvent {
  senderFrame: FakeWebFrame | null;
  sender: FakeWebContents | null;
  processId: number;
  frameId: number;
}
type InvokeHandler = (event: InvokeEvent, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** A page's ipcRenderer.invoke arriving from `frame` (null: a frame that has gone since it sent the message). */
  async invoke(channel: string, frame: FakeWebFrame | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const sender = FakeBrowserWindow.all.find((w) => w.webContents.mainFrame === frame?.top)?.webContents ?? null;
    // Arguments cross processes as structured clones, both ways: no functions, no prototypes, no shared objects.
    return structuredClone(await handler({ senderFrame: frame, sender, processId: 1, frameId: 1 }, ...structuredClone(args)));
  }
}

export const ipcMain = new FakeIpcMain();

/** The preload's side: ipcRenderer invokes reach ipcMain as from `preload.frame`, and that frame's page gets what main sends. */
export const preload: { frame: FakeWebFrame | null; exposed: Map<string, unknown> } = { frame: null, exposed: new Map() };

class FakeIpcRenderer extends EventEmitter {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return ipcMain.invoke(channel, preload.frame, ...args);
  }
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (preload.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    preload.exposed.set(key, api);
  },
};

/** What the dialogs were asked, and what they answer. */
export const dialogs = {
  messageBoxes: [] as { window: FakeBrowserWindow | null; options: MessageBoxOptions }[],
  openDialogs: [] as { window: FakeBrowserWindow | null; options: OpenDialogOptions }[],
  saveDialogs: [] as { window: FakeBrowserWindow | null; options: SaveDialogOptions }[],
  /** The buttons the reader will press, in turn; once none is left, a message box is dismissed (its cancelId). */
  messageBoxAnswers: [] as number[],
  openAnswer: { canceled: true, filePaths: [] } as OpenDialogReturnValue,
  saveAnswer: { canceled: true, filePath: '' } as SaveDialogReturnValue,
};

function split<O>(first: FakeBrowserWindow | O, second: O | undefined): [FakeBrowserWindow | null, O] {
  return first instanceof FakeBrowserWindow ? [first, second as O] : [null, first];
}

/** Electron's default cancelId: the first button labelled Cancel or No, else 0. */
function dismissedWith(options: MessageBoxOptions): number {
  if (options.cancelId !== undefined) return options.cancelId;
  const index = (options.buttons ?? []).findIndex((b) => /^(cancel|no)$/i.test(b.replace('&', '')));
  return index >= 0 ? index : 0;
}

export const dialog = {
  async showMessageBox(first: FakeBrowserWindow | MessageBoxOptions, second?: MessageBoxOptions) {
    const [window, options] = split(first, second);
    dialogs.messageBoxes.push({ window, options });
    const response = dialogs.messageBoxAnswers.length > 0 ? dialogs.messageBoxAnswers.shift()! : dismissedWith(options);
    return { response, checkboxChecked: false };
  },
  async showOpenDialog(first: FakeBrowserWindow | OpenDialogOptions, second?: OpenDialogOptions) {
    const [window, options] = split(first, second);
    dialogs.openDialogs.push({ window, options });
    return dialogs.openAnswer;
  },
  async showSaveDialog(first: FakeBrowserWindow | SaveDialogOptions, second?: SaveDialogOptions) {
    const [window, options] = split(first, second);
    dialogs.saveDialogs.push({ window, options });
    return dialogs.saveAnswer;
  },
};

export const shell = {
  opened: [] as string[],
  openedPaths: [] as string[],
  async openExternal(url: string): Promise<void> {
    shell.opened.push(url);
  },
  async openPath(path: string): Promise<string> {
    shell.openedPaths.push(path);
    return '';
  },
};

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (protocol.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocol.handlers.set(scheme, handler);
  },
  /** The page asks for `url`: the handler of its scheme answers. */
  async request(url: string): Promise<Response> {
    const handler = protocol.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url));
  },
};

/** net.fetch of file:// addresses, read from disk; a file that cannot be read rejects, as Chromium's loader fails. */
export const net = {
  fetched: [] as string[],
  async fetch(url: string): Promise<Response> {
    net.fetched.push(url);
    if (!url.startsWith('file:')) throw new Error(`the test double's net.fetch reads only file:// addresses, not ${url}`);
    let bytes: Buffer;
    try {
      bytes = await readFile(fileURLToPath(url));
    } catch (error) {
      throw new Error(`net::ERR_FILE_NOT_FOUND (${(error as NodeJS.ErrnoException).code})`);
    }
    return new Response(new Uint8Array(bytes), { status: 200 });
  },
};

type PermissionRequestHandler = (webContents: unknown, permission: PermissionRequest | string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (webContents: unknown, permission: string, origin: string, details: PermissionCheckHandlerHandlerDetails | object) => boolean;

export const session = {
  defaultSession: {
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as PermissionCheckHandler | null,
    setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
      session.defaultSession.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
      session.defaultSession.permissionCheckHandler = handler;
    },
  },
};

export class FakeMenu {
  readonly items: MenuItemConstructorOptions[];
  constructor(items: MenuItemConstructorOptions[]) {
    this.items = items;
  }
}

export const Menu = {
  application: null as FakeMenu | null,
  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return new FakeMenu(template);
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    Menu.application = menu;
  },
  getApplicationMenu(): FakeMenu | null {
    return Menu.application;
  },
};

/** The system keychain's encryption, as safeStorage offers it (a test can make it unavailable). */
export const safeStorage = {
  available: true,
  /** Linux's backend: 'basic_text' when there is no keyring (a key written in Chromium: no protection). */
  backend: 'gnome_libsecret',
  getSelectedStorageBackend(): string {
    return this.backend;
  },
  isEncryptionAvailable(): boolean {
    return this.available;
  },
  encryptString(text: string): Buffer {
    if (!this.available) throw new Error('Encryption is not available.');
    return Buffer.from(`sealed:${Buffer.from(text, 'utf8').toString('hex')}`);
  },
  decryptString(data: Buffer): string {
    const text = data.toString('utf8');
    if (!this.available || !text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(text.slice('sealed:'.length), 'hex').toString('utf8');
  },
};

export const nativeTheme = { themeSource: 'system' as 'system' | 'light' | 'dark' };

class FakeApp extends EventEmitter {
  isPackaged = false;
  version = '9.8.7-test';
  locale = 'en-GB';
  paths: Record<string, string> = {};
  appPath = '/nonexistent/apostille-app';
  hasLock = true;
  sandboxed = false;
  quits = 0;
  /** Schemes the app asked to handle (setAsDefaultProtocolClient). */
  protocolClients: string[] = [];
  setAsDefaultProtocolClient(scheme: string): boolean {
    this.protocolClients.push(scheme);
    return true;
  }
  getVersion(): string {
    return this.version;
  }
  getLocale(): string {
    return this.locale;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  enableSandbox(): void {
    this.sandboxed = true;
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  /** Resolves whether or not quit() was called: Electron does not promise that quitting before ready stops it. */
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  quit(): void {
    this.quits++;
  }
}
export const app = new FakeApp();

export const BrowserWindow = FakeBrowserWindow;

/** Forgets everything recorded and every answer set, for the next test. */
export function resetElectron(): void {
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  FakeBrowserWindow.all.length = 0;
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  ipcRenderer.removeAllListeners();
  preload.frame = null;
  preload.exposed.clear();
  dialogs.messageBoxes.length = 0;
  dialogs.openDialogs.length = 0;
  dialogs.saveDialogs.length = 0;
  dialogs.messageBoxAnswers.length = 0;
  dialogs.openAnswer = { canceled: true, filePaths: [] };
  dialogs.saveAnswer = { canceled: true, filePath: '' };
  shell.opened.length = 0;
  shell.openedPaths.length = 0;
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  net.fetched.length = 0;
  session.defaultSession.permissionRequestHandler = null;
  session.defaultSession.permissionCheckHandler = null;
  Menu.application = null;
  nativeTheme.themeSource = 'system';
  app.removeAllListeners();
  Object.assign(app, { isPackaged: false, version: '9.8.7-test', locale: 'en-GB', paths: {}, hasLock: true, sandboxed: false, quits: 0, protocolClients: [] });
}

/** A double where the shell's code expects Electron's own type. */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}

export default {
  app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Menu, nativeTheme, net, protocol, session, shell,
};
