// The words around a name that make it a place, for classify.ts: a place's noun or apposition (`residents of
// Hortaleza`, `Sadiqabad, a town of…`), where someone lives, the region after a comma (`in Stone Town, Zanzibar`), two
// unlisted words after a preposition of place, and venues by their last words (`Kennedy Space Center`). Arguments are
// token indices, a and b a candidate's first and last.
import { inCapitals, isCapWord, isDemonym, place, type Candidate, type Doc } from './doc.ts';
import { isEnglishWord } from './english-words.ts';
import { isFirstName } from './first-names.ts';
import { LOC_OF_CUES, ROLES, STOP_WORDS, TITLE_IN_SEQUENCE } from './lexicon.ts';
import { organisation } from './organisations.ts';
import type { Token } from './tokens.ts';

/** Verbs of where someone is born, lives or dies, before `in`/`at`/`à` and a place. */
const LIVED_IN = new Set(['village', 'town', 'city', 'born', 'raised', 'died', 'lives', 'lived', 'living', 'grew', 'buried', 'settled', 'né', 'née', 'nés', 'nées', 'décédé', 'décédée', 'mort', 'morte', 'inhumé', 'inhumée', 'installé', 'installée', 'domicilié', 'domiciliée', 'habite', 'vit', 'vivait', 'grandi']);

/** Lower-case nouns of places a name comes before in English: `the Podkarpackie region`, `the Guadalquivir basin`. */
const PLACE_NOUNS_AFTER = new Set(['region', 'district', 'province', 'county', 'municipality', 'prefecture', 'neighbourhood', 'neighborhood', 'suburb', 'village', 'town',
  'regions', 'districts', 'provinces', 'counties', 'municipalities',
  'river', 'basin', 'reservoir', 'reservoirs', 'lagoon', 'lake', 'dam', 'delta', 'estuary', 'valley', 'plain', 'plateau', 'peninsula', 'desert', 'glacier']);

/**
 * A name no list holds that the words around make a place: after a place's noun and `of`/`de` (`residents of
 * Hortaleza`, `au large de Douarnenez`), or before a place's noun in lower case (`the Podkarpackie region`). Not a
 * given name, a word of the language, or a name in capitals.
 */
export function unlistedPlace(doc: Doc, c: Candidate, words: number[]): boolean {
  const { tokens } = doc;
  if (words.length > 3 || inCapitals(doc, c.a, c.b) || isFirstName(tokens[words[0]!]!.folded) || isDemonym(doc, tokens[words[0]!]!)) return false;
  const prev = tokens[c.a - 1];
  // `in Stone Town, Zanzibar`, `at New Norcia, in Western Australia`: where, then the region or country it lies in
  // (words of the language too).
  if (prev !== undefined && PLACE_PREPOSITIONS.has(prev.folded) && !prev.capitalised && !words.some((k) => STOP_WORDS.has(tokens[k]!.folded)) && !organisation(c.key) && areaAfter(doc, c.b)) return true;
  if (words.some((k) => STOP_WORDS.has(tokens[k]!.folded) || (doc.language !== 'fr' && isEnglishWord(tokens[k]!.folded)) || doc.lowerWords.has(tokens[k]!.folded))) return false;
  const cue = tokens[c.a - 2];
  const nounAt = (t: Token | undefined): boolean => t?.kind === 'word' && (!t.capitalised || t.sentenceStart) && LOC_OF_CUES.has(t.folded);
  // (`vallée de la Vésubie`: the French article between.)
  const afterNoun = prev !== undefined && ((['of', 'de', 'du', "d'"].includes(prev.folded) && nounAt(cue)) ||
    (doc.language === 'fr' && ['la', "l'"].includes(prev.folded) && !prev.capitalised && cue?.folded === 'de' && nounAt(tokens[c.a - 3])));
  const next = tokens[c.b + 1];
  const beforeNoun = doc.language !== 'fr' && next?.kind === 'word' && !next.capitalised && PLACE_NOUNS_AFTER.has(next.folded);
  // `born at Stridon`, `lives in Dulwich`, `né à Plouha`: where someone is born, lives or dies.
  const where = prev !== undefined && ['in', 'at', 'near', 'à', 'a'].includes(prev.folded) && cue?.kind === 'word' && !cue.capitalised && LIVED_IN.has(cue.folded);
  // `en Saxe-Anhalt`, `en Amazonie`: French `en` before a name of one word is where (a region, a country).
  // (Not inside a name: `Abers en Fête`.)
  const inRegion = doc.language === 'fr' && prev?.kind === 'word' && prev.folded === 'en' && !prev.capitalised && words.length === 1 && !tokens[c.b + 1]?.hasDigit && !organisation(c.key) && !isCapWord(doc, cue);
  // `in Paje and Nungwi`, `to Tahirpur and Bishwambharpur`: two words no list holds, joined after a preposition of place.
  const pairAfterPlacePreposition = words.length === 1 && (
    (PLACE_PREPOSITIONS.has(prev?.folded ?? '') && tokens[c.b + 1]?.folded === 'and' && unlistedOne(doc, c.b + 2) && tokens[c.b + 3]?.kind !== 'word') ||
    (prev?.folded === 'and' && unlistedOne(doc, c.a - 2) && PLACE_PREPOSITIONS.has(tokens[c.a - 3]?.folded ?? '') && tokens[c.a - 3]!.kind === 'word' && !tokens[c.a - 3]!.capitalised));
  return afterNoun || beforeNoun || where || inRegion || pairAfterPlacePreposition;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'to', 'from']);

/** A capitalised word at k that no list, dictionary or text's lower case holds, nor any given name. */
function unlistedOne(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return t?.kind === 'word' && t.capitalised && !t.allCaps && !t.afterNewline && !isFirstName(t.folded) && !doc.lowerWords.has(t.folded) && !STOP_WORDS.has(t.folded) && unlistedWords(doc, [k]);
}

/** A comma after b, then (maybe after `in`) a listed region or country: `, Zanzibar`, `, in Western Australia`. */
function areaAfter(doc: Doc, b: number): boolean {
  const { tokens } = doc;
  if (tokens[b + 1]?.text !== ',') return false;
  let k = b + 2;
  if (tokens[k]?.folded === 'in' || tokens[k]?.folded === 'en') k++;
  if (!isCapWord(doc, tokens[k]) || tokens[k]!.afterNewline) return false;
  let end = k;
  while (end < k + 3 && isCapWord(doc, tokens[end + 1]) && tokens[end + 1]!.afterSpace) end++;
  for (let e = end; e >= k; e--) {
    const area = place(doc, k, e);
    if (area) return !area.ambiguous && area.kind !== 'city' && e === end;
  }
  return false;
}

/** Whether no dictionary, organisation list or gazetteer holds any of these words (token indices). */
export function unlistedWords(doc: Doc, words: number[]): boolean {
  return !words.some((k) => isEnglishWord(doc.tokens[k]!.folded) || organisation(doc.tokens[k]!.folded) || place(doc, k, k));
}

/** Kinds of place an apposition or a following word names: `a town`, `une commune`, `Rahim Yar Khan district`. */
export const PLACE_KINDS = new Set(['town', 'village', 'city', 'district', 'suburb', 'island', 'province', 'municipality', 'hamlet', 'township', 'county', 'commune', 'ville', 'bourgade', 'hameau', 'île', 'localité', 'quartier']);
/** Sites named by the word after them, in English only (`Makala prison`, `the Zocalo square`, `the Kakuma camp`). */
export const SITE_KINDS = new Set(['prison', 'square', 'refinery', 'camp']);

/** A venue by its last two words: `… Convention Center`, `… Space Centre`, `… Opera House`, `Parliament House`. */
export function venue(kind: string, last: string): boolean {
  return ((last === 'centre' || last === 'center') && VENUE_CENTRES.has(kind)) || (last === 'house' && (kind === 'opera' || kind === 'parliament'));
}
const VENUE_CENTRES = new Set(['convention', 'exhibition', 'conference', 'congress', 'space', 'shopping', 'sports', 'leisure', 'events', 'trade']);

/** `, a town…`, `, the Quebec town…`, `, une commune…`, `, un petit village…` right after the token at b. */
export function placeApposition(doc: Doc, b: number): boolean {
  const { tokens } = doc;
  if (tokens[b + 1]?.text !== ',' || !['a', 'an', 'the', 'un', 'une', 'la', 'le'].includes(tokens[b + 2]?.folded ?? '')) return false;
  for (let k = b + 3; k <= b + 6 && tokens[k]?.kind === 'word' && !tokens[k]!.afterNewline; k++) {
    // (Not `Alvin Bragg, the Manhattan district attorney`: the kind word qualifies a role after it.)
    if (!tokens[k]!.capitalised && PLACE_KINDS.has(tokens[k]!.folded)) return !(tokens[k + 1]?.kind === 'word' && (ROLES.has(tokens[k + 1]!.folded) || TITLE_IN_SEQUENCE.has(tokens[k + 1]!.folded)));
    if (!tokens[k]!.capitalised && !/^(?:small|little|large|tiny|remote|rural|coastal|mining|farming|fishing|border|former|petite?|grande?|ancienne?)$/u.test(tokens[k]!.folded)) return false;
  }
  return false;
}
