import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Database } from '../store/database.ts';
import { importSources } from '../import/import-batch.ts';
import { sampleSources } from '../samples/index.ts';
import { fileSettingsStore, type SettingsStore } from '../settings/index.ts';
import { DATABASE_FILE } from './location.ts';

export interface Library {
  dir: string;
  db: Database;
  settings: SettingsStore;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Settings store to use; defaults to settings.json in the library folder. */
  settings?: SettingsStore;
  /** Import the sample articles when this call creates the library (the apps' first run; never the CLI's). */
  seedSamples?: boolean;
  samplesDir?: string;
}

export function openLibrary(dir: string, options: OpenLibraryOptions = {}): Library {
  const file = join(dir, DATABASE_FILE);
  const isNew = !existsSync(file);
  const db = openDatabase(file);
  const settings = options.settings ?? fileSettingsStore(join(dir, 'settings.json'));
  if (isNew && options.seedSamples) {
    importSources(db, sampleSources(options.samplesDir));
    settings.set({ samplesOffered: true });
  }
  return { dir, db, settings, close: () => db.close() };
}
