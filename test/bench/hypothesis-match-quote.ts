/**
 * The comparison point of the re-anchoring bench: how the Hypothesis web annotator re-anchors a passage in a text,
 * with `approx-string-match`, rewritten here from its client (BSD-2-Clause) so that both run in the same process on
 * the same strings:
 *
 * - https://github.com/hypothesis/client/blob/main/src/annotator/anchoring/match-quote.ts — `matchQuote`: the quote's
 *   exact occurrences if it has any, else `approx-string-match` with at most min(256, quote length / 2) errors; every
 *   candidate scored 50 × quote similarity + 20 × prefix similarity + 20 × suffix similarity + 2 × nearness to the
 *   hint, over 92; the best wins, however low (no threshold). Context similarity is itself an `approx-string-match`
 *   search of the expected context in the text beside the candidate.
 * - src/annotator/anchoring/html.ts (`anchor`) and types.ts (`TextQuoteAnchor.toPositionAnchor`): the position
 *   selector first, kept only if the text there is still exactly the quote; else `matchQuote` with the position's
 *   start as the hint.
 *
 * Offsets are UTF-16 units over the text as given (Hypothesis counts `textContent`); no Unicode normalisation and no
 * folding of quotes or spaces, as in the client.
 */
import approxSearch, { type Match as StringMatch } from 'approx-string-match';

export interface HypothesisSelectors {
  exact: string;
  prefix: string;
  suffix: string;
  /** TextPositionSelector, in UTF-16 units over the text the annotation was made on. */
  start?: number;
  end?: number;
}

export interface HypothesisMatch {
  start: number;
  end: number;
  score: number;
}

/** Exact occurrences if there are any (approx-string-match has no such shortcut), else the closest approximate ones. */
function search(text: string, str: string, maxErrors: number): StringMatch[] {
  const exact: StringMatch[] = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1)) exact.push({ start: at, end: at + str.length, errors: 0 });
  return exact.length > 0 ? exact : approxSearch(text, str, maxErrors);
}

/** 0–1: how closely `str` occurs in `text` (0 when either is empty). */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = search(text, str, str.length);
  return 1 - matches[0]!.errors / str.length;
}

/** Hypothesis's `matchQuote(text, quote, { prefix, suffix, hint })`. */
export function matchQuote(text: string, quote: string, context: { prefix?: string; suffix?: string; hint?: number } = {}): HypothesisMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const quoteWeight = 50;
  const prefixWeight = 20;
  const suffixWeight = 20;
  const posWeight = 2;
  const score = (match: StringMatch): number => {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix) : 1;
    const suffixScore = context.suffix ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix) : 1;
    const posScore = typeof context.hint === 'number' ? 1 - Math.abs(match.start - context.hint) / text.length : 1;
    const raw = quoteWeight * quoteScore + prefixWeight * prefixScore + suffixWeight * suffixScore + posWeight * posScore;
    return raw / (quoteWeight + prefixWeight + suffixWeight + posWeight);
  };
  // The client sorts by descending score (a stable sort) and takes the first: the first of the best.
  let best: HypothesisMatch | null = null;
  for (const match of matches) {
    const s = score(match);
    if (best === null || s > best.score) best = { start: match.start, end: match.end, score: s };
  }
  return best;
}

/** Hypothesis's `anchor()` for a position and a quote selector, on plain text. */
export function hypothesisAnchor(text: string, selectors: HypothesisSelectors): HypothesisMatch | null {
  const { start, end, exact } = selectors;
  if (start !== undefined && end !== undefined && end <= text.length && text.slice(start, end) === exact) return { start, end, score: 1 };
  return matchQuote(text, exact, { prefix: selectors.prefix, suffix: selectors.suffix, hint: start });
}
