// npm run eval:entities — how well the entity suggester finds the gold mentions (test/eval/gold/*.json).
// Exact span match: a suggestion counts only with the gold mention's type, start and end. A measurement, not a test:
// it exits 0 whatever the figures are (1 only when the suggester cannot be loaded or a gold file no longer fits its text).
//
//   node test/eval/entities.ts [--verbose] [--suggester <module exporting suggestEntities>] [--check-gold]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NONE, trainReaderModel, type Decision } from '../../app/entities/learning/reader-model.ts';
import { foldKey } from '../../app/entities/names/fold.ts';
import type { KnownName, NormalisedValue, SuggestContext, Suggestion } from '../../app/entities/types.ts';
import { BUILTIN_ENTITY_TYPES } from '../../app/entities/types.ts';
import { goldArticles, goldProblems, loadArticle, ROOT, skipReason, type GoldMention, type LoadedArticle } from './gold.ts';

type Suggest = (text: string, context: SuggestContext) => Suggestion[];

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const checkOnly = args.includes('--check-gold');
const suggesterArg = args[args.indexOf('--suggester') + 1];
const suggesterPath = args.includes('--suggester') && suggesterArg ? resolve(suggesterArg) : join(ROOT, 'app/entities/suggest.ts');

/** Targets, on held-out French and English news: for MONEY, PERCENT and DATE a match counts only with the gold's value. */
const TARGETS: Record<string, number> = { MONEY: 0.95, PERCENT: 0.95, DATE: 0.95, PER: 0.85, ORG: 0.85, LOC: 0.85, all: 0.9 };
const VALUE_TYPES = ['MONEY', 'PERCENT', 'DATE'];

interface Counts { tp: number; fp: number; fn: number }
interface ValueCounts { tp: number; right: number }
interface Miss { type: string; start: number; end: number; text: string; value?: NormalisedValue; note: string }
interface ArticleResult {
  id: string;
  source: string;
  language: string;
  /** Held out: not seen while building the suggesters (gold file's `heldOut`). */
  heldOut: boolean;
  status: 'scored' | 'skipped' | 'invalid-gold';
  reason?: string;
  gold?: number;
  suggested?: number;
  counts?: Record<string, Counts>;
  values?: Record<string, ValueCounts>;
  falsePositives?: Miss[];
  falseNegatives?: Miss[];
  wrongValues?: { type: string; start: number; end: number; text: string; gold?: NormalisedValue; suggested?: NormalisedValue }[];
}

function sameValue(a: NormalisedValue | undefined, b: NormalisedValue | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (a.kind === 'money' && b.kind === 'money') return a.currency.toUpperCase() === b.currency.toUpperCase() && close(a.amount, b.amount);
  if (a.kind === 'percent' && b.kind === 'percent') return close(a.ratio, b.ratio);
  if (a.kind === 'date' && b.kind === 'date') return a.date === b.date;
  return false;
}

function describe(m: { type: string; start: number; end: number }, others: readonly { type: string; start: number; end: number; text: string }[], what: string): string {
  const overlapping = others.filter((o) => o.start < m.end && m.start < o.end);
  if (overlapping.length === 0) return `no ${what} there`;
  return overlapping.map((o) => `${what} ${o.type} ${JSON.stringify(o.text)}${o.type === m.type ? ' (other span)' : o.start === m.start && o.end === m.end ? ' (other type)' : ''}`).join('; ');
}

function score(article: LoadedArticle, suggestions: Suggestion[]): ArticleResult {
  const gold = article.gold.mentions;
  const key = (m: { type: string; start: number; end: number }) => `${m.type}:${m.start}:${m.end}`;
  const goldByKey = new Map<string, GoldMention>(gold.map((m) => [key(m), m]));
  const counts: Record<string, Counts> = {};
  const values: Record<string, ValueCounts> = {};
  const bump = (type: string, field: keyof Counts) => { (counts[type] ??= { tp: 0, fp: 0, fn: 0 })[field]++; };
  const matched = new Set<string>();
  const falsePositives: Miss[] = [];
  const wrongValues: NonNullable<ArticleResult['wrongValues']> = [];
  for (const s of suggestions) {
    const g = goldByKey.get(key(s));
    if (g && !matched.has(key(s))) {
      matched.add(key(s));
      bump(s.type, 'tp');
      if (VALUE_TYPES.includes(s.type)) {
        const v = (values[s.type] ??= { tp: 0, right: 0 });
        v.tp++;
        if (sameValue(g.value, s.value)) v.right++;
        else wrongValues.push({ type: s.type, start: s.start, end: s.end, text: g.text, gold: g.value, suggested: s.value });
      }
    } else {
      bump(s.type, 'fp');
      const text = article.text.slice(s.start, s.end);
      const note = s.text !== text ? `suggestion's text ${JSON.stringify(s.text)} differs from the text at its offsets; ` : '';
      falsePositives.push({ type: s.type, start: s.start, end: s.end, text, value: s.value, note: note + describe(s, gold, 'gold') });
    }
  }
  const falseNegatives: Miss[] = [];
  for (const g of gold) {
    if (matched.has(key(g))) continue;
    bump(g.type, 'fn');
    falseNegatives.push({ ...g, note: describe(g, suggestions, 'suggested') });
  }
  return {
    id: article.id, source: article.gold.source, language: article.gold.language, heldOut: article.gold.heldOut === true, status: 'scored',
    gold: gold.length, suggested: suggestions.length, counts, values, falsePositives, falseNegatives, wrongValues,
  };
}

function add(into: Record<string, Counts>, from: Record<string, Counts>): void {
  for (const [type, c] of Object.entries(from)) {
    const t = (into[type] ??= { tp: 0, fp: 0, fn: 0 });
    t.tp += c.tp; t.fp += c.fp; t.fn += c.fn;
  }
}

function metrics(c: Counts) {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : null;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : null;
  const f1 = c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : null;
  return { ...c, precision, recall, f1 };
}

/** Per type (built-in types first, then any other type suggested), plus the micro-average over all types. */
function summarise(results: ArticleResult[]) {
  const totals: Record<string, Counts> = {};
  const valueTotals: Record<string, ValueCounts> = {};
  for (const r of results) {
    add(totals, r.counts ?? {});
    for (const [type, v] of Object.entries(r.values ?? {})) {
      const t = (valueTotals[type] ??= { tp: 0, right: 0 });
      t.tp += v.tp; t.right += v.right;
    }
  }
  const types = [...BUILTIN_ENTITY_TYPES, ...Object.keys(totals).filter((t) => !(BUILTIN_ENTITY_TYPES as readonly string[]).includes(t)).sort()];
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const perType: Record<string, ReturnType<typeof metrics>> = {};
  for (const type of types) {
    const c = totals[type] ?? { tp: 0, fp: 0, fn: 0 };
    perType[type] = metrics(c);
    all.tp += c.tp; all.fp += c.fp; all.fn += c.fn;
  }
  const valueAccuracy: Record<string, { tp: number; right: number; accuracy: number | null; f1: number | null }> = {};
  for (const type of VALUE_TYPES) {
    const v = valueTotals[type] ?? { tp: 0, right: 0 };
    const c = totals[type] ?? { tp: 0, fp: 0, fn: 0 };
    // F1 where a match with a wrong value is both a false positive and a false negative.
    const wrong = v.tp - v.right;
    const f1 = c.tp + c.fp + c.fn > 0 ? (2 * v.right) / (2 * v.right + c.fp + wrong + c.fn + wrong) : null;
    valueAccuracy[type] = { ...v, accuracy: v.tp > 0 ? v.right / v.tp : null, f1 };
  }
  return { articles: results.length, perType, all: metrics(all), valueAccuracy };
}

const fmt = (x: number | null) => (x === null ? '    –' : x.toFixed(3));

function printTable(title: string, summary: ReturnType<typeof summarise>, withTargets: boolean): void {
  console.log(`\n${title}: ${summary.articles} article${summary.articles === 1 ? '' : 's'}; exact span and type`);
  console.log(`  ${'type'.padEnd(8)} ${'gold'.padStart(5)} ${'sugg'.padStart(5)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  ${'P'.padStart(5)}  ${'R'.padStart(5)}  ${'F1'.padStart(5)}  ${'F1+v'.padStart(5)}${withTargets ? '  target' : ''}`);
  const row = (type: string, m: ReturnType<typeof metrics>) => {
    const target = TARGETS[type];
    const withValue = summary.valueAccuracy[type]?.f1;
    const judged = withValue === undefined ? m.f1 : withValue;
    const verdict = withTargets && target !== undefined ? `  ≥ ${target.toFixed(2)} ${judged !== null && judged >= target ? 'met' : 'NOT met'}` : '';
    console.log(`  ${type.padEnd(8)} ${String(m.tp + m.fn).padStart(5)} ${String(m.tp + m.fp).padStart(5)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}  ${fmt(m.precision)}  ${fmt(m.recall)}  ${fmt(m.f1)}  ${withValue === undefined ? '     ' : fmt(withValue)}${verdict}`);
  };
  for (const [type, m] of Object.entries(summary.perType)) row(type, m);
  row('all', summary.all);
  const values = VALUE_TYPES.map((t) => {
    const v = summary.valueAccuracy[t]!;
    return `${t} ${v.right}/${v.tp}${v.accuracy === null ? '' : ` (${(v.accuracy * 100).toFixed(1)} %)`}`;
  });
  console.log(`  value accuracy (true positives with the gold value): ${values.join(', ')}`);
}

function printMisses(r: ArticleResult): void {
  const show = (m: { type: string; start: number; end: number; text: string }) => `${m.type.padEnd(7)} ${String(m.start).padStart(5)}-${String(m.end).padEnd(5)} ${JSON.stringify(m.text)}`;
  const value = (v: NormalisedValue | undefined) => (v ? JSON.stringify(v) : 'no value');
  for (const m of r.falsePositives ?? []) console.log(`    FP ${show(m)}${m.value ? ` ${value(m.value)}` : ''}  — ${m.note}`);
  for (const m of r.falseNegatives ?? []) console.log(`    FN ${show(m)}${m.value ? ` ${value(m.value)}` : ''}  — ${m.note}`);
  for (const w of r.wrongValues ?? []) console.log(`    VALUE ${show(w)} gold ${value(w.gold)}, suggested ${value(w.suggested)}`);
}

async function main(): Promise<number> {
  let exitCode = 0;
  let suggest: Suggest | null = null;
  if (!checkOnly) {
    try {
      const module = (await import(pathToFileURL(suggesterPath).href)) as { suggestEntities?: Suggest };
      if (typeof module.suggestEntities !== 'function') throw new Error(`${suggesterPath} exports no suggestEntities`);
      suggest = module.suggestEntities;
    } catch (error) {
      console.error(`Cannot load the suggester (${suggesterPath}): ${error instanceof Error ? error.message : String(error)}`);
      console.error('No figures: the gold is checked below, nothing is scored.');
      exitCode = 1;
    }
  }

  const results: ArticleResult[] = [];
  const loaded: LoadedArticle[] = [];
  console.log(`Entity evaluation against test/eval/gold (rules: test/eval/ENTITY-GUIDELINES.md)${suggest ? `; suggester ${suggesterPath}` : ''}`);
  for (const entry of goldArticles()) {
    const reason = skipReason(entry);
    if (reason) {
      console.log(`  SKIPPED ${entry.id}: ${reason}`);
      results.push({ id: entry.id, source: entry.gold.source, language: entry.gold.language, heldOut: entry.gold.heldOut === true, status: 'skipped', reason });
      continue;
    }
    const article = loadArticle(entry);
    const problems = goldProblems(article);
    if (problems.length > 0) {
      console.log(`  INVALID GOLD ${entry.id} (not scored):`);
      for (const p of problems) console.log(`    ${p}`);
      results.push({ id: entry.id, source: entry.gold.source, language: entry.gold.language, heldOut: entry.gold.heldOut === true, status: 'invalid-gold', reason: problems.join('; ') });
      exitCode = 1;
      continue;
    }
    if (!suggest) {
      console.log(`  gold ok  ${entry.id.padEnd(34)} ${entry.gold.language}  ${String(entry.gold.mentions.length).padStart(3)} mentions${entry.gold.heldOut ? '  (held out)' : ''}`);
      continue;
    }
    loaded.push(article);
    const context: SuggestContext = { language: article.language, published: article.published, known: [] };
    const started = performance.now();
    const result = score(article, suggest(article.text, context));
    const ms = performance.now() - started;
    results.push(result);
    const m = metrics(Object.values(result.counts ?? {}).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 }));
    console.log(`  ${entry.id.padEnd(34)} ${entry.gold.language}  gold ${String(result.gold).padStart(3)}  suggested ${String(result.suggested).padStart(3)}  TP ${String(m.tp).padStart(3)}  P ${fmt(m.precision)}  R ${fmt(m.recall)}  F1 ${fmt(m.f1)}  (${ms.toFixed(0)} ms)${result.heldOut ? '  held out' : ''}`);
    if (verbose) printMisses(result);
  }
  if (!suggest) return exitCode;

  const scored = results.filter((r) => r.status === 'scored');
  const overall = summarise(scored);
  // The development set is the articles looked at while building the suggesters; the held-out set the others, where
  // the targets are judged. F1+v: for MONEY, PERCENT and DATE, a match counts only with the gold's value.
  const tables: Record<string, ReturnType<typeof summarise>> = {};
  for (const [language, name] of [['fr', 'French'], ['en', 'English']] as const) {
    tables[`${language}Development`] = summarise(scored.filter((r) => r.language === language && !r.heldOut));
    tables[`${language}HeldOut`] = summarise(scored.filter((r) => r.language === language && r.heldOut));
    printTable(`${name} — development set (seen while building the suggesters)`, tables[`${language}Development`]!, false);
    printTable(`${name} — held out (never looked at while writing the rules: the targets)`, tables[`${language}HeldOut`]!, true);
  }
  printTable('All articles, every language (development and held out)', overall, false);
  const learning = simulateReader(loaded, suggest);
  const skipped = results.filter((r) => r.status !== 'scored');
  if (skipped.length > 0) console.log(`\nNot scored: ${skipped.map((r) => `${r.id} (${r.status === 'skipped' ? 'skipped' : 'invalid gold'})`).join(', ')}`);

  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(), suggester: suggesterPath, matching: 'exact span and type', targets: TARGETS,
    overall, ...tables, learning, articles: results,
  };
  writeFileSync(join(ROOT, 'test-results', 'eval-entities.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(`\nWritten: test-results/eval-entities.json${verbose ? '' : ' (per-article false positives and negatives there, or with --verbose)'}`);
  return exitCode;
}

/**
 * Learning from the reader, measured: a simulated reader works through half of the articles, accepting each suggestion
 * the gold has (with the gold's type), rejecting the others, and tagging by hand what was not suggested; its tags make
 * the registry and its decisions train the reader model. The other half is then scored without and with what was
 * learnt (the known names and the model). Both ways round, the halves alternating in file order.
 */
function simulateReader(articles: LoadedArticle[], suggest: Suggest) {
  const halves = [articles.filter((_, i) => i % 2 === 0), articles.filter((_, i) => i % 2 === 1)];
  const context = (a: LoadedArticle, known: KnownName[] = []): SuggestContext => ({ language: a.language, published: a.published, known });
  const runs: { without: number; with: number; decisions: number; trainMs: number }[] = [];
  for (const [read, test] of [[halves[0]!, halves[1]!], [halves[1]!, halves[0]!]] as const) {
    const decisions: Decision[] = [];
    const known = new Map<string, KnownName>();
    for (const a of read) {
      const bySpan = new Map(a.gold.mentions.map((m) => [`${m.start}:${m.end}`, m]));
      const suggested = new Set<string>();
      for (const s of suggest(a.text, context(a))) {
        const gold = bySpan.get(`${s.start}:${s.end}`);
        suggested.add(`${s.start}:${s.end}:${gold?.type}`);
        decisions.push({ text: a.text, start: s.start, end: s.end, suggested: s.type, label: gold ? gold.type : NONE });
      }
      for (const m of a.gold.mentions) {
        if (!suggested.has(`${m.start}:${m.end}:${m.type}`) && ![...suggested].some((k) => k.startsWith(`${m.start}:${m.end}:`))) {
          decisions.push({ text: a.text, start: m.start, end: m.end, suggested: null, label: m.type });
        }
        if (!VALUE_TYPES.includes(m.type)) {
          const key = `${m.type}:${foldKey(m.text)}`;
          if (!known.has(key)) known.set(key, { entityId: key, type: m.type, name: m.text });
        }
      }
    }
    const started = performance.now();
    const model = trainReaderModel(decisions);
    const trainMs = performance.now() - started;
    const before = summarise(test.map((a) => score(a, suggest(a.text, context(a)))));
    const after = summarise(test.map((a) => score(a, model.apply(a.text, suggest(a.text, context(a, [...known.values()]))))));
    runs.push({ without: before.all.f1 ?? 0, with: after.all.f1 ?? 0, decisions: decisions.length, trainMs });
  }
  console.log('\nLearning from the reader (a simulated reader accepts, rejects and tags by the gold on half of the articles;');
  console.log('F1 on the other half, without → with what was learnt: the names it tagged and the model of its decisions)');
  for (const [i, r] of runs.entries()) {
    console.log(`  half ${i + 1} read, half ${2 - i} scored: F1 ${r.without.toFixed(3)} → ${r.with.toFixed(3)} (${r.with >= r.without ? '+' : ''}${(r.with - r.without).toFixed(4)}); ${r.decisions} decisions, model trained in ${r.trainMs.toFixed(0)} ms`);
  }
  const mean = (f: (r: (typeof runs)[number]) => number) => runs.reduce((sum, r) => sum + f(r), 0) / runs.length;
  console.log(`  mean: F1 ${mean((r) => r.without).toFixed(3)} → ${mean((r) => r.with).toFixed(3)} (${mean((r) => r.with - r.without) >= 0 ? '+' : ''}${mean((r) => r.with - r.without).toFixed(4)})`);
  return { runs, meanWithout: mean((r) => r.without), meanWith: mean((r) => r.with) };
}

process.exitCode = await main();
