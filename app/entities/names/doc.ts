// The text being read and its candidates, shared by every step of names.ts, with the queries they all make.
import type { SuggestContext } from '../types.ts';
import { foldKey } from './fold.ts';
import type { Gazetteer, Place } from './gazetteer.ts';
import { LOC_CUES, LOC_OF_CUES, ORG_HEADS, STOP_WORDS } from './lexicon.ts';
import { organisation } from './organisations.ts';
import { tokenise, type Token, type TokenisedText } from './tokens.ts';

export interface Doc extends TokenisedText {
  readonly text: string;
  readonly gaz: Gazetteer;
  readonly language: 'fr' | 'en' | null;
  /** The keys already folded, by span (keyOf is asked for the same spans many times over). */
  readonly keys: Map<number, string>;
}

export type NameType = 'PER' | 'ORG' | 'LOC';

export interface Candidate {
  /** Token indices, inclusive. */
  a: number;
  b: number;
  /** keyOf(a, b): the same name elsewhere in the text has the same key. */
  key: string;
  type: NameType | null;
  score: number;
  /** Labelled LOC from the gazetteer (the suggestion's source). */
  gazetteer: boolean;
  /** How the label was reached: by a cue, copied from a cue label, or guessed (coordination, frequency). */
  how: 'cue' | 'propagated' | 'guessed' | null;
  /** A title stripped from the start of the sequence (`President` in `President Obama`). */
  title: 'civility' | 'role' | null;
}

/** Words often capitalised that name nothing by themselves. */
const COMMON_CAPITALISED = new Set(['internet', 'web', 'etat', 'bourse', 'cloud', 'net', 'dieu', 'god', 'gouvernement', 'government', 'republique', 'president', 'premier']);

export function readDoc(text: string, context: SuggestContext, gaz: Gazetteer): Doc {
  const language = context.language === 'fr' ? 'fr' : context.language ? 'en' : null;
  return { text, gaz, language, keys: new Map(), ...tokenise(text) };
}

/** A new, unlabelled candidate over tokens a..b. */
export function candidate(doc: Doc, a: number, b: number, title: Candidate['title'] = null): Candidate {
  return { a, b, key: keyOf(doc, a, b), type: null, score: 0, gazetteer: false, how: null, title };
}

/** Gives a candidate its label (type, score, how it was reached, whether from the gazetteer). */
export function label(c: Candidate, type: NameType, score: number, how: NonNullable<Candidate['how']>, fromGazetteer = false): void {
  c.type = type;
  c.score = score;
  c.gazetteer = fromGazetteer;
  c.how = how;
}

/** A common word (folded) that a capital does not make a name. */
export function isCommonWord(folded: string): boolean {
  return STOP_WORDS.has(folded) || COMMON_CAPITALISED.has(folded);
}

const CAMEL = /^\p{Ll}+\p{Lu}\p{L}/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|az|an|ar|abu|bin|ibn)-\p{Lu}/u;

/** A capital after small letters inside a word, as brands write it (`YouTube`, `MoMo`), not a surname's (`McCarthy`, `DeSantis`). */
export function camelCaseName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && !/^(?:Ma?c|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u.test(word);
}

/** A capitalised word that may be part of a name (not a common word of a title-case line). */
export function isCapWord(doc: Doc, t: Token | undefined): boolean {
  // (`easyJet`, `eBay`: a well-known organisation written with a small letter first.)
  if (t?.kind === 'word' && !t.capitalised && CAMEL.test(t.text)) return organisation(t.folded) !== undefined;
  // (`Suleiman al-Amr`, `Bashar al-Assad`: an Arabic article before a capital is part of the name.)
  if (t?.kind === 'word' && !t.capitalised && ARABIC_ARTICLE.test(t.text)) return true;
  if (!t || t.kind !== 'word' || !t.capitalised || /^\p{N}/u.test(t.text)) return false;
  if (doc.titleCaseLines.has(t.line) && STOP_WORDS.has(t.folded)) return false;
  return true;
}

/** The folded text of tokens from..to, as the gazetteer and the labels are keyed. */
export function keyOf(doc: Doc, from: number, to: number): string {
  const span = from * 65_536 + (to - from);
  let key = doc.keys.get(span);
  if (key === undefined) {
    key = foldKey(doc.text.slice(doc.tokens[from]!.start, doc.tokens[to]!.end));
    doc.keys.set(span, key);
  }
  return key;
}

/** More prepositions of place, for a small listed place only (`around Lebrija`, `from Goma to Rutshuru`): with a
 * well-known ambiguous name they would mislead (`switched from Orange`). */
const MINOR_PLACE_CUES = new Set(['around', 'across', 'toward', 'towards', 'from', 'to', 'via', 'between', 'autour', 'vers', 'depuis', 'entre']);

export function minorPlaceCue(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  return prev?.kind === 'word' && !prev.capitalised && MINOR_PLACE_CUES.has(prev.folded);
}

/** The place tokens from..to name in the gazetteer (a name listed in capitals, `US`, only when written so). */
export function place(doc: Doc, from: number, to: number): Place | undefined {
  const found = doc.gaz.places.get(keyOf(doc, from, to));
  if (!found) return contracted(doc, from, to);
  if (found.caps && !inCapitals(doc, from, to)) return undefined;
  if (found.minor) {
    // Only `à Crolles`, `in Teesside`, or a dateline in capitals (`CROLLES (AFP)`): elsewhere it is likely someone's name.
    const prev = doc.tokens[from - 1];
    const cued = placeCueBefore(doc, from) || minorPlaceCue(doc, from) || areaInBracketsAfter(doc, to);
    const dateline = inCapitals(doc, from, to) && (from === 0 || doc.tokens[from]!.afterNewline || prev?.text === ']');
    if (!cued && !dateline) return undefined;
  }
  return found;
}

/** `Lamastre (Ardèche)`, `Bergerac (Dordogne)`: the département or region a town lies in, in brackets after it. */
export function areaInBracketsAfter(doc: Doc, to: number): boolean {
  const { tokens } = doc;
  if (tokens[to + 1]?.text !== '(' || !isCapWord(doc, tokens[to + 2])) return false;
  let end = to + 2;
  while (end < to + 5 && tokens[end + 1] && tokens[end + 1]!.text !== ')') end++;
  if (tokens[end + 1]?.text !== ')') return false;
  const area = doc.gaz.places.get(keyOf(doc, to + 2, end));
  return area !== undefined && !area.minor && area.kind !== 'city';
}

/** The articles French contracts with `à` and `de`: `au Creusot` (le Creusot), `aux Sables-d’Olonne` (les Sables…). */
const CONTRACTED: Record<string, string> = { au: 'le', du: 'le', aux: 'les', des: 'les' };

/**
 * A place whose name opens with `Le` or `Les`, after the contraction of its article (`au Creusot`, `du Grand-Bornand`):
 * the contraction is cue enough, however small the place.
 */
function contracted(doc: Doc, from: number, to: number): Place | undefined {
  const prev = doc.tokens[from - 1];
  const article = prev?.kind === 'word' && !prev.capitalised ? CONTRACTED[prev.folded] : undefined;
  if (!article || doc.language === 'en' || ORG_HEADS.has(doc.tokens[from]!.folded)) return undefined;
  // (Not the head of a longer name: `au Palais du Grand Large`, `aux Nuits de l’Aber`.)
  const next = doc.tokens[to + 1];
  if (next && (next.kind === 'elision' || ['de', 'du', 'des'].includes(next.folded)) && isCapWord(doc, doc.tokens[to + 2])) return undefined;
  const found = doc.gaz.places.get(`${article} ${keyOf(doc, from, to)}`);
  return found && found.kind === 'city' ? { ...found, minor: false, ambiguous: false } : undefined;
}

/** Endings of adjectives of nationality, with what turns them back into the country (`Italian` → `Italy`). */
const DEMONYM_ENDINGS: [RegExp, string[]][] = [[/ian$/u, ['y', 'ia', 'a', 'i', '']], [/ien$/u, ['']], [/n$/u, ['']], [/an$/u, ['o', 'a']], [/ese$/u, ['a', 'on', '']], [/i$/u, ['', 'istan']], [/ish$/u, ['', 'land', 'en', 'ey']], [/ean$/u, ['ea', 'a', 'e']]];
// (Peoples too: `the Rohingya`, `Hutu militia`, `Kurds`.)
const DEMONYMS = new Set(['rohingya', 'uighur', 'uighurs', 'uyghur', 'uyghurs', 'hutu', 'tutsi', 'pashtun', 'pashtuns', 'maori', 'inuit', 'yazidi', 'yazidis', 'druze', 'bedouin', 'kurds', 'kurdish', 'tamil', 'tamils', 'sikh', 'sikhs', 'afghan', 'british', 'french', 'dutch', 'greek', 'swiss', 'thai', 'welsh', 'irish', 'scottish', 'english', 'filipino', 'malagasy', 'european', 'african', 'asian', 'american', 'arab', 'arabic', 'latin', 'latina', 'latino', 'latinas', 'latinos', 'argentine', 'soviet', 'western', 'eastern', 'korean', 'german', 'danish', 'spanish', 'polish', 'finnish', 'norwegian', 'icelandic', 'congolese', 'kazakh', 'uzbek', 'tajik', 'kyrgyz', 'turkmen', 'czech', 'slovak', 'serb', 'croat', 'bosniak', 'saudi', 'somali', 'emirati']);

/** An English adjective of nationality (`Italian`, `Tunisian`, `Maltese`, `Israeli`): no name by itself. */
export function isDemonym(doc: Doc, t: Token): boolean {
  if (t.kind !== 'word' || !t.capitalised || t.allCaps || doc.language === 'fr') return false;
  return isDemonymWord(t.folded, doc.gaz);
}

/** The same, for a folded word. */
export function isDemonymWord(folded: string, gaz: Gazetteer): boolean {
  if (DEMONYMS.has(folded)) return true;
  for (const [ending, restores] of DEMONYM_ENDINGS) {
    if (!ending.test(folded)) continue;
    const stem = folded.replace(ending, '');
    if (stem.length < 3) continue;
    for (const restore of restores) {
      const found = gaz.places.get(stem + restore);
      if (found && !found.minor && found.kind !== 'city') return true;
    }
  }
  return false;
}

/** A preposition of place right before token k (`à`, `in`, `near`), or `of`/`de` after a direction (`west of`). */
export function placeCueBefore(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  // `Sommières (Gard)`: a place in brackets after a name is the area it lies in.
  if (prev?.text === '(' && doc.tokens[k + 1]?.text === ')' && isCapWord(doc, doc.tokens[k - 2])) return true;
  // `maire d’Ashcroft`, `préfecture d’Indre`.
  if (prev?.kind === 'elision' && prev.folded === "d'") return LOC_OF_CUES.has(doc.tokens[k - 2]?.folded ?? '');
  // `Renton, Washington`, `Phoenix, Ariz.`: the region after a town and a comma.
  if (prev?.text === ',' && !doc.tokens[k]!.afterNewline) {
    for (let m = k - 2; m >= Math.max(0, k - 4) && isCapWord(doc, doc.tokens[m]); m--) if (place(doc, m, k - 2)?.kind === 'city') return true;
  }
  // `dans la Manche`, `dans l’Allier`, `député de la Somme`: the French article between the cue and the place.
  const article = (prev?.kind === 'word' && ['la', 'le', 'les'].includes(prev.folded) && !prev.capitalised) || (prev?.kind === 'elision' && prev.folded === "l'");
  if (article && doc.language !== 'en') {
    const cue = doc.tokens[k - 2];
    if (cue?.kind === 'word' && !cue.capitalised && (cue.folded === 'dans' || LOC_CUES.has(cue.folded))) return true;
    const noun = doc.tokens[k - 3];
    if (cue?.folded === 'de' && noun?.kind === 'word' && !noun.capitalised && LOC_OF_CUES.has(noun.folded)) return true;
  }
  if (prev?.kind !== 'word') return false;
  if (LOC_CUES.has(prev.folded)) return true;
  const before = doc.tokens[k - 2];
  return ['of', 'de', 'du'].includes(prev.folded) && before?.kind === 'word' && LOC_OF_CUES.has(before.folded);
}

/** No letter in lower case in tokens from..to. */
export function inCapitals(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = doc.tokens[k]!;
    if ((t.kind === 'word' || t.kind === 'elision') && /\p{Ll}/u.test(t.text)) return false;
  }
  return true;
}

/** Indices of the word tokens in a..b (no elisions, possessives or punctuation). */
export function wordIndices(doc: Doc, a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k <= b; k++) if (doc.tokens[k]!.kind === 'word') out.push(k);
  return out;
}
