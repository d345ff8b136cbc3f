import { app, type BrowserWindow } from 'electron';
import type { HostEvent } from '../app/contract/events.ts';
import { hostEvent } from '../app/contract/events.ts';
import { sendEvent } from './ipc.ts';

export const SCHEME = 'apostille';

type OpenEvent = Extract<HostEvent, { type: 'open' }>;

/**
 * What an apostille:// link asks for — `apostille://document/<article id>#<annotation id>`, as the Markdown export
 * writes them — or null for anything else (checked against the contract's own event schema).
 */
export function parseApostilleLink(link: string): OpenEvent | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== `${SCHEME}:` || url.hostname !== 'document') return null;
  const event = { type: 'open', documentId: url.pathname.replace(/^\//, ''), ...(url.hash.length > 1 && { annotationId: url.hash.slice(1) }) };
  const checked = hostEvent.safeParse(event);
  return checked.success && checked.data.type === 'open' ? checked.data : null;
}

const linkIn = (args: readonly string[]) => args.find((arg) => arg.startsWith(`${SCHEME}://`));

/**
 * Listens for apostille:// links from the start (macOS may hand one over before the app is ready): as macOS's
 * open-url, or on Windows and Linux as the command line of this instance or of a second one (which hands over to this
 * one and quits). They wait until a window can follow them (see followLinks).
 */
export function listenForLinks(argv: readonly string[] = process.argv): void {
  const initial = linkIn(argv);
  if (initial) pending.push(initial);
  app.on('open-url', (event, link) => {
    event.preventDefault();
    deliver(link);
  });
  app.on('second-instance', (_event, commandLine: string[] | undefined) => {
    const link = linkIn(commandLine ?? []);
    if (link) deliver(link);
  });
}

const pending: string[] = [];
let follow: ((link: string) => void) | null = null;
const deliver = (link: string) => (follow ? follow(link) : pending.push(link));

/**
 * Makes the app the handler of apostille:// links (for development; electron-builder.yml registers it for the
 * installed app), and from now on opens each link's article in `window`, brought to the front.
 */
export function followLinks(window: BrowserWindow): void {
  if (app.isPackaged) app.setAsDefaultProtocolClient(SCHEME);
  else app.setAsDefaultProtocolClient(SCHEME, process.execPath, process.argv.slice(1, 2));
  follow = (link) => {
    const event = parseApostilleLink(link);
    if (!event || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    sendEvent(window, event);
  };
  // Links that came before the page: sent once it has loaded (the page keeps an open request until it can show it).
  window.webContents.once('did-finish-load', () => pending.splice(0).forEach((link) => follow!(link)));
}
