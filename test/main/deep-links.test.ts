import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent } from '../../app/contract/events.ts';
import { EVENT_CHANNEL } from '../../main/ipc.ts';
import { app, FakeBrowserWindow, resetElectron } from './electron-double.ts';

vi.mock('electron', () => import('./electron-double.ts'));

const ID = '3f9e613e0b1c2d3e4f5a6b7c8d9e0f1a';
const ANNOTATION = '0b6a7f52-3c1d-4e8f-9a2b-5c6d7e8f9a0b';

/** The module afresh (its waiting links are module state), as at each start of the app. */
async function deepLinks() {
  vi.resetModules();
  return import('../../main/deep-links.ts');
}

const opened = (window: FakeBrowserWindow) => window.webContents.sent.filter((m) => m.channel === EVENT_CHANNEL).map((m) => m.args[0] as HostEvent);

describe('apostille:// links', () => {
  beforeEach(() => resetElectron());

  it('are read as an article and, after #, one of its annotations; anything else is refused', async () => {
    const { parseApostilleLink } = await deepLinks();
    expect(parseApostilleLink(`apostille://document/${ID}#${ANNOTATION}`)).toEqual({ type: 'open', documentId: ID, annotationId: ANNOTATION });
    expect(parseApostilleLink(`apostille://document/${ID}`)).toEqual({ type: 'open', documentId: ID });
    for (const bad of [
      `https://document/${ID}`, `apostille://other/${ID}`, 'apostille://document/not-hex', `apostille://document/${ID}#not-a-uuid`,
      'apostille://document/', 'apostille:', 'not a url', `apostille://document/${ID}/../x`,
    ]) expect(parseApostilleLink(bad), bad).toBeNull();
  });

  it('open the article in the window, brought to the front: from macOS, from a second instance, and from the command line at start', async () => {
    const { listenForLinks, followLinks } = await deepLinks();
    listenForLinks(['/usr/bin/apostille', `apostille://document/${ID}`]);
    // A link handed over before the window exists waits for it.
    const early = { preventDefault: vi.fn() };
    app.emit('open-url', early, `apostille://document/${ID}#${ANNOTATION}`);
    expect(early.preventDefault).toHaveBeenCalled();

    const window = new FakeBrowserWindow();
    window.minimize();
    followLinks(window as unknown as BrowserWindow);
    expect(app.protocolClients).toEqual(['apostille']);
    expect(opened(window)).toEqual([]);
    await window.loadURL('app://apostille/index.html');
    expect(opened(window)).toEqual([{ type: 'open', documentId: ID }, { type: 'open', documentId: ID, annotationId: ANNOTATION }]);
    expect(window.isMinimized()).toBe(false);

    app.emit('second-instance', {}, ['/usr/bin/apostille', '--flag', `apostille://document/${ID}#${ANNOTATION}`]);
    app.emit('second-instance', {}, ['/usr/bin/apostille']);
    app.emit('open-url', { preventDefault: () => {} }, 'apostille://document/zzzz');
    expect(opened(window)).toHaveLength(3);
  });
});
