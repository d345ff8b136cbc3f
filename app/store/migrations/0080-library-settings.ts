import type { Migration } from './types.ts';

// What the library holds for every front end and machine alike (colour labels, how many backups to keep): one row per
// setting, its value as JSON, with a stable id and times so that a shared library can sync it.
export const librarySettings: Migration = {
  version: 80,
  name: 'library settings',
  up: `
    CREATE TABLE library_settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      id TEXT NOT NULL UNIQUE,
      created TEXT NOT NULL,
      modified TEXT NOT NULL
    ) STRICT;
  `,
};
