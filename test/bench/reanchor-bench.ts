/**
 * Figure: re-anchoring 1,000 annotations on an edited 50,000-character article, ours against Hypothesis's way
 * (test/bench/hypothesis-match-quote.ts), timed and checked against where each passage truly went.
 *
 * The article is generated French agency news (seeded, so the same on every run): the first French article whole, then
 * the paragraphs of the next ones, cut at a paragraph end near 50,000 characters. 1,000 passages are picked at random
 * places, 5 to 300 characters long (log-uniform, so most are short, as highlights are), widened to whole words, and
 * described with `describe`. Then 300 edits are made one after another at random places in the text as it stands:
 * words substituted, typos fixed, words inserted and deleted, punctuation and quotation style changed (’ → ', “…” →
 * « … », no-break → ordinary space, comma → semicolon), sentences inserted, deleted or split off into a new paragraph,
 * paragraphs merged and moved.
 *
 * Ground truth: every character of the original text is followed through each edit (its new offset, or gone when the
 * edit deleted or replaced it). A passage's true place is the span of its surviving characters (the longest run of them
 * still in order, for a passage cut by a moved paragraph), so it includes what was inserted inside it. A passage with
 * fewer than half of its characters left is lost: it has no true place.
 *
 * Correct: the range returned covers at least half of the passage's surviving characters, and at least half of it lies
 * within their span (so a range that also takes in a sentence inserted inside the passage, or leaves out a few words at
 * its edges, is right; one on a repeat of the words elsewhere is not); for a lost passage, null (or the same with what
 * is left of it). Wrong: any other range (a highlight on the wrong words). Missed: null although the passage is still
 * there. The three add up to 100 %.
 *
 * `node test/bench/reanchor-bench.ts` prints this table alone; run.ts includes it (BENCH_ONLY=reanchor for only it).
 * BENCH_REANCHOR_RUNS sets the number of timed runs (default 7, after one warm-up); the figure is their median.
 */
import { fileURLToPath } from 'node:url';
import { anchor, anchorAll, describe, toCodePointOffset, toUtf16Offset, type Anchor, type Selectors } from '../../app/anchoring/index.ts';
import { DEFAULT_SEED, generateArticle } from './generate-articles.ts';
import { hypothesisAnchor, type HypothesisMatch, type HypothesisSelectors } from './hypothesis-match-quote.ts';
import { mulberry32, seedFor, type Rng } from './prng.ts';
import { heading, machineInfo, ms, table, type Row } from './table.ts';

export const REANCHOR_TARGET_MS = 100;
const ARTICLE_CHARS = 50_000;
const ANNOTATIONS = 1_000;
const EDITS = 300;
const MIN_LENGTH = 5;
const MAX_LENGTH = 300;
/** A returned range is the passage when it covers this share of what is left of it, and this share of it is in its span. */
const MIN_OVERLAP = 0.5;
/** A passage with less than this share of its characters left is lost. */
const MIN_SURVIVING = 0.5;
/** Surviving characters further apart than this (in the edited text) are not one run: a moved paragraph cut them. */
const MAX_GAP = 400;

export interface Outcome {
  /** Placed on the passage, or null for a lost one. */
  correct: number;
  /** Placed somewhere else. */
  wrong: number;
  /** Null though the passage is still there. */
  missed: number;
}

export interface MethodFigures extends Outcome {
  /** Median over the timed runs of the time to re-anchor all annotations. */
  totalMs: number;
  minMs: number;
  maxMs: number;
  /** How many were placed by each method (Hypothesis: position, quote (exact), fuzzy, or null). */
  methods: Record<string, number>;
}

export interface ReanchorFigures {
  seed: number;
  articleChars: number;
  annotations: number;
  edits: number;
  editKinds: Record<string, number>;
  /** Annotations whose passage has fewer than half of its characters left. */
  lost: number;
  /** Annotations whose passage was touched by an edit (some characters gone, or something inserted inside). */
  touched: number;
  runs: number;
  /** anchorAll: the text folded and indexed once for all the annotations. */
  ours: MethodFigures;
  /** anchor() once per annotation (what a caller without anchorAll does). */
  oursOneByOne: MethodFigures;
  hypothesis: MethodFigures;
}

export interface ReanchorCase {
  original: string;
  edited: string;
  editKinds: Record<string, number>;
  annotations: { selectors: Selectors; hypothesis: HypothesisSelectors; truth: Truth }[];
}

/** Where a passage is in the edited text (UTF-16 offsets), or lost. */
export interface Truth {
  /** The span of its surviving characters (what was inserted between them included). */
  start: number;
  end: number;
  /** The surviving characters' offsets, ascending. */
  kept: Int32Array;
  lost: boolean;
  touched: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// The article, the passages and the edits.

/** ~50,000 characters of French agency news, the same for a given seed. */
export function buildArticle(seed: number, chars = ARTICLE_CHARS): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let serial = 0; length < chars; serial++) {
    const article = generateArticle(serial, seed);
    if (article.language !== 'fr') continue;
    const lines = article.text.trimEnd().split('\n\n');
    for (const paragraph of paragraphs.length === 0 ? lines : lines.slice(1)) {
      if (length >= chars) break;
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
  }
  return `${paragraphs.join('\n\n')}\n`;
}

/** Sentences to insert: from articles the text was not made of. */
function sentencePool(seed: number): string[] {
  const pool: string[] = [];
  for (let serial = 10_000; pool.length < 400; serial++) {
    const article = generateArticle(serial, seed);
    if (article.language === 'fr') pool.push(...sentencesOf(article.text.split('\n\n').slice(2).join(' ')).map((m) => m[0]));
  }
  return pool;
}

const WORD = /\p{L}{2,}/gu;
const SENTENCE = /(?<=^|\n|[.!?”] )[^\n]+?[.!?](?= |\n|$)/gu;
const sentencesOf = (text: string): RegExpExecArray[] => [...text.matchAll(SENTENCE)];

/** The first match of `pattern` at or after a random place, wrapping around. */
function matchNear(rng: Rng, text: string, pattern: RegExp): RegExpExecArray | null {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  re.lastIndex = rng.int(0, text.length - 1);
  const found = re.exec(text);
  if (found) return found;
  re.lastIndex = 0;
  return re.exec(text);
}

/** A passage [start, end) in UTF-16 units, widened to whole words. */
function pickPassage(rng: Rng, text: string): [number, number] {
  const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}’'-]/u.test(ch);
  const length = Math.round(MIN_LENGTH * Math.pow(MAX_LENGTH / MIN_LENGTH, rng.next()));
  let start = rng.int(0, text.length - length - 1);
  while (start > 0 && isWordChar(text[start - 1])) start--;
  while (start < text.length && /\s/u.test(text[start]!)) start++;
  let end = Math.min(text.length, start + length);
  while (end < text.length && isWordChar(text[end])) end++;
  while (end > start + 1 && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

interface Edited {
  text: string;
  /** Old offset → new offset, or -1 when the character is gone. */
  map: (offset: number) => number;
}

function replace(text: string, from: number, to: number, by: string): Edited {
  const shift = by.length - (to - from);
  return { text: text.slice(0, from) + by + text.slice(to), map: (p) => (p < from ? p : p < to ? -1 : p + shift) };
}

/** Several replacements at once (non-overlapping), as one edit: what is between them is kept. */
function replaceEach(text: string, changes: readonly [from: number, to: number, by: string][]): Edited {
  let edited: Edited = { text, map: (p) => p };
  for (const [from, to, by] of [...changes].sort((a, b) => b[0] - a[0])) {
    const before = edited.map;
    const step = replace(edited.text, from, to, by);
    edited = { text: step.text, map: (p) => { const q = before(p); return q < 0 ? q : step.map(q); } };
  }
  return edited;
}

/** Moves [from, to) so that it starts where `at` (outside it) was. */
function move(text: string, from: number, to: number, at: number): Edited {
  const piece = text.slice(from, to);
  const rest = text.slice(0, from) + text.slice(to);
  const dest = at < from ? at : at - piece.length;
  return {
    text: rest.slice(0, dest) + piece + rest.slice(dest),
    map: (p) => {
      if (p >= from && p < to) return dest + (p - from);
      const q = p < from ? p : p - piece.length;
      return q < dest ? q : q + piece.length;
    },
  };
}

type EditKind = (rng: Rng, text: string, pool: readonly string[]) => Edited | null;

const LETTERS = 'abcdefghilmnoprstuvéèà';

const EDIT_KINDS: Record<string, { weight: number; edit: EditKind }> = {
  'word substituted': {
    weight: 22,
    edit: (rng, text) => {
      const word = matchNear(rng, text, WORD);
      const other = matchNear(rng, text, WORD);
      return word && other && word[0] !== other[0] ? replace(text, word.index, word.index + word[0].length, other[0]) : null;
    },
  },
  'typo fixed': {
    weight: 18,
    edit: (rng, text) => {
      const word = matchNear(rng, text, /\p{L}{4,}/u);
      if (!word) return null;
      const at = word.index + rng.int(1, word[0].length - 2);
      switch (rng.int(0, 3)) {
        case 0: return replace(text, at, at + 1, rng.pick([...LETTERS]));
        case 1: return replace(text, at, at + 1, '');
        case 2: return replace(text, at, at + 2, `${text[at + 1]}${text[at]}`);
        default: return replace(text, at, at, rng.pick([...LETTERS]));
      }
    },
  },
  'word inserted': {
    weight: 12,
    edit: (rng, text) => {
      const at = matchNear(rng, text, / (?=\p{L})/u);
      const word = matchNear(rng, text, WORD);
      return at && word ? replace(text, at.index + 1, at.index + 1, `${word[0]} `) : null;
    },
  },
  'word deleted': {
    weight: 10,
    edit: (rng, text) => {
      const word = matchNear(rng, text, /\p{L}{2,} /u);
      return word ? replace(text, word.index, word.index + word[0].length, '') : null;
    },
  },
  'punctuation or quotes restyled': {
    weight: 12,
    edit: (rng, text) => {
      switch (rng.int(0, 3)) {
        case 0: {
          const apostrophe = matchNear(rng, text, /’/u);
          return apostrophe ? replace(text, apostrophe.index, apostrophe.index + 1, "'") : null;
        }
        case 1: {
          const quotation = matchNear(rng, text, /“([^”\n]*)”/u);
          if (!quotation) return null;
          const close = quotation.index + quotation[0].length - 1;
          return replaceEach(text, [[quotation.index, quotation.index + 1, '«\u00a0'], [close, close + 1, '\u00a0»']]);
        }
        case 2: {
          const space = matchNear(rng, text, /\u00a0/u);
          return space ? replace(text, space.index, space.index + 1, ' ') : null;
        }
        default: {
          const comma = matchNear(rng, text, /, /u);
          return comma ? replace(text, comma.index, comma.index + 1, ' ;') : null;
        }
      }
    },
  },
  'sentence inserted': {
    weight: 10,
    edit: (rng, text, pool) => {
      const end = matchNear(rng, text, /[.!?] (?=\p{Lu})/u);
      return end ? replace(text, end.index + 2, end.index + 2, `${rng.pick(pool)} `) : null;
    },
  },
  'sentence deleted': {
    weight: 6,
    edit: (rng, text) => {
      const sentence = matchNear(rng, text, SENTENCE);
      if (!sentence) return null;
      const end = sentence.index + sentence[0].length;
      return replace(text, sentence.index, text[end] === ' ' ? end + 1 : end, '');
    },
  },
  'paragraph split or merged': {
    weight: 6,
    edit: (rng, text) => {
      if (rng.chance(0.5)) {
        const end = matchNear(rng, text, /[.!?] (?=\p{Lu})/u);
        return end ? replace(text, end.index + 1, end.index + 2, '\n\n') : null;
      }
      const breakAt = matchNear(rng, text, /(?<=[.!?”])\n\n(?=\p{Lu})/u);
      return breakAt ? replace(text, breakAt.index, breakAt.index + 2, ' ') : null;
    },
  },
  'paragraph moved': {
    weight: 4,
    edit: (rng, text) => {
      const starts = [...text.matchAll(/\n\n(?=\S)/gu)].map((m) => m.index + 2);
      if (starts.length < 4) return null;
      const i = rng.int(1, starts.length - 2); // never the title, never the last paragraph (no "\n\n" after it)
      const from = starts[i]!;
      const to = starts[i + 1]!;
      const candidates = starts.filter((s) => s < from || s > to);
      return move(text, from, to, rng.pick(candidates));
    },
  },
};

/** The seeded case: article, passages with their selectors, the edited text and where each passage truly went. */
export function makeCase(seed = DEFAULT_SEED, annotations = ANNOTATIONS, edits = EDITS): ReanchorCase {
  const original = buildArticle(seed);
  const pool = sentencePool(seed);
  const rng = mulberry32(seedFor(seed, 0x5eed));
  const passages = Array.from({ length: annotations }, () => pickPassage(rng, original));

  const where = new Int32Array(original.length).map((_, i) => i);
  let text = original;
  const editKinds: Record<string, number> = {};
  const kinds = Object.entries(EDIT_KINDS);
  const totalWeight = kinds.reduce((sum, [, k]) => sum + k.weight, 0);
  for (let made = 0; made < edits; ) {
    let roll = rng.next() * totalWeight;
    const [name, kind] = kinds.find(([, k]) => (roll -= k.weight) < 0) ?? kinds[0]!;
    const edited = kind.edit(rng, text, pool);
    if (!edited || edited.text === text) continue;
    for (let i = 0; i < where.length; i++) if (where[i]! >= 0) where[i] = edited.map(where[i]!);
    text = edited.text;
    editKinds[name] = (editKinds[name] ?? 0) + 1;
    made++;
  }

  return {
    original,
    edited: text,
    editKinds,
    annotations: passages.map(([start, end]) => {
      const selectors = describe(original, toCodePointOffset(original, start), toCodePointOffset(original, end));
      const { exact, prefix, suffix } = selectors.quote;
      return { selectors, hypothesis: { exact, prefix, suffix, start, end }, truth: truth(where, start, end) };
    }),
  };
}

function truth(where: Int32Array, start: number, end: number): Truth {
  let best: number[] = [];
  let run: number[] = [];
  for (let i = start; i < end; i++) {
    const at = where[i]!;
    if (at < 0) continue;
    const previous = run.at(-1);
    if (previous !== undefined && (at <= previous || at - previous > MAX_GAP)) run = [];
    run.push(at);
    if (run.length > best.length) best = run;
  }
  const kept = Int32Array.from(best);
  const from = best[0] ?? 0;
  const to = (best.at(-1) ?? -1) + 1;
  return { start: from, end: to, kept, lost: kept.length < (end - start) * MIN_SURVIVING, touched: kept.length !== end - start || to - from !== end - start };
}

// ---------------------------------------------------------------------------------------------------------------
// Judging and timing.

/** Correct, wrong or missed, for a range in UTF-16 units over the edited text (or null). */
export function judge(found: { start: number; end: number } | null, t: Truth): keyof Outcome {
  if (found === null) return t.lost ? 'correct' : 'missed';
  if (t.kept.length === 0 || found.end <= found.start) return 'wrong';
  const covered = lowerBound(t.kept, found.end) - lowerBound(t.kept, found.start);
  const inside = Math.max(0, Math.min(found.end, t.end) - Math.max(found.start, t.start));
  return covered >= t.kept.length * MIN_OVERLAP && inside >= (found.end - found.start) * MIN_OVERLAP ? 'correct' : 'wrong';
}

/** The index of the first value ≥ x in an ascending array. */
function lowerBound(values: Int32Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time<T>(runs: number, work: () => T): { result: T; totalMs: number; minMs: number; maxMs: number } {
  let result = work(); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    result = work();
    times.push(performance.now() - started);
  }
  return { result, totalMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

function figures(results: ({ start: number; end: number; method: string } | null)[], c: ReanchorCase, timing: { totalMs: number; minMs: number; maxMs: number }): MethodFigures {
  const outcome: Outcome = { correct: 0, wrong: 0, missed: 0 };
  const methods: Record<string, number> = { position: 0, quote: 0, fuzzy: 0, null: 0 };
  results.forEach((found, i) => {
    outcome[judge(found, c.annotations[i]!.truth)]++;
    methods[found?.method ?? 'null']!++;
  });
  return { totalMs: timing.totalMs, minMs: timing.minMs, maxMs: timing.maxMs, ...outcome, methods };
}

/** Our anchors (code points) as UTF-16 ranges over the edited text. */
function ours(text: string, anchors: (Anchor | null)[]): ({ start: number; end: number; method: string } | null)[] {
  return anchors.map((a) => (a ? { start: toUtf16Offset(text, a.start), end: toUtf16Offset(text, a.end), method: a.method } : null));
}

function hypothesisMethod(found: HypothesisMatch | null, s: HypothesisSelectors, text: string): { start: number; end: number; method: string } | null {
  if (!found) return null;
  const method = found.start === s.start && found.end === s.end && found.score === 1 ? 'position' : text.slice(found.start, found.end) === s.exact ? 'quote' : 'fuzzy';
  return { start: found.start, end: found.end, method };
}

export function runReanchorBench(runs = Number(process.env.BENCH_REANCHOR_RUNS ?? 7), seed = DEFAULT_SEED): ReanchorFigures {
  const c = makeCase(seed);
  const text = c.edited;
  const selectors = c.annotations.map((a) => a.selectors);
  const hypothesisSelectors = c.annotations.map((a) => a.hypothesis);

  const batch = time(runs, () => anchorAll(text, selectors));
  const oneByOne = time(runs, () => selectors.map((s) => anchor(text, s)));
  const hypothesis = time(runs, () => hypothesisSelectors.map((s) => hypothesisAnchor(text, s)));

  return {
    seed,
    articleChars: c.original.length,
    annotations: c.annotations.length,
    edits: Object.values(c.editKinds).reduce((a, b) => a + b, 0),
    editKinds: c.editKinds,
    lost: c.annotations.filter((a) => a.truth.lost).length,
    touched: c.annotations.filter((a) => a.truth.touched).length,
    runs,
    ours: figures(ours(text, batch.result), c, batch),
    oursOneByOne: figures(ours(text, oneByOne.result), c, oneByOne),
    hypothesis: figures(hypothesis.result.map((found, i) => hypothesisMethod(found, hypothesisSelectors[i]!, text)), c, hypothesis),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Reporting.

const percent = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)} %`;
const shares = (m: MethodFigures, of: number): string => `${percent(m.correct, of)} / ${percent(m.wrong, of)} / ${percent(m.missed, of)}`;

export function reanchorOk(f: ReanchorFigures): { time: boolean; accuracy: boolean } {
  return { time: f.ours.totalMs <= REANCHOR_TARGET_MS, accuracy: f.ours.correct >= f.hypothesis.correct };
}

export function reanchorRows(f: ReanchorFigures): Row[] {
  const what = `Re-anchor ${f.annotations.toLocaleString('en-US')} annotations, ${f.articleChars.toLocaleString('en-US')}-char article, ${f.edits} edits`;
  const ok = reanchorOk(f);
  return [
    { figure: `${what}: ours (anchorAll)`, target: `≤ ${REANCHOR_TARGET_MS} ms`, measured: ms(f.ours.totalMs), ok: ok.time },
    { figure: '  ours, anchor() one by one', target: '—', measured: ms(f.oursOneByOne.totalMs) },
    { figure: '  Hypothesis-style (approx-string-match)', target: '—', measured: ms(f.hypothesis.totalMs) },
    { figure: '  correct / wrong / missed: ours', target: '≥ Hypothesis-style', measured: shares(f.ours, f.annotations), ok: ok.accuracy },
    { figure: '  correct / wrong / missed: Hypothesis-style', target: '—', measured: shares(f.hypothesis, f.annotations) },
  ];
}

export function reanchorNotes(f: ReanchorFigures): string {
  const kinds = Object.entries(f.editKinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  const methods = (m: MethodFigures): string => Object.entries(m.methods).map(([k, n]) => `${k} ${n}`).join(', ');
  return [
    `Re-anchoring: seed ${f.seed}; edits: ${kinds}. ${f.touched} passages touched by an edit, ${f.lost} lost (under half left).`,
    `  Correct = covers ≥ ${MIN_OVERLAP * 100} % of what is left of the passage and lies ≥ ${MIN_OVERLAP * 100} % within it, or null for a lost passage; missed = null for a passage still there. Median of ${f.runs} runs after a warm-up.`,
    `  Placed by — ours: ${methods(f.ours)}; Hypothesis-style: ${methods(f.hypothesis)}.`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const f = runReanchorBench();
  console.log([heading(machineInfo()), table(reanchorRows(f)), '', reanchorNotes(f)].join('\n'));
}
