/** English agency news: plurals, verb forms, a/an, and sentence templates. */
import { COMPANIES, EN_PLACES } from './names.ts';
import { zipf, type Rng } from './prng.ts';
import {
  EN_ADJECTIVES, EN_CONNECTORS, EN_FIRMS, EN_IRREGULAR_PAST, EN_NOUNS, EN_RARE, EN_ROLES, EN_SAY_VERBS, EN_TIME,
  EN_UNCOUNTABLE, EN_VERBS,
} from './vocabulary-en.ts';
import { capitalise, groupThousands, type ArticleContext, type Writer } from './writer.ts';

interface Noun { sg: string; pl: string; mass: boolean }
interface Verb { base: string; s: string; past: string; ing: string }
interface NounPhrase { head: string; plural: boolean }

const DOUBLED = new Set(['drop', 'plan', 'stop', 'cut', 'win', 'begin', 'ship']);

export function pluralNoun(noun: string): string {
  const words = noun.split(' ');
  const last = words.pop()!;
  const plural = /man$/u.test(last) ? last.replace(/man$/u, 'men')
    : /[^aeiou]y$/u.test(last) ? `${last.slice(0, -1)}ies`
    : /(?:s|x|z|ch|sh)$/u.test(last) ? `${last}es`
    : `${last}s`;
  return [...words, plural].join(' ');
}

export function verb(base: string): Verb {
  const s = /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ies` : /(?:s|x|z|ch|sh|o)$/u.test(base) ? `${base}es` : `${base}s`;
  const past = EN_IRREGULAR_PAST[base] ?? (/e$/u.test(base) ? `${base}d` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`);
  const ing = DOUBLED.has(base) ? `${base}${base.at(-1)}ing` : /[^e]e$/u.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return { base, s, past, ing };
}

const article = (word: string): string => (/^(?:[aeio]|u(?!ni|s|r))/iu.test(word) ? 'an' : 'a');

const NOUNS = zipf(EN_NOUNS.map((sg) => ({ sg, pl: pluralNoun(sg), mass: false })), 0.9);
const MASS_NOUNS = zipf(EN_UNCOUNTABLE.map((sg) => ({ sg, pl: sg, mass: true })), 0.9);
const ADJECTIVES = zipf(EN_ADJECTIVES, 0.9);
const VERBS = zipf(EN_VERBS.map(verb), 0.9);
const COMPANY = zipf(COMPANIES, 1.1);
const TIME = zipf(EN_TIME);
const PREPOSITIONS = zipf(['for', 'with', 'in', 'on', 'against', 'at', 'despite', 'thanks to', 'ahead of', 'alongside', 'across']);
const MEDIA = ['Reuters', 'AFP', 'the Financial Times', 'Bloomberg', 'the BBC', 'The Guardian', 'Les Echos', 'CNBC'];
const DOMAINS = ['the economy', 'industry', 'culture', 'the interior', 'health', 'energy', 'defence', 'education', 'labour', 'finance'];
const UNIONS = ['the Unite union', 'the GMB union', 'the CWU', 'the AFL-CIO', 'the CGT union', 'staff representatives'];

function nounPhrase(rng: Rng, plural = rng.chance(0.3), withAdjective = rng.chance(0.5)): NounPhrase {
  const noun: Noun = rng.chance(0.2) ? MASS_NOUNS.pick(rng) : NOUNS.pick(rng);
  const isPlural = plural && !noun.mass;
  const head = isPlural ? noun.pl : noun.sg;
  return { head: withAdjective ? `${ADJECTIVES.pick(rng)} ${head}` : head, plural: isPlural };
}

function determine(det: 'the' | 'a' | 'its' | 'this', np: NounPhrase): string {
  if (det === 'a') return np.plural ? np.head : `${article(np.head)} ${np.head}`;
  if (det === 'this') return `${np.plural ? 'these' : 'this'} ${np.head}`;
  return `${det} ${np.head}`;
}

const the = (rng: Rng, plural?: boolean): string => determine('the', nounPhrase(rng, plural));
const any = (rng: Rng): string => determine(rng.pick(['the', 'the', 'a', 'its', 'this'] as const), nounPhrase(rng));
const percent = (rng: Rng): string => (rng.chance(0.7) ? `${rng.int(1, 99)}${rng.chance(0.4) ? `.${rng.int(0, 9)}` : ''}%` : `${rng.int(1, 99)} percent`);

function amount(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0: return `$${rng.int(2, 999)} million`;
    case 1: return `€${rng.int(1, 9)}.${rng.int(1, 9)} billion`;
    case 2: return `£${rng.int(2, 900)} million`;
    default: return `${groupThousands(rng.int(2, 900) * 1000 + rng.int(0, 999), ',')} euros`;
  }
}

function clause(ctx: ArticleContext): string {
  const { rng } = ctx;
  const subject = rng.chance(0.35) ? { text: rng.chance(0.6) ? ctx.company : COMPANY.pick(rng), plural: false } : (() => {
    const np = nounPhrase(rng);
    return { text: determine('the', np), plural: np.plural };
  })();
  const v = VERBS.pick(rng);
  const predicate = rng.pick([
    () => (subject.plural ? v.base : v.s), () => v.past, () => `will ${v.base}`, () => `would ${v.base}`,
    () => `${subject.plural ? 'have' : 'has'} ${v.past}`, () => `${subject.plural ? 'plan' : 'plans'} to ${v.base}`,
    () => `${subject.plural ? 'are' : 'is'} ${v.ing}`,
  ])();
  const tail = rng.pick([
    () => '', () => ` ${PREPOSITIONS.pick(rng)} ${any(rng)}`, () => ` in ${ctx.place}`, () => ` in ${ctx.date.getUTCFullYear() + rng.int(-2, 3)}`,
    () => ` ${TIME.pick(rng)}`, () => `, ${VERBS.pick(rng).ing} ${the(rng)}`,
  ])();
  return `${subject.text} ${predicate} ${any(rng)}${tail}`;
}

const SENTENCES: ((ctx: ArticleContext) => string)[] = [
  (c) => `${c.company} ${VERBS.pick(c.rng).past} ${determine('its', nounPhrase(c.rng))} for ${c.date.getUTCFullYear() + c.rng.int(0, 4)} ${TIME.pick(c.rng)}.`,
  (c) => `“${capitalise(clause(c))},” ${c.person.name}, ${c.role} of ${c.company}, ${c.rng.pick(EN_SAY_VERBS)} at a press conference.`,
  (c) => `${c.company}’s ${nounPhrase(c.rng, false).head} reached ${amount(c.rng)} in ${c.date.getUTCFullYear() - 1}, ${c.rng.pick(['up', 'down'])} ${percent(c.rng)} from a year earlier.`,
  (c) => `According to a study by ${c.rng.pick(EN_FIRMS)}, ${percent(c.rng)} of ${nounPhrase(c.rng, true).head} ${VERBS.pick(c.rng).base} ${any(c.rng)}.`,
  (c) => `${capitalise(clause(c))}.`,
  (c) => `${capitalise(clause(c))}, ${c.rng.pick(['while', 'although', 'because', 'but', 'even though'])} ${clause(c)}.`,
  (c) => `The group, which employs ${groupThousands(c.rng.int(40, 90000), ',')} people in ${c.place}, will ${VERBS.pick(c.rng).base} ${any(c.rng)} by ${c.date.getUTCFullYear() + c.rng.int(1, 5)}.`,
  (c) => `${c.person.name}, ${c.role} of ${c.company}, ${c.rng.pick(EN_SAY_VERBS)} that ${clause(c)}.`,
  (c) => `The ${c.codename} project aims to ${VERBS.pick(c.rng).base} ${any(c.rng)} ${PREPOSITIONS.pick(c.rng)} ${any(c.rng)}.`,
  (c) => `In ${c.rng.pick(['January', 'March', 'May', 'July', 'September', 'November'])} ${c.date.getUTCFullYear() - c.rng.int(0, 3)}, ${c.company} had ${VERBS.pick(c.rng).past} ${determine('a', nounPhrase(c.rng, false))} for ${amount(c.rng)}.`,
  (c) => `The government ${VERBS.pick(c.rng).past} ${any(c.rng)}, the ministry of ${c.rng.pick(DOMAINS)} said in a statement.`,
  (c) => `“${capitalise(clause(c))},” ${c.person.feminine ? 'she' : 'he'} said in an interview with ${c.rng.pick(MEDIA)}.`,
  (c) => `${c.company} claims ${groupThousands(c.rng.int(100, 99000), ',')} ${ADJECTIVES.pick(c.rng)} customers, up from ${groupThousands(c.rng.int(100, 99000), ',')} a year earlier.`,
  (c) => `${c.rng.pick(EN_CONNECTORS)} ${clause(c)}.`,
  (c) => `${c.person.name} summed it up: “${capitalise(clause(c))}.”`,
  (c) => `${c.company} shares ${c.rng.pick(['rose', 'fell', 'gained', 'lost'])} ${percent(c.rng)} in ${c.place} trading, in a market ${c.rng.pick(['up', 'down'])} ${percent(c.rng)}.`,
  (c) => `${groupThousands(c.rng.int(20, 4000), ',')} jobs could be ${VERBS.pick(c.rng).past} by ${c.date.getUTCFullYear() + c.rng.int(1, 4)}, according to ${c.rng.pick(UNIONS)}.`,
  (c) => `${capitalise(the(c.rng))} at ${c.other} had already ${VERBS.pick(c.rng).past} ${any(c.rng)} in ${c.place} since ${c.date.getUTCFullYear() - c.rng.int(1, 8)}.`,
];

function title(c: ArticleContext): string {
  const { rng } = c;
  switch (rng.int(0, 4)) {
    case 0: return `${c.company} ${VERBS.pick(rng).s} ${determine('its', nounPhrase(rng))}`;
    case 1: return `${c.company} and ${c.other} ${VERBS.pick(rng).base} ${determine('a', nounPhrase(rng))}`;
    case 2: return `${c.place}: ${the(rng)} ${VERBS.pick(rng).s} ${the(rng)}`;
    case 3: return `${c.company} ${VERBS.pick(rng).past} ${nounPhrase(rng).head} in ${c.date.getUTCFullYear()}`;
    default: return `${capitalise(nounPhrase(rng, false).head)} at ${c.company}: ${groupThousands(rng.int(2, 9000), ',')} ${nounPhrase(rng, true, false).head} ${VERBS.pick(rng).past}`;
  }
}

export const english: Writer = {
  language: 'en',
  places: EN_PLACES,
  agency: (rng) => rng.pick(['Reuters', 'Reuters', 'AFP', 'AP', 'Bloomberg']),
  role: (rng) => rng.pick(EN_ROLES),
  title,
  sentence: (c) => c.rng.pick(SENTENCES)(c),
  rareSentence: (c) => `${c.rng.pick(EN_CONNECTORS)} ${c.company} ${VERBS.pick(c.rng).past} ${c.rng.pick(EN_RARE)} in ${c.place}, ${c.person.name} ${c.rng.pick(EN_SAY_VERBS)}.`,
};
