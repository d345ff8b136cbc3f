/** Figure 2: search latency over a large library (built here, timed separately as information). */
import { statSync } from 'node:fs';
import { importSources } from '../../app/import/import-batch.ts';
import { searchDocuments } from '../../app/search/index.ts';
import { openDatabase, type Database } from '../../app/store/database.ts';
import { generateSources } from './generate-articles.ts';
import { BenchFailure, assertAllImported } from './import-bench.ts';

export interface QuerySpec {
  query: string;
  kind: string;
  /** False only for the query that must find nothing. */
  hits: boolean;
}

/** What people type: common and rare words, names, accents left out, phrases, a prefix, English, an exclusion. */
export const QUERIES: readonly QuerySpec[] = [
  { query: 'orange', kind: 'common word (company)', hits: true },
  { query: 'marché', kind: 'common word', hits: true },
  { query: 'gouvernement', kind: 'common word', hits: true },
  { query: 'hydrolienne', kind: 'rare word', hits: true },
  { query: 'ornithologue', kind: 'rare word', hits: true },
  { query: 'Vivek Badrinath', kind: 'person', hits: true },
  { query: 'helene marchetti', kind: 'person, no accents', hits: true },
  { query: 'Cloudwatt', kind: 'company', hits: true },
  { query: 'Airbus', kind: 'company', hits: true },
  { query: 'etat', kind: 'no accents (État)', hits: true },
  { query: 'societe', kind: 'no accents (société)', hits: true },
  { query: 'reseau', kind: 'no accents (réseau)', hits: true },
  { query: 'chiffre affaires', kind: 'two words', hits: true },
  { query: 'cloud computing souverain', kind: 'three words', hits: true },
  { query: '"conférence de presse"', kind: 'quoted phrase', hits: true },
  { query: 'investiss', kind: 'prefix', hits: true },
  { query: 'quarterly revenue', kind: 'English', hits: true },
  { query: 'orange -thales', kind: 'excluded word', hits: true },
  { query: 'danone lyon', kind: 'company + place', hits: true },
  { query: 'zzyzxquorum', kind: 'matches nothing', hits: false },
];

export interface BuildFigures {
  articles: number;
  /** Time spent in importSources only. */
  seconds: number;
  articlesPerSecond: number;
  generationSeconds: number;
  fileBytes: number;
}

export interface QueryFigures {
  query: string;
  kind: string;
  total: number;
  timesMs: number[];
  medianMs: number;
  maxMs: number;
}

export interface SearchFigures {
  articles: number;
  runsPerQuery: number;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  queries: QueryFigures[];
}

/** Fills `file` with `count` generated articles, `chunk` at a time (so they are never all in memory). */
export async function buildLibrary(file: string, count: number, chunk: number, log: (line: string) => void): Promise<BuildFigures> {
  const db = openDatabase(file);
  let seconds = 0;
  let generationSeconds = 0;
  try {
    for (let from = 0; from < count; from += chunk) {
      const size = Math.min(chunk, count - from);
      const generating = performance.now();
      const sources = generateSources(from, size);
      const importing = performance.now();
      const report = await importSources(db, sources);
      seconds += (performance.now() - importing) / 1000;
      generationSeconds += (importing - generating) / 1000;
      assertAllImported(report, size, `search library, articles ${from}–${from + size - 1}`);
      const done = from + size;
      log(`  search library: ${done.toLocaleString('en-US')} / ${count.toLocaleString('en-US')} articles (${seconds.toFixed(0)} s importing, ${(done / seconds).toFixed(0)} art./s)`);
    }
  } finally {
    db.close();
  }
  const fileBytes = statSync(file).size;
  return { articles: count, seconds, articlesPerSecond: count / seconds, generationSeconds, fileBytes };
}

/** Every query once to warm up, then `runs` rounds over all the queries; each call timed on its own. */
export function runSearchBench(db: Database, articles: number, runs: number): SearchFigures {
  const totals = QUERIES.map((q) => searchDocuments(db, q.query, 50).total);
  QUERIES.forEach((q, i) => {
    if (q.hits !== totals[i]! > 0) throw new BenchFailure(`query ${q.query} found ${totals[i]} articles: the generated corpus does not fit the queries`);
  });
  const times: number[][] = QUERIES.map(() => []);
  for (let round = 0; round < runs; round++) {
    QUERIES.forEach((q, i) => {
      const started = performance.now();
      searchDocuments(db, q.query, 50);
      times[i]!.push(performance.now() - started);
    });
  }
  const all = times.flat();
  return {
    articles,
    runsPerQuery: runs,
    samples: all.length,
    p50Ms: percentile(all, 0.5),
    p95Ms: percentile(all, 0.95),
    queries: QUERIES.map((q, i) => ({
      query: q.query,
      kind: q.kind,
      total: totals[i]!,
      timesMs: times[i]!,
      medianMs: percentile(times[i]!, 0.5),
      maxMs: Math.max(...times[i]!),
    })),
  };
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}
