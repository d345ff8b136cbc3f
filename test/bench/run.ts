/**
 * `npm run bench`: measures import throughput and search latency on generated agency news, prints a table and writes
 * test-results/bench.json. A missed target is printed as MISSED but still exits 0 (a figure is a measurement, not a
 * test); a broken run (articles skipped or failing, queries not fitting the corpus) exits 1.
 *
 * BENCH_IMPORT_ARTICLES and BENCH_SEARCH_ARTICLES shrink the corpora for a quick try; the targets assume the defaults.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../app/store/database.ts';
import { BenchFailure, runImportBench, type ImportFigures } from './import-bench.ts';
import { chromiumPath, measureListScroll, type ListScrollFigures } from './list-scroll-bench.ts';
import { QUERIES, buildLibrary, runSearchBench, type BuildFigures, type SearchFigures } from './search-bench.ts';
import { count, heading, machineInfo, mebibytes, ms, seconds, table, type MachineInfo, type Row } from './table.ts';

const IMPORT_ARTICLES = Number(process.env.BENCH_IMPORT_ARTICLES ?? 10_000);
const SEARCH_ARTICLES = Number(process.env.BENCH_SEARCH_ARTICLES ?? 100_000);
const BUILD_CHUNK = 5_000;
const RUNS_PER_QUERY = 5;
const TARGET_IMPORT_PER_SECOND = 1_000;
const TARGET_SEARCH_P95_MS = 20;
const RESULTS_FILE = fileURLToPath(new URL('../../test-results/bench.json', import.meta.url));

interface Results {
  machine: MachineInfo;
  import: ImportFigures & { target: number; ok: boolean };
  build: BuildFigures;
  search: SearchFigures & { target: number; ok: boolean };
  /** Null when no Chromium is installed (the reason is printed). */
  list: (ListScrollFigures & { target: number; ok: boolean }) | null;
  totalSeconds: number;
}

const TARGET_FRAME_MS = 17;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function measure(dir: string): Promise<Omit<Results, 'machine' | 'totalSeconds'>> {
  log(`import bench: ${count(IMPORT_ARTICLES)} articles into a fresh library…`);
  const imported = runImportBench(join(dir, 'import'), IMPORT_ARTICLES);
  log(`  ${count(imported.articlesPerSecond)} art./s`);

  log(`search bench: building a library of ${count(SEARCH_ARTICLES)} articles…`);
  const file = join(dir, 'search', 'library.sqlite');
  const build = buildLibrary(file, SEARCH_ARTICLES, BUILD_CHUNK, log);
  log(`  running ${QUERIES.length} queries × ${RUNS_PER_QUERY}…`);
  const db = openDatabase(file);
  let search: SearchFigures;
  try {
    search = runSearchBench(db, SEARCH_ARTICLES, RUNS_PER_QUERY);
  } finally {
    db.close();
  }
  const browser = chromiumPath();
  let list: Results['list'] = null;
  if (browser) {
    log(`list bench: scrolling the library list of ${count(SEARCH_ARTICLES)} articles in ${browser}…`);
    const figures = await measureListScroll(join(dir, 'search'), browser);
    list = { ...figures, target: TARGET_FRAME_MS, ok: figures.p95FrameMs <= TARGET_FRAME_MS };
  } else log('list bench: SKIPPED: no Chromium found (apt-get install -y chromium, or set APOSTILLE_CHROMIUM)');
  return {
    list,
    import: { ...imported, target: TARGET_IMPORT_PER_SECOND, ok: imported.articlesPerSecond >= TARGET_IMPORT_PER_SECOND },
    build,
    search: { ...search, target: TARGET_SEARCH_P95_MS, ok: search.p95Ms <= TARGET_SEARCH_P95_MS },
  };
}

function report(r: Results): string {
  const articles = count(r.search.articles);
  const rows: Row[] = [
    { figure: `Import ${count(r.import.articles)} articles (~400 words)`, target: `≥ ${count(r.import.target)} art./s`, measured: `${count(r.import.articlesPerSecond)} art./s`, ok: r.import.ok },
    { figure: 'Import, average per article', target: '—', measured: ms(r.import.msPerArticle) },
    { figure: `Search ${articles} articles, p50 (${QUERIES.length} queries × ${r.search.runsPerQuery})`, target: '—', measured: ms(r.search.p50Ms) },
    { figure: `Search ${articles} articles, p95`, target: `≤ ${r.search.target} ms`, measured: ms(r.search.p95Ms), ok: r.search.ok },
    ...(r.list
      ? [
          { figure: `Library list (${count(r.list.articles)}): first rows shown`, target: '—', measured: ms(r.list.firstRowsMs) },
          { figure: `Library list: scrolling, p95 frame (${r.list.frames} frames)`, target: `≤ ${r.list.target} ms`, measured: ms(r.list.p95FrameMs), ok: r.list.ok },
          { figure: 'Library list: rows filled after a jump to the middle', target: '—', measured: ms(r.list.jumpFillMs) },
        ]
      : []),
  ];
  const languages = Object.entries(r.import.languages).map(([language, n]) => `${language} ${count(n)}`).join(', ');
  const slowest = [...r.search.queries].sort((a, b) => b.medianMs - a.medianMs).slice(0, 3);
  return [
    heading(r.machine),
    table(rows),
    '',
    `Import corpus: ${count(r.import.articles)} articles (${languages}), ${count(r.import.averageWords)} words on average, imported in ${seconds(r.import.seconds)}.`,
    `Search library build (information, no target): ${count(r.build.articles)} articles imported in ${seconds(r.build.seconds)} ` +
      `(${count(r.build.articlesPerSecond)} art./s, chunks of ${count(BUILD_CHUNK)}; generating them took ${seconds(r.build.generationSeconds)} more), library file ${mebibytes(r.build.fileBytes)}.`,
    `Slowest queries (median of ${r.search.runsPerQuery} runs, max, articles found):`,
    ...slowest.map((q, i) => `  ${i + 1}. ${q.query.padEnd(28)} ${ms(q.medianMs).padStart(9)}  (max ${ms(q.maxMs)})  ${count(q.total)} found — ${q.kind}`),
    r.list
      ? `Library list: ${r.list.maxRowsInPage} rows at most in the page while scrolling ${count(r.list.articles)} (virtualised); p50 frame ${ms(r.list.p50FrameMs)}.`
      : 'Library list: not measured (no Chromium).',
    `Total run time: ${seconds(r.totalSeconds)}. Figures in ${RESULTS_FILE}.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const machine = machineInfo();
  const dir = mkdtempSync(join(tmpdir(), 'apostille-bench-'));
  let figures: Omit<Results, 'machine' | 'totalSeconds'>;
  try {
    figures = await measure(dir);
  } catch (error) {
    if (!(error instanceof BenchFailure)) throw error;
    log(`BENCH FAILED: ${error.message}`);
    process.exitCode = 1;
    return;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const results: Results = { machine, ...figures, totalSeconds: (performance.now() - started) / 1000 };
  mkdirSync(join(RESULTS_FILE, '..'), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
}

await main();
