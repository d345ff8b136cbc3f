/**
 * `npm run bench`: measures the core and the page on generated agency news, prints a table and writes
 * test-results/bench.json. A missed target is printed as MISSED but still exits 0 (a figure is a measurement, not a
 * test); a broken run (articles skipped or failing, queries not fitting the corpus) exits 1.
 *
 * BENCH_IMPORT_ARTICLES, BENCH_SEARCH_ARTICLES and BENCH_TEAM_ARTICLES shrink the corpora for a quick try; the targets
 * assume the defaults.
 * BENCH_ONLY picks benches, comma-separated among host (app.info and the host's event loop while it imports 10,000
 * articles), big (a 5 MB article in Chromium), import, cli (--help, and list on the imported library), search, list
 * (which builds the search library), backup (of that library, and its restore), reanchor, paint (a 20,000-word article
 * with 5,000 annotations in Chromium), export (10,000 annotations to each format), entities (suggestions on one
 * article and over 10,000; a name accepted across 10,000), web (pages saved by address from a local server), tools
 * (a Hypothesis export of 5,000 highlights onto 500 articles), pdf (a 500-page PDF's text read) and team (a member
 * joining a team library of 10,000 articles and 100,000 annotations, a new annotation shown at another member, three
 * members' offline edits synced; on a throw-away PostgreSQL, skipped where there is none):
 * BENCH_ONLY=reanchor runs the re-anchoring bench alone in seconds (also `node test/bench/reanchor-bench.ts`).
 * BENCH_REANCHOR_RUNS sets its timed runs (default 7, after a warm-up).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../app/store/database.ts';
import { measureBackup, type BackupFigures } from './backup-bench.ts';
import { measureBigArticle, TARGET_FIRST_SCREEN_MS, TARGET_OTHER_MS, type BigArticleFigures } from './big-article-bench.ts';
import { measureCli, TARGET_HELP_MS, TARGET_LIST_MS, type CliFigures } from './cli-bench.ts';
import { TARGET_INFO_P99_MS, TARGET_LOOP_P99_MS, type HostLoadFigures } from './host-load-bench.ts';
import { BenchFailure, type ImportFigures } from './import-bench.ts';
import { chromiumPath } from '../support/chromium.ts';
import { measureListScroll, type ListScrollFigures } from './list-scroll-bench.ts';
import { runEntityBench, TARGET_ACCEPT_ALL_MS, TARGET_ARTICLE_MS, TARGET_FIRST_USE_MS, TARGET_LIBRARY_S, TARGET_RETRAIN_MS, type EntityFigures } from './entities-bench.ts';
import { EXPORT_FORMATS, EXPORT_TARGET_MS, runExportBench, type ExportFigures } from './export-bench.ts';
import { measurePaint, type PaintFigures } from './paint-bench.ts';
import { REANCHOR_TARGET_MS, reanchorNotes, reanchorOk, reanchorRows, runReanchorBench, type ReanchorFigures } from './reanchor-bench.ts';
import { runWebBench, TARGET_PAGE_MS, type WebFigures } from './web-bench.ts';
import { runToolImportBench, type ToolImportFigures } from './tool-import-bench.ts';
import { runPdfBench, type PdfFigures } from './pdf-bench.ts';
import { measurePdfView, TARGET_ANNOTATIONS_MS, TARGET_FIRST_PAGE_MS, TARGET_FRAME_MS as TARGET_PDF_FRAME_MS, TARGET_MEMORY_MB, type PdfViewFigures } from './pdf-view-bench.ts';
import { TARGET_SHOWN_MS, type TeamFigures, type TeamOutcome } from './team-bench.ts';
import { QUERIES, buildLibrary, runSearchBench, type BuildFigures, type SearchFigures } from './search-bench.ts';
import { count, heading, machineInfo, mebibytes, ms, seconds, signedPercent, table, type MachineInfo, type Row } from './table.ts';

const IMPORT_ARTICLES = Number(process.env.BENCH_IMPORT_ARTICLES ?? 10_000);
const SEARCH_ARTICLES = Number(process.env.BENCH_SEARCH_ARTICLES ?? 100_000);
const TEAM_ARTICLES = Number(process.env.BENCH_TEAM_ARTICLES ?? 10_000);
const BUILD_CHUNK = 5_000;
const RUNS_PER_QUERY = 5;
const TARGET_IMPORT_PER_SECOND = 1_000;
const TARGET_SEARCH_P95_MS = 20;
const RESULTS_FILE = fileURLToPath(new URL('../../test-results/bench.json', import.meta.url));
const BENCHES = ['host', 'big', 'import', 'cli', 'search', 'list', 'backup', 'reanchor', 'paint', 'export', 'entities', 'web', 'tools', 'pdf', 'team'] as const;
const TARGET_OPEN_PAINT_MS = 150;
const TARGET_ADD_PAINT_MS = 16;
const ONLY = process.env.BENCH_ONLY?.split(',').map((name) => name.trim()).filter(Boolean);
const unknown = ONLY?.filter((name) => !(BENCHES as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown bench ${unknown.join(', ')} (known: ${BENCHES.join(', ')})`);
const runs = (bench: (typeof BENCHES)[number]): boolean => !ONLY || ONLY.includes(bench);

/** A bench left out by BENCH_ONLY is null. */
interface Results {
  machine: MachineInfo;
  host: HostLoadFigures | null;
  /** Also null when no Chromium is installed (the reason is printed). */
  big: BigArticleFigures | null;
  cli: CliFigures | null;
  backup: BackupFigures | null;
  import: (ImportFigures & { target: number; ok: boolean }) | null;
  build: BuildFigures | null;
  search: (SearchFigures & { target: number; ok: boolean }) | null;
  /** Also null when no Chromium is installed (the reason is printed). */
  list: (ListScrollFigures & { target: number; ok: boolean }) | null;
  reanchor: (ReanchorFigures & { target: number; ok: boolean; accurateAsHypothesis: boolean }) | null;
  /** Also null when no Chromium is installed (the reason is printed). */
  paint: (PaintFigures & { openOk: boolean; addOk: boolean }) | null;
  export: (ExportFigures & { target: number }) | null;
  entities: EntityFigures | null;
  web: WebFigures | null;
  tools: ToolImportFigures | null;
  /** Also null when no Chromium is installed to print the PDF (the reason is printed). */
  pdf: PdfFigures | null;
  /** Also null when no Chromium is installed (the reason is printed). */
  pdfView: PdfViewFigures | null;
  /** Also null when no PostgreSQL is installed (the reason is printed). */
  team: TeamFigures | null;
  totalSeconds: number;
}

const TARGET_FRAME_MS = 17;
const EXPORT_NAMES = { md: 'Markdown', csv: 'CSV', w3c: 'W3C JSON-LD', html: 'HTML report' } as const;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/**
 * Between two benches: what the last one wrote is flushed to disk first, so that the next is not measured while the
 * system writes out hundreds of megabytes behind it (measured here: an import twice as slow right after the host bench).
 */
/**
 * A bench in a process of its own (`node FILE ...args`, its figures as JSON on the last line of stdout): what runs
 * before it in this process (a heap grown, a host served) does not weigh on it.
 */
async function isolated<T>(file: string, args: string[]): Promise<T> {
  const child = spawn(process.execPath, [fileURLToPath(new URL(file, import.meta.url)), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new BenchFailure(`${file} failed (exit code ${code})`);
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}

async function settle(): Promise<void> {
  spawnSync('sync');
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

async function measure(dir: string): Promise<Omit<Results, 'machine' | 'totalSeconds'>> {
  // First, while this process is fresh: its HTTP host serves the page, and a heap grown by the 100,000-article build
  // would slow it.
  let paint: Results['paint'] = null;
  if (runs('paint')) {
    const browser = chromiumPath();
    if (browser) {
      log(`paint bench: a 20,000-word article carrying 5,000 annotations, in ${browser}…`);
      const figures = await measurePaint(join(dir, 'paint'), browser);
      paint = { ...figures, openOk: figures.openMedianMs <= TARGET_OPEN_PAINT_MS, addOk: figures.addMedianMs <= TARGET_ADD_PAINT_MS };
      log(`  open ${ms(figures.openMedianMs)}, add one ${ms(figures.addMedianMs)}`);
    } else log('paint bench: SKIPPED: no Chromium found (apt-get install -y chromium, or set APOSTILLE_CHROMIUM)');
  }
  await settle();
  let big: Results['big'] = null;
  if (runs('big')) {
    const browser = chromiumPath();
    if (browser) {
      log(`big article bench: a 5 MB article, and a short one opened beside it meanwhile, in ${browser}…`);
      big = await measureBigArticle(mkdtempSync(join(dir, 'big-')), browser);
      log(`  first screen ${ms(big.firstScreenMs)}, the other ${ms(big.otherMs)}`);
    } else log('big article bench: SKIPPED: no Chromium found (apt-get install -y chromium, or set APOSTILLE_CHROMIUM)');
  }
  await settle();
  let host: Results['host'] = null;
  if (runs('host')) {
    log(`host bench: app.info every 20 ms, idle, then while the host imports ${count(IMPORT_ARTICLES)} articles…`);
    host = await isolated<HostLoadFigures>('./host-load-bench.ts', [mkdtempSync(join(dir, 'host-')), String(IMPORT_ARTICLES)]);
    log(`  app.info p99 ${ms(host.importing.p99Ms)}, event loop p99 ${ms(host.importing.loopP99Ms)} while importing`);
  }
  await settle();
  let imported: Results['import'] = null;
  if (runs('import') || runs('cli')) {
    log(`import bench: ${count(IMPORT_ARTICLES)} articles into a fresh library…`);
    const figures = await isolated<ImportFigures>('./import-bench.ts', [join(dir, 'import'), String(IMPORT_ARTICLES)]);
    log(`  ${count(figures.articlesPerSecond)} art./s (raw FTS5 insert ${count(figures.rawArticlesPerSecond)} art./s)`);
    imported = { ...figures, target: TARGET_IMPORT_PER_SECOND, ok: figures.articlesPerSecond >= TARGET_IMPORT_PER_SECOND };
  }
  await settle();
  let cli: Results['cli'] = null;
  if (runs('cli')) {
    log(`CLI bench: apostille --help, and apostille list on ${count(IMPORT_ARTICLES)} articles…`);
    cli = measureCli(join(dir, 'import'), IMPORT_ARTICLES);
    log(`  --help ${ms(cli.helpMs)}, list ${ms(cli.listMs)}`);
  }

  await settle();
  let build: Results['build'] = null;
  let search: Results['search'] = null;
  if (runs('search') || runs('list')) {
    log(`search bench: building a library of ${count(SEARCH_ARTICLES)} articles…`);
    const file = join(dir, 'search', 'library.sqlite');
    build = await buildLibrary(file, SEARCH_ARTICLES, BUILD_CHUNK, log);
    if (runs('search')) {
      log(`  running ${QUERIES.length} queries × ${RUNS_PER_QUERY}…`);
      const db = openDatabase(file);
      try {
        const figures = runSearchBench(db, SEARCH_ARTICLES, RUNS_PER_QUERY);
        search = { ...figures, target: TARGET_SEARCH_P95_MS, ok: figures.p95Ms <= TARGET_SEARCH_P95_MS };
      } finally {
        db.close();
      }
    }
  }

  await settle();
  let list: Results['list'] = null;
  if (runs('list')) {
    const browser = chromiumPath();
    if (browser) {
      log(`list bench: scrolling the library list of ${count(SEARCH_ARTICLES)} articles in ${browser}…`);
      const figures = await measureListScroll(join(dir, 'search'), browser);
      list = { ...figures, target: TARGET_FRAME_MS, ok: figures.p95FrameMs <= TARGET_FRAME_MS };
    } else log('list bench: SKIPPED: no Chromium found (apt-get install -y chromium, or set APOSTILLE_CHROMIUM)');
  }

  await settle();
  let backup: Results['backup'] = null;
  if (runs('backup')) {
    if (!build) {
      log(`backup bench: building a library of ${count(SEARCH_ARTICLES)} articles…`);
      build = await buildLibrary(join(dir, 'search', 'library.sqlite'), SEARCH_ARTICLES, BUILD_CHUNK, log);
    }
    log(`backup bench: backing up and restoring the library of ${count(SEARCH_ARTICLES)} articles…`);
    backup = await measureBackup(join(dir, 'search'));
    log(`  backup ${seconds(backup.backupSeconds)}, restore ${seconds(backup.restoreSeconds)}`);
  }

  await settle();
  let reanchor: Results['reanchor'] = null;
  if (runs('reanchor')) {
    log('re-anchoring bench: 1,000 annotations on an edited 50,000-character article, ours and Hypothesis-style…');
    const figures = runReanchorBench();
    const ok = reanchorOk(figures);
    reanchor = { ...figures, target: REANCHOR_TARGET_MS, ok: ok.time, accurateAsHypothesis: ok.accuracy };
    log(`  ${ms(figures.ours.totalMs)} (Hypothesis-style ${ms(figures.hypothesis.totalMs)})`);
  }
  await settle();
  let exported: Results['export'] = null;
  if (runs('export')) {
    log('export bench: 10,000 annotations to Markdown, CSV, W3C and HTML, and the W3C file imported back…');
    exported = { ...(await runExportBench(join(dir, 'export'))), target: EXPORT_TARGET_MS };
    log(`  ${EXPORT_FORMATS.map((f) => `${f} ${ms(exported!.formatMs[f])}`).join(', ')}`);
  }
  await settle();
  let entities: Results['entities'] = null;
  if (runs('entities')) {
    log('entities bench: suggestions on a 1,000-word article and over 10,000 articles; a name accepted across 10,000…');
    entities = await runEntityBench(join(dir, 'entities'), undefined, log);
    log(`  ${ms(entities.articleWarmMs)} per article, ${seconds(entities.librarySeconds)} for the library, ${ms(entities.findMs)} to find a name everywhere`);
  }
  await settle();
  let web: Results['web'] = null;
  if (runs('web')) {
    log('web bench: a 3,000-word page with 10 images saved from a local server; 200 addresses, 4 at a time…');
    web = await runWebBench(mkdtempSync(join(dir, 'web-')), log);
  }
  await settle();
  let tools: Results['tools'] = null;
  if (runs('tools')) {
    log('tools bench: a Hypothesis export of 5,000 highlights onto 500 articles…');
    tools = await runToolImportBench(mkdtempSync(join(dir, 'tools-')));
  }
  await settle();
  let pdf: Results['pdf'] = null;
  if (runs('pdf')) {
    log('pdf bench: a 500-page text PDF printed by Chromium, its text read into an article…');
    pdf = await runPdfBench();
    if (!pdf) log('  skipped: no Chromium to print the PDF with (set APOSTILLE_CHROMIUM)');
  }
  await settle();
  let pdfView: Results['pdfView'] = null;
  const viewer = chromiumPath();
  if (runs('pdf') && viewer) {
    log('pdf view bench: that PDF with 1,000 highlights opened in Chromium, scrolled, every page drawn…');
    pdfView = await measurePdfView(mkdtempSync(join(dir, 'pdf-view-')), viewer);
  }
  await settle();
  let team: Results['team'] = null;
  if (runs('team')) {
    log(`team bench: a member joining a team library of ${count(TEAM_ARTICLES)} articles and ${count(TEAM_ARTICLES * 10)} annotations, a note shown at another, three members' edits synced…`);
    const outcome = await isolated<TeamOutcome>('./team-bench.ts', [mkdtempSync(join(dir, 'team-')), String(TEAM_ARTICLES)]);
    if ('skipped' in outcome) log(`team bench: SKIPPED: no PostgreSQL: ${outcome.skipped}`);
    else {
      team = outcome;
      log(`  join ${seconds(team.joinSeconds)}, shown at another member in ${ms(team.shownMedianMs)}, edits synced in ${seconds(team.editSyncSeconds)}, identical: ${team.identical ? 'yes' : 'no'}`);
      if (!team.identical) throw new BenchFailure(`team bench: the three members' libraries differ after syncing (${team.differing.join(', ')})`);
    }
  }
  return { host, big, cli, backup, import: runs('import') ? imported : null, build, search, list, reanchor, paint, export: exported, entities, web, tools, pdf, pdfView, team };
}

function report(r: Results): string {
  const rows: Row[] = [
    ...(r.host
      ? [
          { figure: `Host idle: app.info latency p50 / p99 (${count(r.host.idle.calls)} calls)`, target: '—', measured: `${ms(r.host.idle.p50Ms)} / ${ms(r.host.idle.p99Ms)}` },
          { figure: 'Host idle: its thread’s event-loop delay p99', target: '—', measured: ms(r.host.idle.loopP99Ms) },
          { figure: `Host importing ${count(r.host.articles)} articles: app.info latency p50`, target: '—', measured: ms(r.host.importing.p50Ms) },
          { figure: `Host importing: app.info latency p99 (${count(r.host.importing.calls)} calls)`, target: `≤ ${TARGET_INFO_P99_MS} ms`, measured: ms(r.host.importing.p99Ms), ok: r.host.importing.p99Ms <= TARGET_INFO_P99_MS },
          { figure: 'Host importing: its thread’s event-loop delay p99', target: `≤ ${TARGET_LOOP_P99_MS} ms`, measured: ms(r.host.importing.loopP99Ms), ok: r.host.importing.loopP99Ms <= TARGET_LOOP_P99_MS },
          { figure: '  the import through the host (files sent as the page sends them)', target: '—', measured: `${count(r.host.articlesPerSecond)} art./s` },
        ]
      : []),
    ...(r.big
      ? [
          { figure: `A ${(r.big.bytes / 1e6).toFixed(1)} MB article (${count(r.big.words)} words): first screen painted (median of ${r.big.firstScreenRunsMs.length})`, target: `≤ ${count(TARGET_FIRST_SCREEN_MS)} ms`, measured: ms(r.big.firstScreenMs), ok: r.big.firstScreenMs <= TARGET_FIRST_SCREEN_MS },
          { figure: '  another article opened beside it meanwhile, until painted', target: `≤ ${TARGET_OTHER_MS} ms`, measured: ms(r.big.otherMs), ok: r.big.otherMs <= TARGET_OTHER_MS },
        ]
      : []),
    ...(r.import
      ? [
          { figure: `Import ${count(r.import.articles)} articles (~400 words)`, target: `≥ ${count(r.import.target)} art./s`, measured: `${count(r.import.articlesPerSecond)} art./s`, ok: r.import.ok },
          { figure: '  the same texts inserted raw into an FTS5 table (node:sqlite), and our share of that', target: '—', measured: `${count(r.import.rawArticlesPerSecond)} art./s, ${((r.import.articlesPerSecond / r.import.rawArticlesPerSecond) * 100).toFixed(0)} %` },
          { figure: 'Import, average per article', target: '—', measured: ms(r.import.msPerArticle) },
        ]
      : []),
    ...(r.search
      ? [
          { figure: `Search ${count(r.search.articles)} articles, p50 (${QUERIES.length} queries × ${r.search.runsPerQuery})`, target: '—', measured: ms(r.search.p50Ms) },
          { figure: `Search ${count(r.search.articles)} articles, p95`, target: `≤ ${r.search.target} ms`, measured: ms(r.search.p95Ms), ok: r.search.ok },
        ]
      : []),
    ...(r.list
      ? [
          { figure: `Library list (${count(r.list.articles)}): first rows shown`, target: '—', measured: ms(r.list.firstRowsMs) },
          { figure: `Library list: scrolling, p95 frame (${r.list.frames} frames)`, target: `≤ ${r.list.target} ms`, measured: ms(r.list.p95FrameMs), ok: r.list.ok },
          { figure: 'Library list: rows filled after a jump to the middle', target: '—', measured: ms(r.list.jumpFillMs) },
        ]
      : []),
    ...(r.cli
      ? [
          { figure: 'CLI: apostille --help (median of 7 runs)', target: `≤ ${TARGET_HELP_MS} ms`, measured: ms(r.cli.helpMs), ok: r.cli.helpMs <= TARGET_HELP_MS },
          { figure: `CLI: apostille list on ${count(r.cli.listArticles)} articles`, target: `≤ ${TARGET_LIST_MS} ms`, measured: ms(r.cli.listMs), ok: r.cli.listMs <= TARGET_LIST_MS },
        ]
      : []),
    ...(r.backup
      ? [
          { figure: `Back up the library of ${count(SEARCH_ARTICLES)} articles (${mebibytes(r.backup.libraryBytes)})`, target: '—', measured: `${seconds(r.backup.backupSeconds)}, ${r.backup.backupMBps.toFixed(0)} MB/s` },
          { figure: '  restore it (checked whole, the library as it was kept first)', target: '—', measured: `${seconds(r.backup.restoreSeconds)}, ${r.backup.restoreMBps.toFixed(0)} MB/s` },
        ]
      : []),
    ...(r.reanchor ? reanchorRows(r.reanchor) : []),
    ...(r.paint
      ? [
          { figure: `Open an article of ${count(r.paint.words)} words with ${count(r.paint.annotations)} annotations, until painted (median of ${r.paint.openRunsMs.length})`, target: `≤ ${TARGET_OPEN_PAINT_MS} ms`, measured: ms(r.paint.openMedianMs), ok: r.paint.openOk },
          { figure: 'Add one more annotation until painted (median)', target: `≤ ${TARGET_ADD_PAINT_MS} ms`, measured: ms(r.paint.addMedianMs), ok: r.paint.addOk },
          { figure: '  of which: until its range is handed to the browser', target: '—', measured: ms(r.paint.addRegisteredMs) },
        ]
      : []),
    ...(r.export
      ? EXPORT_FORMATS.map((format) => ({
          figure: `Export ${count(r.export!.annotations)} annotations: ${EXPORT_NAMES[format]} (median of 3)`,
          target: `≤ ${count(r.export!.target)} ms`,
          measured: ms(r.export!.formatMs[format]),
          ok: r.export!.formatMs[format] <= r.export!.target,
        }))
      : []),
    ...(r.tools
      ? [
          { figure: `Import a Hypothesis export of ${count(r.tools.highlights)} highlights onto ${count(r.tools.articles)} articles (1 quote in 10 changed)`, target: '—', measured: seconds(r.tools.seconds) },
          { figure: '  highlights placed on their text / kept as passages not found', target: '—', measured: `${((r.tools.placed / r.tools.highlights) * 100).toFixed(1)} % / ${((r.tools.notFound / r.tools.highlights) * 100).toFixed(1)} %` },
        ]
      : []),
    ...(r.pdf
      ? [
          { figure: `A ${r.pdf.pages}-page text PDF (${r.pdf.megabytes.toFixed(1)} MB, printed by Chromium) read into an article`, target: '—', measured: `${r.pdf.pagesPerSecond.toFixed(0)} pages/s` },
          { figure: '  pdf.js alone giving the same pages’ text items', target: '—', measured: `${r.pdf.pdfjsPagesPerSecond.toFixed(0)} pages/s` },
        ]
      : []),
    ...(r.pdfView
      ? [
          { figure: `That PDF opened from the library until its first page is painted (Chromium)`, target: `≤ ${count(TARGET_FIRST_PAGE_MS)} ms`, measured: ms(r.pdfView.firstPageMs), ok: r.pdfView.firstPageMs <= TARGET_FIRST_PAGE_MS },
          { figure: `  until its ${count(r.pdfView.annotations)} highlights are painted on the pages in view`, target: `≤ ${TARGET_ANNOTATIONS_MS} ms`, measured: ms(r.pdfView.annotationsPaintedMs), ok: r.pdfView.annotationsPaintedMs <= TARGET_ANNOTATIONS_MS },
          { figure: `  scrolling its pages, p95 frame (${r.pdfView.frames} frames)`, target: `≤ ${TARGET_PDF_FRAME_MS} ms`, measured: ms(r.pdfView.scrollP95FrameMs), ok: r.pdfView.scrollP95FrameMs <= TARGET_PDF_FRAME_MS },
          { figure: `  renderer memory after every one of its ${r.pdfView.pages} pages was drawn`, target: `≤ ${TARGET_MEMORY_MB} MB`, measured: `${r.pdfView.rendererMemoryMb.toFixed(0)} MB`, ok: r.pdfView.rendererMemoryMb <= TARGET_MEMORY_MB },
        ]
      : []),
    ...(r.web
      ? [
          { figure: `Web page by address, ${count(r.web.pageWords)} words and ${r.web.pageImages} images, to a readable article (local server, median)`, target: `≤ ${count(TARGET_PAGE_MS)} ms`, measured: ms(r.web.pageMs), ok: r.web.pageMs <= TARGET_PAGE_MS },
          { figure: '  Readability alone on the same page (parsed by jsdom)', target: '—', measured: ms(r.web.readabilityMs) },
          { figure: `${r.web.pages} addresses (~800 words, 2 images each), 4 at a time, server answering at once`, target: '—', measured: `${r.web.pagesPerSecond.toFixed(1)} pages/s` },
          { figure: `  the same with ${r.web.latencyMs} ms of latency per answer (a distant site)`, target: '—', measured: `${r.web.pagesPerSecondWithLatency.toFixed(1)} pages/s` },
        ]
      : []),
    ...(r.entities
      ? [
          { figure: `Entity suggestions, ${count(r.entities.articleWords)}-word French article (warm median)`, target: `≤ ${TARGET_ARTICLE_MS} ms`, measured: ms(r.entities.articleWarmMs), ok: r.entities.articleWarmMs <= TARGET_ARTICLE_MS },
          { figure: `Entity suggestions over ${count(r.entities.libraryArticles)} articles`, target: `≤ ${TARGET_LIBRARY_S} s`, measured: seconds(r.entities.librarySeconds), ok: r.entities.librarySeconds <= TARGET_LIBRARY_S },
          { figure: `All mentions of a newly tagged name found across ${count(r.entities.acceptAllArticles)} articles`, target: `≤ ${count(TARGET_ACCEPT_ALL_MS)} ms`, measured: ms(r.entities.findMs), ok: r.entities.findMs <= TARGET_ACCEPT_ALL_MS },
          { figure: '  found and written as mentions (accept all identical)', target: '—', measured: ms(r.entities.acceptAllMs) },
          { figure: 'Entity suggestions, first call in a fresh process (recognisers built, every list loaded)', target: `≤ ${count(TARGET_FIRST_USE_MS)} ms`, measured: ms(r.entities.firstCallMs), ok: r.entities.firstCallMs <= TARGET_FIRST_USE_MS },
          { figure: '  the same in the machine’s first process (lists built from the packages, then cached)', target: '—', measured: ms(r.entities.firstCallColdMs) },
          { figure: '  loading the modules before it (TypeScript sources; the app loads them at start)', target: '—', measured: ms(r.entities.importMs) },
          { figure: `The reader model trained again on ${count(r.entities.retrainDecisions)} decisions`, target: `≤ ${count(TARGET_RETRAIN_MS)} ms`, measured: ms(r.entities.retrainMs), ok: r.entities.retrainMs <= TARGET_RETRAIN_MS },
        ]
      : []),
    ...(r.export ? [{ figure: `Import the W3C export back (${count(r.export.annotations)} annotations)`, target: '—', measured: ms(r.export.importMs) }] : []),
    ...(r.team
      ? [
          { figure: `Join a team library of ${count(r.team.articles)} articles and ${count(r.team.annotations)} annotations (a fresh library)`, target: '—', measured: `${seconds(r.team.joinSeconds)}, ${count(r.team.joinRows / r.team.joinSeconds)} rows/s` },
          { figure: '  bytes moved: files the pull reports (originals) / from the server on the wire (counted by a relay)', target: '—', measured: `${mebibytes(r.team.joinFileBytes)} / ${mebibytes(r.team.joinWireDownBytes)}` },
          { figure: `One new annotation from member A shown at member B (LISTEN/NOTIFY; median of ${r.team.shownMs.length})`, target: `≤ ${count(TARGET_SHOWN_MS)} ms`, measured: ms(r.team.shownMedianMs), ok: r.team.shownMedianMs <= TARGET_SHOWN_MS },
          { figure: `  the slowest of the ${r.team.shownMs.length}`, target: '—', measured: ms(r.team.shownMaxMs) },
          {
            figure: `Import ${count(r.team.articles)} articles into a team library (triggers fill the outbox) / into a private one, same run`, target: '—',
            measured: `${count(r.team.articles / r.team.importTeamSeconds)} / ${count(r.team.articles / r.team.importPrivateSeconds)} art./s (${signedPercent(r.team.importTeamSeconds / r.team.importPrivateSeconds - 1)} time)`,
          },
          { figure: `Three members, ${count(r.team.editsPerMember)} offline edits each, then synced (two rounds)`, target: '—', measured: seconds(r.team.editSyncSeconds) },
          { figure: '  the three libraries identical afterwards', target: 'yes', measured: r.team.identical ? 'yes' : 'no', ok: r.team.identical },
        ]
      : []),
  ];
  const lines = [heading(r.machine), table(rows), ''];
  if (r.import) {
    const languages = Object.entries(r.import.languages).map(([language, n]) => `${language} ${count(n)}`).join(', ');
    lines.push(`Import corpus: ${count(r.import.articles)} articles (${languages}), ${count(r.import.averageWords)} words on average, imported in ${seconds(r.import.seconds)}.`);
  }
  if (r.build) {
    lines.push(
      `Search library build (information, no target): ${count(r.build.articles)} articles imported in ${seconds(r.build.seconds)} ` +
        `(${count(r.build.articlesPerSecond)} art./s, chunks of ${count(BUILD_CHUNK)}; generating them took ${seconds(r.build.generationSeconds)} more), library file ${mebibytes(r.build.fileBytes)}.`,
    );
  }
  if (r.search) {
    const slowest = [...r.search.queries].sort((a, b) => b.medianMs - a.medianMs).slice(0, 3);
    lines.push(
      `Slowest queries (median of ${r.search.runsPerQuery} runs, max, articles found):`,
      ...slowest.map((q, i) => `  ${i + 1}. ${q.query.padEnd(28)} ${ms(q.medianMs).padStart(9)}  (max ${ms(q.maxMs)})  ${count(q.total)} found — ${q.kind}`),
    );
  }
  if (runs('list')) {
    lines.push(r.list
      ? `Library list: ${r.list.maxRowsInPage} rows at most in the page while scrolling ${count(r.list.articles)} (virtualised); p50 frame ${ms(r.list.p50FrameMs)}.`
      : 'Library list: not measured (no Chromium).');
  }
  if (r.reanchor) lines.push(reanchorNotes(r.reanchor));
  if (r.entities) lines.push(`Entities: ${count(r.entities.articleSuggestions)} suggestions on the article, ${count(r.entities.librarySuggestions)} over the library; the accepted name was tagged ${count(r.entities.acceptAllTagged)} times in ${count(r.entities.acceptAllDocuments)} articles.`);
  if (r.paint) lines.push(`Paint: open runs ${r.paint.openRunsMs.map((v) => ms(v)).join(', ')}; adding one, slowest of the runs ${ms(r.paint.addMaxMs)}.`);
  else if (runs('paint')) lines.push('Paint: not measured (no Chromium).');
  if (r.team) {
    lines.push(
      `Team: the first push of ${count(r.team.firstPushRows)} rows by one member took ${seconds(r.team.firstPushSeconds)} (setup); the join moved ` +
        `${mebibytes(r.team.joinWireDownBytes)} down and ${mebibytes(r.team.joinWireUpBytes)} up on the wire (${seconds(r.team.relayJoinSeconds)} through the relay); ` +
        `server database ${mebibytes(r.team.serverDatabaseBytes)}, of which files ${mebibytes(r.team.serverFileBytes)}; ${count(r.team.conflicts)} conflicts merged while syncing the edits (an article's note changed by two members, kept in two versions).`,
    );
  } else if (runs('team')) lines.push('Team: not measured (no PostgreSQL).');
  lines.push(`Total run time: ${seconds(r.totalSeconds)}. Figures in ${RESULTS_FILE}.`);
  return lines.join('\n');
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
