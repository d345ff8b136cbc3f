import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { libraryEntry, type LibraryEntry } from '../contract/libraries.ts';

/** The libraries this machine knows and the one open last: a preference of this machine, not library data. */
export const storedLibraries = z.object({ current: z.string().nullable(), libraries: z.array(libraryEntry) });
export type StoredLibraries = z.infer<typeof storedLibraries>;

/** Where the list is kept: electron-store in the desktop app, a JSON file for the browser host. */
export interface LibraryListStore {
  get(): StoredLibraries;
  set(value: StoredLibraries): void;
}

const EMPTY: StoredLibraries = { current: null, libraries: [] };

/** A damaged or missing list reads as empty (the libraries themselves are untouched; they are listed again when opened). */
export function readStoredLibraries(raw: unknown): StoredLibraries {
  const parsed = storedLibraries.safeParse(raw);
  return parsed.success ? parsed.data : structuredClone(EMPTY);
}

/** The list in a JSON file, written atomically. */
export function fileLibraryListStore(file: string): LibraryListStore {
  return {
    get() {
      if (!existsSync(file)) return structuredClone(EMPTY);
      try {
        return readStoredLibraries(JSON.parse(readFileSync(file, 'utf8')));
      } catch {
        return structuredClone(EMPTY);
      }
    },
    set(value) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify(value, null, 2));
      renameSync(`${file}.tmp`, file);
    },
  };
}

/** The list with this folder on it (added, unnamed when it is the first library, else named after its folder). */
export function withLibrary(list: StoredLibraries, dir: string, name: string): { list: StoredLibraries; entry: LibraryEntry } {
  const known = list.libraries.find((entry) => entry.dir === dir);
  if (known) return { list, entry: known };
  const entry: LibraryEntry = { id: randomUUID(), name, dir, team: null, made: false };
  return { list: { ...list, libraries: [...list.libraries, entry] }, entry };
}

/**
 * A folder for a new library in `home`, named after it: lower case, accents and punctuation dropped, and a number
 * added when the name is taken (or the name leaves nothing usable).
 */
export function folderFor(home: string, name: string): string {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'library';
  for (let n = 1; ; n++) {
    const dir = join(home, n === 1 ? base : `${base}-${n}`);
    if (!existsSync(dir)) return dir;
  }
}
