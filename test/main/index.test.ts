import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../app/contract/errors.ts';
import type { Core } from '../../app/core/core.ts';
import type { WorkerCoreOptions } from '../../app/core/workers.ts';
import type * as ElectronDouble from './electron-double.ts';
import { FakeCore, settle } from './fake-core.ts';

type Double = typeof ElectronDouble;

// What outlives the fresh module graph of each start: the core the workers "start", and what electron-store holds.
const state = vi.hoisted(() => ({
  start: null as unknown as (options: WorkerCoreOptions) => Promise<Core>,
  started: [] as WorkerCoreOptions[],
  stored: new Map<string, unknown>(),
}));

vi.mock('electron', () => import('./electron-double.ts'));
vi.mock('../../app/core/workers.ts', () => ({
  startCoreWorkers: (options: WorkerCoreOptions) => {
    state.started.push(options);
    return state.start(options);
  },
}));
// electron-store needs Electron itself; this stand-in keeps its values in a map, with the defaults it is given.
vi.mock('electron-store', () => ({
  default: class {
    constructor(options: { defaults: Record<string, unknown> }) {
      for (const [key, value] of Object.entries(options.defaults)) if (!state.stored.has(key)) state.stored.set(key, structuredClone(value));
    }
    get(key: string): unknown {
      return structuredClone(state.stored.get(key));
    }
    set(key: string, value: unknown): void {
      state.stored.set(key, structuredClone(value));
    }
  },
}));

/** The shell started afresh, as Electron runs out/main/index.js; `prepare` sets the machine up first. */
async function startShell(prepare: (electron: Double) => void = () => {}): Promise<Double> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as Double;
  electron.resetElectron();
  electron.app.paths.userData = '/home/reader/.config/Apostille';
  prepare(electron);
  await import('../../main/index.ts');
  await settle(20);
  return electron;
}

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  state.start = async () => core;
  state.started.length = 0;
  state.stored.clear();
  vi.unstubAllEnvs();
  vi.stubEnv('APOSTILLE_LIBRARY', '');
  delete process.env.APOSTILLE_LIBRARY;
});

afterEach(() => vi.unstubAllEnvs());

describe('starting the shell', () => {
  it('registers app:// before ready, then serves the page, starts the core, and opens the one window wired to it', async () => {
    const electron = await startShell();
    expect(electron.app.sandboxed).toBe(true);
    expect(electron.protocol.privileged.map((s) => s.scheme)).toEqual(['app']);
    expect([...electron.protocol.handlers.keys()]).toEqual(['app']);
    expect(state.started).toHaveLength(1);
    expect(state.started[0]).toMatchObject({
      dir: join('/home/reader/.config/Apostille', 'Library'), version: '9.8.7-test', seedSamples: true, allowPaths: true,
    });
    expect(state.started[0]!.workerFile).toMatch(/core-worker\.js$/);
    expect(electron.FakeBrowserWindow.all).toHaveLength(1);
    const [window] = electron.FakeBrowserWindow.all;
    expect(window!.loaded).toEqual(['app://apostille/index.html']);
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['apostille:call']);
    // The page's events, and the team password keeper (it keeps a join's password once the join is done).
    expect(core.listening).toBe(2);
    expect(electron.Menu.getApplicationMenu()).not.toBeNull();
  });

  it('opens the library APOSTILLE_LIBRARY names', async () => {
    vi.stubEnv('APOSTILLE_LIBRARY', '/data/press-review');
    await startShell();
    expect(state.started[0]!.dir).toBe('/data/press-review');
  });

  it('speaks the language of the settings, or of the system when they say so, in the start-up dialog', async () => {
    state.start = () => Promise.reject(new AppError('library_locked', 'database is locked'));
    let electron = await startShell((e) => (e.app.locale = 'fr-CA'));
    expect(electron.dialogs.messageBoxes[0]!.options.buttons).toEqual(['Quitter']);

    state.stored.set('settings', { language: 'en' });
    electron = await startShell((e) => (e.app.locale = 'fr-FR'));
    expect(electron.dialogs.messageBoxes[0]!.options.buttons).toEqual(['Quit']);
  });

  it('quits, opening no window, when the reader quits at the start-up dialog', async () => {
    state.start = () => Promise.reject(new AppError('library_too_new', 'schema 999 is newer', { found: 999, known: 90 }));
    const electron = await startShell();
    expect(electron.dialogs.messageBoxes).toHaveLength(1);
    expect(electron.app.quits).toBe(1);
    expect(electron.FakeBrowserWindow.all).toEqual([]);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('as a second instance, quits without opening the library or a window', async () => {
    const electron = await startShell((e) => (e.app.hasLock = false));
    expect(electron.app.quits).toBeGreaterThanOrEqual(1);
    expect(state.started).toEqual([]);
    expect(electron.FakeBrowserWindow.all).toEqual([]);
    expect(electron.dialogs.messageBoxes).toEqual([]);
  });

  it('brings its window forward when a second instance is started', async () => {
    const electron = await startShell();
    const [window] = electron.FakeBrowserWindow.all;
    window!.minimize();
    electron.app.emit('second-instance');
    expect(window!.isMinimized()).toBe(false);
  });

  it('switches libraries when the page asks: a core at the new folder, the one before closed, each with its own team password', async () => {
    const cores: FakeCore[] = [];
    state.start = async () => {
      const next = new FakeCore();
      const n = cores.length;
      next.answers['jobs.start'] = () => ({ ok: true, value: { id: `join-${n}` } });
      cores.push(next);
      return next;
    };
    // New libraries are made on disk: this machine's user-data folder is a temporary one.
    const userData = mkdtempSync(join(tmpdir(), 'apostille-shell-'));
    const electron = await startShell((e) => (e.app.paths.userData = userData));
    const [window] = electron.FakeBrowserWindow.all;
    const ask = async (method: string, input: unknown) =>
      (await electron.ipcMain.invoke('apostille:call', window!.webContents.mainFrame, method, input)) as { ok: boolean; value?: { id: string; dir: string; libraries: { id: string }[] }; error?: { code: string } };
    const made = await ask('libraries.create', { name: 'Rédaction' });
    expect(made.value).toMatchObject({ name: 'Rédaction', dir: join(userData, 'Libraries', 'redaction'), made: true });
    expect((await ask('libraries.open', { id: made.value!.id })).ok).toBe(true);
    expect(state.started.map((o) => [o.dir, o.seedSamples])).toEqual([
      [join(userData, 'Library'), true], [made.value!.dir, false],
    ]);
    expect(cores[0]!.closed).toBe(true);
    // Calls go to the library open now; the page hears of the switch.
    await ask('documents.list', {});
    expect(cores[1]!.calls.map((c) => c.method)).toContain('documents.list');
    expect(cores[0]!.calls.map((c) => c.method)).not.toContain('documents.list');
    expect(window!.webContents.sent.some(({ args }) => (args[0] as { type?: string }).type === 'library-switched')).toBe(true);
    // A join's password is kept for this library only, and given back when it opens again.
    await ask('jobs.start', { job: 'team.join', input: { address: 'postgres://lea@h/desk', password: 'lea-secret-1' } });
    cores[1]!.emit({ type: 'job', id: 'join-1', job: 'team.join', state: 'done', result: {} });
    expect(Object.keys(state.stored.get('teamPasswords') as object)).toEqual([made.value!.dir]);
    const first = (await ask('libraries.list', {})).value!.libraries[0]!.id;
    await ask('libraries.open', { id: first });
    expect(cores[2]!.calls.filter((c) => c.method === 'team.unlock')).toEqual([]);
    await ask('libraries.open', { id: made.value!.id });
    expect(cores[3]!.calls.filter((c) => c.method === 'team.unlock')).toEqual([{ method: 'team.unlock', input: { password: 'lea-secret-1' } }]);
    rmSync(userData, { recursive: true, force: true });
  });

  it('closes the core, then quits, once its window is closed', async () => {
    const electron = await startShell();
    electron.FakeBrowserWindow.all[0]!.close();
    electron.app.emit('window-all-closed');
    await settle();
    expect(core.closed).toBe(true);
    expect(electron.app.quits).toBe(1);
  });

  it('closes the core before a quit from the menu (or Cmd+Q) goes on, once', async () => {
    const electron = await startShell();
    let prevented = 0;
    electron.app.emit('before-quit', { preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
    await settle();
    expect(core.closed).toBe(true);
    expect(electron.app.quits).toBe(1);
    // The quit that follows is let through.
    electron.app.emit('before-quit', { preventDefault: () => prevented++ });
    expect(prevented).toBe(1);
  });
});

describe('this machine’s settings (electron-store)', () => {
  it('gives defaults, keeps what is set, and falls back to defaults for settings it cannot read', async () => {
    const { createSettingsStore } = await import('../../main/settings.ts');
    const store = createSettingsStore();
    expect(store.app.get()).toMatchObject({ language: 'system', theme: 'system' });
    expect(store.window.get()).toEqual({ width: 1400, height: 900, maximized: false });

    expect(store.app.set({ theme: 'dark' })).toMatchObject({ theme: 'dark', language: 'system' });
    store.app.set({ layout: { syncScroll: true } });
    expect(store.app.get()).toMatchObject({ theme: 'dark', layout: { syncScroll: true } });
    expect(() => store.app.set({ theme: 'neon' } as never)).toThrow();
    expect(store.app.get().theme).toBe('dark');

    state.stored.set('settings', { theme: 'neon', language: 42 });
    expect(store.app.get()).toMatchObject({ language: 'system', theme: 'system' });

    store.window.set({ x: 5, y: 6, width: 800, height: 600, maximized: true });
    expect(store.window.get()).toEqual({ x: 5, y: 6, width: 800, height: 600, maximized: true });
  });

  it('hands over colour labels an earlier version kept there', async () => {
    const { createSettingsStore } = await import('../../main/settings.ts');
    state.stored.set('settings', { theme: 'light', colorLabels: { yellow: 'À vérifier' } });
    const store = createSettingsStore();
    expect(store.app.legacyColorLabels()).toEqual({ yellow: 'À vérifier' });
    store.app.set({});
    expect(store.app.legacyColorLabels()).toBeUndefined();
    expect(store.app.get().theme).toBe('light');
  });
});
