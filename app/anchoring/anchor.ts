import search from 'approx-string-match';
import { toCodePointOffset, toUtf16Offset } from '../contract/shared/code-points.ts';
import { foldForMatching } from './fold.ts';
import type { Anchor, Selectors } from './selectors.ts';

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Quotes shorter than this are never matched approximately: too many places would do. */
const MIN_FUZZY_LENGTH = 8;
/** At most this share of a quote may differ for an approximate match. */
const MAX_ERROR_RATE = 0.25;

/**
 * Finds where the selectors' passage is in `text`: at its recorded position if the quote is still there, else the
 * quote itself (context and nearness to the old position pick among repeats), else the closest approximate match,
 * looked for near the old position first, then everywhere. Null when nothing is close enough. `text` is an article's
 * canonical text (NFC, as stored); the selectors may come from anywhere (another normalisation, straight quotes).
 */
export function anchor(rawText: string, selectors: Selectors): Anchor | null {
  const text = foldForMatching(rawText);
  const quote = foldForMatching(selectors.quote.exact);
  const prefix = foldForMatching(selectors.quote.prefix);
  const suffix = foldForMatching(selectors.quote.suffix);
  if (quote.length === 0) return null;
  const hint = selectors.position ? toUtf16Offset(text, selectors.position.start) : undefined;
  const result = (c: Candidate, method: Anchor['method'], score: number): Anchor => ({
    start: toCodePointOffset(text, c.start),
    end: toCodePointOffset(text, c.end),
    method,
    score: Math.round(score * 1000) / 1000,
  });

  if (selectors.position && hint !== undefined) {
    const end = toUtf16Offset(text, selectors.position.end);
    if (text.slice(hint, end) === quote) return result({ start: hint, end, errors: 0 }, 'position', 1);
  }

  const exact: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) exact.push({ start: at, end: at + quote.length, errors: 0 });
  if (exact.length > 0) {
    const best = pick(exact, text, quote, prefix, suffix, hint);
    return result(best.candidate, 'quote', exact.length === 1 ? 1 : best.score);
  }

  if (quote.length < MIN_FUZZY_LENGTH) return null;
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATE);
  let fuzzy: Candidate[] = [];
  if (hint !== undefined) {
    // Near the old place first: edits elsewhere move a passage by little, and a window is far cheaper than the text.
    const reach = quote.length * 2 + 2000;
    const from = Math.max(0, hint - reach);
    fuzzy = search(text.slice(from, hint + quote.length + reach), quote, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
  }
  if (fuzzy.length === 0) fuzzy = search(text, quote, maxErrors);
  if (fuzzy.length === 0) return null;
  const best = pick(fuzzy, text, quote, prefix, suffix, hint);
  return result(best.candidate, 'fuzzy', best.score);
}

/** The candidate whose quote, context and place agree best, scored 0–1 (quote 50, context 20 + 20, place 10). */
function pick(candidates: Candidate[], text: string, quote: string, prefix: string, suffix: string, hint: number | undefined) {
  let best = { candidate: candidates[0]!, score: -1 };
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / quote.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix) : 1;
    const placeScore = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, text.length));
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 10 * placeScore) / 100;
    if (score > best.score) best = { candidate, score };
  }
  return best;
}

/** 1 − edit distance / length, for the short context strings. */
function similarity(actual: string, expected: string): number {
  if (actual === expected) return 1;
  const m = actual.length;
  const n = expected.length;
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const current = [i];
    for (let j = 1; j <= n; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (actual[i - 1] === expected[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return Math.max(0, 1 - previous[n]! / Math.max(m, n));
}
