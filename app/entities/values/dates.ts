/**
 * DATE mentions through chrono-node, run over the whole article (a few ms).
 *
 * What is a date here (the gold rules follow these choices):
 * - a day and a month, with or without a year and weekday: `26/01/2012`, `14 mars 2023`, `1er janvier 2024`,
 *   `lundi 27 juillet`, `March 3, 2024`, `2012-01-26` → `2012-01-26`; without a written year → `--07-27`, or the year
 *   closest to the article's date when it is known (`lundi 27 juillet` in an article of 2015-07-28 → `2015-07-27`);
 * - a month and a year: `mars 2023`, `September 2012`, `12/2019` → `2023-03`;
 * - a range of those: `du 3 au 5 mai 2021` → one mention, an ISO 8601 interval `2021-05-03/2021-05-05`.
 * Weekdays, months and years alone and relative dates (`hier`, `l'an dernier`, `two years ago`) are found by
 * values/relative-dates.ts, which counts `la veille` from the full dates found here. Not dates: numeric day/month
 * without a year (`24/7`, `6/4` — scores, ratios).
 * Times are never part of a span: chrono's time parsers and the refiners that join a time to a date are removed, so
 * `[26/01/2012 11:18:42]` gives `26/01/2012` and `14 mars 2023 à 15 heures` gives `14 mars 2023`.
 */
import * as chrono from 'chrono-node';
import type { Suggestion } from '../types.ts';
import type { Language } from './currencies.ts';
import { dayOf, pointOf } from './calendar.ts';
import { findRelativeDates, type Anchor } from './relative-dates.ts';
import { boundBefore, tenseNear, type Tense } from './tense.ts';

/** chrono's parsers-and-refiners set (its type is not exported from the package root). */
type Configuration = ReturnType<typeof chrono.fr.createConfiguration>;

export const DATE_SCORE = 0.9;
export const PARTIAL_DATE_SCORE = 0.8;

/** chrono parsers for times and relative or casual dates, by class name (the classes are not exported). */
const DROPPED_PARSERS = /Time|Ago|Within|Later|Casual|Relative|EndOf/;
/** Refiners that join a time, a time zone or a relative phrase to a date, or push dates into the future. */
const DROPPED_REFINERS = /DateTime|Relative|ForwardDate|Timezone/;

const FR_MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const FR_MONTH_NUMBERS = [1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12];
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const EN_MONTH_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];

/**
 * `mars 2023`, `September 2012`: a month and a year (chrono reads these only in English casual mode, which also reads
 * `July 27` as July 2027). A day before the month makes a longer match of chrono's own parsers, which wins.
 */
function monthYearParser(months: string, numbers: number[], flags: string): chrono.Parser {
  const names = months.split('|');
  return {
    pattern: () => new RegExp(`(?<![\\p{L}\\p{N}])(${months})\\.?[\\s\\u00a0\\u202f]+((?:1[5-9]|20)\\d\\d)(?![\\p{N}])`, flags),
    extract: (context, match) => {
      const index = names.findIndex((name) => name.toLowerCase() === match[1]!.toLowerCase());
      if (index < 0) return null;
      // (The day stays implied as the 1st: implied from the article's date, `juin 1982` in an article of the 31st would
      // be a 31 June, which chrono rejects.)
      return context.createParsingComponents({ month: numbers[index]!, year: Number(match[2]) }).imply('day', 1);
    },
  };
}

function trimmed(configuration: Configuration): chrono.Chrono {
  const parser = new chrono.Chrono(configuration);
  parser.parsers = parser.parsers.filter((p) => !DROPPED_PARSERS.test(p.constructor.name));
  parser.refiners = parser.refiners.filter((r) => !DROPPED_REFINERS.test(r.constructor.name));
  return parser;
}

function frenchParser(): chrono.Chrono {
  const parser = trimmed(chrono.fr.createConfiguration(true, true));
  parser.parsers.push(monthYearParser(FR_MONTHS, FR_MONTH_NUMBERS, 'iu'));
  return parser;
}

/**
 * English month names either way round (`March 3`, `3 March`), but numeric dates day first like the agency datelines
 * (`26/01/2012`): chrono's British mode alone refuses `July 27` without a year.
 */
function englishParser(): chrono.Chrono {
  const parser = trimmed(chrono.en.configuration.createConfiguration(true, false));
  const dayFirst = chrono.en.configuration.createConfiguration(true, true).parsers.find((p) => p.constructor.name === 'SlashDateFormatParser');
  parser.parsers = parser.parsers.map((p) => (p.constructor.name === 'SlashDateFormatParser' && dayFirst ? dayFirst : p));
  parser.parsers.push(monthYearParser(EN_MONTHS, EN_MONTH_NUMBERS, 'u'));
  return parser;
}

const parsers = new Map<Language, chrono.Chrono>();

function parserFor(language: Language): chrono.Chrono {
  let parser = parsers.get(language);
  if (!parser) {
    parser = language === 'fr' ? frenchParser() : englishParser();
    parsers.set(language, parser);
  }
  return parser;
}

/** The article's date as chrono's reference (local noon, so no time zone moves it to another day), or null. */
function referenceDate(published: string | null): Date | null {
  const day = dayOf(published);
  return day ? new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12) : null;
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * The ISO form of one end of a date, or null when it is not a date by the rules above. `fallbackYear`: the year to use
 * when none is written (the other end's of a range, or the year chrono found nearest the article's date), or null.
 */
function isoDate(c: chrono.ParsedComponents, fallbackYear: number | null): string | null {
  const mo = c.get('month');
  const d = c.get('day');
  if (mo === null || !c.isCertain('month')) return null;
  const y = c.isCertain('year') ? c.get('year') : fallbackYear;
  const year = y === null ? null : String(y).padStart(4, '0');
  if (c.isCertain('day') && d !== null) return year === null ? `--${two(mo)}-${two(d)}` : `${year}-${two(mo)}-${two(d)}`;
  if (c.isCertain('year') && year !== null) return `${year}-${two(mo)}`;
  return null;
}

/** The date (or the interval) of a chrono result as an ISO string, or null when it is not a date. */
function isoValue(result: chrono.ParsedResult, knownYear: boolean): string | null {
  const { start, end } = result;
  const implied = (c: chrono.ParsedComponents): number | null => (knownYear ? c.get('year') : null);
  if (!end) return isoDate(start, implied(start));
  // `du 28 février au 3 mars 2021`: the year written at the end is the start's too (the one before, across January).
  let startYear = implied(start);
  if (!start.isCertain('year') && end.isCertain('year')) {
    const endYear = end.get('year');
    const before = (start.get('month') ?? 0) > (end.get('month') ?? 0);
    startYear = endYear === null ? startYear : endYear - (before ? 1 : 0);
  }
  const from = isoDate(start, startYear);
  if (!from) return null;
  const to = isoDate(end, implied(end));
  return to && to !== from ? `${from}/${to}` : from;
}

/** A month's whole name, then a full stop, at the end of a span. */
const FULL_MONTH_THEN_STOP = /((?<![\p{L}])(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December))\.$/iu;

/** A day `iso` moved a year forward or back so that it lies after (to come) or before (past) the article's date. */
function yearByTense(iso: string, published: string, tense: Tense | null): string {
  const article = published.slice(0, 10);
  const year = Number(iso.slice(0, 4));
  if (tense === 'future' && iso < article) return `${year + 1}${iso.slice(4)}`;
  if (tense === 'past' && iso > article) return `${year - 1}${iso.slice(4)}`;
  return iso;
}

/** How far from the article's date (in days) a day and month without a year take their year from the verbs. */
const FAR_DAYS = 90;

/** Words chrono may take in front of a date (`on 3 March`, `the 1st of…`), left out of the span. */
const LEADING_WORDS = /^(?:on|the|of|from|since|le|du|au|dès|depuis)[\s\u00a0\u202f]+/iu;

/** DATE suggestions of `text`, in text order. */
export function findDates(text: string, language: Language, published: string | null): Suggestion[] {
  const reference = referenceDate(published);
  const results = parserFor(language).parse(text, reference ?? new Date(2000, 0, 1, 12));
  const found: Suggestion[] = [];
  for (const result of results) {
    let start = result.index;
    let span = result.text;
    for (let m = LEADING_WORDS.exec(span); m; m = LEADING_WORDS.exec(span)) {
      start += m[0].length;
      span = span.slice(m[0].length);
    }
    // (`attendues le 29 juin.`: the full stop after a month written whole ends the sentence, not an abbreviation.)
    span = span.replace(/[\s\u00a0\u202f,]+$/u, '').replace(FULL_MONTH_THEN_STOP, '$1');
    if (!/\d/.test(span)) continue;
    const numeric = !/\p{L}/u.test(span.replace(/\d(?:er|st|nd|rd|th)\b/gu, ''));
    if (numeric && !result.start.isCertain('year')) continue;
    let iso = isoValue(result, reference !== null);
    if (!iso) continue;
    // `until December 31` in March: a day and month without their year are the ones to come after a deadline's word,
    // the ones past after `since` (chrono takes the nearest year, which near the article's date the verbs do not beat).
    if (reference && !result.end && !result.start.isCertain('year') && /^\d{4}-\d{2}-\d{2}$/.test(iso)) {
      const bound = boundBefore(text, result.index);
      // (Far from the article's date, the nearest year is a guess the verbs beat: `The court ruled on July 3` in March.)
      const far = Math.abs(Date.parse(iso) - Date.parse(published!.slice(0, 10))) > FAR_DAYS * 86_400_000;
      iso = yearByTense(iso, published!, bound ?? (far ? tenseNear(text, result.index, language, true) : null));
    }
    found.push({
      type: 'DATE', start, end: start + span.length, text: span, value: { kind: 'date', date: iso }, source: 'recogniser',
      score: /^\d{4}-\d{2}-\d{2}(?:\/|$)/.test(iso) ? DATE_SCORE : PARTIAL_DATE_SCORE,
    });
  }
  const anchors: Anchor[] = [];
  for (const f of found) {
    const point = f.value?.kind === 'date' ? pointOf(f.value.date) : null;
    if (point) anchors.push({ start: f.start, end: f.end, ...point });
  }
  return [...found, ...findRelativeDates(text, language, published, anchors)];
}
