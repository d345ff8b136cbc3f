/**
 * The plain amounts most windows hold, read without the Microsoft models: digits, maybe a multiplier, a unit —
 * `44,4 %`, `12.5 percent`, `139 millions d'euros`, `25 000 euros`, `$1,200`, `£420M`, `€9.9 billion`. Parsing one of
 * these with the models costs a tenth of a millisecond (dozens of regexes per window); in a library pass over
 * thousands of articles that was half the time of all suggestions.
 *
 * The answer is the models' own, offsets and value alike, but for digit groups before a multiplier (`3 500 milliards
 * d'euros`), which the models do not read: plain-amounts.test.ts checks it against them on thousands of generated
 * amounts and on every article of the evaluation. Anything else — number words (`un million`), signs,
 * ranges, two amounts in one window, a French `38.5`, a trailing `T` — returns null and goes to the models.
 */
import { CURRENCIES, type Language } from './currencies.ts';

/** A window's amount as the models give it: window-relative offsets, `end` inclusive; `value` a number, `unit` an ISO code. */
export interface PlainReading {
  start: number;
  end: number;
  resolution: { value: string; unit?: string };
}

// Windows come prepared (windows.ts): straight apostrophes, plain spaces, U+202F between French digit groups.
const NUMBER: Record<Language, string> = {
  fr: '(?<int>\\d{1,3}(?:\\u202f\\d{3})+|\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(?<frac>\\d+))?',
  en: '(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<frac>\\d+))?',
};
const PERCENT_UNIT: Record<Language, string> = { fr: '%|pourcent', en: '%|percent|per cent' };
/** Multiplier words, then the letters left by the window's rewrites (`Md€` → `B €`, `£420m` → `£420M`). */
const ZEROS: Record<string, number> = { million: 6, millions: 6, milliard: 9, milliards: 9, billion: 9, trillion: 12, m: 6, b: 9 };
const WORD_TIMES: Record<Language, string> = { fr: 'millions?|milliards?', en: 'million|billion|trillion' };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Readers {
  percent: RegExp;
  money: RegExp;
  units: Map<string, string>;
}

const readers = new Map<Language, Readers>();

function readersFor(language: Language): Readers {
  let found = readers.get(language);
  if (found) return found;
  const { suffix, prefix } = CURRENCIES[language];
  const spellings = (map: ReadonlyMap<string, string>) => [...map].flatMap(([code, names]) => names.split('|').map((name) => [name, code] as const));
  // (The models take `$` alone in `591$ us`: spellings of a symbol and a word are theirs to read.)
  const after = spellings(suffix).filter(([name]) => !name.includes("d'") && !(/^\P{L}/u.test(name) && name.includes(' ')));
  const before = spellings(prefix);
  const units = new Map<string, string>([...after, ...before].map(([name, code]) => [name, code]));
  const alternatives = (list: ReadonlyArray<readonly [string, string]>) =>
    [...new Set(list.map(([name]) => name))].sort((a, b) => b.length - a.length).map(escape).join('|');
  const symbol = alternatives(after.filter(([name]) => !/\p{L}/u.test(name)));
  const number = NUMBER[language];
  const words = WORD_TIMES[language];
  // After the number: a word multiplier (then `de`/`d'` in French), a letter one before a symbol (`300 M€`), or none.
  const times = language === 'fr'
    ? `\\x20(?<word>${words})(?:\\x20de\\x20|\\x20d'|\\x20)`
    : `\\x20(?<word>${words})\\x20`;
  const middle = `(?:${times}|\\x20?(?<letter>[MB])\\x20?(?=${symbol})|\\x20?)`;
  found = {
    percent: new RegExp(`^(?<amount>${number}\\x20?(?:${PERCENT_UNIT[language]}))\\x20*$`, 'iu'),
    // A unit after the number (`139 millions d'euros`) or before it (`$5 million`, `£420M`): one of the two.
    money: new RegExp(
      `^(?<amount>(?:(?<before>${alternatives(before)})\\x20?)?${number}` +
        `(?:${middle}(?<after>${alternatives(after)})|\\x20(?<word2>${words})|(?<letter2>[MB]))?)\\x20*$`,
      'iu',
    ),
    units,
  };
  readers.set(language, found);
  return found;
}

/** The number, times 10^`shift`, in decimal text: shifting the point, not multiplying, keeps `8,2 milliards` exact. */
function numberOf(groups: Record<string, string | undefined>, shift = 0): string {
  const int = groups.int!.replace(/[.,\u202f]/g, '');
  const frac = (groups.frac ?? '').padEnd(shift, '0');
  const digits = `${int}${frac.slice(0, shift)}`.replace(/^0+(?=\d)/, '');
  return frac.length > shift ? `${digits}.${frac.slice(shift)}` : digits;
}

/** The percentage a plain window holds, as the percentage model reads it; null for anything else. */
export function readPlainPercent(window: string, language: Language): PlainReading[] | null {
  const m = readersFor(language).percent.exec(window);
  if (!m?.groups) return null;
  return [{ start: 0, end: m.groups.amount!.length - 1, resolution: { value: `${numberOf(m.groups)}%` } }];
}

/** The money a plain window holds, as the currency model reads it; null for anything else. */
export function readPlainMoney(window: string, language: Language): PlainReading[] | null {
  const { money, units } = readersFor(language);
  const m = money.exec(window);
  if (!m?.groups) return null;
  const g = m.groups;
  if ((g.before === undefined) === (g.after === undefined)) return null;
  const unit = units.get((g.after ?? g.before)!.toLowerCase());
  if (unit === undefined) return null;
  const multiplier = (g.word ?? g.letter ?? g.word2 ?? g.letter2)?.toLowerCase();
  // The models fail on `3 500 milliards d'euros` (digit groups, then a multiplier): read here, where they find nothing.
  // In French they also fail on most units written first (`$CA5 milliard`, `US$ 262,5`): those go to them.
  if (language === 'fr' && g.before !== undefined && (g.before.length > 1 || multiplier !== undefined)) return null;
  const value = numberOf(g, multiplier === undefined ? 0 : ZEROS[multiplier]!);
  return [{ start: 0, end: g.amount!.length - 1, resolution: { value, unit } }];
}
