import { findKnown } from './known.ts';
import { findNames } from './names.ts';
import type { SuggestContext, Suggestion, SuggestionSource } from './types.ts';
import { findValues } from './values.ts';

/** When two suggestions overlap, the more trustworthy source wins; then the longer one; then the higher score. */
const RANK: Record<SuggestionSource, number> = { known: 0, recogniser: 1, gazetteer: 2, pattern: 3 };

/**
 * Every mention worth suggesting in an article: names already in the registry, amounts, percentages and dates with
 * their values, places, people and organisations. Offsets are UTF-16 indices into `text`; no two overlap.
 */
export function suggestEntities(text: string, context: SuggestContext): Suggestion[] {
  const all = [...findKnown(text, context.known ?? []), ...findValues(text, context), ...findNames(text, context)];
  all.sort((a, b) => RANK[a.source] - RANK[b.source] || (b.end - b.start) - (a.end - a.start) || b.score - a.score || a.start - b.start);
  // Which units of the text a kept suggestion covers: checking a candidate costs its length, not the number kept.
  const taken = new Uint8Array(text.length);
  const kept: Suggestion[] = [];
  for (const suggestion of all) {
    if (taken.subarray(suggestion.start, suggestion.end).includes(1)) continue;
    taken.fill(1, suggestion.start, suggestion.end);
    kept.push(suggestion);
  }
  return kept.sort((a, b) => a.start - b.start);
}
