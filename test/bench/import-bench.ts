/** Figure 1: how fast a batch of articles goes into a fresh library file on disk. */
import { join } from 'node:path';
import type { ImportReport } from '../../app/contract/schemas.ts';
import { importSources } from '../../app/import/import-batch.ts';
import { openDatabase, type Database } from '../../app/store/database.ts';
import { generateSources } from './generate-articles.ts';

export interface ImportFigures {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  msPerArticle: number;
  averageWords: number;
  languages: Record<string, number>;
}

/** A broken run (articles skipped or failing): the figures would mean nothing, so the bench stops. */
export class BenchFailure extends Error {}

export async function runImportBench(dir: string, count: number): Promise<ImportFigures> {
  const sources = generateSources(0, count);
  const db = openDatabase(join(dir, 'library.sqlite'));
  try {
    const started = performance.now();
    const report = await importSources(db, sources);
    const seconds = (performance.now() - started) / 1000;
    assertAllImported(report, count, 'import bench');
    return {
      articles: count,
      seconds,
      articlesPerSecond: count / seconds,
      msPerArticle: (seconds * 1000) / count,
      ...libraryStats(db),
    };
  } finally {
    db.close();
  }
}

export function assertAllImported(report: ImportReport, expected: number, what: string): void {
  const { imported, duplicates, failed } = report;
  if (imported.length === expected && duplicates.length === 0 && failed.length === 0) return;
  const firstFailure = failed[0] ? ` First failure: ${failed[0].file}: ${JSON.stringify(failed[0].error)}.` : '';
  const firstDuplicate = duplicates[0] ? ` First duplicate: ${duplicates[0].file} (= ${duplicates[0].id}).` : '';
  throw new BenchFailure(
    `${what}: expected ${expected} imported, got ${imported.length} imported, ${duplicates.length} duplicates, ${failed.length} failed.${firstFailure}${firstDuplicate}`,
  );
}

export function libraryStats(db: Database): Pick<ImportFigures, 'averageWords' | 'languages'> {
  const words = db.prepare('SELECT avg(word_count) AS n FROM documents').get() as { n: number };
  const rows = db.prepare(`SELECT coalesce(language, '?') AS language, count(*) AS n FROM documents GROUP BY 1 ORDER BY 2 DESC`).all() as {
    language: string;
    n: number;
  }[];
  return { averageWords: words.n, languages: Object.fromEntries(rows.map((r) => [r.language, r.n])) };
}
