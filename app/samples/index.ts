import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourcesFromPaths, type ImportSource } from '../import/import-batch.ts';

// Two levels up from this module is the project root both in source (app/samples) and when bundled (out/main).
export const DEFAULT_SAMPLES_DIR = fileURLToPath(new URL('../../assets/samples', import.meta.url));

/** The sample articles shipped in assets/samples (written for Apostille; see the README there). */
export function sampleSources(dir = DEFAULT_SAMPLES_DIR): ImportSource[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return sourcesFromPaths(files.map((f) => join(dir, f)));
}
