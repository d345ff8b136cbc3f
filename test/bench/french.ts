/** French agency news: inflection (plurals, feminines, conjugations), elision, and sentence templates. */
import { COMPANIES, FR_PLACES, type Person } from './names.ts';
import { interleave, zipf, type Rng } from './prng.ts';
import {
  FR_ADJECTIVES, FR_CONNECTORS, FR_FIRMS, FR_NOUNS_F, FR_NOUNS_M, FR_RARE, FR_ROLES, FR_SAY_VERBS, FR_TIME, FR_VERBS,
} from './vocabulary-fr.ts';
import { capitalise, groupThousands, type ArticleContext, type Writer } from './writer.ts';

const NBSP = '\u00a0';
const VOWEL_START = /^(?:[aeiouyàâäéèêëîïôöùûüœ]|h[ôéiou])/iu;

interface Noun { sg: string; pl: string; fem: boolean; mass: boolean }
interface Adjective { ms: string; fs: string; mp: string; fp: string; before: boolean }
interface Verb { pres: [string, string]; pp: string; ppf: string; impf: [string, string]; fut: [string, string]; cond: [string, string]; inf: string; ppr: string }
interface NounPhrase { head: string; plural: boolean; fem: boolean }

const MASS = new Set(`cloud computing|internet|numérique|pétrole|gaz|charbon|climat|réchauffement|environnement|lait|blé|
tourisme|patrimoine|trafic|main-d’œuvre|santé|justice|police|sécurité sociale|intelligence artificielle|cybersécurité|
agriculture|pêche|culture|économie|inflation|croissance|concurrence|souveraineté|confidentialité|jeunesse|électricité|
énergie|clientèle|trésorerie|rentabilité|presse|recherche|télévision|radio|stockage|hébergement|recyclage|élevage|
enseignement|capital|secrétariat|automne|hiver|printemps`.split(/\|\s*/u));
const ADJECTIVES_BEFORE = new Set(['grand', 'petit', 'premier', 'dernier', 'prochain', 'ancien', 'haut', 'court']);

function pluralWord(word: string): string {
  if (/[sxz]$/u.test(word)) return word;
  if (/(?:eau|au|eu|œu)$/u.test(word)) return `${word}x`;
  if (/al$/u.test(word)) return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}

/** "chiffre d’affaires" → "chiffres d’affaires", "fibre optique" → "fibres optiques". */
export function pluralNoun(noun: string): string {
  const parts = noun.split(' ');
  const stop = parts.findIndex((p) => p === 'de' || p.includes('’'));
  return parts.map((p, i) => (stop === -1 || i < stop ? pluralWord(p) : p)).join(' ');
}

export function feminine(adj: string): string {
  const rules: [RegExp, string][] = [
    [/e$/u, 'e'], [/é$/u, 'ée'], [/u$/u, 'ue'], [/if$/u, 'ive'], [/eux$/u, 'euse'], [/el$/u, 'elle'], [/en$/u, 'enne'],
    [/er$/u, 'ère'], [/on$/u, 'onne'], [/et$/u, 'ette'], [/ic$/u, 'ique'], [/s$/u, 'se'], [/il$/u, 'ile'],
  ];
  for (const [pattern, ending] of rules) if (pattern.test(adj)) return ending === 'e' ? adj : adj.replace(pattern, ending);
  return `${adj}e`;
}

function adjective(ms: string): Adjective {
  const fs = feminine(ms);
  const mp = /[sx]$/u.test(ms) ? ms : /al$/u.test(ms) ? `${ms.slice(0, -2)}aux` : `${ms}s`;
  return { ms, fs, mp, fp: `${fs}s`, before: ADJECTIVES_BEFORE.has(ms) };
}

/** Regular first- and second-group conjugation; ç and ge keep the sound before a and o. */
export function verb(inf: string): Verb {
  const stem = inf.slice(0, -2);
  if (inf.endsWith('ir')) {
    return {
      inf, pres: [`${stem}it`, `${stem}issent`], pp: `${stem}i`, ppf: `${stem}ie`, impf: [`${stem}issait`, `${stem}issaient`],
      fut: [`${stem}ira`, `${stem}iront`], cond: [`${stem}irait`, `${stem}iraient`], ppr: `${stem}issant`,
    };
  }
  const soft = (ending: string): string =>
    /^[ao]/u.test(ending) ? (stem.endsWith('c') ? `${stem.slice(0, -1)}ç${ending}` : stem.endsWith('g') ? `${stem}e${ending}` : stem + ending) : stem + ending;
  return {
    inf, pres: [soft('e'), soft('ent')], pp: soft('é'), ppf: soft('ée'), impf: [soft('ait'), soft('aient')],
    fut: [soft('era'), soft('eront')], cond: [soft('erait'), soft('eraient')], ppr: soft('ant'),
  };
}

const V = '(?=[aeiouyàâäéèêëîïôöùûüœAEIOUYÀÂÉÈÊÎÔÛŒ]|[hH][ôéiou])';
const NOT_AFTER_LETTER = '(?<![\\p{L}])';
type Replacer = (match: string, first: string) => string;
const ELISIONS: [RegExp, Replacer][] = [
  [new RegExp(`${NOT_AFTER_LETTER}([Dd])e des (?=\\p{L})`, 'gu'), (_, d) => `${d}e `],
  [new RegExp(`${NOT_AFTER_LETTER}([Ll])[ea] ${V}`, 'gu'), (_, l) => `${l}’`],
  [new RegExp(`${NOT_AFTER_LETTER}([DdNnSs])e ${V}`, 'gu'), (_, d) => `${d}’`],
  [new RegExp(`${NOT_AFTER_LETTER}([Qq]u)e ${V}`, 'gu'), (_, qu) => `${qu}’`],
  [new RegExp(`${NOT_AFTER_LETTER}([Cc])e ${V}`, 'gu'), (_, c) => `${c}et `],
  [new RegExp(`${NOT_AFTER_LETTER}([Dd])e le (?=\\p{L})`, 'gu'), (_, d) => `${d}u `],
  [new RegExp(`${NOT_AFTER_LETTER}([Dd])e les (?=\\p{L})`, 'gu'), (_, d) => `${d}es `],
  [new RegExp(`${NOT_AFTER_LETTER}([àÀ]) (le|les) (?=\\p{L})`, 'gu'), (m, a) => `${a === 'À' ? 'Au' : 'au'}${m.includes('les') ? 'x' : ''} `],
];

/** Elision and contraction, as a French writer would: "de le opérateur" → "de l’opérateur", "à les" → "aux". */
export function elide(text: string): string {
  return ELISIONS.reduce((out, [pattern, replace]) => out.replace(pattern, replace), text);
}

const NOUNS = zipf(interleave<Noun>(
  FR_NOUNS_M.map((sg) => ({ sg, pl: pluralNoun(sg), fem: false, mass: MASS.has(sg) })),
  FR_NOUNS_F.map((sg) => ({ sg, pl: pluralNoun(sg), fem: true, mass: MASS.has(sg) })),
), 0.9);
const ADJECTIVES = zipf(FR_ADJECTIVES.map(adjective), 0.9);
const VERBS = zipf(FR_VERBS.map(verb), 0.9);
const COMPANY = zipf(COMPANIES, 1.1);
const TIME = zipf(FR_TIME);
const PREPOSITIONS = zipf(['pour', 'avec', 'dans', 'sur', 'contre', 'chez', 'selon', 'malgré', 'grâce à', 'face à', 'auprès de', 'en faveur de', 'à destination de']);
const MEDIA = ['l’AFP', 'Reuters', 'Les Échos', 'La Tribune', 'Le Monde', 'Le Figaro', 'France Info', 'BFM Business', 'Libération', 'L’Usine nouvelle'];
const MINISTRIES = ['de l’Économie', 'de l’Industrie', 'de la Culture', 'de l’Intérieur', 'de la Santé', 'de l’Écologie', 'de la Défense', 'de l’Éducation nationale', 'du Travail', 'des Finances'];
const UNIONS = ['la CGT', 'la CFDT', 'FO', 'Sud', 'la CFE-CGC', 'l’Unsa'];

function nounPhrase(rng: Rng, plural = rng.chance(0.3), withAdjective = rng.chance(0.55)): NounPhrase {
  const noun = NOUNS.pick(rng);
  const isPlural = plural && !noun.mass;
  let head = isPlural ? noun.pl : noun.sg;
  if (withAdjective) {
    const adj = ADJECTIVES.pick(rng);
    const form = noun.fem ? (isPlural ? adj.fp : adj.fs) : isPlural ? adj.mp : adj.ms;
    head = adj.before ? `${form} ${head}` : `${head} ${form}`;
  }
  return { head, plural: isPlural, fem: noun.fem };
}

function determine(det: 'le' | 'un' | 'son' | 'ce', np: NounPhrase): string {
  if (np.plural) return `${{ le: 'les', un: 'des', son: 'ses', ce: 'ces' }[det]} ${np.head}`;
  if (det === 'le') return `${np.fem ? 'la' : 'le'} ${np.head}`;
  if (det === 'un') return `${np.fem ? 'une' : 'un'} ${np.head}`;
  if (det === 'son') return `${np.fem && !VOWEL_START.test(np.head) ? 'sa' : 'son'} ${np.head}`;
  return `${np.fem ? 'cette' : 'ce'} ${np.head}`;
}

const the = (rng: Rng, plural?: boolean): string => determine('le', nounPhrase(rng, plural));
const any = (rng: Rng): string => determine(rng.pick(['le', 'le', 'un', 'son', 'ce'] as const), nounPhrase(rng));

function percent(rng: Rng): string {
  const whole = rng.int(1, 99);
  return `${rng.chance(0.4) ? `${whole},${rng.int(0, 9)}` : whole}${rng.chance(0.8) ? NBSP : ''}%`;
}

function amount(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0: return `${rng.int(2, 999)} millions d’euros`;
    case 1: return `${rng.int(1, 9)},${rng.int(1, 9)} milliards d’euros`;
    case 2: return `${groupThousands(rng.int(2, 900) * 1000 + rng.int(0, 999), '.')} euros`;
    default: return `${rng.int(2, 500)} millions de dollars`;
  }
}

function clause(ctx: ArticleContext): string {
  const { rng } = ctx;
  const subject = rng.chance(0.35) ? { text: rng.chance(0.6) ? ctx.company : COMPANY.pick(rng), plural: false } : (() => {
    const np = nounPhrase(rng);
    return { text: determine('le', np), plural: np.plural };
  })();
  const v = VERBS.pick(rng);
  const n = subject.plural ? 1 : 0;
  const predicate = rng.pick([
    () => v.pres[n], () => v.impf[n], () => v.fut[n], () => v.cond[n], () => `${n ? 'ont' : 'a'} ${v.pp}`,
    () => `${n ? 'devraient' : 'devrait'} ${v.inf}`, () => `${n ? 'veulent' : 'veut'} ${v.inf}`,
  ])();
  const tail = rng.pick([
    () => '', () => ` ${PREPOSITIONS.pick(rng)} ${any(rng)}`, () => ` à ${ctx.place}`, () => ` en ${ctx.date.getUTCFullYear() + rng.int(-2, 3)}`,
    () => ` ${TIME.pick(rng)}`, () => `, en ${v.ppr} ${the(rng)}`,
  ])();
  return `${subject.text} ${predicate} ${any(rng)}${tail}`;
}

const SENTENCES: ((ctx: ArticleContext) => string)[] = [
  (c) => `${c.company} a ${VERBS.pick(c.rng).pp} ${TIME.pick(c.rng)} ${determine('son', nounPhrase(c.rng))} pour ${c.date.getUTCFullYear() + c.rng.int(0, 4)}.`,
  (c) => `“${capitalise(clause(c))}”, a ${c.rng.pick(FR_SAY_VERBS)} ${c.person.name}, ${c.role} de ${c.company}, lors d’une conférence de presse.`,
  (c) => `${capitalise(the(c.rng, false))} de ${c.company} a atteint ${amount(c.rng)} en ${c.date.getUTCFullYear() - 1}, en ${c.rng.pick(['hausse', 'baisse'])} de ${percent(c.rng)} sur un an.`,
  (c) => `Selon une étude du cabinet ${c.rng.pick(FR_FIRMS)}, ${percent(c.rng)} de ${the(c.rng, true)} ${VERBS.pick(c.rng).pres[1]} ${any(c.rng)}.`,
  (c) => `${capitalise(clause(c))}.`,
  (c) => `${capitalise(clause(c))}, ${c.rng.pick(['tandis que', 'alors que', 'même si', 'car', 'mais'])} ${clause(c)}.`,
  (c) => `Le groupe, qui emploie ${groupThousands(c.rng.int(40, 90000), '.')} salariés à ${c.place}, ${VERBS.pick(c.rng).fut[0]} ${any(c.rng)} d’ici ${c.date.getUTCFullYear() + c.rng.int(1, 5)}.`,
  (c) => `${c.person.name}, ${c.role} de ${c.company}, a ${c.rng.pick(FR_SAY_VERBS)} que ${clause(c)}.`,
  (c) => `Le projet ${c.codename} vise à ${VERBS.pick(c.rng).inf} ${any(c.rng)} ${PREPOSITIONS.pick(c.rng)} ${any(c.rng)}.`,
  (c) => `En ${c.rng.pick(['janvier', 'mars', 'mai', 'juillet', 'septembre', 'novembre', 'février', 'août', 'décembre'])} ${c.date.getUTCFullYear() - c.rng.int(0, 3)}, ${c.company} avait ${VERBS.pick(c.rng).pp} ${determine('un', nounPhrase(c.rng, false))} pour ${amount(c.rng)}.`,
  (c) => `L’État ${VERBS.pick(c.rng).pres[0]} ${any(c.rng)}, a ${c.rng.pick(FR_SAY_VERBS)} le ministère ${c.rng.pick(MINISTRIES)} dans un communiqué.`,
  (c) => `“${capitalise(clause(c))}”, a-t-${c.person.feminine ? 'elle' : 'il'} ${c.rng.pick(FR_SAY_VERBS)} lors d’un entretien avec ${c.rng.pick(MEDIA)}.`,
  (c) => `${c.company} revendique ${groupThousands(c.rng.int(100, 99000), '.')} clients ${ADJECTIVES.pick(c.rng).mp}, contre ${groupThousands(c.rng.int(100, 99000), '.')} un an plus tôt.`,
  (c) => `${c.rng.pick(FR_CONNECTORS)} ${clause(c)}.`,
  (c) => `${c.person.name} l’a résumé ainsi${NBSP}: “${capitalise(clause(c))}.”`,
  (c) => `Le titre ${c.company} ${c.rng.pick(['gagnait', 'perdait', 'cédait', 'prenait'])} ${percent(c.rng)} à ${c.rng.int(9, 17)}h${String(c.rng.int(0, 59)).padStart(2, '0')} à la Bourse de Paris, dans un marché en ${c.rng.pick(['hausse', 'baisse'])} de ${percent(c.rng)}.`,
  (c) => `${groupThousands(c.rng.int(20, 4000), '.')} emplois pourraient être ${VERBS.pick(c.rng).pp}s d’ici ${c.date.getUTCFullYear() + c.rng.int(1, 4)}, selon ${c.rng.pick(UNIONS)}.`,
  (c) => `${capitalise(the(c.rng))} ${c.company === c.other ? '' : `de ${c.other} `}${VERBS.pick(c.rng).impf[0]} déjà ${any(c.rng)} à ${c.place} depuis ${c.date.getUTCFullYear() - c.rng.int(1, 8)}.`,
];

function title(c: ArticleContext): string {
  const { rng } = c;
  switch (rng.int(0, 4)) {
    case 0: return elide(`${c.company} ${VERBS.pick(rng).pres[0]} ${determine('son', nounPhrase(rng))}`);
    case 1: return elide(`“${capitalise(nounPhrase(rng, false, false).head)}”${NBSP}: ${c.company} ${VERBS.pick(rng).pres[0]} ${the(rng)} en ${c.date.getUTCFullYear()}`);
    case 2: return elide(`${c.place}${NBSP}: ${the(rng)} ${VERBS.pick(rng).pres[0]} ${the(rng)}`);
    case 3: return elide(`${c.company} et ${c.other} ${VERBS.pick(rng).pres[1]} ${determine('un', nounPhrase(rng))}`);
    default: return elide(`${capitalise(the(rng))} de ${c.company}${NBSP}: ${groupThousands(rng.int(2, 9000), '.')} ${nounPhrase(rng, true, false).head} ${VERBS.pick(rng).pp}s`);
  }
}

export const french: Writer = {
  language: 'fr',
  places: FR_PLACES,
  agency: (rng) => (rng.chance(0.85) ? 'AFP' : rng.pick(['Reuters', 'AP'])),
  role: (rng, person: Person) => {
    const [m, f] = rng.pick(FR_ROLES);
    return person.feminine ? f : m;
  },
  title,
  sentence: (c) => elide(c.rng.pick(SENTENCES)(c)),
  rareSentence: (c) => elide(`${c.rng.pick(FR_CONNECTORS)} ${c.company} a ${VERBS.pick(c.rng).pp} ${c.rng.pick(FR_RARE)} à ${c.place}, a ${c.rng.pick(FR_SAY_VERBS)} ${c.person.name}.`),
};
