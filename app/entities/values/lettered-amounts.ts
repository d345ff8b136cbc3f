// Amounts English news writes with a letter the recognisers cannot take alone, in an article that names the currency
// or its country elsewhere: pence (`55p`, `up 4p`), rand (`R28 billion`), naira (`N4.2 billion`) and East African
// shillings (`Sh71.2 billion`).
import type { Suggestion } from '../types.ts';
import { clean, MONEY_SCORE } from './amounts.ts';

const PENCE = /(?<![\p{L}\p{N}.,£$€])(\d{1,3}(?:\.\d{1,2})?)p(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/gu;
const POUNDS = /£|\bpence\b|\bpounds?\b|\bsterling\b|\bGBP\b/u;

/** `55p`, `up 4p`: pence written with their letter, in an article that speaks of pounds elsewhere. */
export function pence(text: string, found: Suggestion[]): Suggestion[] {
  if (!POUNDS.test(text)) return [];
  const out: Suggestion[] = [];
  for (const m of text.matchAll(PENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((s) => s.start < end && s.end > start)) continue;
    out.push({ type: 'MONEY', start, end, text: m[0], value: { kind: 'money', amount: clean(Number(m[1]) / 100), currency: 'GBP' }, source: 'recogniser', score: MONEY_SCORE });
  }
  return out;
}

/** A letter before a number and a multiplier: `R28 billion`, `N4.2bn`, `Sh71.2 billion`. */
const LETTERED = /(?<![\p{L}\p{N}$€£])(R|N|K?Sh)[ \u00a0]?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)[ \u00a0]?(trillion|billion|million|tn|bn|m)(?![\p{L}\p{N}])/gu;
const TIMES: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, m: 1e6 };
/** Each letter's currency, and the words that show an article is about it. */
const LETTER_CURRENCIES: Record<string, Array<[string, RegExp]>> = {
  R: [['ZAR', /\b(?:rand|South Africa|South African|Johannesburg|Pretoria|Cape Town|Durban|ZAR)\b/u]],
  N: [['NGN', /\b(?:naira|Nigeria|Nigerian|Lagos|Abuja|NGN)\b/u]],
  Sh: [['KES', /\b(?:Kenya|Kenyan|Nairobi|Mombasa)\b/u], ['UGX', /\b(?:Uganda|Ugandan|Kampala)\b/u], ['TZS', /\b(?:Tanzania|Tanzanian|Dar es Salaam|Dodoma)\b/u]],
  KSh: [['KES', /./u]],
};

/** Rand, naira and shillings written with their letter and a multiplier, where the article names their country. */
export function letterPrefixed(text: string, found: Suggestion[]): Suggestion[] {
  if (!/(?<![\p{L}])(?:R|N|K?Sh)[ \u00a0]?\d/u.test(text)) return [];
  const out: Suggestion[] = [];
  for (const m of text.matchAll(LETTERED)) {
    const currency = LETTER_CURRENCIES[m[1]!]!.find(([, words]) => words.test(text))?.[0];
    const start = m.index;
    const end = start + m[0].length;
    if (!currency || found.some((s) => s.start < end && s.end > start)) continue;
    const amount = clean(Number(m[2]!.replace(/,/gu, '')) * TIMES[m[3]!]!);
    out.push({ type: 'MONEY', start, end, text: m[0], value: { kind: 'money', amount, currency }, source: 'recogniser', score: MONEY_SCORE });
  }
  return out;
}
