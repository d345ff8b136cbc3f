import Store from 'electron-store';
import { settings as settingsSchema, type Settings } from '../app/contract/schemas.ts';
import { colorLabelsIn, mergeSettings, type SettingsStore } from '../app/settings/index.ts';
import type { StoredTeamPassword, TeamPasswordStore } from './team-password.ts';

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
  teamPassword: StoredTeamPassword | null;
}

/** electron-store holds this machine's preferences (validated by the contract's schema) and the window's bounds. */
export function createSettingsStore(): { app: SettingsStore; window: { get(): WindowBounds; set(b: WindowBounds): void }; teamPassword: TeamPasswordStore } {
  const store = new Store<Stored>({ name: 'settings', defaults: { settings: {}, window: { width: 1400, height: 900, maximized: false }, teamPassword: null } });
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
    teamPassword: { get: () => store.get('teamPassword'), set: (value) => store.set('teamPassword', value) },
  };
}
