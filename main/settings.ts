import Store from 'electron-store';
import { settings as settingsSchema, type Settings } from '../app/contract/schemas.ts';
import { colorLabelsIn, mergeSettings, type SettingsStore } from '../app/settings/index.ts';
import { readStoredLibraries, type LibraryListStore, type StoredLibraries } from '../app/library/library-list.ts';
import type { TeamPasswordStore } from './team-password.ts';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

interface Stored {
  settings: unknown;
  window: WindowBounds;
  /** Per team library folder: the member's password, encrypted by safeStorage. */
  teamPasswords: Record<string, string>;
  /** The libraries on this machine and the one open last. */
  libraries: StoredLibraries;
}

/**
 * electron-store holds this machine's preferences (validated by the contract's schema), the window's bounds, the list of
 * libraries and the team passwords (encrypted).
 */
export function createSettingsStore(): {
  app: SettingsStore; window: { get(): WindowBounds; set(b: WindowBounds): void }; teamPasswords: TeamPasswordStore; libraries: LibraryListStore;
} {
  const store = new Store<Stored>({ name: 'settings', defaults: { settings: {}, window: { width: 1400, height: 900, maximized: false }, teamPasswords: {}, libraries: { current: null, libraries: [] } } });
  const read = (): Settings => {
    const parsed = settingsSchema.safeParse(store.get('settings'));
    return parsed.success ? parsed.data : settingsSchema.parse({});
  };
  return {
    app: {
      get: read,
      set(patch) {
        const next = mergeSettings(read(), patch);
        store.set('settings', next);
        return next;
      },
      legacyColorLabels: () => colorLabelsIn(store.get('settings')),
    },
    window: { get: () => store.get('window'), set: (bounds) => store.set('window', bounds) },
    teamPasswords: {
      get: (library) => store.get('teamPasswords')[library] ?? null,
      set(library, secret) {
        const { [library]: _, ...others } = store.get('teamPasswords');
        store.set('teamPasswords', secret === null ? others : { ...others, [library]: secret });
      },
    },
    libraries: { get: () => readStoredLibraries(store.get('libraries')), set: (value) => store.set('libraries', value) },
  };
}
