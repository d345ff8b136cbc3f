import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { colorLabels, settings as settingsSchema, type ColorLabels, type Settings, type SettingsPatch } from '../contract/schemas.ts';

/**
 * Where this machine's preferences live: electron-store in the desktop app, a JSON file beside the library for the
 * browser host. Library data (colour labels and the like) is not here: it is in the library (library_settings).
 */
export interface SettingsStore {
  get(): Settings;
  set(patch: SettingsPatch): Settings;
  /** Colour labels an earlier version kept here, to move into the library once. */
  legacyColorLabels(): ColorLabels | undefined;
}

export function mergeSettings(current: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({ ...current, ...patch, layout: { ...current.layout, ...patch.layout } });
}

/** Colour labels left in an older settings object, if any (valid ones only). */
export function colorLabelsIn(raw: unknown): ColorLabels | undefined {
  const parsed = colorLabels.safeParse((raw as { colorLabels?: unknown } | null)?.colorLabels);
  return parsed.success && Object.keys(parsed.data).length > 0 ? parsed.data : undefined;
}

/** Settings in a JSON file, written atomically; a damaged file falls back to defaults and is replaced on next save. */
export function fileSettingsStore(file: string): SettingsStore {
  const raw = (): unknown => {
    if (!existsSync(file)) return {};
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return {};
    }
  };
  const read = (): Settings => {
    const parsed = settingsSchema.safeParse(raw());
    return parsed.success ? parsed.data : settingsSchema.parse({});
  };
  return {
    get: read,
    set(patch) {
      const next = mergeSettings(read(), patch);
      writeFileSync(`${file}.tmp`, JSON.stringify(next, null, 2));
      renameSync(`${file}.tmp`, file);
      return next;
    },
    legacyColorLabels: () => colorLabelsIn(raw()),
  };
}

/** The API's `settings.*` methods, answered by the host from its store. */
export function settingsHandlers(store: SettingsStore) {
  return {
    'settings.get': () => store.get(),
    'settings.set': (patch: SettingsPatch) => store.set(patch),
  };
}
