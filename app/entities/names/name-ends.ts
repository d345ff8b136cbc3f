// Where an organisation's name ends, past what its capitalised run shows: an owner's possessive (`Korean People's
// Army`), French complements (`Agence nationale de l’habitat`), lower-case adjectives (`Assemblée nationale`), or
// before `and`, between two names (`University of Pennsylvania and Massachusetts General Hospital`).
import { orgShape, orgSuffix } from './cues.ts';
import { candidate, isCapWord, keyOf, place, type Candidate, type Doc } from './doc.ts';
import { isLowerChar } from './fold.ts';
import type { Token } from './tokens.ts';
import { ENGLISH_ORG_SUFFIXES, ORG_ADJECTIVES, ORG_HEADS, ORG_SUFFIXES, STOP_WORDS } from './lexicon.ts';
import { organisation } from './organisations.ts';

/** An organisation, `and`/`et`, another: each side shaped or listed as one (`Eurowings and Lufthansa City Airlines`). */
export function organisationPair(doc: Doc, a: number, j: number): Candidate[] | null {
  const { tokens } = doc;
  // Each side ends as a name does: an organisation's last word or the place it serves (`International Federation of Red
  // Cross and Red Crescent Societies`, `Senate Legal and Constitutional Affairs … Committee` are one name each).
  const ends = (y: number): boolean => orgSuffix(doc, tokens[y]!) || place(doc, y, y) !== undefined;
  const organisationAt = (x: number, y: number): boolean => (orgShape(doc, x, y) && ends(y)) || organisation(keyOf(doc, x, y))?.ambiguous === false;
  for (let k = a + 1; k < j; k++) {
    if (tokens[k]!.kind !== 'word' || !['and', 'et'].includes(tokens[k]!.folded) || !isCapWord(doc, tokens[k + 1])) continue;
    if (organisationAt(a, k - 1) && organisationAt(k + 1, j)) return [candidate(doc, a, k - 1), candidate(doc, k + 1, j)];
  }
  return null;
}

/** Owners inside an organisation's name, before its possessive: `Korean People's Army`, `Attorney General's Office`. */
const NAME_OWNERS = new Set(['people', 'attorney', 'general', 'sheriff', 'governor', 'mayor', 'president', 'children', 'women', 'men', 'workers', 'farmers', 'veterans', 'prosecutor', 'chancellor', 'minister', 'comptroller', 'auditor', 'treasurer', 'king', 'queen', 'st', 'saint']);
const OWNED_HEADS = new Set(['army', 'party', 'republic', 'office', 'department', 'hospital', 'front', 'movement', 'congress', 'alliance', 'bank', 'bench', 'counsel']);

/** Where a name continues past an owner's possessive to an organisation's last word (j when it does not). */
export function possessiveJoin(doc: Doc, j: number): number {
  const { tokens } = doc;
  if (tokens[j + 1]?.kind !== 'possessive' || !NAME_OWNERS.has(tokens[j]!.folded) || !isCapWord(doc, tokens[j + 2]) || tokens[j + 2]!.afterNewline) return j;
  let k = j + 2;
  while (k < j + 5 && isCapWord(doc, tokens[k + 1]) && tokens[k + 1]!.afterSpace && !tokens[k + 1]!.afterNewline) k++;
  // To the last organisation's word, and the place after it if any (`King's College London`).
  const heads = (m: number) => ORG_SUFFIXES.has(tokens[m]!.folded) || ENGLISH_ORG_SUFFIXES.has(tokens[m]!.folded) || OWNED_HEADS.has(tokens[m]!.folded);
  for (let m = k; m >= j + 2; m--) if (heads(m)) return m === k || place(doc, m + 1, k) ? k : m;
  return j;
}

const LINKS = new Set(['de', 'du', 'des', "d'"]);
const TOPIC_LINKS = new Set(['sur', 'pour', 'contre']);
/** Nouns of adverbial phrases after such a preposition, which no name's subject is (`la Commission pour le moment`). */
const ADVERBIAL = new Set(['moment', 'instant', 'heure', 'part', 'fois', 'coup', 'reste', 'terrain', 'suite', 'principe', 'ensemble']);

/**
 * Where a French organisation's name ends past its complements: `de`/`du`/`des`/`d’` (maybe after `et`), then a
 * noun and maybe an adjective (`de recensement des votes`, `des entreprises culturelles`), or capitalised words (`du
 * Pays de la Zorn`, `d’Alsace`). Not into a listed organisation or an acronym (`Conseil de sécurité de l’ONU`), a
 * number, or a word of the sentence's grammar.
 */
export function complementsAfter(doc: Doc, b: number): number {
  const { tokens } = doc;
  let end = b;
  for (let links = 0, k = b + 1; links < 5; links++) {
    if (tokens[k]?.folded === 'et' && LINKS.has(tokens[k + 1]?.folded ?? '')) k++;
    const link = tokens[k];
    // (`Bureau d’enquêtes sur les événements de mer`, `Haut Conseil pour le climat`: after a word in lower case, a
    // preposition and its article go on too.)
    // (Right after a head too: `Haut Conseil pour le climat`, `Association pour la recherche sur le cancer`.)
    const topic = link?.kind === 'word' && TOPIC_LINKS.has(link.folded) && ((!tokens[end]!.capitalised && end > b) || (end === b && ORG_HEADS.has(tokens[b]!.folded)));
    if (!link || link.afterNewline || !(LINKS.has(link.folded) || topic) || link.capitalised) break;
    k++;
    if (tokens[k]?.kind === 'elision' && tokens[k]!.folded === "l'") k++;
    else if (tokens[k]?.kind === 'word' && !tokens[k]!.capitalised && (tokens[k]!.folded === 'la' || (topic && ['le', 'les'].includes(tokens[k]!.folded)))) k++;
    const word = tokens[k];
    if (!word || word.kind !== 'word' || word.afterNewline || word.hasDigit || STOP_WORDS.has(word.folded) || word.allCaps || (topic && ADVERBIAL.has(word.folded))) break;
    if (word.capitalised) {
      let last = k;
      while (isCapWord(doc, tokens[last + 1]) && tokens[last + 1]!.afterSpace) last++;
      if (organisation(keyOf(doc, k, last))) break;
      end = last;
      k = last + 1;
      // (`Conseil de l’Union européenne`: the complement's own adjective.)
      if (tokens[k]?.kind === 'word' && !tokens[k]!.capitalised && !tokens[k]!.afterNewline && ORG_ADJECTIVES.has(tokens[k]!.folded)) end = k++;
      continue;
    }
    end = k;
    k++;
    if (tokens[k]?.kind === 'word' && !tokens[k]!.capitalised && (ORG_ADJECTIVES.has(tokens[k]!.folded) || FR_ADJECTIVE.test(tokens[k]!.folded))) end = k++;
  }
  return end;
}

/** Endings of French adjectives of relation (`culturelles`, `nationale`, `économique`, `publics`). */
const FR_ADJECTIVE = /(?:elles?|els?|ales?|aux|iques?|iennes?|iens?|aises?|ais|aires?|ifs?|ives?|eux|euses?|ines?|publics?)$/u;

/** French adjectives after a head, by their ending: `civils`, `protestante`, `symphonique`, `départemental`. */
const FR_HEAD_ADJECTIVE = /(?:als?|ales?|aux|antes?|ils?|iques?|elles?|els?|aires?|ifs?|ives?|iennes?|iens?|aises?|ais|unie?s?)$/u;
/** Administrative levels (`Conseil régional`), a name only with the place they govern after them. */
const LEVELS = /^(?:régional|régionale|départemental|départementale|municipal|municipale|communal|communale|intercommunal|intercommunale|territorial|territoriale)$/u;

/**
 * Lower-case adjectives after an organisation's head (`nationale`, `centrale européenne`; in French any adjective of
 * relation: `Fédération protestante`, `Hospices civils`), the last one's index; `complement` finds what may follow
 * them (`de France`). An administrative level is part of the name only with its complement (`Conseil départemental
 * de la Haute-Savoie`, not `le Conseil régional`).
 */
export function adjectivesAfter(doc: Doc, j: number, complement?: (b: number) => number): number {
  const { tokens } = doc;
  let b = j;
  const adjective = (t: Token): boolean => ORG_ADJECTIVES.has(t.folded) || (doc.language === 'fr' && FR_HEAD_ADJECTIVE.test(t.text) && !STOP_WORDS.has(t.folded));
  while (tokens[b + 1] && tokens[b + 1]!.kind === 'word' && !tokens[b + 1]!.afterNewline && isLowerChar(tokens[b + 1]!.text[0]) && adjective(tokens[b + 1]!)) b++;
  const end = complement ? complement(b) : b;
  if (end > b) return end;
  // (Without a complement, the administrative levels at the end are left out.)
  while (b > j && LEVELS.test(tokens[b]!.text)) b--;
  return b;
}
