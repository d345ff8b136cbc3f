// The entity figures: all suggestions on a ~1,000-word French article (warm median), suggestions over a
// library of 10,000 generated articles (the whole pipeline, article by article), and accepting a newly tagged name
// everywhere in a 10,000-article library (full-text narrowing, exact matching, the mentions written).
//
// Alone: `node test/bench/entities-bench.ts` (BENCH_ENTITY_ARTICLES to shrink the library).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NONE, trainReaderModel, type Decision } from '../../app/entities/learning/reader-model.ts';
import { acceptAllIdentical, findIdentical } from '../../app/entities/library-pass.ts';
import { createEntity } from '../../app/entities/registry.ts';
import { suggestEntities } from '../../app/entities/suggest.ts';
import { importSources } from '../../app/import/import-batch.ts';
import { openLibrary } from '../../app/library/index.ts';
import { buildFrenchArticle } from './entities-values-bench.ts';
import { generateArticle, generateSources } from './generate-articles.ts';

export const TARGET_ARTICLE_MS = 20;
export const TARGET_LIBRARY_S = 30;
export const TARGET_ACCEPT_ALL_MS = 1_000;
export const TARGET_FIRST_USE_MS = 1_000;
export const TARGET_RETRAIN_MS = 1_000;

export interface EntityFigures {
  articleWords: number;
  articleColdMs: number;
  articleWarmMs: number;
  articleSuggestions: number;
  libraryArticles: number;
  librarySeconds: number;
  librarySuggestions: number;
  acceptAllArticles: number;
  /** Finding every place of the name (full-text narrowing and exact matching), the figure. */
  findMs: number;
  /** Finding and writing them all as mentions, in one transaction. */
  acceptAllMs: number;
  acceptAllTagged: number;
  acceptAllDocuments: number;
  /** A fresh process: the first article's call, which builds the recognisers and loads every list from the cache… */
  firstCallMs: number;
  /** … and in the machine's first process, which builds the lists from the packages. */
  firstCallColdMs: number;
  /** … after loading the modules (TypeScript sources here; the app's worker loads a bundle, two seconds after start). */
  importMs: number;
  /** The reader model trained again on 1,000 decisions. */
  retrainMs: number;
  retrainDecisions: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runEntityBench(dir: string, articles = Number(process.env.BENCH_ENTITY_ARTICLES ?? 10_000), log: (line: string) => void = () => {}): Promise<EntityFigures> {
  const text = buildFrenchArticle();
  const context = { language: 'fr', published: '2015-07-27', known: [] };
  let started = performance.now();
  const first = suggestEntities(text, context);
  const articleColdMs = performance.now() - started;
  const warm: number[] = [];
  for (let run = 0; run < 21; run++) {
    started = performance.now();
    suggestEntities(text, context);
    warm.push(performance.now() - started);
  }

  // Twice, with a list cache of its own: the first process on a machine builds the lists from the packages and caches
  // them; every later one reads them back.
  const firstUse = (): { firstCallMs: number; importMs: number } => {
    const env = { ...process.env, APOSTILLE_LIST_CACHE: join(dir, 'list-cache') };
    const child = spawnSync(process.execPath, [new URL('./entities-first-use.ts', import.meta.url).pathname], { encoding: 'utf8', env });
    if (child.status !== 0) throw new Error(`entities-first-use.ts failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as { firstCallMs: number; importMs: number };
  };
  const firstCallColdMs = firstUse().firstCallMs;
  const { firstCallMs, importMs } = firstUse();

  // The whole library, article by article, as a "suggest everywhere" pass would run (texts generated beforehand).
  const texts = Array.from({ length: articles }, (_, serial) => generateArticle(serial));
  log(`  suggestions over ${articles} articles…`);
  started = performance.now();
  let librarySuggestions = 0;
  for (const article of texts) librarySuggestions += suggestEntities(article.text, { language: article.language, published: null, known: [] }).length;
  const librarySeconds = (performance.now() - started) / 1000;

  // 1,000 decisions of a reader on the first articles' suggestions (every third one rejected), then the model trained.
  const decisions: Decision[] = [];
  for (const article of texts) {
    for (const s of suggestEntities(article.text, { language: article.language, published: null, known: [] })) {
      decisions.push({ text: article.text, start: s.start, end: s.end, suggested: s.type, label: decisions.length % 3 === 0 ? NONE : s.type });
    }
    if (decisions.length >= 1000) break;
  }
  decisions.length = Math.min(decisions.length, 1000);
  started = performance.now();
  trainReaderModel(decisions);
  const retrainMs = performance.now() - started;

  log(`  importing ${articles} articles to accept a name everywhere…`);
  const library = openLibrary(join(dir, 'library'));
  try {
    await importSources(library.db, generateSources(0, articles));
    // A company the generator names often: tagged once, then accepted in every article.
    const name = 'Thales';
    const entity = createEntity(library.db, { type: 'ORG', name });
    started = performance.now();
    await findIdentical(library.db, name, entity);
    const findMs = performance.now() - started;
    started = performance.now();
    const result = await acceptAllIdentical(library.db, { type: 'ORG', text: name, entityId: entity.id });
    const acceptAllMs = performance.now() - started;
    return {
      articleWords: text.split(/\s+/).filter(Boolean).length, articleColdMs, articleWarmMs: median(warm), articleSuggestions: first.length,
      libraryArticles: articles, librarySeconds, librarySuggestions,
      acceptAllArticles: articles, findMs, acceptAllMs, acceptAllTagged: result.tagged, acceptAllDocuments: result.documents,
      firstCallMs, firstCallColdMs, importMs, retrainMs, retrainDecisions: decisions.length,
    };
  } finally {
    library.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = mkdtempSync(join(tmpdir(), 'apostille-entities-'));
  try {
    console.log(JSON.stringify(await runEntityBench(dir, undefined, console.error), null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
