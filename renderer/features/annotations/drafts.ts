import { useCallback, useState } from 'react';

// A note being written is kept on this machine as it is typed (the page's local storage), so that a reload or a
// crash does not lose it; saving or cancelling forgets it. Drafts are not library data: nothing was written yet.

const PREFIX = 'apostille.draft.';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null; // Storage refused (private mode, full): the editor still works, without the safety net.
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, value);
  } catch {
    // As above: a draft not kept is not an error worth interrupting the writing for.
  }
}

/** Whether a draft of this note waits on this machine. */
export const hasDraft = (key: string): boolean => read(key) !== null;

/** A note's text while it is edited: the kept draft if there is one, else `initial`; `forget` on save or cancel. */
export function useDraft(key: string, initial: string) {
  const [value, setValue] = useState(() => read(key) ?? initial);
  const change = useCallback((next: string) => {
    setValue(next);
    write(key, next);
  }, [key]);
  const forget = useCallback(() => write(key, null), [key]);
  return [value, change, forget] as const;
}
