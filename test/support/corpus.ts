import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/corpus beside the project (as CI has it), or null when absent. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
export const corpusPresent = existsSync(join(CORPUS_DIR, 'seeds'));
export const SKIP_REASON = `../shared/corpus is absent (looked in ${CORPUS_DIR}); corpus tests skipped`;

if (!corpusPresent) console.warn(`SKIPPED: ${SKIP_REASON}`);

export function seedFiles(): string[] {
  const dir = join(CORPUS_DIR, 'seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

export function wikinewsFiles(): string[] {
  const dir = join(CORPUS_DIR, 'wikinews');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}
