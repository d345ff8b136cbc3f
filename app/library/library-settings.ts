import { randomUUID } from 'node:crypto';
import { librarySettings, type LibrarySettings, type LibrarySettingsPatch } from '../contract/schemas.ts';
import { cached, transaction, type Database } from '../store/database.ts';

/** The library's own settings; a value that no longer reads as valid takes its default. */
export function getLibrarySettings(db: Database): LibrarySettings {
  const rows = cached(db, 'SELECT key, value FROM library_settings').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value);
    } catch {
      // A damaged value is left out: its default applies.
    }
  }
  const parsed = librarySettings.safeParse(stored);
  if (parsed.success) return parsed.data;
  // One bad field must not lose the others: keep each field that is valid alone.
  const fields = Object.fromEntries(Object.entries(stored).filter(([key, value]) => librarySettings.safeParse({ [key]: value }).success));
  return librarySettings.parse(fields);
}

/** Changes the settings given, each in its own row (a new row gets an id for sync; a changed one a new time). */
export function updateLibrarySettings(db: Database, patch: LibrarySettingsPatch, now = new Date().toISOString()): LibrarySettings {
  transaction(db, () => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      cached(db, `INSERT INTO library_settings (key, value, id, created, modified) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, modified = excluded.modified`)
        .run(key, JSON.stringify(value), randomUUID(), now, now);
    }
  });
  return getLibrarySettings(db);
}
