import search from 'approx-string-match';
import { foldForMatching } from './fold.ts';
import type { Anchor, Selectors } from './selectors.ts';
import { bestPrefixLength, commonLength, similarityTo, type Similarity } from './similarity.ts';
import { prepareText, type PreparedText } from './text.ts';

interface Candidate {
  start: number;
  end: number;
  /** Edit distance to the quote (or, for a candidate found by its edges, the quote's characters it lacks). */
  errors: number;
}

interface Scored {
  candidate: Candidate;
  /** 0–1: quote 50, context 20 + 20, place 10. */
  score: number;
  /** 0–1: how well the text around it agrees with the recorded context (1 when there is none). */
  context: number;
}

/** Quotes shorter than this are never matched approximately on their own (too many places would do), only by edges. */
const MIN_FUZZY_LENGTH = 8;
/** An exact occurrence whose context agrees less than this is weighed against approximate matches. */
const CONVINCING_CONTEXT = 0.75;
/** An exact occurrence out of reach of the old place needs at least this much agreement of its context. */
const MIN_FAR_CONTEXT = 0.5;
/** How far from the old place an edited passage is looked for first: this much plus twice its length, each way. */
const REACH = 2000;
/** The edges of a passage are found by up to this many characters of context joined to as many of the quote. */
const EDGE = 16;
/** An edge (context + quote) may differ by up to this share. */
const EDGE_ERROR_RATE = 0.25;
/** A passage found by its edges is at most this much longer than the quote, plus twice its length. */
const MAX_GROWTH = 400;
/** …and must still hold this share of the quote's characters, in order. */
const MIN_KEPT = 0.5;
/** An approximate match of the whole quote may differ by up to half of it near the old place, a quarter elsewhere… */
const NEAR_ERROR_RATE = 0.5;
const FAR_ERROR_RATE = 0.25;
/** …and must score this much: below, it is more likely other words than the passage edited. */
const MIN_FUZZY_SCORE = 0.7;

/**
 * Finds where the selectors' passage is in `text`: at its recorded position if the quote is still there, else the
 * quote itself (context and nearness to the old position pick among repeats), else the passage edited. That is looked
 * for near the old position first, by its edges (the end of the prefix with the start of the quote, the end of the
 * quote with the start of the suffix: whatever an edit inside the passage did, they delimit it), then as an approximate
 * match of the whole quote, then everywhere. Null when nothing is close enough. `text` is an article's canonical text
 * (NFC, as stored); the selectors may come from anywhere (another normalisation, straight quotes).
 */
export function anchor(rawText: string, selectors: Selectors): Anchor | null {
  return anchorIn(prepareText(rawText), selectors);
}

/**
 * `anchor` for many passages of one text: the same results as `list.map((s) => anchor(text, s))`, but the text is
 * normalised, folded and indexed once instead of once per passage (most of the cost of `anchor` on a long text).
 */
export function anchorAll(rawText: string, list: readonly Selectors[]): (Anchor | null)[] {
  const prepared = prepareText(rawText, true);
  return list.map((selectors) => anchorIn(prepared, selectors));
}

function anchorIn(prepared: PreparedText, selectors: Selectors): Anchor | null {
  const { text } = prepared;
  const quote = foldForMatching(selectors.quote.exact);
  if (quote.length === 0) return null;
  const position = selectors.position;
  const hint = position ? prepared.toUtf16(position.start) : undefined;
  const result = (c: Candidate, method: Anchor['method'], score: number): Anchor => ({
    start: prepared.toCodePoints(c.start),
    end: prepared.toCodePoints(c.end),
    method,
    score: Math.round(score * 1000) / 1000,
  });

  if (position && hint !== undefined && text.startsWith(quote, hint) && prepared.toUtf16(position.end) === hint + quote.length) {
    return result({ start: hint, end: hint + quote.length, errors: 0 }, 'position', 1);
  }

  const prefix = foldForMatching(selectors.quote.prefix);
  const suffix = foldForMatching(selectors.quote.suffix);
  const scorer = new Scorer(text, quote, prefix, suffix, hint);
  const exact = prepared.occurrences(quote).map((at) => ({ start: at, end: at + quote.length, errors: 0 }));
  const bestExact = exact.length > 0 ? scorer.best(exact) : null;
  const exactResult = (best: Scored): Anchor => result(best.candidate, 'quote', exact.length === 1 && best.context >= CONVINCING_CONTEXT ? 1 : best.score);
  if (bestExact && bestExact.context >= CONVINCING_CONTEXT) return exactResult(bestExact);

  // Near the old place first: edits elsewhere move a passage by little, and a window is far cheaper than the text.
  const reach = quote.length * 2 + REACH;
  const from = hint === undefined ? 0 : Math.max(0, hint - reach);
  const to = hint === undefined ? text.length : Math.min(text.length, hint + quote.length + reach);
  let bestFuzzy = byEdges(prepared, from, to, quote, prefix, suffix, scorer);
  if (!bestFuzzy && quote.length >= MIN_FUZZY_LENGTH) {
    const matches = approximate(text, from, to, quote, hint === undefined ? FAR_ERROR_RATE : NEAR_ERROR_RATE);
    const best = matches.length > 0 ? scorer.best(matches) : null;
    if (best && best.score >= MIN_FUZZY_SCORE) bestFuzzy = best;
  }
  // Moved far (a paragraph moved, say): its edges, if intact, are quick to find anywhere.
  if (!bestFuzzy && !bestExact && hint !== undefined) bestFuzzy = byEdges(prepared, 0, text.length, quote, prefix, suffix, scorer);
  if (bestExact && (!bestFuzzy || bestExact.score >= bestFuzzy.score)) {
    // The same words far from the old place, in other words than the passage's context: another passage.
    const far = bestExact.candidate.start < from || bestExact.candidate.end > to;
    return far && bestExact.context < MIN_FAR_CONTEXT ? null : exactResult(bestExact);
  }
  return bestFuzzy ? result(bestFuzzy.candidate, 'fuzzy', bestFuzzy.score) : null;
}

/** The closest approximate matches of `pattern` in text[from, to), with up to `rate` of it different. */
function approximate(text: string, from: number, to: number, pattern: string, rate: number): Candidate[] {
  return search(text.slice(from, to), pattern, Math.floor(pattern.length * rate)).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

/** At most this many places of one edge are followed up (the nearest to the old place). */
const MAX_EDGES = 8;

/**
 * The passage found by its edges within text[from, to): where the end of the prefix runs into the start of the quote,
 * and where the end of the quote runs into the start of the suffix. From each place one edge is found exactly, the other
 * is looked for where the quote would end (or start), give or take half its length, allowing a few differences; then
 * exactly, further (a longer insertion). The passage is what lies between, whatever was inserted or deleted inside;
 * with one edge only, it ends (or starts) where the quote's characters best line up from there. A candidate must still
 * hold at least half of the quote's characters, in order; the best scored wins.
 */
function byEdges(prepared: PreparedText, from: number, to: number, quote: string, prefix: string, suffix: string, scorer: Scorer): Scored | null {
  const { text } = prepared;
  const m = quote.length;
  const half = Math.min(EDGE, m >> 1);
  const head = quote.slice(0, half);
  const tail = quote.slice(m - half);
  const before = prefix.slice(-EDGE);
  const after = suffix.slice(0, EDGE);
  // An edge needs some context: the quote's head or tail alone would be found in too many places.
  const startKey = half > 0 && before.length >= half ? before + head : '';
  const endKey = half > 0 && after.length >= half ? tail + after : '';
  const slack = Math.ceil(m * NEAR_ERROR_RATE) + EDGE;
  const longest = m * 3 + MAX_GROWTH;
  const candidates: Candidate[] = [];

  const starts = startKey ? scorer.nearest(prepared.occurrences(startKey, from, to), MAX_EDGES).map((at) => at + before.length) : [];
  for (const start of starts) {
    let ends = endKey ? closest(prepared, start, Math.min(text.length, start + m + slack + after.length), endKey).map((c) => c.start + half) : [];
    if (ends.length === 0 && endKey) ends = prepared.occurrences(endKey, start, Math.min(text.length, start + longest + after.length)).map((at) => at + half);
    for (const end of ends) if (end - start >= half) candidates.push({ start, end, errors: 0 });
    if (ends.length === 0) {
      const length = bestPrefixLength(quote, text.slice(start, start + m + slack));
      if (length >= half) candidates.push({ start, end: start + length, errors: 0 });
    }
  }
  const ends = endKey ? scorer.nearest(prepared.occurrences(endKey, from, to), MAX_EDGES).map((at) => at + half) : [];
  for (const end of ends) {
    let found = startKey ? closest(prepared, Math.max(0, end - m - slack - before.length), end, startKey).map((c) => c.end - half) : [];
    if (found.length === 0 && startKey) found = prepared.occurrences(startKey, Math.max(0, end - longest - before.length), end).map((at) => at + before.length);
    for (const start of found) if (end - start >= half) candidates.push({ start, end, errors: 0 });
    if (found.length === 0) {
      const length = bestPrefixLength(reversed(quote), reversed(text.slice(Math.max(0, end - m - slack), end)));
      if (length >= half) candidates.push({ start: end - length, end, errors: 0 });
    }
  }

  let best: Scored | null = null;
  for (const candidate of candidates) {
    const length = candidate.end - candidate.start;
    const kept = commonLength(quote, text.slice(candidate.start, candidate.end));
    if (kept < m * MIN_KEPT) continue;
    // Half the characters inserted or deleted: a substituted one counts once, as in an edit distance.
    const scored = scorer.score({ ...candidate, errors: (m + length - 2 * kept) / 2 });
    if (best === null || scored.score > best.score) best = scored;
  }
  return best;
}

const reversed = (s: string): string => s.split('').reverse().join('');

/** The exact occurrences of `pattern` in text[from, to) if there are any, else its closest approximate matches. */
function closest(prepared: PreparedText, from: number, to: number, pattern: string): Candidate[] {
  const exact = prepared.occurrences(pattern, from, to);
  if (exact.length > 0) return exact.map((at) => ({ start: at, end: at + pattern.length, errors: 0 }));
  return approximate(prepared.text, from, to, pattern, EDGE_ERROR_RATE);
}

/** Scores candidates on their quote, their context and their place. */
class Scorer {
  readonly #text: string;
  readonly #quoteLength: number;
  readonly #prefix: string;
  readonly #suffix: string;
  readonly #prefixSimilarity: Similarity;
  readonly #suffixSimilarity: Similarity;
  readonly #hint: number | undefined;

  constructor(text: string, quote: string, prefix: string, suffix: string, hint: number | undefined) {
    this.#text = text;
    this.#quoteLength = quote.length;
    this.#prefix = prefix;
    this.#suffix = suffix;
    this.#prefixSimilarity = similarityTo(prefix);
    this.#suffixSimilarity = similarityTo(suffix);
    this.#hint = hint;
  }

  /** The `count` places nearest to the old one (the first ones without it), in order of distance. */
  nearest(places: number[], count: number): number[] {
    const hint = this.#hint;
    if (hint === undefined) return places.slice(0, count);
    return places.length <= 1 ? places : [...places].sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, count);
  }

  /** The candidate whose quote, context and place agree best (the first of equals). */
  best(candidates: readonly Candidate[]): Scored {
    let best: Scored | null = null;
    for (const candidate of candidates) {
      const scored = this.score(candidate);
      if (best === null || scored.score > best.score) best = scored;
    }
    return best!;
  }

  score(candidate: Candidate): Scored {
    const text = this.#text;
    const quoteScore = Math.max(0, 1 - candidate.errors / this.#quoteLength);
    const prefixScore = this.#prefix ? this.#prefixSimilarity(text.slice(Math.max(0, candidate.start - this.#prefix.length), candidate.start)) : 1;
    const suffixScore = this.#suffix ? this.#suffixSimilarity(text.slice(candidate.end, candidate.end + this.#suffix.length)) : 1;
    const placeScore = this.#hint === undefined ? 1 : 1 - Math.min(1, Math.abs(candidate.start - this.#hint) / Math.max(1, text.length));
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 10 * placeScore) / 100;
    return { candidate, score, context: (prefixScore + suffixScore) / 2 };
  }
}
