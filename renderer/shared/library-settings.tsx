import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LibrarySettings, LibrarySettingsPatch } from '../../app/contract/index.ts';
import { client } from '../api/client.ts';

interface LibrarySettingsValue {
  library: LibrarySettings;
  /** Changes them at once on the page; the library is written a moment later (typing a label writes once). */
  updateLibrary(patch: LibrarySettingsPatch): void;
}

const Context = createContext<LibrarySettingsValue | null>(null);

/**
 * What the library itself holds for every front end (colour labels, backups kept): read from the core, written back
 * to it — never kept in this machine's preferences, so the CLI and other machines see the same.
 */
export function LibrarySettingsProvider({ initial, children }: { initial: LibrarySettings; children: ReactNode }) {
  const [library, setLibrary] = useState(initial);
  const pending = useRef<LibrarySettingsPatch>({});
  const timer = useRef<number | undefined>(undefined);
  const save = useCallback(() => {
    window.clearTimeout(timer.current);
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length) void client.call('library.updateSettings', patch);
  }, []);
  const updateLibrary = useCallback((patch: LibrarySettingsPatch) => {
    setLibrary((current) => ({ ...current, ...patch }));
    pending.current = { ...pending.current, ...patch };
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(save, 300);
  }, [save]);
  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => window.removeEventListener('pagehide', save);
  }, [save]);
  const value = useMemo(() => ({ library, updateLibrary }), [library, updateLibrary]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useLibrarySettings(): LibrarySettingsValue {
  const value = useContext(Context);
  if (!value) throw new Error('useLibrarySettings outside LibrarySettingsProvider');
  return value;
}
