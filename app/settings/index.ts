import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { settings as settingsSchema, type Settings, type SettingsPatch } from '../contract/schemas.ts';

/** Where settings live: electron-store in the desktop app, a JSON file beside the library for the browser host. */
export interface SettingsStore {
  get(): Settings;
  set(patch: SettingsPatch): Settings;
}

export function mergeSettings(current: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({ ...current, ...patch, layout: { ...current.layout, ...patch.layout } });
}

/** Settings in a JSON file, written atomically; a damaged file falls back to defaults and is replaced on next save. */
export function fileSettingsStore(file: string): SettingsStore {
  const read = (): Settings => {
    if (!existsSync(file)) return settingsSchema.parse({});
    try {
      return settingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return settingsSchema.parse({});
    }
  };
  return {
    get: read,
    set(patch) {
      const next = mergeSettings(read(), patch);
      writeFileSync(`${file}.tmp`, JSON.stringify(next, null, 2));
      renameSync(`${file}.tmp`, file);
      return next;
    },
  };
}
