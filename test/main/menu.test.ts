import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppErrorShape } from '../../app/contract/errors.ts';
import { MENU_COMMANDS, type HostEvent } from '../../app/contract/events.ts';
import type { Core } from '../../app/core/core.ts';
import { EVENT_CHANNEL } from '../../main/ipc.ts';
import { menuTemplate, setupMenu } from '../../main/menu.ts';
import { exportActiveArticleAsPdf } from '../../main/pdf.ts';
import { openTestCore } from '../support/api.ts';
import { useTempDir } from '../support/tmp.ts';
import { app, dialogs, FakeBrowserWindow, Menu, resetElectron, shell } from './electron-double.ts';
import { FakeCore, settle } from './fake-core.ts';

vi.mock('electron', () => import('./electron-double.ts'));

const tempDir = useTempDir();

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.label?.replace('&', '') === label) return item;
    if (Array.isArray(item.submenu)) {
      const found = find(item.submenu, label);
      if (found) return found;
    }
  }
  return undefined;
}

/** The shell's menu for a window showing our page, over `core`; `click(label)` is the reader choosing an item. */
async function shellMenu(core: Core, libraryDir = '/home/reader/Apostille/Library') {
  const window = new FakeBrowserWindow();
  await window.loadURL('app://apostille/index.html');
  const template = menuTemplate({ window: window as unknown as BrowserWindow, core, libraryDir: () => libraryDir });
  const click = (label: string) => {
    const item = find(template, label);
    if (!item?.click) throw new Error(`no menu item “${label}”`);
    (item.click as () => void)();
  };
  const events = () => window.webContents.sent.filter((m) => m.channel === EVENT_CHANNEL).map((m) => m.args[0] as HostEvent);
  return { window, template, click, events };
}

function jobStarts(core: FakeCore) {
  return core.calls.filter((c) => c.method === 'jobs.start').map((c) => c.input as { job: string; input: unknown; id: string });
}

beforeEach(() => resetElectron());

describe('File › Import…', () => {
  it('asks for files or folders, then starts the documents.import job through the core with the paths chosen', async () => {
    const core = new FakeCore();
    const { window, click, events } = await shellMenu(core);
    dialogs.openAnswer = { canceled: false, filePaths: ['/home/reader/a.txt', '/home/reader/Press'] };
    click('Import…');
    await settle();
    expect(dialogs.openDialogs).toHaveLength(1);
    expect(dialogs.openDialogs[0]!.window).toBe(window);
    expect(dialogs.openDialogs[0]!.options.properties).toEqual(expect.arrayContaining(['openFile', 'openDirectory', 'multiSelections']));
    expect(core.calls).toEqual([{ method: 'jobs.start', input: { job: 'documents.import', input: { paths: ['/home/reader/a.txt', '/home/reader/Press'] }, id: expect.any(String) } }]);

    // Its progress shows on the taskbar; once it is done, the bar goes and nothing is reported as an error.
    const { id } = jobStarts(core)[0]!;
    core.emit({ type: 'job', id, job: 'documents.import', state: 'running', progress: { done: 1, total: 4, file: 'a.txt' } });
    core.emit({ type: 'job', id, job: 'documents.import', state: 'done', result: { imported: [], skipped: [], failed: [] } });
    await settle();
    expect(window.progress).toEqual([0.25, -1]);
    expect(events().filter((e) => e.type === 'error')).toEqual([]);
  });

  it('imports nothing when the dialog is cancelled (or nothing is chosen)', async () => {
    const core = new FakeCore();
    const { click } = await shellMenu(core);
    click('Import…');
    dialogs.openAnswer = { canceled: false, filePaths: [] };
    click('Import…');
    await settle();
    expect(dialogs.openDialogs).toHaveLength(2);
    expect(core.calls).toEqual([]);
  });

  it('imports the chosen files into the library, through a real core', async () => {
    const dir = tempDir();
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    writeFileSync(join(sources, 'lyon.txt'), 'Batteries à Lyon\n\nUne usine de batteries ouvrira à Lyon en 2027, selon la région.');
    writeFileSync(join(sources, 'harbor.md'), '# Harbor wind bond\n\nThe port authority sold a green bond to pay for offshore wind berths.');
    const { core, call, close } = await openTestCore(join(dir, 'library'));
    const { click, events, window } = await shellMenu(core);
    dialogs.openAnswer = { canceled: false, filePaths: [join(sources, 'lyon.txt'), join(sources, 'harbor.md')] };
    click('Import…');
    await vi.waitFor(() => expect(window.progress.at(-1)).toBe(-1), { timeout: 20_000 });
    const list = await call('documents.list', {});
    expect(list.items.map((d) => d.title).sort()).toEqual(['Batteries à Lyon', 'Harbor wind bond']);
    expect(events().filter((e) => e.type === 'error')).toEqual([]);
    await close();
  });
});

describe('File › Export library archive…', () => {
  it('asks where, then starts library.export with format archive and the chosen path', async () => {
    const core = new FakeCore();
    const { click, window } = await shellMenu(core);
    dialogs.saveAnswer = { canceled: false, filePath: '/home/reader/library.apostille' };
    click('Export library archive…');
    await settle();
    expect(dialogs.saveDialogs).toHaveLength(1);
    expect(dialogs.saveDialogs[0]!.window).toBe(window);
    expect(dialogs.saveDialogs[0]!.options.defaultPath).toMatch(/^apostille-library-\d{4}-\d{2}-\d{2}\.apostille$/);
    expect(jobStarts(core)).toEqual([{ job: 'library.export', input: { format: 'archive', path: '/home/reader/library.apostille' }, id: expect.any(String) }]);
  });

  it('exports nothing when the dialog is cancelled', async () => {
    const core = new FakeCore();
    const { click } = await shellMenu(core);
    click('Export library archive…');
    await settle();
    expect(dialogs.saveDialogs).toHaveLength(1);
    expect(core.calls).toEqual([]);
  });

  it('writes the archive through a real core; a path it cannot write reaches the page as an error event', async () => {
    const dir = tempDir();
    const { core, close } = await openTestCore(join(dir, 'library'), { seedSamples: true });
    const { click, events, window } = await shellMenu(core);
    const archive = join(dir, 'library.apostille');
    dialogs.saveAnswer = { canceled: false, filePath: archive };
    click('Export library archive…');
    await vi.waitFor(() => expect(window.progress.at(-1)).toBe(-1), { timeout: 20_000 });
    expect(readFileSync(archive).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(events()).toEqual([]);

    dialogs.saveAnswer = { canceled: false, filePath: join(dir, 'no such folder', 'library.apostille') };
    click('Export library archive…');
    await vi.waitFor(() => expect(events()).toHaveLength(1), { timeout: 20_000 });
    expect(events()[0]).toMatchObject({ type: 'error', error: { code: 'unwritable_file' } });
    await close();
  });
});

describe('a job started from the menu that fails', () => {
  const failure: AppErrorShape = { code: 'disk_full', message: 'SQLITE_FULL' };

  it('reaches the page as an error event when the job fails', async () => {
    const core = new FakeCore();
    const { click, events, window } = await shellMenu(core);
    dialogs.openAnswer = { canceled: false, filePaths: ['/home/reader/a.txt'] };
    click('Import…');
    await settle();
    const { id } = jobStarts(core)[0]!;
    core.emit({ type: 'job', id, job: 'documents.import', state: 'running', progress: { done: 0, total: 1, file: 'a.txt' } });
    core.emit({ type: 'job', id, job: 'documents.import', state: 'failed', error: failure });
    await settle();
    expect(events()).toEqual([{ type: 'error', error: failure }]);
    expect(window.progress).toEqual([0, -1]);
  });

  it('reaches the page as an error event when the job cannot even start', async () => {
    const core = new FakeCore();
    core.answers['jobs.start'] = () => ({ ok: false, error: { code: 'library_locked', message: 'database is locked' } });
    const { click, events } = await shellMenu(core);
    dialogs.saveAnswer = { canceled: false, filePath: '/home/reader/library.apostille' };
    click('Export library archive…');
    await settle();
    expect(events()).toEqual([{ type: 'error', error: { code: 'library_locked', message: 'database is locked' } }]);
  });

  it('is not reported to a window closed meanwhile, and touches it no more', async () => {
    const core = new FakeCore();
    const { click, window } = await shellMenu(core);
    dialogs.openAnswer = { canceled: false, filePaths: ['/home/reader/a.txt'] };
    click('Import…');
    await settle();
    const { id } = jobStarts(core)[0]!;
    window.destroy();
    core.emit({ type: 'job', id, job: 'documents.import', state: 'running', progress: { done: 1, total: 2, file: 'a.txt' } });
    core.emit({ type: 'job', id, job: 'documents.import', state: 'failed', error: failure });
    await settle();
    expect(window.webContents.sent).toEqual([]);
    expect(window.progress).toEqual([]);
  });
});

describe('commands the page carries out', () => {
  const commands: [string, HostEvent & { type: 'command' }][] = [
    ['Add web pages…', { type: 'command', name: 'add-addresses' }],
    ['Export notes…', { type: 'command', name: 'show-export' }],
    ['Backups…', { type: 'command', name: 'show-backups' }],
    ['Undo', { type: 'command', name: 'undo' }],
    ['Redo', { type: 'command', name: 'redo' }],
    ['Open side by side', { type: 'command', name: 'add-pane' }],
    ['Synchronised scrolling', { type: 'command', name: 'toggle-sync-scroll' }],
    ['Library', { type: 'command', name: 'toggle-library' }],
    ['Keyboard shortcuts', { type: 'command', name: 'show-shortcuts' }],
  ];

  it('are sent to the page as command events, and the core is not called', async () => {
    const core = new FakeCore();
    for (const [label, event] of commands) {
      const { click, events } = await shellMenu(core);
      click(label);
      expect(events(), label).toEqual([event]);
    }
    expect(core.calls).toEqual([]);
  });

  it('cover every menu command of the contract', () => {
    expect(commands.map(([, event]) => event.name).sort()).toEqual([...MENU_COMMANDS].sort());
  });
});

describe('View › Theme', () => {
  it('saves the theme through settings.set, then tells the page its settings changed', async () => {
    const core = new FakeCore();
    const { click, events } = await shellMenu(core);
    click('Dark');
    await settle();
    expect(core.calls).toEqual([{ method: 'settings.set', input: { theme: 'dark' } }]);
    expect(events()).toEqual([{ type: 'settings-changed' }]);
    core.answers['settings.set'] = () => ({ ok: false, error: { code: 'disk_full', message: 'full' } });
    click('Light');
    await settle();
    expect(events().at(-1)).toEqual({ type: 'error', error: { code: 'disk_full', message: 'full' } });
    delete core.answers['settings.set'];
    click('System');
    await settle();
    expect(core.calls.at(-1)).toEqual({ method: 'settings.set', input: { theme: 'system' } });
  });

  it('is kept by a real core', async () => {
    const { core, call, close } = await openTestCore(tempDir());
    const { click } = await shellMenu(core);
    click('Light');
    await vi.waitFor(async () => expect(await call('settings.get', {})).toMatchObject({ theme: 'light' }), { timeout: 20_000 });
    await close();
  });
});

describe('Help and the menu itself', () => {
  it('opens the library folder and shows the version', async () => {
    const { click, window } = await shellMenu(new FakeCore(), '/home/reader/Library');
    click('Library folder');
    click(`About Apostille ${app.getVersion()}`);
    await settle();
    expect(shell.openedPaths).toEqual(['/home/reader/Library']);
    expect(dialogs.messageBoxes).toEqual([{ window, options: expect.objectContaining({ message: 'Apostille 9.8.7-test' }) }]);
  });

  it('offers the developer tools only when not packaged', async () => {
    const roles = (template: MenuItemConstructorOptions[]) => JSON.stringify(template.map((m) => m.submenu));
    expect(roles((await shellMenu(new FakeCore())).template)).toContain('toggleDevTools');
    app.isPackaged = true;
    expect(roles((await shellMenu(new FakeCore())).template)).not.toContain('toggleDevTools');
  });

  it('is set as the application menu', async () => {
    const window = new FakeBrowserWindow();
    setupMenu({ window: window as unknown as BrowserWindow, core: new FakeCore(), libraryDir: () => '/tmp/x' });
    const labels = Menu.getApplicationMenu()!.items.map((m) => m.label?.replace('&', '')).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  });
});

describe('File › Export article as PDF…', () => {
  /** A window whose page shows article `id` in its active pane, in `language`. */
  async function pageShowing(core: Core, id: string | null, language = 'en') {
    const shellWindow = await shellMenu(core);
    shellWindow.window.webContents.answerScript = (code) => (code.includes('reader-pane') ? id : code.includes('documentElement.lang') ? language : undefined);
    return shellWindow;
  }

  it('asks for an article first when none is open, and starts nothing', async () => {
    const core = new FakeCore();
    const { window } = await pageShowing(core, null);
    await exportActiveArticleAsPdf(window as unknown as BrowserWindow, core);
    expect(dialogs.messageBoxes).toHaveLength(1);
    expect(dialogs.messageBoxes[0]!.options.message).toMatch(/Open an article first/);
    expect(core.calls).toEqual([]);
    expect(FakeBrowserWindow.all).toHaveLength(1);
  });

  it('prints the core’s report of the active article in a hidden window that runs no script, to the file chosen', async () => {
    const dir = tempDir();
    const { core, close } = await openTestCore(join(dir, 'library'), { seedSamples: true });
    const list = await core.call('documents.list', {});
    const id = (list as { value: { items: { id: string }[] } }).value.items[0]!.id;
    const { window, events } = await pageShowing(core, id, 'fr');
    const pdf = join(dir, 'article.pdf');
    dialogs.saveAnswer = { canceled: false, filePath: pdf };
    await exportActiveArticleAsPdf(window as unknown as BrowserWindow, core);

    expect(dialogs.saveDialogs[0]!.options.defaultPath).toMatch(/\.pdf$/);
    const printer = FakeBrowserWindow.all[1]!;
    expect(printer.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
    expect(printer.loaded).toHaveLength(1);
    const html = decodeURIComponent(printer.loaded[0]!.replace('data:text/html;charset=utf-8,', ''));
    expect(html).toMatch(/<html[^>]*lang="fr"/);
    expect(printer.webContents.printed).toEqual([{ pageSize: 'A4', printBackground: true }]);
    expect(readFileSync(pdf)).toEqual(printer.webContents.pdfBytes);
    expect(printer.isDestroyed()).toBe(true);
    expect(events()).toEqual([]);
    await close();
  });

  it('writes nothing and opens no window when the save dialog is cancelled', async () => {
    const dir = tempDir();
    const { core, close } = await openTestCore(join(dir, 'library'), { seedSamples: true });
    const id = ((await core.call('documents.list', {})) as { value: { items: { id: string }[] } }).value.items[0]!.id;
    const { window, events } = await pageShowing(core, id);
    await exportActiveArticleAsPdf(window as unknown as BrowserWindow, core);
    expect(dialogs.saveDialogs).toHaveLength(1);
    expect(FakeBrowserWindow.all).toHaveLength(1);
    expect(events()).toEqual([]);
    await close();
  });

  it('sends the page an error event for an article that is not there, or a file it cannot write', async () => {
    const dir = tempDir();
    const { core, close } = await openTestCore(join(dir, 'library'), { seedSamples: true });
    const missing = await pageShowing(core, 'abcdef1234567890abcdef1234567890');
    await exportActiveArticleAsPdf(missing.window as unknown as BrowserWindow, core);
    expect(missing.events()).toEqual([{ type: 'error', error: expect.objectContaining({ code: 'not_found' }) }]);

    const id = ((await core.call('documents.list', {})) as { value: { items: { id: string }[] } }).value.items[0]!.id;
    const unwritable = await pageShowing(core, id);
    dialogs.saveAnswer = { canceled: false, filePath: join(dir, 'no such folder', 'article.pdf') };
    await exportActiveArticleAsPdf(unwritable.window as unknown as BrowserWindow, core);
    expect(unwritable.events()).toEqual([{ type: 'error', error: expect.objectContaining({ code: 'unwritable_file', details: { reason: 'ENOENT' } }) }]);
    // The hidden printer window was closed all the same.
    expect(FakeBrowserWindow.all.filter((w) => w.options.webPreferences?.javascript === false).every((w) => w.isDestroyed())).toBe(true);
    expect(existsSync(join(dir, 'no such folder'))).toBe(false);
    await close();
  });
});
