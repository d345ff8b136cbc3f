/**
 * Generated agency news for the benchmarks: ~75 % French, ~25 % English, ~400 words each, in the shape of the real
 * inputs (title line, blank line, "[26/01/2012 11:18:42] PARIS (AFP) …" dateline, paragraphs). Article n is the same
 * on every run, whatever slice it is generated in; its dateline time is unique, so no two texts are equal.
 */
import { sourceFromBytes, type ImportSource } from '../../app/import/import-batch.ts';
import { english } from './english.ts';
import { french } from './french.ts';
import { COMPANIES, FIRST_NAMES, NOTABLE_PEOPLE, SURNAMES, type Person } from './names.ts';
import { mulberry32, seedFor, zipf, type Rng } from './prng.ts';
import { CODENAMES, type ArticleContext, type Writer } from './writer.ts';

export const DEFAULT_SEED = 20120126;
export const FRENCH_SHARE = 0.75;
export const RARE_SHARE = 0.03;

export interface GeneratedArticle {
  name: string;
  language: 'fr' | 'en';
  text: string;
}

const START = Date.UTC(2011, 0, 3, 6, 0, 0);
const MINUTES_PER_ARTICLE = 9;
const COMPANY = zipf(COMPANIES, 1.1);
const NOTABLE = zipf(NOTABLE_PEOPLE);
const FIRST_NAME = zipf(FIRST_NAMES, 0.8);
const SURNAME = zipf(SURNAMES, 0.8);
const FR_PLACE = zipf(french.places, 1.1);
const EN_PLACE = zipf(english.places, 1.1);

export function generateArticle(serial: number, seed = DEFAULT_SEED): GeneratedArticle {
  const rng = mulberry32(seedFor(seed, serial));
  const writer = rng.chance(FRENCH_SHARE) ? french : english;
  const ctx = context(rng, writer, serial);
  const targetWords = 290 + rng.int(0, 72) + rng.int(0, 72);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const sentences: string[] = [];
    for (let n = rng.int(1, 3); n > 0; n--) sentences.push(writer.sentence(ctx));
    const paragraph = sentences.join(' ');
    words += paragraph.split(' ').length;
    paragraphs.push(paragraph);
  }
  if (rng.chance(RARE_SHARE)) {
    const at = rng.int(1, paragraphs.length);
    paragraphs.splice(at, 0, writer.rareSentence(ctx));
  }
  paragraphs[0] = `${dateline(ctx, writer)} ${paragraphs[0]}`;
  return {
    name: `article-${String(serial).padStart(6, '0')}.txt`,
    language: writer.language,
    text: `${writer.title(ctx)}\n\n${paragraphs.join('\n\n')}\n`,
  };
}

/** Import sources for articles from..from+count-1, already encoded (so generating them is never part of a timing). */
export function generateSources(from: number, count: number, seed = DEFAULT_SEED): ImportSource[] {
  const encoder = new TextEncoder();
  const sources: ImportSource[] = [];
  for (let serial = from; serial < from + count; serial++) {
    const article = generateArticle(serial, seed);
    sources.push(sourceFromBytes(article.name, encoder.encode(article.text)));
  }
  return sources;
}

function context(rng: Rng, writer: Writer, serial: number): ArticleContext {
  const minutes = serial * MINUTES_PER_ARTICLE + rng.int(0, MINUTES_PER_ARTICLE - 1);
  const date = new Date(START + minutes * 60_000 + rng.int(0, 59) * 1000);
  const company = COMPANY.pick(rng);
  let other = COMPANY.pick(rng);
  while (other === company) other = COMPANY.pick(rng);
  const person = pickPerson(rng);
  return {
    rng, date, company, other, person, role: writer.role(rng, person),
    place: (writer === french ? FR_PLACE : EN_PLACE).pick(rng), codename: rng.pick(CODENAMES),
  };
}

function pickPerson(rng: Rng): Person {
  if (rng.chance(0.15)) return NOTABLE.pick(rng);
  const first = FIRST_NAME.pick(rng);
  return { name: `${first.name} ${SURNAME.pick(rng)}`, feminine: first.feminine };
}

function dateline(ctx: ArticleContext, writer: Writer): string {
  const d = ctx.date;
  const two = (n: number): string => String(n).padStart(2, '0');
  const day = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `[${day} ${time}] ${ctx.place.toLocaleUpperCase(writer.language)} (${writer.agency(ctx.rng)})`;
}
