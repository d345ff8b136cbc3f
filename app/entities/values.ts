/**
 * Offline suggestions of MONEY, PERCENT and DATE mentions with machine-comparable values, in French and English.
 *
 * - Money and percentages: a cheap regex finds the units (`d’euros`, `€`, `M€`, `$`, `francs suisses`, `%`,
 *   `pour cent`…) and cuts a small window around each; only those windows go to the Microsoft Recognizers-Text models
 *   (`@microsoft/recognizers-text-number-with-unit` for money, `@microsoft/recognizers-text-number` for percentages),
 *   which read the number (`500 millions`, `1,2 milliard`, `un million`, `1 234,5`, `$1,200`) and attach the currency.
 *   See values/windows.ts, values/recognisers.ts, values/amounts.ts.
 * - Dates: chrono-node over the whole text, without its time and relative-date parsers. See values/dates.ts for what
 *   counts as a date, and values/relative-dates.ts for weekdays, months, years and relative dates (`hier`, `la veille`,
 *   `two years ago`) resolved against the article's date; durations and times are not dates.
 *
 * The models are built on first use per language (the first French call takes ~0.2 s, the first English one ~0.1 s,
 * once per process; loading the libraries ~0.25 s more); {@link warmUpValues} does it ahead of time. Warm, a
 * 1,000-word French agency article takes ~4–6 ms.
 */
import type { SuggestContext, Suggestion } from './types.ts';
import { findAmounts } from './values/amounts.ts';
import type { Language } from './values/currencies.ts';
import { findDates } from './values/dates.ts';

export type { Language } from './values/currencies.ts';

const FRENCH_WORDS = /(?<![\p{L}])(?:le|la|les|des|du|une|est|et|dans|pour|avec|sur|qui|que|a été|d’|l’|d'|l')(?![\p{L}])/giu;
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|of|and|to|in|is|was|for|with|on|that|by|has|said)(?![\p{L}])/giu;

/** 'fr' for French, 'en' for anything else; an unknown language is guessed from common words in the first 2,000 characters. */
export function valueLanguage(text: string, language: string | null): Language {
  if (language) return language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const head = text.slice(0, 2000);
  const french = head.match(FRENCH_WORDS)?.length ?? 0;
  const english = head.match(ENGLISH_WORDS)?.length ?? 0;
  return french > english ? 'fr' : 'en';
}

/**
 * MONEY, PERCENT and DATE suggestions of `text` (UTF-16 offsets), sorted by start, non-overlapping (where two overlap,
 * the longer stays, then the earlier), each with its normalised value.
 */
export function findValues(text: string, context: SuggestContext): Suggestion[] {
  const language = valueLanguage(text, context.language);
  const all = [...findAmounts(text, language), ...findDates(text, language, context.published)];
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Suggestion[] = [];
  for (const s of all) {
    if (s.end <= s.start) continue;
    if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Builds the recognisers of a language and runs them once, so the first article is not the one that pays. */
export function warmUpValues(language: Language = 'fr'): void {
  const sample =
    language === 'fr'
      ? 'Le 14 mars 2023, le groupe a annoncé 500 millions d’euros, soit 1,2 milliard de dollars, en hausse de 44,4 %.'
      : 'On March 3, 2024, the group announced $3.5bn, or £420m, up 12.5 percent.';
  findValues(sample, { language, published: null });
}
