/**
 * The dates a timeline needs beyond full calendar dates: weekdays (`jeudi`, `last Friday`), months (`en mars`,
 * `in March`), years (`en 2015`, `à l'horizon 2017`) and relative expressions (`hier`, `la veille`, `l'an dernier`,
 * `il y a deux ans`, `two years ago`, `last week`). Each is resolved against the article's date at its own
 * granularity, as HeidelTime does for news: `jeudi` in a dispatch of Thursday 2012-01-26 → `2012-01-26`,
 * `la semaine dernière` → `2012-W03`, `l'an dernier` → `2011`. `la veille` and `the following day` are resolved
 * against the last day mentioned before them in the paragraph, otherwise the article's date. A weekday or a month
 * alone goes back or forward by the tense of its sentence (`se réunira mercredi`, `will meet on Wednesday`: tense.ts).
 * Years alone are told from counts and names by years.ts. Durations (`deux ans`), seasons, quarters and times are not
 * dates. Without an article date, what needs one has no value.
 */
import type { Suggestion } from '../types.ts';
import { addDays, dayOf, type Day, type Granularity, isoAt, isoWeekday, shift, day as makeDay, WEEKDAYS } from './calendar.ts';
import type { Language } from './currencies.ts';
import { tenseAt, type Tense } from './tense.ts';
import { saidOn } from './quotations.ts';
import { year, yearsFrom } from './years.ts';

export const RELATIVE_DATE_SCORE = 0.75;
export const YEAR_SCORE = 0.7;

/** A date placed in the text: `la veille` counts from the last full day, `l’année suivante` from the last of any granularity. */
export interface Anchor { start: number; end?: number; day: Day; granularity: Granularity }

export interface Match { start: number; end: number; groups: Record<string, string | undefined> }
export interface Resolving { text: string; at: number; article: Day | null; anchor: Day | null; anchorAny: Day | null; language: Language }
export type Point = { day: Day; granularity: Granularity };
export type Resolved = Point | null;

interface Rule {
  pattern: RegExp;
  /** Null when the words are not a date after all; `{ value: null }` for a date with no value; `to` ends an interval. */
  resolve: (m: Match, r: Resolving) => { value: Resolved; to?: Point } | null;
  score: number;
  /** Counted from the day the text is at (`la veille`): not itself a day later ones count from. */
  anaphoric?: boolean;
}

const B = '(?<![\\p{L}\\p{N}_\\-])';
const E = '(?![\\p{L}\\p{N}_])';
const S = '[ \\t\\u00a0\\u202f]+';
const A = "['’]";

const FR_NUMBERS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
};
const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const numberWords = (table: Record<string, number>) => `\\d{1,3}|${Object.keys(table).join('|')}`;
const countOf = (word: string, table: Record<string, number>): number => (/^\d+$/.test(word) ? Number(word) : table[word.toLowerCase()] ?? NaN);

const FR_UNITS: Record<string, Granularity> = { jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year' };
const EN_UNITS: Record<string, Granularity> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' };

const { fr: FR_WEEKDAYS, en: EN_WEEKDAYS } = WEEKDAYS;
const FR_MONTHS = ['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const indexIn = (names: string[], word: string): number => names.findIndex((n) => n.split('|').includes(word.toLowerCase()) || n === word);

/** -1 for `dernier`, `last`…, +1 for `prochain`, `next`…, 0 for `ce`, `this`, null for none. */
function direction(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (/^(?:derni|pass|précédent|last|previous|past)/u.test(w)) return -1;
  if (/^(?:prochain|suivant|next|following)/u.test(w)) return 1;
  return 0;
}

/**
 * Days counted from the article's date (`hier`, `yesterday`) or from the day the text is at (`la veille`); inside a
 * quotation, from the day it was said when the text names it (`"Today we are a member," he said on Thursday`).
 */
function dayWord(offsets: Record<string, number>, fromAnchor: boolean): Rule['resolve'] {
  return (m, r) => {
    const key = m.groups.w!.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
    const from = fromAnchor ? r.anchor ?? r.article : (r.article && saidOn(r.text, m.start, m.end, r.article)) || r.article;
    return { value: from ? { day: addDays(from, offsets[key] ?? 0), granularity: 'day' } : null };
  };
}

/** `la semaine dernière`, `l'an prochain`, `cette année`, `last month`: one unit before, after or at the article's date. */
function period(units: Record<string, Granularity>): Rule['resolve'] {
  return (m, r) => {
    const granularity = units[m.groups.unit!.toLowerCase()]!;
    const dir = direction(m.groups.dir) ?? 0;
    const fromAnchor = /^(?:précédent|suivant|previous|following)/iu.test(m.groups.dir ?? '');
    const from = fromAnchor ? r.anchorAny ?? r.article : r.article;
    return { value: from ? { day: shift(from, dir, granularity), granularity } : null };
  };
}

/** `il y a deux ans`, `dans trois mois`, `two years ago`: a count of units back (or forward) from the article's date. */
function counted(numbers: Record<string, number>, units: Record<string, Granularity>, sign: (m: Match) => number): Rule['resolve'] {
  return (m, r) => {
    const n = countOf(m.groups.n!, numbers);
    const granularity = units[m.groups.unit!.toLowerCase()];
    if (!Number.isFinite(n) || !granularity) return null;
    // `two hundred years ago`, `2,000 years ago`, `twenty five`: a number read in part is no count.
    const before = r.text.slice(Math.max(0, m.start - 12), m.start);
    // (`from $2.09 billion a year earlier`: an article after a number starts a count of its own.)
    if ((/\d[,.\s\u00a0\u202f]?$/u.test(before) && !/^an?$/iu.test(m.groups.n!)) || new RegExp(`(?:^|[^\\p{L}])(?:${Object.keys(numbers).join('|')})[\\s-]+$`, 'iu').test(before)) return null;
    return { value: r.article ? { day: shift(r.article, sign(m) * n, granularity), granularity } : null };
  };
}

/**
 * `two days later`, `deux semaines plus tard`: a count of units after (or before) the date the text is at; no value
 * when it names none before (the count is from an event, not from the article's date).
 */
function countedFromAnchor(numbers: Record<string, number>, units: Record<string, Granularity>): Rule['resolve'] {
  return (m, r) => {
    const n = countOf(m.groups.n!, numbers);
    const granularity = units[m.groups.unit!.toLowerCase()];
    if (!Number.isFinite(n) || !granularity) return null;
    const from = granularity === 'day' ? r.anchor : r.anchorAny;
    const sign = /^(?:earlier|plus tôt)/iu.test(m.groups.w!) ? -1 : 1;
    return { value: from ? { day: shift(from, sign * n, granularity), granularity } : null };
  };
}

/**
 * `a year earlier` after a year its sentence names (`6.2 million tonnes in the 2025 marketing year, up 38% on a year
 * earlier`) is the year before that one; otherwise as `counted` has it, before the article's.
 */
function yearBeforeNamed(fallback: Rule['resolve']): Rule['resolve'] {
  return (m, r) => {
    if (m.groups.unit?.toLowerCase() !== 'year') return fallback(m, r);
    const sentence = r.text.slice(Math.max(0, m.start - 200), m.start).split(/[.!?]\s|\n/u).at(-1) ?? '';
    const named = [...sentence.matchAll(/(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{N}])/gu)].at(-1);
    return named ? { value: { day: makeDay(Number(named[1]) - 1, 1, 1), granularity: 'year' } } : fallback(m, r);
  };
}

/** A weekday: the one before or after the article's date, by its modifier, else by its sentence's tense. */
function weekday(names: string[]): Rule['resolve'] {
  return (m, r) => {
    const target = indexIn(names, m.groups.day!) + 1;
    if (target === 0) return null;
    if (!r.article) return { value: null };
    const today = isoWeekday(r.article);
    const dir = direction(m.groups.dir ?? m.groups.after);
    let offset: number;
    if (dir === 0) offset = target - today; // `ce jeudi`, `this Thursday`: in the article's week
    else if (dir === -1) offset = target - today - (target < today ? 0 : 7);
    else if (dir === 1) offset = target - today + (target > today ? 0 : 7);
    else if (target === today) offset = 0;
    else offset = tenseAt(r.text, r.at, r.language, true) === 'future' ? (target - today + 7) % 7 : -((today - target + 7) % 7);
    return { value: { day: addDays(r.article, offset), granularity: 'day' } };
  };
}

/** `samedi à dimanche` (a night): the first weekday as {@link weekday} places it, to the day after. */
function night(names: string[]): Rule['resolve'] {
  const first = weekday(names);
  return (m, r) => {
    // (Two days in a row only: `de samedi à mardi` is no night.)
    if ((indexIn(names, m.groups.day!) + 1) % 7 !== indexIn(names, m.groups.day2!)) return null;
    const from = first(m, r);
    if (!from?.value) return from;
    return { value: from.value, to: { day: addDays(from.value.day, 1), granularity: 'day' } };
  };
}

/** After a month, words giving it the year of the date before (`novembre de la même année`, `November of that year`). */
const SAME_YEAR_AFTER = /^[\s\u00a0]+(?:de[\s\u00a0]+la[\s\u00a0]+même[\s\u00a0]+année|de[\s\u00a0]+cette[\s\u00a0]+année-là|of[\s\u00a0]+(?:that|the[\s\u00a0]+same)[\s\u00a0]+year)(?![\p{L}])/u;

/** A month without its year: the year by its modifier, by the year named before it (`of that year`), or by its
 * sentence's tense, else the nearest such month. */
function month(names: string[]): Rule['resolve'] {
  return (m, r) => {
    const target = indexIn(names, m.groups.month!) + 1;
    if (target === 0) return null;
    if (!r.article) return { value: null };
    const year = r.article.getUTCFullYear();
    const current = r.article.getUTCMonth() + 1;
    const dir = direction(m.groups.dir ?? m.groups.after);
    const sameYear = r.anchorAny && SAME_YEAR_AFTER.test(r.text.slice(m.end, m.end + 32));
    // (The sentence's tense is read only when no modifier or year decides.)
    const tense: Tense | null = sameYear || dir !== null || target === current ? null : tenseAt(r.text, r.at, r.language, false);
    let y = year;
    if (sameYear) y = r.anchorAny!.getUTCFullYear();
    else if (dir === -1) y = target < current ? year : year - 1;
    else if (dir === 1) y = target > current ? year : year + 1;
    else if (dir === 0 || target === current) y = year;
    else if (tense === 'future') y = target > current ? year : year + 1;
    else if (tense === 'past') y = target < current ? year : year - 1;
    else y = Math.abs(target - current) <= 6 ? year : target > current ? year - 1 : year + 1;
    return { value: { day: makeDay(y, target, 1), granularity: 'month' } };
  };
}

/**
 * `le 14 juillet dernier`, `le 3 avril prochain`: that day in the year before or after the article's date; `du 2 au 5
 * avril prochain` those days, `les 12 et 13 avril prochain` the first.
 */
function dayOfMonth(names: string[]): Rule['resolve'] {
  return (m, r) => {
    const target = indexIn(names, m.groups.month!) + 1;
    const last = Number(m.groups.d);
    const first = m.groups.d0 ? Number(m.groups.d0) : last;
    const valid = (d: number): boolean => makeDay(2000, target, d).getUTCMonth() === target - 1;
    if (target === 0 || !valid(first) || !valid(last) || first > last) return null;
    if (!r.article) return { value: null };
    const dir = direction(m.groups.after);
    let y = r.article.getUTCFullYear();
    const that = makeDay(y, target, first);
    if (dir === -1 && that.getTime() >= r.article.getTime()) y--;
    else if (dir === 1 && that.getTime() <= r.article.getTime()) y++;
    const value = { day: makeDay(y, target, first), granularity: 'day' as const };
    return m.groups.join === 'au' ? { value, to: { day: makeDay(y, target, last), granularity: 'day' } } : { value };
  };
}

/** `les 9 et 10 juillet`, `9 and 10 March`: one mention valued as its first day, in the year written or nearest the article. */
function twoDays(months: string[]): Rule['resolve'] {
  return (m, r) => {
    const month = indexIn(months, m.groups.month!) + 1;
    const first = Number(m.groups.d1);
    if (month === 0 || first < 1 || Number(m.groups.d2) <= first || Number(m.groups.d2) > 31) return null;
    let y = m.groups.y ? Number(m.groups.y) : r.article?.getUTCFullYear() ?? null;
    if (y === null) return { value: null };
    if (!m.groups.y && r.article) {
      const distance = (year: number) => Math.abs(makeDay(year, month, first).getTime() - r.article!.getTime());
      y = [y - 1, y, y + 1].reduce((best, c) => (distance(c) < distance(best) ? c : best));
    }
    const day = makeDay(y, month, first);
    // `30 et 31 février`: no such day.
    if (day.getUTCMonth() !== month - 1) return null;
    return { value: { day, granularity: 'day' } };
  };
}

/** `January to June 2026`, `de janvier à juin 2026`: an interval of months in the year written. */
function monthRange(months: string[]): Rule['resolve'] {
  return (m) => {
    const [from, to] = [indexIn(months, m.groups.m1!) + 1, indexIn(months, m.groups.m2!) + 1];
    if (from === 0 || to === 0 || to <= from) return null;
    const y = Number(m.groups.y);
    return { value: { day: makeDay(y, from, 1), granularity: 'month' }, to: { day: makeDay(y, to, 1), granularity: 'month' } };
  };
}

/** `that year`, `cette année-là`: the year (month, day) of the last date placed before, in its paragraph. */
function thatPeriod(units: Record<string, Granularity>): Rule['resolve'] {
  return (m, r) => {
    const granularity = units[m.groups.unit!.toLowerCase()]!;
    return { value: r.anchorAny ? { day: r.anchorAny, granularity } : null };
  };
}

/** `this weekend`, `ce week-end`: the Saturday and Sunday of the article's week (the last one for `last`, `dernier`). */
function weekend(m: Match, r: Resolving): { value: Resolved; to?: Point } | null {
  if (!r.article) return { value: null };
  const dir = direction(m.groups.dir ?? m.groups.after) ?? 0;
  const saturday = addDays(r.article, 6 - isoWeekday(r.article) + 7 * dir);
  return { value: { day: saturday, granularity: 'day' }, to: { day: addDays(saturday, 1), granularity: 'day' } };
}

/** `the weekend` alone: the one the article's week has, or the one before or after it, as the sentence's tense says. */
function nearWeekend(m: Match, r: Resolving): { value: Resolved; to?: Point } | null {
  if (!r.article) return { value: null };
  const day = isoWeekday(r.article);
  const future = tenseAt(r.text, r.at, r.language, false) === 'future';
  // (On a Friday, `ce week-end`, `this weekend` is the one to come, whatever the verb: the last is `le week-end dernier`.)
  const thisOne = day === 5 && /^(?:ce|this)[\s\u00a0]/iu.test(r.text.slice(m.start, m.end));
  const dir = future || thisOne ? (day <= 5 ? 0 : 1) : day >= 6 ? 0 : -1;
  return weekend({ ...m, groups: { ...m.groups, dir: ['last', 'this', 'next'][dir + 1] } }, r);
}

/**
 * `le week-end`, `ce week-end` without `dernier` or `prochain`: the one just past or to come by the sentence's tense (a
 * Monday's `a fait état … du week-end` is the one just past), the article's week's when the sentence shows no tense.
 */
function frenchWeekend(m: Match, r: Resolving): { value: Resolved; to?: Point } | null {
  if (m.groups.after || !r.article || tenseAt(r.text, r.at, r.language, false) === null) return weekend(m, r);
  return nearWeekend(m, r);
}

function rules(language: Language): Rule[] {
  const fr = language === 'fr';
  const dir = fr ? 'derni(?:er|ère)|pass(?:é|ée)|prochaine?|précédente?|suivante?' : 'last|next|this|previous|following';
  const YEAR = '1[5-9]\\d\\d|20\\d\\d';
  const yearRange: Rule = { pattern: new RegExp(`(?<=(?:${fr ? '[Dd]e|[Dd][\'’]ici' : '[Ff]rom'})${S})(?<y>${YEAR})${S}(?:${fr ? 'à' : 'to|through'})${S}(?<y2>${YEAR})${E}`, 'gu'), resolve: yearsFrom, score: YEAR_SCORE };
  const monthNames = (fr ? FR_MONTHS : EN_MONTHS).join('|');
  const twoDaysRule: Rule = { pattern: new RegExp(`${B}(?<d1>\\d{1,2})(?:er|st|nd|rd|th)?${S}(?:et|and|&)${S}(?<d2>\\d{1,2})(?:st|nd|rd|th)?${S}(?<month>${monthNames})(?:${S}(?<y>${YEAR}))?${E}`, fr ? 'giu' : 'gu'), resolve: twoDays(fr ? FR_MONTHS : EN_MONTHS), score: RELATIVE_DATE_SCORE };
  const yearRule: Rule = { pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?<!(?<![Mm]i|[Mm]id)-)(?<!années[ \\u00a0])(?<y>${YEAR})(?:[-–](?<y2>${YEAR}))?(?![\\p{L}\\p{N}%€$£]|[\\s\\u00a0\\u202f]?(?:%|€|\\$|£))`, 'gu'), resolve: year, score: YEAR_SCORE };
  if (fr) {
    return [
      { pattern: new RegExp(`${B}(?<w>avant-hier|après-demain|hier|aujourd${A}hui|demain)${E}`, 'giu'), resolve: dayWord({ 'avant-hier': -2, 'après-demain': 2, hier: -1, "aujourd'hui": 0, demain: 1 }, false), score: RELATIVE_DATE_SCORE },
      { pattern: new RegExp(`${B}(?<w>l${A}avant-veille|la veille|le lendemain|le surlendemain)${E}`, 'giu'), resolve: dayWord({ "l'avant-veille": -2, 'la veille': -1, 'le lendemain': 1, 'le surlendemain': 2 }, true), score: RELATIVE_DATE_SCORE, anaphoric: true },
      { pattern: new RegExp(`${B}(?:la|le|l${A})[ \\u00a0]?(?<unit>semaine|mois|an|année)${S}(?<dir>${dir})${E}`, 'giu'), resolve: period(FR_UNITS), score: RELATIVE_DATE_SCORE },
      { pattern: new RegExp(`${B}(?<dir>cette|ce)${S}(?<unit>semaine|mois|année)(?:-ci)?(?!-là)${E}`, 'giu'), resolve: period(FR_UNITS), score: RELATIVE_DATE_SCORE },
      { pattern: new RegExp(`${B}(?<sign>il y a|dans)${S}(?<n>${numberWords(FR_NUMBERS)})${S}(?<unit>jours?|semaines?|mois|ans?|années?)${E}`, 'giu'), resolve: counted(FR_NUMBERS, FR_UNITS, (m) => (/^il/i.test(m.groups.sign!) ? -1 : 1)), score: RELATIVE_DATE_SCORE },
      { pattern: new RegExp(`${B}(?<n>${numberWords(FR_NUMBERS)})${S}(?<unit>jours?|semaines?|mois|ans?|années?)${S}(?<w>plus tard|plus tôt)${E}`, 'giu'), resolve: countedFromAnchor(FR_NUMBERS, FR_UNITS), score: RELATIVE_DATE_SCORE, anaphoric: true },
      // `à la fin de la semaine`, `les neuf premiers mois de l’année` → `la semaine`, `l’année` (the article's).
      { pattern: new RegExp(`(?<=(?:début|fin|cours|milieu|mois|semaines|jours)${S}de${S})(?<unit>l${A}année|la${S}semaine)(?!${S}(?:\\d|derni|prochain|pass|suivant|précédent))`, 'giu'), resolve: (m, r) => ({ value: r.article ? { day: r.article, granularity: /semaine/iu.test(m.groups.unit!) ? 'week' : 'year' } : null }), score: RELATIVE_DATE_SCORE },
      { pattern: new RegExp(`${B}(?:(?<dir>[Cc]e)${S})?(?<day>${FR_WEEKDAYS.join('|')}|${FR_WEEKDAYS.map(capital).join('|')})(?:${S}(?<after>derni(?:er|ère)|prochaine?))?${E}`, 'gu'), resolve: weekday(FR_WEEKDAYS), score: RELATIVE_DATE_SCORE },
      { pattern: new RegExp(`${B}(?:(?<d0>\\d{1,2})(?:er)?${S}(?<join>au|et)${S})?(?<d>\\d{1,2})(?:er)?${S}(?<month>${FR_MONTHS.join('|')})${S}(?<after>derni(?:er|ère)|prochaine?)${E}`, 'gu'), resolve: dayOfMonth(FR_MONTHS), score: RELATIVE_DATE_SCORE },
      // (`la mi-août` → `août`, as `mi-2012` → `2012`.)
      { pattern: new RegExp(`(?:${B}|(?<=(?<![\\p{L}])mi-))(?<month>${FR_MONTHS.join('|')})(?:${S}(?<after>derni(?:er|ère)|prochaine?))?${E}`, 'gu'), resolve: month(FR_MONTHS), score: RELATIVE_DATE_SCORE },
      { pattern: new RegExp(`${B}(?:(?<dir>ce)${S})?(?:le${S})?week-end(?:${S}(?<after>derni(?:er|ère)|prochain|passé))?${E}`, 'giu'), resolve: frenchWeekend, score: RELATIVE_DATE_SCORE },
      { pattern: new RegExp(`(?<=[Dd]e${S})(?<m1>${monthNames})${S}à${S}(?<m2>${monthNames})${S}(?<y>${YEAR})${E}`, 'gu'), resolve: monthRange(FR_MONTHS), score: RELATIVE_DATE_SCORE },
      { pattern: new RegExp(`${B}(?:cette|ce)${S}(?<unit>année|mois|jour|semaine)-là${E}`, 'giu'), resolve: thatPeriod({ année: 'year', mois: 'month', jour: 'day', semaine: 'week' }), score: RELATIVE_DATE_SCORE, anaphoric: true },
      // `dans la nuit de samedi à dimanche`: one night, from the first day to the next.
      { pattern: new RegExp(`(?<=nuit${S}(?:de|du)${S})(?<day>${FR_WEEKDAYS.join('|')})${S}(?:à|au)${S}(?<day2>${FR_WEEKDAYS.join('|')})${E}`, 'gu'), resolve: night(FR_WEEKDAYS), score: RELATIVE_DATE_SCORE },
      twoDaysRule,
      yearRange,
      yearRule,
    ];
  }
  return [
    { pattern: new RegExp(`${B}(?<w>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow)${E}`, 'giu'), resolve: dayWord({ 'the day before yesterday': -2, 'the day after tomorrow': 2, yesterday: -1, today: 0, tomorrow: 1 }, false), score: RELATIVE_DATE_SCORE },
    { pattern: new RegExp(`${B}(?<w>the day before|the previous day|the day after|the following day|the next day)${E}`, 'giu'), resolve: dayWord({ 'the day before': -1, 'the previous day': -1, 'the day after': 1, 'the following day': 1, 'the next day': 1 }, true), score: RELATIVE_DATE_SCORE, anaphoric: true },
    { pattern: new RegExp(`${B}(?:the${S})?(?<dir>${dir})${S}(?<unit>week|month|year)${E}`, 'giu'), resolve: period(EN_UNITS), score: RELATIVE_DATE_SCORE },
    // `at the end of the month` → `the month` (the one of the article), as `à la fin de l’année` → `l’année`.
    { pattern: new RegExp(`(?<=(?:end|start|beginning|middle|rest|course|months|weeks|days|half|quarter)${S}of${S})(?<unit>the${S}(?:week|month|year))(?!${S}(?:of|before|after|in)${E})${E}`, 'giu'), resolve: (m, r) => ({ value: r.article ? { day: r.article, granularity: EN_UNITS[m.groups.unit!.split(/\s+/u).pop()!.toLowerCase()]! } : null }), score: RELATIVE_DATE_SCORE },
    { pattern: new RegExp(`${B}(?<n>${numberWords(EN_NUMBERS)})${S}(?<unit>days?|weeks?|months?|years?)${S}ago${E}`, 'giu'), resolve: counted(EN_NUMBERS, EN_UNITS, () => -1), score: RELATIVE_DATE_SCORE },
    // `rose from $2.09 billion a year earlier`: the period before the article's (results compared year on year).
    { pattern: new RegExp(`${B}(?<n>a|an|one)${S}(?<unit>week|month|year)${S}(?:earlier|before)${E}`, 'gu'), resolve: yearBeforeNamed(counted(EN_NUMBERS, EN_UNITS, () => -1)), score: RELATIVE_DATE_SCORE },
    // `two days later`, `a week later`, `A day earlier`: counted from the date before (not `a year later than planned`).
    { pattern: new RegExp(`${B}(?<n>${numberWords(EN_NUMBERS)})${S}(?<unit>days?|weeks?|months?|years?)${S}(?<w>later)${E}(?!${S}than)|${B}(?<n2>${numberWords(EN_NUMBERS)})${S}(?<unit2>days?)${S}(?<w2>earlier)${E}`, 'giu'), resolve: (m, r) => countedFromAnchor(EN_NUMBERS, EN_UNITS)({ ...m, groups: { n: m.groups.n ?? m.groups.n2, unit: m.groups.unit ?? m.groups.unit2, w: m.groups.w ?? m.groups.w2 } }, r), score: RELATIVE_DATE_SCORE, anaphoric: true },
    { pattern: new RegExp(`${B}(?:(?<dir>[Ll]ast|[Nn]ext|[Tt]his)${S})?(?<day>${EN_WEEKDAYS.join('|')})${E}`, 'gu'), resolve: weekday(EN_WEEKDAYS), score: RELATIVE_DATE_SCORE },
    // `June last year`, `in April of next year`: the month in the year before or after the article's.
    {
      pattern: new RegExp(`${B}(?<month>${EN_MONTHS.join('|')})${S}(?:of${S})?(?<dir>last|next|this)${S}year${E}`, 'gu'),
      resolve: (m, r) => {
        const target = indexIn(EN_MONTHS, m.groups.month!) + 1;
        if (target === 0) return null;
        if (!r.article) return { value: null };
        return { value: { day: makeDay(r.article.getUTCFullYear() + (direction(m.groups.dir) ?? 0), target, 1), granularity: 'month' } };
      },
      score: RELATIVE_DATE_SCORE,
    },
    {
      // A month alone only after a word that makes it one (`in March`, `last May`, `the three months to December`): `May`
      // is also a name and a verb; other months also before a common noun (`March sales`, `when April data are released`).
      pattern: new RegExp(`(?<=(?:\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|till|[Ff]rom|[Tt]hrough|[Dd]uring|[Ee]arly|[Ll]ate|[Bb]efore|[Aa]fter|between|(?:end|start|beginning|middle) of|(?:months?|year|quarter|weeks|period|half)${S}(?:to|ending|ended))${S}(?:(?:at least|as early as|as late as|no later than|as soon as)${S})?|\\bmid-))(?:(?<dir>last|next|this)${S})?(?<month>${EN_MONTHS.join('|')})${E}|${B}(?<dir2>[Ll]ast|[Nn]ext|[Tt]his)${S}(?<month2>${EN_MONTHS.join('|')})${E}|${B}(?<month3>${EN_MONTHS.join('|')})(?=${S}of${S}(?:that|the${S}same)${S}year${E})|(?<=(?:${EN_MONTHS.join('|')})${S}(?:or|and|to)${S})(?<month5>${EN_MONTHS.join('|')})${E}|(?<![\\p{L}\\p{N}_-]|\\p{Lu}\\p{L}*${S})(?<month4>${EN_MONTHS.filter((name) => name !== 'May').join('|')})(?=${S}(?!(?:of|to|on)${E})\\p{Ll}{2,})`, 'gu'),
      resolve: (m, r) => month(EN_MONTHS)({ ...m, groups: { month: m.groups.month ?? m.groups.month2 ?? m.groups.month3 ?? m.groups.month4 ?? m.groups.month5, dir: m.groups.dir ?? m.groups.dir2 } }, r),
      score: RELATIVE_DATE_SCORE,
    },
    { pattern: new RegExp(`${B}(?:(?<dir>this|last|next)${S})weekend${E}`, 'giu'), resolve: weekend, score: RELATIVE_DATE_SCORE },
    // `over the weekend`: the one just past or to come, by the sentence's tense.
    { pattern: new RegExp(`(?<=\\b(?:over|during|on|at|for)${S})the${S}weekend${E}`, 'gu'), resolve: nearWeekend, score: RELATIVE_DATE_SCORE },
    { pattern: new RegExp(`${B}(?<m1>${monthNames})${S}(?:to|through|until)${S}(?<m2>${monthNames})${S}(?<y>${YEAR})${E}`, 'gu'), resolve: monthRange(EN_MONTHS), score: RELATIVE_DATE_SCORE },
    { pattern: new RegExp(`(?<![\\p{L}])(?<=(?:in|of|during|by)${S})that${S}(?<unit>year|month|week|day)${E}`, 'gu'), resolve: thatPeriod({ year: 'year', month: 'month', week: 'week', day: 'day' }), score: RELATIVE_DATE_SCORE, anaphoric: true },
    twoDaysRule,
    // `June 28 and 29`: two days, the month first.
    { pattern: new RegExp(`${B}(?<month>${monthNames})${S}(?<d1>\\d{1,2})(?:st|nd|rd|th)?${S}(?:and|&)${S}(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:,?${S}(?<y>${YEAR}))?${E}`, 'gu'), resolve: twoDays(EN_MONTHS), score: RELATIVE_DATE_SCORE },
    yearRange,
    yearRule,
  ];
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

const compiled = new Map<Language, Rule[]>();

/** The last date placed before `at` in the same paragraph (a full day only, unless `anyGranularity`), or null. */
function anchorBefore(anchors: readonly Anchor[], text: string, at: number, anyGranularity = false): Day | null {
  let best: Anchor | null = null;
  for (const a of anchors) if (a.start < at && (anyGranularity || a.granularity === 'day') && (!best || a.start > best.start)) best = a;
  if (!best || text.slice(best.start, at).includes('\n')) return null;
  return best.day;
}

/** Weekdays, months, years and relative dates of `text`, with values resolved against `published` (see above). */
export function findRelativeDates(text: string, language: Language, published: string | null, anchors: readonly Anchor[] = []): Suggestion[] {
  let list = compiled.get(language);
  if (!list) compiled.set(language, (list = rules(language)));
  const article = dayOf(published);
  const matches: { rule: Rule; match: Match }[] = [];
  for (const rule of list) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      matches.push({ rule, match: { start: m.index, end: m.index + m[0].length, groups: m.groups ?? {} } });
    }
  }
  matches.sort((a, b) => a.match.start - b.match.start);
  const placed: Anchor[] = [...anchors];
  const found: Suggestion[] = [];
  for (const { rule, match } of matches) {
    const capitalised = /^\p{Lu}/u.test(text[match.start]!);
    // A French month or weekday with a capital inside a sentence is something else (`Mars`, the planet).
    if (language === 'fr' && capitalised && (match.groups.day || match.groups.month) && !/(?:^|[.!?:\n«“"]\s*)$/u.test(text.slice(Math.max(0, match.start - 3), match.start))) continue;
    const result = rule.resolve(match, { text, at: match.start, article, anchor: anchorBefore(placed, text, match.start), anchorAny: anchorBefore(placed, text, match.start, true), language });
    if (!result) continue;
    const { value } = result;
    // (The month inside a full date, `16 décembre`, places nothing: the full date has placed its day.)
    const inside = anchors.some((a) => a.end !== undefined && a.start <= match.start && match.end <= a.end);
    if (value && !rule.anaphoric && !inside) placed.push({ start: match.start, day: value.day, granularity: value.granularity });
    const date = value ? isoAt(value.day, value.granularity) + (result.to ? `/${isoAt(result.to.day, result.to.granularity)}` : '') : null;
    found.push({
      type: 'DATE', start: match.start, end: match.end, text: text.slice(match.start, match.end),
      ...(date ? { value: { kind: 'date' as const, date } } : {}), source: 'recogniser', score: rule.score,
    });
  }
  return found;
}
