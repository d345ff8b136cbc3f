/**
 * Money and percentages: the windows from {@link findWindows} read — plain ones by {@link readPlainMoney} and
 * {@link readPlainPercent}, the rest by the Microsoft models — mapped back to the article's offsets and checked.
 */
import type { Suggestion } from '../types.ts';
import { AMBIGUOUS_UNITS, type Language } from './currencies.ts';
import { letterPrefixed, pence } from './lettered-amounts.ts';
import { readPlainMoney, readPlainPercent } from './plain-amounts.ts';
import { modelsFor } from './recognisers.ts';
import { findWindows, prepareWindow, settleSpan } from './windows.ts';

export const MONEY_SCORE = 0.9;
export const PERCENT_SCORE = 0.95;

/** A percentage must show its sign or word: the English model also reads `5 cents` as 5 %. */
const PERCENT_WORD = /%|pour[\s\u00a0\u202f-]?cents?|pourcents?|per[\s\u00a0\u202f]?cent|percent|pct/iu;
/** `2 percentage points`, `3 points de pourcentage` are differences, not ratios. */
const POINTS_AFTER = /^[\s\u00a0\u202f]*(?:points?|pts?)\b/iu;
/** What makes an ambiguous unit (`livres`, `pounds`) money: a multiplier. */
const MULTIPLIER = /millions?|milliards?|billions?|trillions?|(?<=\d[\s\u00a0\u202f]?)(?:bn|mds?|mrds?|md|m|k|b|tn)(?![\p{L}])/iu;

/** A conversion in brackets after an amount: ` ($56,500)`, ` (about €60,000)`. */
const CONVERTED = /^[\s\u00a0]*\((?:about|around|roughly|some|environ|soit)?[\s\u00a0]*(?:[$€£¥₹]|US\$|A\$|C\$)[\s\u00a0]?\d/u;

/**
 * Turns a resolution value into a number: the French parser writes `38,5` and `44,4%`, the English one `38.5`; large
 * values may come in exponent form (`1,2E+15`).
 */
export function resolvedNumber(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).replace('%', '').replace(',', '.').trim();
  if (!/^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Rounds away the binary noise of `0.444000000001` (ratios to 12 significant digits). */
export function clean(n: number): number {
  return Number(n.toPrecision(12));
}

function lastUnitWord(span: string): string {
  const words = span.toLowerCase().replace(/['’ʼ‘]/gu, "'").split(/[\s\u00a0\u202f]+/u);
  const last = words.at(-1) ?? '';
  return last.startsWith("d'") ? last.slice(2) : last;
}

/**
 * Currencies several countries call by one name (rupees, pesos), written without the country (`Rs 1.2 billion`,
 * `90,000 rupees`, `2.4 million pesos`): the code read for the plain name, the pattern of the plain name, and the
 * countries with the words that show an article is about one, the first the default.
 */
const SHARED_NAMES: Array<{ code: string; plain: RegExp; countries: Array<[string, RegExp]> }> = [
  {
    code: 'INR',
    plain: /^(?:rs\.?|rupees?|roupies?)$/iu,
    countries: [
      ['INR', /(?<![\p{L}])(?:India|Indian|Inde|indien(?:ne)?s?|Delhi|Mumbai|Bombay|Bangalore|Bengaluru|Chennai|Kolkata)(?![\p{L}])/gu],
      ['PKR', /(?<![\p{L}])(?:Pakistan|Pakistani|pakistanaise?s?|Islamabad|Karachi|Lahore|Rawalpindi|Peshawar)(?![\p{L}])/gu],
      ['LKR', /(?<![\p{L}])(?:Sri Lanka|Sri Lankan|sri-lankaise?s?|Colombo)(?![\p{L}])/gu],
      ['NPR', /(?<![\p{L}])(?:Nepal|Népal|Nepali|Nepalese|népalaise?s?|Kathmandu|Katmandou)(?![\p{L}])/gu],
    ],
  },
  {
    code: 'MXN',
    plain: /^pesos?$/iu,
    countries: [
      ['MXN', /(?<![\p{L}])(?:Mexico|Mexique|Mexican|mexicaine?s?|Mexico City|Monterrey|Guadalajara)(?![\p{L}])/gu],
      ['COP', /(?<![\p{L}])(?:Colombia|Colombie|Colombian|colombienne?s?|Bogota|Bogotá|Medellín|Medellin|Cali)(?![\p{L}])/gu],
      ['ARS', /(?<![\p{L}])(?:Argentina|Argentine|Argentinian|argentine?s?|Buenos Aires|Córdoba|Rosario)(?![\p{L}])/gu],
      ['CLP', /(?<![\p{L}])(?:Chile|Chili|Chilean|chilienne?s?|Santiago|Valparaíso)(?![\p{L}])/gu],
      ['PHP', /(?<![\p{L}])(?:Philippines|Philippine|Filipino|philippine?s?|Manila|Manille)(?![\p{L}])/gu],
      ['UYU', /(?<![\p{L}])(?:Uruguay|Uruguayan|uruguayenne?s?|Montevideo)(?![\p{L}])/gu],
      ['DOP', /(?<![\p{L}])(?:Dominican Republic|République dominicaine|Santo Domingo|Saint-Domingue)(?![\p{L}])/gu],
    ],
  },
  {
    // A plain `shillings`: Kenyan, Ugandan, Tanzanian or Somali, by the country the article names most.
    code: 'KES',
    plain: /^shillings?$/iu,
    countries: [
      ['KES', /(?<![\p{L}])(?:Kenya|Kenyan|Nairobi|Mombasa|Kisumu)(?![\p{L}])/gu],
      ['UGX', /(?<![\p{L}])(?:Uganda|Ugandan|Kampala)(?![\p{L}])/gu],
      ['TZS', /(?<![\p{L}])(?:Tanzania|Tanzanian|Dar es Salaam|Dodoma|Zanzibar)(?![\p{L}])/gu],
      ['SOS', /(?<![\p{L}])(?:Somalia|Somali|Mogadishu)(?![\p{L}])/gu],
    ],
  },
  {
    // A plain `francs`: the Swiss, West or Central African, Congolese or Rwandan one in an article about them; the
    // French franc otherwise (`en 1990, 10 000 francs`).
    code: 'FRF',
    plain: /^francs?$/iu,
    countries: [
      ['FRF', /(?<![\p{L}])(?:France|French|français(?:e|es)?|Paris)(?![\p{L}])/gu],
      ['CHF', /(?<![\p{L}])(?:Switzerland|Swiss|Suisse|suisses?|helvétiques?|Geneva|Genève|Zurich|Bern|Berne|Lausanne|Basel|Bâle|Lugano)(?![\p{L}])/gu],
      ['XOF', /(?<![\p{L}])(?:Senegal|Sénégal|Senegalese|sénégalaise?s?|Côte d['’]Ivoire|Ivory Coast|Ivorian|ivoirienne?s?|Mali|Malian|malienne?s?|Burkina Faso|Niger|Benin|Bénin|Togo|Dakar|Abidjan|Bamako|Ouagadougou|Niamey|Lomé|Cotonou|Cameroon|Cameroun|Gabon|Chad|Tchad|Yaoundé|Douala|Libreville|N['’]Djamena)(?![\p{L}])/gu],
      ['CDF', /(?<![\p{L}])(?:DRC|RDC|Democratic Republic of (?:the )?Congo|République démocratique du Congo|Congolese|congolaise?s?|Kinshasa|Lubumbashi|Goma)(?![\p{L}])/gu],
      ['RWF', /(?<![\p{L}])(?:Rwanda|Rwandan|rwandaise?s?|Kigali)(?![\p{L}])/gu],
    ],
  },
];

/** The currency an article means by a shared name: the country it names most (the first when none). */
function sharedCurrencyOf(text: string, countries: Array<[string, RegExp]>): string {
  let best = countries[0]![0];
  let most = 0;
  for (const [code, words] of countries) {
    const n = text.match(words)?.length ?? 0;
    if (n > most) [best, most] = [code, n];
  }
  return best;
}

/** MONEY and PERCENT suggestions of `text`, in text order. */
export function findAmounts(text: string, language: Language): Suggestion[] {
  const windows = findWindows(text, language);
  if (windows.length === 0) return language === 'en' ? letterPrefixed(text, []) : [];
  const models = modelsFor(language);
  const found: Suggestion[] = [];
  const shared = new Map<string, string>();
  for (const window of windows) {
    const original = text.slice(window.start, window.end);
    const prepared = prepareWindow(original, language);
    if (window.kinds.has('money')) {
      for (const result of readPlainMoney(prepared.text, language) ?? models.money.parse(prepared.text)) {
        const amount = resolvedNumber(result.resolution?.value);
        let currency = result.resolution?.unit;
        if (amount === null || amount <= 0 || typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) continue;
        const { start: s, end: e, times } = settleSpan(original, prepared, result.start, result.end + 1);
        const span = original.slice(s, e);
        const unit = lastUnitWord(span);
        // (`50,000 pounds ($56,500)`: an amount another currency converts is money.)
        if (AMBIGUOUS_UNITS[language].has(unit) && !MULTIPLIER.test(span) && !CONVERTED.test(text.slice(window.start + e, window.start + e + 24))) continue;
        // `Rs 1.2 billion` in an article about Pakistan is in Pakistani rupees; `2.4 million pesos` about Colombia, in
        // Colombian pesos.
        const firstWord = span.split(/[\s\u00a0\u202f\d]/u)[0] ?? '';
        const name = SHARED_NAMES.find((n) => n.code === currency && (n.plain.test(unit) || n.plain.test(firstWord)));
        if (name) {
          if (!shared.has(name.code)) shared.set(name.code, sharedCurrencyOf(text, name.countries));
          currency = shared.get(name.code)!;
        }
        // `64 cents`, `1,348 pence`: hundredths of the dollar, of the pound.
        const hundredths = unit === 'cents' || unit === 'pence' ? 100 : 1;
        found.push({
          type: 'MONEY', start: window.start + s, end: window.start + e, text: span,
          value: { kind: 'money', amount: clean((amount * times) / hundredths), currency }, source: 'recogniser', score: MONEY_SCORE,
        });
      }
    }
    if (window.kinds.has('percent')) {
      for (const result of readPlainPercent(prepared.text, language) ?? models.percent.parse(prepared.text)) {
        const percent = resolvedNumber(result.resolution?.value);
        if (percent === null) continue;
        const { start: s, end: e } = settleSpan(original, prepared, result.start, result.end + 1);
        const span = original.slice(s, e);
        if (!PERCENT_WORD.test(span) || POINTS_AFTER.test(text.slice(window.start + e, window.start + e + 12))) continue;
        found.push({
          type: 'PERCENT', start: window.start + s, end: window.start + e, text: span,
          value: { kind: 'percent', ratio: clean(percent / 100) }, source: 'recogniser', score: PERCENT_SCORE,
        });
      }
    }
  }
  if (language === 'en') found.push(...pence(text, found), ...letterPrefixed(text, found));
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
