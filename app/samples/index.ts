import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportReport } from '../contract/schemas.ts';
import { importSources, sourcesFromPaths, type ImportSource } from '../import/import-batch.ts';
import type { Database } from '../store/database.ts';
import { markSamples } from '../store/document-marks.ts';

// Two levels up from this module is the project root both in source (app/samples) and when bundled (out/main).
export const DEFAULT_SAMPLES_DIR = fileURLToPath(new URL('../../assets/samples', import.meta.url));

/** The sample articles shipped in assets/samples (written for Apostille; see the README there). */
export function sampleSources(dir = DEFAULT_SAMPLES_DIR): ImportSource[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return sourcesFromPaths(files.map((f) => join(dir, f)));
}

/**
 * Imports the sample articles and marks them as samples (to be removed in one go); those put in the Trash before come
 * back out of it.
 */
export async function loadSamples(db: Database, dir = DEFAULT_SAMPLES_DIR): Promise<ImportReport> {
  const report = await importSources(db, sampleSources(dir));
  markSamples(db, [...report.imported, ...report.duplicates].map((d) => d.id));
  return report;
}
