// Where a run of capitalised words goes on (step 3 of names.ts, for sequences.ts): past connectors (`Bank of America`,
// `Charles de Gaulle`, `Brighton and Hove City Council`), a ministry's list of portfolios, and lower-case words inside a
// listed place or organisation (`République démocratique du Congo`, `Santé publique France`). Arguments are token
// indices of a run, i its first, j its last.
import { ACRONYM } from './acronyms.ts';
import { orgShape, orgSuffix } from './cues.ts';
import { isCapWord, keyOf, place, wordIndices, type Doc } from './doc.ts';
import { isFirstName } from './first-names.ts';
import type { Gazetteer } from './gazetteer.ts';
import { CIVILITIES, NAME_PARTICLES, ORG_CONNECTORS, ORG_HEADS, PLACE_HEADS, STOP_WORDS, TITLE_IN_SEQUENCE } from './lexicon.ts';
import { organisation, organisationStartsWith } from './organisations.ts';
import type { Token } from './tokens.ts';

/** Articles written with a capital inside a sentence (`The Church of Scientology`, `à La Rochelle` is a place). */
export const ARTICLES = { fr: new Set(['le', 'la', 'les', 'un', 'une', 'a']), en: new Set(['the', 'a', 'an']), any: new Set(['le', 'la', 'les', 'un', 'une', 'the', 'a', 'an']) };
/** The articles of the text's language: `La Paz County` keeps its `La` in English, `The Guardian` its `The` in French. */
export const articles = (doc: Doc): ReadonlySet<string> => ARTICLES[doc.language ?? 'any'];

/** The last words of a body two places may share: `Brighton and Hove City Council`, `England and Wales Cricket Board`. */
const LOCAL_COUNCILS = new Set(['council', 'borough', 'corporation', 'board', 'authority']);

/** The last token of the run of capitalised words, spaced and on one line, that starts at token k. */
export function runEnd(doc: Doc, k: number): number {
  const { tokens } = doc;
  while (isCapWord(doc, tokens[k + 1]) && tokens[k + 1]!.afterSpace && !tokens[k + 1]!.afterNewline) k++;
  return k;
}

const PORTFOLIO_HEADS = new Set(['ministry', 'department', 'secretary', 'committee', 'ministere', 'commission']);

/**
 * Where a ministry's list of portfolios ends: `Ministry of Housing, Communities and Local Government`, `Department for
 * Digital, Culture, Media and Sport` (j when i..j is no such head and connector, or no list follows).
 */
export function portfolioList(doc: Doc, i: number, j: number): number {
  const { tokens } = doc;
  const words = wordIndices(doc, i, j).filter((w, n) => n > 0 || !articles(doc).has(tokens[w]!.folded));
  // (`Federal Ministry of …`: the head may come second.)
  if (words.length === 0 || !words.slice(0, 2).some((w) => PORTFOLIO_HEADS.has(tokens[w]!.folded)) || !words.some((w) => ['of', 'for', 'de', 'du', 'des'].includes(tokens[w]!.folded))) return j;
  let k = j;
  for (let items = 0; items < 6; items++) {
    const comma = tokens[k + 1];
    if (comma?.text !== ',' || comma.afterNewline) return j;
    let next = k + 2;
    const and = tokens[next]?.folded === 'and' || tokens[next]?.folded === 'et';
    if (and) next++;
    if (!isCapWord(doc, tokens[next]) || tokens[next]!.afterNewline) return j;
    k = runEnd(doc, next);
    if (and) return k;
    const last = tokens[k + 1];
    // (`… and the Creative Economy`.)
    const the = tokens[k + 2]?.folded === 'the' ? 1 : 0;
    if ((last?.folded === 'and' || last?.folded === 'et') && isCapWord(doc, tokens[k + 2 + the]) && !tokens[k + 2 + the]!.afterNewline) {
      return runEnd(doc, k + 2 + the);
    }
  }
  return j;
}

/** Where a sequence i..j continues through `de`, `of`, `von der`… (or j when it does not). */
export function connectorJoin(doc: Doc, i: number, j: number): number {
  const { tokens } = doc;
  const connectors: Token[] = [];
  let k = j + 1;
  while (connectors.length < 2) {
    const t = tokens[k];
    if (!t || t.afterNewline || t.capitalised) break;
    if ((t.kind === 'word' && (ORG_CONNECTORS.has(t.folded) || NAME_PARTICLES.has(t.folded))) || (t.kind === 'elision' && (t.folded === "d'" || t.folded === "l'"))) {
      connectors.push(t);
      k++;
    } else break;
  }
  if (connectors.length === 0 || !isCapWord(doc, tokens[k]) || tokens[k]!.afterNewline) return j;
  const connectorFolds = connectors.map((c) => (c.kind === 'elision' ? c.folded.slice(0, -1) : c.folded));
  // (Past an elided or a capitalised article: `L’Agence …`, `The Ministry of Science and ICT`.)
  const first = tokens[i]!.kind === 'elision' || (i < j && articles(doc).has(tokens[i]!.folded)) ? tokens[i + 1]! : tokens[i]!;
  const coordinating = connectorFolds.some((c) => c === 'and' || c === 'et');
  if (coordinating) {
    if (connectorFolds.length !== 1) return j;
    // `National Air and Space Museum` (a head first, no connector yet); `Hi Investment and Securities` (a suffix ends it).
    const noConnectorYet = wordIndices(doc, i, j).length === j - i + 1;
    // (Not `Région Bretagne et Laval Agglomération`: a head and a place are a whole name already.)
    if (ORG_HEADS.has(first.folded) && i < j && place(doc, i + 1, j)) return j;
    // (Not `Transports Dupont et Laboratoires Servier`: a head after `et` opens a name of its own.)
    if (ORG_HEADS.has(first.folded) && noConnectorYet) return ORG_HEADS.has(tokens[k]!.folded) ? j : k;
    const end = runEnd(doc, k);
    // (Not `Liverpool and West Ham United`, `Imperial College London and Counterpoint Research`: a place, or an
    // organisation's whole name, before `and` is a name of its own; `Federation of Red Cross and Red Crescent
    // Societies` goes on.)
    const suffix = orgSuffix(doc, tokens[end]!);
    const linkedInside = wordIndices(doc, i, j).some((w) => !tokens[w]!.capitalised);
    // (Nor `Free et Bouygues Telecom`: a listed organisation before `et` is one of two.)
    // (But `Brighton and Hove City Council`: two towns before a council they share.)
    const sharedCouncil = LOCAL_COUNCILS.has(tokens[end]!.folded) && place(doc, i, j) !== undefined && doc.gaz.places.has(keyOf(doc, k, k));
    return suffix && (!place(doc, i, j) || sharedCouncil) && !(!linkedInside && orgShape(doc, i, j)) && !organisation(keyOf(doc, i, j)) ? end : j;
  }
  // (`U.S. Court of Appeals for the Ninth Circuit`: the head may stand anywhere before.)
  if (wordIndices(doc, i, j).some((w) => ORG_HEADS.has(tokens[w]!.folded)) && connectorFolds.every((c) => ORG_CONNECTORS.has(c) || c === 'l' || c === 'd')) return k;
  // `New England Journal of Medicine`, `Board of Control for Cricket`: an organisation's last word, then `of`/`for`.
  if (doc.language !== 'fr' && orgSuffix(doc, tokens[j]!) && connectorFolds.length === 1 && ['of', 'for'].includes(connectorFolds[0]!)) return k;
  // `CHU de Brest`, `ARS d’Occitanie`: an acronym and the place it serves.
  if (oneWord(doc, i, j) && tokens[j]!.allCaps && ACRONYM.test(tokens[j]!.text) && connectors.length === 1 && ['de', 'du', 'd'].includes(connectorFolds[0]!) && place(doc, k, k)) return k;
  // `Bay of Bengal`, `Estádio da Luz`.
  // (`The Gulf of Mexico` opening a sentence too.)
  if ((i === j || (i + 1 === j && first === tokens[j])) && PLACE_HEADS.has(first.folded) && connectorFolds.every((c) => ORG_CONNECTORS.has(c) || NAME_PARTICLES.has(c))) return k;
  // `Charles de Gaulle`, and after a title in the same run: `Commission President Ursula von der Leyen`.
  const civilityBefore = CIVILITIES.has(tokens[j - 1]?.folded ?? '') || (tokens[j - 1]?.text === '.' && CIVILITIES.has(tokens[j - 2]?.folded ?? ''));
  // (And after a listed organisation: `Le patron de Renault Luca de Meo`.)
  const givenNameStarts = i === j || TITLE_IN_SEQUENCE.has(tokens[j - 1]?.folded ?? '') || civilityBefore || (j > i && organisation(keyOf(doc, i, j - 1)) !== undefined);
  if (givenNameStarts && isFirstName(tokens[j]!.folded) && connectorFolds.every((c) => NAME_PARTICLES.has(c))) return k;
  // `François Villeroy de Galhau`, `Luiz Inácio Lula da Silva`: a person's names, then a particle and the rest of the
  // surname (not a place or an organisation: `Jean Dupont de Paris`).
  if (doc.language === 'fr' && j - i <= 2 && j > i && isFirstName(tokens[i]!.folded) && !TITLE_IN_SEQUENCE.has(tokens[i]!.folded) && wordIndices(doc, i, j).length === j - i + 1 &&
    connectorFolds.length === 1 && NAME_PARTICLES.has(connectorFolds[0]!) && !place(doc, k, runEnd(doc, k)) && !organisation(keyOf(doc, k, runEnd(doc, k))) && runEnd(doc, k) - k <= 1) return runEnd(doc, k);
  // In English, a foreign particle between capitalised words joins them: `Roque de los Muchachos`, `Tour de France`.
  if (doc.language === 'en' && connectorFolds.every((c) => NAME_PARTICLES.has(c))) return k;
  // `Van der Linde added`, `De la Cruz said`: a surname opening with its particle, written with a capital.
  if (i === j && doc.language === 'en' && NAME_PARTICLES.has(first.folded) && first.capitalised && connectorFolds.every((c) => NAME_PARTICLES.has(c))) return k;
  // `Pieter Van der Linde`, `Ursula Von der Leyen`: a given name, a particle written with a capital, then more.
  if (j === i + 1 && NAME_PARTICLES.has(tokens[j]!.folded) && isFirstName(tokens[i]!.folded) && connectorFolds.every((c) => NAME_PARTICLES.has(c))) return k;
  // A place: `Côte d’Ivoire`, `Pays de la Loire`, `Rio de Janeiro` (up to the gazetteer's longest name).
  for (let end = k; end <= Math.min(tokens.length - 1, k + doc.gaz.maxWords); end++) {
    if (end > k && !(isCapWord(doc, tokens[end]) && tokens[end]!.afterSpace)) break;
    if (place(doc, i, end)) return end;
  }
  return j;
}

/** A run i..j of one word, maybe after an article (`CHU`, `le Stade`): the word is tokens[j]. */
export function oneWord(doc: Doc, i: number, j: number): boolean {
  return i === j || (j === i + 1 && articles(doc).has(doc.tokens[i]!.folded));
}

/**
 * The end of a listed place or organisation that goes on from the run i..j through lower-case words, to capitalised
 * ones (`République démocratique du Congo`, `Santé publique France`) or not (`Émirats arabes unis`), or j.
 */
export function listedWithLowerCaseInside(doc: Doc, i: number, j: number): number {
  const { tokens } = doc;
  // (Past an article or a sentence's opening word: `La République…`, `En Amérique latine`.)
  const from = i < j && (articles(doc).has(tokens[i]!.folded) || (tokens[i]!.sentenceStart && STOP_WORDS.has(tokens[i]!.folded))) ? i + 1 : i;
  // (Most runs start no listed name of several words: one lookup tells.)
  if (!placePrefixes(doc.gaz).has(keyOf(doc, from, j)) && !organisationStartsWith(tokens[from]!.folded)) return j;
  let k = j + 1;
  while (k <= j + 3 && tokens[k]?.kind === 'word' && !tokens[k]!.capitalised && !tokens[k]!.afterNewline) k++;
  const listed = (end: number): boolean => place(doc, from, end)?.ambiguous === false;
  if (isCapWord(doc, tokens[k]) && !tokens[k]!.afterNewline && (listed(runEnd(doc, k)) || organisation(keyOf(doc, from, runEnd(doc, k)))?.ambiguous === false)) return runEnd(doc, k);
  // (`Émirats arabes unis`: the lower-case words end a place; not an organisation, which `le monde` would be.)
  for (let m = k - 1; m > j; m--) if (listed(m)) return m;
  return j;
}

const prefixes = new WeakMap<Gazetteer, Set<string>>();

/** The keys the gazetteer's names of several words start with, one word or more short of the whole (built once). */
function placePrefixes(gaz: Gazetteer): Set<string> {
  let set = prefixes.get(gaz);
  if (set) return set;
  set = new Set<string>();
  for (const key of gaz.places.keys()) {
    for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) set.add(key.slice(0, at));
  }
  prefixes.set(gaz, set);
  return set;
}
