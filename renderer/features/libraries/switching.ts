import { client, onHostEvent } from '../../api/client.ts';

/** Set before the page starts again on another library: its panes (the other library's articles) are emptied at start. */
export const SWITCHED_KEY = 'apostille-switched';

/** Switches this page asked for itself: it reloads when it is ready to (a join first finishes in the new library). */
const asked = new Set<string>();

/**
 * Another library opened (from another page of the browser host, or another window): what this page shows belongs to
 * the one before, so it starts again on the new one.
 */
export function reloadOnSwitch(): () => void {
  return onHostEvent((event) => {
    if (event.type !== 'library-switched') return;
    if (asked.delete(event.id)) return;
    sessionStorage.setItem(SWITCHED_KEY, '1');
    window.location.reload();
  });
}

/** The page starts again on the library now open. */
function startAgain(): void {
  sessionStorage.setItem(SWITCHED_KEY, '1');
  window.location.reload();
}

/** Opens another library and starts the page again on it. */
export async function openLibrary(id: string): Promise<void> {
  asked.add(id);
  try {
    await client.call('libraries.open', { id });
  } catch (error) {
    asked.delete(id);
    throw error;
  }
  startAgain();
}

/**
 * Joining a team makes a new library for it (the one open stays as it is): the library is made and opened, `join`
 * runs in it, and the page starts again there. When the join fails, the library open before comes back and the one
 * just made goes (it held nothing but what the failed join brought).
 */
export async function inNewLibrary(name: string, join: () => Promise<void>): Promise<void> {
  const { current } = await client.call('libraries.list', {});
  const made = await client.call('libraries.create', { name });
  asked.add(made.id);
  try {
    await client.call('libraries.open', { id: made.id });
    await join();
  } catch (error) {
    asked.add(current);
    await client.call('libraries.open', { id: current }).catch(() => asked.delete(current));
    await client.call('libraries.forget', { id: made.id, discard: true }).catch(() => undefined);
    throw error;
  }
  startAgain();
}
