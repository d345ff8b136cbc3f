/**
 * The cheap half of money and percent recognition: one regex pass over the article finds the units (`euros`,
 * `d’euros`, `€`, `$`, `francs suisses`, `%`, `pour cent`, `percent`…), and each unit that has a number next to it
 * gives a small window of text (the few words before it, and after it for a unit that may come first, `$3.5bn`). Only
 * these windows — tens of characters, a handful per article — go to the Microsoft models, which are far too slow to
 * run over whole sentences.
 *
 * Before a window is parsed, its copy is rewritten without changing its length (so offsets stay valid): typographic
 * apostrophes and spaces become the ones the models know, and the abbreviations they miss become ones they read
 * (`bn` → `B`, `£420m` → `£420M`, `Md€`/`Mds` → `B`, `pour cent` → `pourcent`). A span that ends inside a rewritten
 * piece is stretched over it, so `$3.5bn` is found whole.
 */
import { prefixSpellings, unitSpellings, type Language } from './currencies.ts';

export type ValueKind = 'money' | 'percent';

export interface Window {
  start: number;
  end: number;
  kinds: Set<ValueKind>;
}

export interface PreparedWindow {
  /** Same length as the original window. */
  text: string;
  /** Rewritten pieces, window-relative: [start, end, the multiplier they stand for or 1]. */
  rewritten: Array<[number, number, number]>;
}

/** How many words before a unit may belong to its amount (`deux cent cinquante millions d’euros`). */
const WORDS_BEFORE = 8;
/** How many words after a unit that may come first (`$ 3.5 billion`, `US$ 12m`). */
const WORDS_AFTER = 3;

const SPACE = /[\s\u00a0\u2007\u2009\u202f]/u;
const APOSTROPHE_CLASS = "['’ʼ‘]";
const SPACE_CLASS = '[\\s\\u00a0\\u2007\\u2009\\u202f]+';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * A word that may be part of an amount: a number in digits (with its separators and a glued multiplier: `1,2`,
 * `25 000`, `3.5bn`, `15k`), a number word, a multiplier, or a connector inside an amount (`de`, `d’`, `et`, `of`).
 * Only decides where a window starts; reading the amount is the models' job.
 */
const AMOUNT_WORD = new RegExp(
  '^(?:[-+]?\\d[\\d.,\\u202f\\u00a0]*(?:er|k|m|mn|bn|b|md|mds|mrds?|tn)?' +
    '|(?:(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|zéro|demie?' +
    '|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|half|a|an' +
    ')(?:-(?=.))?)+' +
    '|millions?|milliards?|billions?|trillions?|crores?|lakhs?|mds?|md|mrds?|mn|mln|bn|bln|tn|k|m|b' +
    "|de|d'|et|of|and|virgule|point|-" +
    ')$',
  'iu',
);
/** Connectors do not start a window (`de 500 millions` starts at `500`). */
const CONNECTOR = /^(?:de|d'|et|of|and|virgule|point|-)$/iu;
/** A digit or a number word: a window without one is not worth parsing. */
const NUMBERISH = /\d|(?<![\p{L}])(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|millions?|milliards?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|billions?|dozen|douzaine)(?![\p{L}])/iu;

const PERCENT_WORDS: Record<Language, string> = {
  fr: `pour${SPACE_CLASS}cent|pour-cent|pourcents?`,
  en: `per${SPACE_CLASS}cent|percent|pct`,
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function spellingPattern(spelling: string): string {
  return spelling
    .split(' ')
    .map((word) => escape(word).replace(/'/g, APOSTROPHE_CLASS))
    .join(SPACE_CLASS);
}

interface CueFinder {
  regex: RegExp;
  /** Lower-cased spellings that may stand before the number. */
  prefixes: ReadonlySet<string>;
}

const finders = new Map<Language, CueFinder>();

/**
 * One regex for every unit of a language. Words (`euros`, `d’euros`, `francs suisses`) share one pair of word-boundary
 * checks; symbols and codes glued to them (`€`, `$`, `US$`, `M€` is `M` + `€`) need none — a unit glued to a number is
 * the common case (`44,4%`, `$3.5bn`).
 */
function cueFinder(language: Language): CueFinder {
  let finder = finders.get(language);
  if (!finder) {
    const spellings = unitSpellings(language);
    const isWord = (s: string) => /^\p{L}/u.test(s) && /\p{L}$/u.test(s);
    const words = spellings.filter(isWord).map(spellingPattern).join('|');
    const symbols = spellings
      .filter((s) => !isWord(s))
      .map((s) => (/^\p{L}/u.test(s) ? NOT_WORD_BEFORE : '') + spellingPattern(s))
      .join('|');
    const percent = `%|${NOT_WORD_BEFORE}(?:${PERCENT_WORDS[language]})${NOT_WORD_AFTER}`;
    const money = `${NOT_WORD_BEFORE}(?:${words})${NOT_WORD_AFTER}|${symbols}`;
    finder = { regex: new RegExp(`(?<percent>${percent})|(?<money>${money})`, 'giu'), prefixes: new Set(prefixSpellings(language)) };
    finders.set(language, finder);
  }
  return finder;
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

function normalWord(word: string): string {
  return word.toLowerCase().replace(/['’ʼ‘]/gu, "'");
}

/**
 * Where the amount before a unit starts: over what is glued to the unit (`300 M€`, `44,4%`), then back over the words
 * that may belong to an amount, leaving out connectors at the front. `at` itself when nothing before can.
 */
function amountStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  let start = i < at && /\d|^(?:m|md|mds|mrds?|k|b)$/iu.test(text.slice(i, at)) ? i : at;
  if (start === at && i < at) return at;
  let candidate = start;
  for (let words = 0; words < WORDS_BEFORE; words++) {
    let j = candidate;
    while (j > 0 && isSpace(text[j - 1])) j--;
    let k = j;
    while (k > 0 && !isSpace(text[k - 1])) k--;
    if (k === j) break;
    // An opening bracket or quote ends the amount: `(50 %)`.
    const opening = /^[([{«"“‘]+/u.exec(text.slice(k, j))?.[0].length ?? 0;
    const word = normalWord(text.slice(k + opening, j));
    // A word ending a clause or a sentence (`en 2014, 500 millions`) is not part of the amount.
    if (/[.,;:]$/u.test(word)) break;
    // `plus d’un milliard`: the amount starts past the elision glued to its first word.
    if (/^[dl]'./u.test(word) && AMOUNT_WORD.test(word.slice(2)) && !CONNECTOR.test(word.slice(2))) {
      start = k + opening + 2;
      break;
    }
    if (!AMOUNT_WORD.test(word)) break;
    candidate = k + opening;
    if (!CONNECTOR.test(word)) start = candidate;
    if (opening > 0) break;
  }
  return start;
}

/** Where the amount after a unit written first ends (`$3.5bn`, `US$ 12 millions`): `at` when none follows. */
function amountEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isSpace(text[i])) i++;
  let end = i > at && /\d/.test(text.slice(at, i)) ? i : at;
  if (end === at && i > at) return at;
  let candidate = end;
  for (let words = 0; words < WORDS_AFTER; words++) {
    let j = candidate;
    while (j < text.length && isSpace(text[j])) j++;
    let k = j;
    while (k < text.length && !isSpace(text[k])) k++;
    if (k === j) break;
    const word = normalWord(text.slice(j, k).replace(/[,.;:!?)]+$/u, ''));
    if (!AMOUNT_WORD.test(word) || CONNECTOR.test(word)) break;
    candidate = k;
    end = k;
  }
  while (end > at && /[,.;:!?)]/u.test(text[end - 1]!)) end--;
  return end;
}

/** Whether offset `at` lies in a web address (a run without spaces holding `://`, `www.` or a `%` escape). */
function inAddress(text: string, at: number): boolean {
  let from = at;
  while (from > Math.max(0, at - 200) && !/\s/u.test(text[from - 1]!)) from--;
  let to = at;
  while (to < Math.min(text.length, at + 200) && !/\s/u.test(text[to]!)) to++;
  const run = text.slice(from, to);
  return /:\/\/|www\.|%[0-9A-Fa-f]{2}/u.test(run) && /[/=?&]|%[0-9A-Fa-f]{2}/u.test(run);
}

/** Windows around the money and percent units of `text` that have a number next to them, merged, in text order. */
export function findWindows(text: string, language: Language): Window[] {
  const { regex, prefixes } = cueFinder(language);
  const windows: Window[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const kind: ValueKind = m.groups?.percent !== undefined ? 'percent' : 'money';
    const cueStart = m.index;
    const cueEnd = m.index + m[0].length;
    const start = amountStart(text, cueStart);
    const unit = normalWord(m[0]).replace(/[\s\u00a0\u2007\u2009\u202f]+/gu, ' ');
    const end = kind === 'money' && prefixes.has(unit) ? amountEnd(text, cueEnd) : cueEnd;
    if (!NUMBERISH.test(text.slice(start, cueStart)) && !/\d/.test(text.slice(cueEnd, end))) continue;
    // `%25` in `…/rapport%2050%25`: an escape in a web address, not a percentage.
    if (inAddress(text, cueStart)) continue;
    const last = windows.at(-1);
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.kinds.add(kind);
    } else {
      windows.push({ start, end, kinds: new Set([kind]) });
    }
  }
  return windows;
}

interface Rewrite {
  pattern: RegExp;
  replacement: string;
  /** What the abbreviation multiplies by (1: not a multiplier). */
  times: number;
}

const REWRITES: Record<Language, Rewrite[]> = {
  fr: [
    // `1,5 Md€`, `2 Mds d’euros`, `3 Mrd €`: billions the French extractor does not know (it knows `B`).
    { pattern: /(?<=\d[\s\u202f]?)(?:Mrds?|Mds?|mrds?|mds?)(?![\p{L}])/gu, replacement: 'B', times: 1e9 },
    // `0,5 pour cent`: the French percentage patterns only know `pourcent`.
    { pattern: /pour[\s\u202f-]cent(?![\p{L}])/giu, replacement: 'pourcent', times: 1 },
  ],
  en: [
    { pattern: /(?<=\d[\s\u202f]?)(?:bn|bln)(?![\p{L}])/giu, replacement: 'B', times: 1e9 },
    { pattern: /(?<=\d[\s\u202f]?)(?:mn|mln|m)(?![\p{L}])/gu, replacement: 'M', times: 1e6 },
    { pattern: /(?<=\d[\s\u202f]?)(?:tn|trn)(?![\p{L}])/giu, replacement: 'T', times: 1e12 },
    // `Rs 1,236 crore`, `5 lakh rupees`: Indian multipliers no model knows, applied by settleSpan.
    { pattern: /(?<=\d[\s\u202f]?)crores?(?![\p{L}])/giu, replacement: '', times: 1e7 },
    { pattern: /(?<=\d[\s\u202f]?)lakhs?(?![\p{L}])/giu, replacement: '', times: 1e5 },
  ],
};

/**
 * The window's text as the models read it, same length: typographic apostrophes → `'`; a space between digit groups
 * (`25 000`, `1 234,5`) → U+202F, the only group separator the French extractor knows besides `.`; other no-break and
 * thin spaces → ` `; plus the abbreviation rewrites above.
 */
export function prepareWindow(original: string, language: Language): PreparedWindow {
  const straight = original.replace(/['’ʼ‘]/gu, "'");
  let text = straight.replace(/[ \u00a0\u2007\u2009\u202f]/gu, (_ch: string, at: number) => {
    if (language === 'fr' && /\d/.test(straight[at - 1] ?? '') && /^\d{3}(?!\d)/.test(straight.slice(at + 1, at + 5))) return '\u202f';
    return ' ';
  });
  const rewritten: Array<[number, number, number]> = [];
  for (const { pattern, replacement, times } of REWRITES[language]) {
    text = text.replace(pattern, (match: string, at: number) => {
      if (replacement.length > match.length) return match;
      rewritten.push([at, at + match.length, times]);
      return replacement.padEnd(match.length, ' ');
    });
  }
  return { text, rewritten };
}

/**
 * Stretches a window-relative span over any rewritten piece it touches, then trims spaces at both ends. A multiplier
 * the model left just outside the span (`$2.5tn`: it reads `$2.5` and stops) is taken in, and returned so the caller
 * can apply it; one inside the span has been applied by the model already, unless it was blanked (`5 lakh rupees`).
 */
export function settleSpan(original: string, prepared: PreparedWindow, start: number, end: number): { start: number; end: number; times: number } {
  let s = start;
  let e = end;
  let times = 1;
  for (const [rs, re, multiplier] of prepared.rewritten) {
    if (s < re && e > rs) {
      s = Math.min(s, rs);
      e = Math.max(e, re);
      // A multiplier rewritten as blanks (`crore`) was not read by the model: it is applied here.
      if (multiplier !== 1 && prepared.text.slice(rs, re).trim() === '') times *= multiplier;
    } else if (multiplier !== 1 && rs >= e && /^[\s\u202f]?$/u.test(prepared.text.slice(e, rs)) && /\d$/u.test(prepared.text.slice(s, e))) {
      e = re;
      times *= multiplier;
    }
  }
  while (e > s && isSpace(original[e - 1])) e--;
  while (s < e && isSpace(original[s])) s++;
  return { start: s, end: e, times };
}
