/** Figure 1: how fast a batch of articles goes into a fresh library file on disk. */
import { join } from 'node:path';
import type { ImportReport } from '../../app/contract/schemas.ts';
import { DatabaseSync } from 'node:sqlite';
import { importSources, type ImportSource } from '../../app/import/import-batch.ts';
import { openDatabase, type Database } from '../../app/store/database.ts';
import { generateSources } from './generate-articles.ts';

export interface ImportFigures {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** The same texts written raw into an FTS5 table with node:sqlite, one transaction: the physical limit. */
  rawArticlesPerSecond: number;
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
      rawArticlesPerSecond: rawFtsInsert(join(dir, 'raw.sqlite'), sources),
      msPerArticle: (seconds * 1000) / count,
      ...libraryStats(db),
    };
  } finally {
    db.close();
  }
}

/**
 * The reference: the same files' texts (decoded, nothing else done) inserted into a bare FTS5 table, in one
 * transaction, with a prepared statement — what SQLite alone needs to index them.
 */
function rawFtsInsert(file: string, sources: ImportSource[]): number {
  const texts = sources.map((s) => new TextDecoder().decode(s.read()));
  const db = new DatabaseSync(file);
  try {
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; CREATE VIRTUAL TABLE raw USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')");
    const insert = db.prepare('INSERT INTO raw (title, text) VALUES (?, ?)');
    const started = performance.now();
    db.exec('BEGIN');
    for (const text of texts) insert.run(text.slice(0, text.indexOf('\n')), text);
    db.exec('COMMIT');
    return texts.length / ((performance.now() - started) / 1000);
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

// `node test/bench/import-bench.ts DIR COUNT`: the bench alone, in a fresh process; its figures as JSON on stdout.
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runImportBench(process.argv[2]!, Number(process.argv[3] ?? 10_000))));
}
