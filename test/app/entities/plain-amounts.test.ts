// The plain-amount reader must answer exactly as the Microsoft models do wherever it answers at all: same offsets,
// same value, same currency. Checked on thousands of generated amounts and on every article at hand.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENCIES, type Language } from '../../../app/entities/values/currencies.ts';
import { readPlainMoney, readPlainPercent } from '../../../app/entities/values/plain-amounts.ts';
import { modelsFor } from '../../../app/entities/values/recognisers.ts';
import { findWindows, prepareWindow } from '../../../app/entities/values/windows.ts';
import { mulberry32, type Rng } from '../../bench/prng.ts';
import { generateArticle } from '../../bench/generate-articles.ts';
import { corpusPresent, seedFiles, SKIP_REASON, wikinewsFiles } from '../../support/corpus.ts';

const GROUPS_TIMES = /\d{1,3}(?:[\u202f.,]\d{3})+(?:[.,]\d+)?\x20?(?:millions?|milliards?|billion|trillion|[MB](?![\p{L}]))/iu;

interface Reading { start: number; end: number; resolution?: { value?: unknown; unit?: unknown } }

/** Offsets, the value as a number (`38,5` and `44,4%` read as the app reads them) and the currency. */
const comparable = (readings: Reading[]) =>
  readings.map((r) => [r.start, r.end, Number(String(r.resolution?.value).replace('%', '').replace(',', '.')), r.resolution?.unit ?? null]);

/** Every window of `text`, each read both ways where the reader answers; returns how many windows it answered. */
function compareOn(text: string, language: Language): { windows: number; answered: number; differences: string[] } {
  const models = modelsFor(language);
  const result = { windows: 0, answered: 0, differences: [] as string[] };
  for (const window of findWindows(text, language)) {
    const prepared = prepareWindow(text.slice(window.start, window.end), language);
    for (const kind of window.kinds) {
      result.windows++;
      const plain = kind === 'money' ? readPlainMoney(prepared.text, language) : readPlainPercent(prepared.text, language);
      // (Digit groups before a multiplier, `3 500 milliards`, are read where the models fail: tested apart below.)
      if (!plain || GROUPS_TIMES.test(prepared.text)) continue;
      result.answered++;
      const model = (kind === 'money' ? models.money : models.percent).parse(prepared.text);
      const [mine, theirs] = [comparable(plain), comparable(model)];
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) result.differences.push(`${language} ${kind} ${JSON.stringify(prepared.text)}: ${JSON.stringify(mine)} ≠ ${JSON.stringify(theirs)}`);
    }
  }
  return result;
}

/** A number as agency copy writes it in `language`: grouped or not, with decimals or not, sometimes odd (`007`, `38.5` in French). */
function number(rng: Rng, language: Language): string {
  const int = String(rng.pick([rng.int(0, 9), rng.int(10, 999), rng.int(1000, 999_999), rng.int(1_000_000, 99_999_999), rng.int(0, 99)]));
  const grouped = rng.chance(0.4) ? int.replace(/\B(?=(\d{3})+(?!\d))/g, rng.pick(language === 'fr' ? [' ', '\u00a0', '\u202f', '.'] : [',', ','])) : int;
  const padded = rng.chance(0.03) ? `0${grouped}` : grouped;
  if (!rng.chance(0.4)) return padded;
  const mark = rng.chance(0.9) ? (language === 'fr' ? ',' : '.') : language === 'fr' ? '.' : ',';
  return `${padded}${mark}${String(rng.int(0, 999)).slice(0, rng.int(1, 3))}`;
}

function amount(rng: Rng, language: Language): { text: string; kind: 'money' | 'percent' } {
  const space = () => rng.pick([' ', ' ', '\u00a0', '\u202f', '']);
  if (rng.chance(0.35)) {
    const unit = rng.pick(language === 'fr' ? ['%', '%', 'pour cent', 'pourcent'] : ['%', '%', 'percent', 'per cent', 'pct']);
    return { text: `${number(rng, language)}${/^\p{L}/u.test(unit) ? ' ' : space()}${unit}`, kind: 'percent' };
  }
  const names = (map: ReadonlyMap<string, string>) => [...map.values()].flatMap((n) => n.split('|'));
  const words = language === 'fr' ? ['millions', 'million', 'milliards', 'milliard', 'Md', 'Mds', 'M', 'mrd'] : ['million', 'billion', 'trillion', 'bn', 'm', 'mn', 'tn', 'k', 'M'];
  const times = rng.chance(0.5) ? rng.pick(words) : '';
  if (rng.chance(0.3)) {
    const unit = rng.pick(names(CURRENCIES[language].prefix));
    return { text: `${unit.toUpperCase() === unit ? unit : rng.chance(0.5) ? unit.toUpperCase() : unit}${space()}${number(rng, language)}${times && (times.length <= 2 ? '' : ' ')}${times}`, kind: 'money' };
  }
  const unit = rng.pick(names(CURRENCIES[language].suffix));
  const link = times.length > 2 && language === 'fr' && /^\p{L}/u.test(unit) && !unit.startsWith("d'") ? rng.pick([' de ', ' d’', ' ']) : ' ';
  const glued = times && times.length <= 3 ? `${space()}${times}${space()}` : times ? ` ${times}${link}` : space();
  return { text: `${number(rng, language)}${glued}${unit.replace("d'", rng.pick(["d'", 'd’']))}`, kind: 'money' };
}

describe('the plain-amount reader', () => {
  it('reads generated amounts in French and English as the models do, and most of them', () => {
    for (const language of ['fr', 'en'] as const) {
      const rng = mulberry32(language === 'fr' ? 12 : 34);
      let windows = 0;
      let answered = 0;
      const differences: string[] = [];
      for (let i = 0; i < 1500; i++) {
        const { text } = amount(rng, language);
        const sentence = language === 'fr' ? `Le groupe a annoncé ${text}, a-t-il indiqué.` : `The group announced ${text}, it said.`;
        const seen = compareOn(sentence, language);
        windows += seen.windows;
        answered += seen.answered;
        differences.push(...seen.differences);
      }
      expect(differences).toEqual([]);
      expect(windows).toBeGreaterThan(1000);
      // Plain amounts are most of them: the reader must be doing the work, not declining everything.
      expect(answered / windows).toBeGreaterThan(0.5);
    }
  });

  it('declines what it does not read plainly: number words, signs, two amounts, a French 38.5', () => {
    expect(readPlainMoney("un million d'euros", 'fr')).toBeNull();
    expect(readPlainMoney('£821 million. 2,770', 'en')).toBeNull();
    expect(readPlainPercent('-3 %', 'fr')).toBeNull();
    expect(readPlainPercent('38.5 %', 'fr')).toBeNull();
    expect(readPlainMoney('$2.5T ', 'en')).toBeNull();
    expect(readPlainMoney('$500 dollars', 'en')).toBeNull();
    expect(readPlainMoney("8,2 milliards d'euros", 'fr')?.[0]?.resolution).toEqual({ value: '8200000000', unit: 'EUR' });
  });

  it('reads digit groups before a multiplier, which the models do not', () => {
    const models = modelsFor('fr');
    const window = prepareWindow('3\u202f500 milliards d’euros', 'fr').text;
    expect(models.money.parse(window).map((r: Reading) => r.resolution?.value)).not.toContain('3500000000000');
    expect(readPlainMoney(window, 'fr')?.[0]?.resolution).toEqual({ value: '3500000000000', unit: 'EUR' });
    expect(readPlainMoney(prepareWindow('$1,200 billion', 'en').text, 'en')?.[0]?.resolution).toEqual({ value: '1200000000000', unit: 'USD' });
  });

  it('agrees with the models on the generated library and on the evaluation articles', () => {
    const articles: Array<{ text: string; language: Language }> = Array.from({ length: 300 }, (_, serial) => {
      const a = generateArticle(serial);
      return { text: a.text, language: a.language === 'en' ? 'en' : 'fr' };
    });
    const evalDir = join(import.meta.dirname, '..', '..', 'eval', 'articles');
    for (const f of readdirSync(evalDir).filter((f) => f.endsWith('.txt'))) {
      articles.push({ text: readFileSync(join(evalDir, f), 'utf8'), language: /(?:^|-)en[-_]/.test(f) ? 'en' : 'fr' });
    }
    let answered = 0;
    for (const { text, language } of articles) {
      const seen = compareOn(text, language);
      expect(seen.differences).toEqual([]);
      answered += seen.answered;
    }
    expect(answered).toBeGreaterThan(500);
  });
});

describe.skipIf(!corpusPresent)('the plain-amount reader on the corpus', () => {
  it('agrees with the models on the seeds and the Wikinews articles', () => {
    for (const file of [...seedFiles(), ...wikinewsFiles()]) {
      const language = /\/en_[^/]*$/.test(file) ? 'en' : 'fr';
      expect(compareOn(readFileSync(file, 'utf8'), language).differences).toEqual([]);
    }
  });
});
if (!corpusPresent) describe.skip(`the plain-amount reader on the corpus: ${SKIP_REASON}`, () => {});
