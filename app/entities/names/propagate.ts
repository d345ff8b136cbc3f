/**
 * Step 5 of names.ts, propagation through the text: a sequence equal to one labelled elsewhere gets its type (0.7, LOC
 * 0.8); a lone surname of a person found in full → PER 0.75; the first word of a company name found alone (`Orange`
 * beside `Orange Business Service`) → ORG 0.6; a labelled organisation followed by more capitalised words (`Orange
 * Cloud`, `HP France`) → ORG 0.65; a name coordinated with an organisation (`Orange et Thales`) → ORG 0.55; a
 * listed place coordinated with a place (`Cache Creek and Ashcroft`) → LOC 0.6; a capitalised word seen three times or
 * more, never in lower case, at least once mid-sentence after a lower-case word → ORG 0.45 (LOC when a listed place, PER
 * when it also ends a name of two or three words: a surname whose given name no list holds).
 */
import { isCapWord, isCommonWord, isDemonym, keyOf, label, place, placeCueBefore, wordIndices, type Candidate, type Doc } from './doc.ts';
import { isEnglishWord } from './english-words.ts';
import { isFirstName } from './first-names.ts';
import { NAME_PARTICLES, ORG_SUFFIXES, STOP_WORDS } from './lexicon.ts';
import { organisation } from './organisations.ts';

const COORDINATORS = new Set(['et', 'and', 'ou', 'or', ',']);
/** Suffixes of company names (the institutional ones, `Center`, `Museum`, `University`, leave the first word alone). */
const CORPORATE_SUFFIXES = new Set([...ORG_SUFFIXES].filter((w) => !['museum', 'musee', 'center', 'centre', 'court', 'university', 'universite', 'institute', 'institut', 'council', 'commission', 'committee', 'agency', 'ministry', 'department', 'party', 'union', 'association', 'federation', 'league', 'club', 'foundation', 'fondation'].includes(w)));

/** Labels unlabelled candidates from the labelled ones, then the capitalised words seen often. */
export function propagate(doc: Doc, candidates: Candidate[]): void {
  peopleBySurnameAlone(doc, candidates);
  for (let round = 0; round < 3; round++) {
    if (!propagationRound(doc, candidates)) break;
  }
  labelFrequentWords(doc, candidates);
}

/**
 * `Tadej Pogačar won the stage … Pogačar now leads`: two or three capitalised words no list, dictionary or gazetteer
 * holds, whose last word the text also uses alone, name a person (news shortens people to their surname, and
 * organisations, if at all, to their first word). PER 0.7; the lone surnames follow in the rounds.
 */
function peopleBySurnameAlone(doc: Doc, candidates: Candidate[]): void {
  const { tokens } = doc;
  const alone = new Set<string>();
  for (const c of candidates) if (c.a === c.b && tokens[c.a]!.kind === 'word') alone.add(tokens[c.a]!.folded);
  if (alone.size === 0) return;
  for (const c of candidates) {
    if (c.type) continue;
    const words = wordIndices(doc, c.a, c.b);
    if (words.length < 2 || words.length > 3 || words.length !== c.b - c.a + 1) continue;
    const last = tokens[c.b]!;
    if (!alone.has(last.folded) || last.allCaps || words.some((k) => plainWord(doc, tokens[k]!.folded) || tokens[k]!.allCaps || tokens[k]!.hasDigit)) continue;
    label(c, 'PER', 0.7, 'cue');
  }
}

/**
 * A word that may be no part of a person's name: a common, dictionary or lower-case word, a place, an organisation.
 * (Not a small town's name that needs a cue to be one: `Saka`, `Bukayo Saka`.)
 */
function plainWord(doc: Doc, folded: string): boolean {
  const asPlace = doc.gaz.places.get(folded);
  return isCommonWord(folded) || isEnglishWord(folded) || doc.lowerWords.has(folded) || (asPlace !== undefined && !asPlace.minor) || organisation(folded) !== undefined;
}

/** One pass of the propagation rules; whether it labelled anything. */
function propagationRound(doc: Doc, candidates: Candidate[]): boolean {
  const { tokens } = doc;
  let changed = false;
  const labels = new Map<string, Candidate>();
  const surnames = new Set<string>();
  const givenNames = new Set<string>();
  // `le pen` of `Marine Le Pen`, `campos neto` of `Roberto Campos Neto`: a surname of two words, of which a sentence's
  // opening `Le` is then part.
  const particleSurnames = new Set<string>();
  for (const c of candidates) {
    if (!c.type) continue;
    const known = labels.get(c.key);
    if (!known || c.score > known.score) labels.set(c.key, c);
    const words = wordIndices(doc, c.a, c.b);
    if (c.type === 'PER' && words.length >= 2) {
      surnames.add(tokens[words[words.length - 1]!]!.folded);
      givenNames.add(tokens[words[0]!]!.folded);
      // (`Campos Neto` after `Roberto Campos Neto`, `le pen` of `Marine Le Pen`: the last two words as the surname.)
      if (words.length >= 3) particleSurnames.add(`${tokens[words[words.length - 2]!]!.folded} ${tokens[words[words.length - 1]!]!.folded}`);
    }
  }
  // `Orange Business Service`, `Samsung Electronics` name their parent `Orange`, `Samsung`.
  const parents = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'ORG' || c.how !== 'cue') continue;
    const words = wordIndices(doc, c.a, c.b);
    const last = tokens[words[words.length - 1]!]!;
    // (`Canadian Press` names no `Canadian` company: a nationality is no parent.)
    if (words.length >= 2 && CORPORATE_SUFFIXES.has(last.folded) && !isFirstName(tokens[words[0]!]!.folded) && !isDemonym(doc, tokens[words[0]!]!)) parents.add(tokens[words[0]!]!.folded);
  }
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    // `Delgado` after `Pablo Delgado`: a person's surname, though a town bears it too.
    if (c.type === 'LOC' && c.gazetteer && c.a === c.b && surnames.has(tokens[c.a]!.folded) && place(doc, c.a, c.b)?.kind === 'city' && !placeCueBefore(doc, c.a)) {
      label(c, 'PER', 0.75, 'propagated');
      changed = true;
      continue;
    }
    if (c.type) continue;
    const words = wordIndices(doc, c.a, c.b);
    const known = labels.get(c.key);
    if (words.length === 1 && parents.has(tokens[c.a]!.folded) && !known && !surnames.has(tokens[c.a]!.folded)) {
      label(c, 'ORG', 0.6, 'propagated');
      changed = true;
      continue;
    }
    const first = tokens[c.a]!;
    if (words.length === 1 && isCommonWord(first.folded)) continue;
    const ambiguousPlace = known?.type === 'LOC' && first.sentenceStart && place(doc, c.a, c.b)?.ambiguous;
    if (known && known.type && !ambiguousPlace) {
      const score = known.how === 'guessed' ? known.score : known.type === 'LOC' ? 0.8 : 0.7;
      label(c, known.type, score, known.how === 'guessed' ? 'guessed' : 'propagated', known.gazetteer);
      changed = true;
      continue;
    }
    // A lone surname, maybe with its particles: `Delgado`, `Van der Linde`, `De Jong`; or of two words: `Campos Neto`.
    const lastWord = tokens[words[words.length - 1]!]!;
    if (words.length === 2 && c.b === c.a + 1 && particleSurnames.has(`${first.folded} ${lastWord.folded}`)) {
      label(c, 'PER', 0.75, 'propagated');
      changed = true;
      continue;
    }
    if (surnames.has(lastWord.folded) && words.slice(0, -1).every((k) => NAME_PARTICLES.has(tokens[k]!.folded))) {
      // (`Le Pen a déclaré`: the sentence's opening particle, taken for an article, goes back into the surname.)
      const before = tokens[c.a - 1];
      if (words.length === 1 && before?.kind === 'word' && before.capitalised && before.end + 1 === first.start && particleSurnames.has(`${before.folded} ${first.folded}`)) {
        c.a--;
        c.key = keyOf(doc, c.a, c.b);
      }
      label(c, 'PER', 0.75, 'propagated');
      changed = true;
      continue;
    }
    // A given name alone, of a person found in full: `Daniel` after `Daniel Bernoulli`, `Gukesh` after `Gukesh
    // Dommaraju` (a name the lists lack, if no dictionary or gazetteer holds it).
    const unlistedGiven = !isEnglishWord(lastWord.folded) && !doc.lowerWords.has(lastWord.folded) && !doc.gaz.places.has(lastWord.folded);
    if (words.length === 1 && givenNames.has(lastWord.folded) && (isFirstName(lastWord.folded) || unlistedGiven) && !first.allCaps) {
      label(c, 'PER', 0.7, 'propagated');
      changed = true;
      continue;
    }
    if (words.length >= 2) {
      // `Orange Business Service`, `HP France`: a known organisation followed by more capitalised words.
      for (let w = words.length - 1; w >= 1; w--) {
        const head = labels.get(keyOf(doc, c.a, words[w - 1]!));
        if (head?.type === 'ORG' && !isFirstName(tokens[words[w]!]!.folded)) {
          label(c, 'ORG', 0.65, 'propagated');
          changed = true;
          break;
        }
      }
      if (c.type) continue;
    }
    const left = candidates[ci - 1];
    const right = candidates[ci + 1];
    // `Baptiste Ravanel (Solvéa Cycling)`, `Jelle Van Daele (Ardenne-Belfius)`: a name in brackets after a person's is
    // the team or the party they ride or stand for (not a nickname: `Charles Bolden (Charlie)`).
    if (left?.type === 'PER' && left.b === c.a - 2 && tokens[c.a - 1]!.text === '(' && tokens[c.b + 1]?.text === ')' && !place(doc, c.a, c.b) && !words.some((k) => tokens[k]!.hasDigit) && !(words.length === 1 && isFirstName(first.folded))) {
      label(c, 'ORG', 0.65, 'guessed');
      changed = true;
      continue;
    }
    // x, then y after one coordinator (a comma, `et`, `and`, `ou`, `or`); or after `and`/`et` only.
    const between = (x: Candidate, y: Candidate): boolean => y.a - x.b === 2 && COORDINATORS.has(tokens[x.b + 1]!.folded);
    const andBetween = (x: Candidate | undefined, y: Candidate | undefined): x is Candidate =>
      Boolean(x && y && between(x, y) && ['et', 'and'].includes(tokens[x.b + 1]!.folded));
    // Coordination with a person found by a cue: `engineers Tolu Bankole and Ifeanyi Nwachukwu`; a list of names
    // mostly people's: `Ardit Vrapi, Kevin Moreau and Thomas Lindqvist`.
    if (words.length >= 2 && words.length <= 3 && !place(doc, c.a, c.b)) {
      const cuePerson = (x: Candidate | undefined): boolean => x?.type === 'PER' && x.how === 'cue';
      if ((andBetween(left, c) && cuePerson(left)) || (andBetween(c, right) && cuePerson(right)) || amongPeople(doc, candidates, ci)) {
        label(c, 'PER', 0.65, 'guessed');
        changed = true;
        continue;
      }
    }
    // A name of plain words in a list of places: `the districts of Ocoña, Chuquibamba and Aplao`.
    if (words.length <= 2 && amongPlaces(doc, candidates, ci)) {
      label(c, 'LOC', 0.6, 'guessed');
      changed = true;
      continue;
    }
    // Coordination with an organisation: `Orange et Thales`, `Samsung and Apple`.
    if (words.length <= 3 && !(first.sentenceStart && doc.lowerWords.has(first.folded)) && !isFirstName(tokens[words[0]!]!.folded)) {
      const short = (x: Candidate): boolean => x.type === 'ORG' && (x.how === 'cue' || x.how === 'propagated') && wordIndices(doc, x.a, x.b).length <= 2;
      // `Renault, Ghosn et Saikawa`, `Airbus and Faury and Calhoun`: names paired with each other beside an organisation
      // are more likely people; and a word the text also gives a person's full name for is a surname.
      const pairedWithName = (x: Candidate | undefined, y: Candidate | undefined): boolean =>
        andBetween(x, y) && x.type !== 'ORG' && y!.type !== 'ORG';
      // `Cache Creek and Ashcroft`: a listed place, even a small one, beside a place.
      const nextToPlace = (left?.type === 'LOC' && between(left, c)) || (right?.type === 'LOC' && between(c, right));
      if (nextToPlace && doc.gaz.places.has(c.key)) {
        label(c, 'LOC', 0.6, 'guessed');
        changed = true;
        continue;
      }
      if (pairedWithName(c, right) || pairedWithName(left, c) || surnames.has(tokens[words.at(-1)!]!.folded)) continue;
      if ((left && short(left) && between(left, c)) || (right && short(right) && between(c, right))) {
        label(c, 'ORG', 0.55, 'guessed');
        changed = true;
      }
    }
  }
  return changed;
}

/** Prepositions a list repeats before each name: `de Fourvière, de Saint-Just et du Point-du-Jour`, `in Lyon and in Lille`. */
const REPEATED = new Set(['de', 'du', 'des', "d'", 'à', 'au', 'aux', 'of', 'in', 'at', 'to']);

/** Joined in a list: a comma, `and`/`et`/`or`/`ou`, or a comma and `and`/`et` between, maybe with the preposition again. */
function listed(doc: Doc, x: Candidate, y: Candidate): boolean {
  const gap = doc.tokens.slice(x.b + 1, y.a).map((t) => t.folded);
  if (gap.length >= 2 && REPEATED.has(gap.at(-1)!)) gap.pop();
  return (gap.length === 1 && COORDINATORS.has(gap[0]!)) || (gap.length === 2 && gap[0] === ',' && ['and', 'et'].includes(gap[1]!));
}

/** The other names of the list candidate ci stands in (none when it stands in none). */
function listAround(doc: Doc, candidates: Candidate[], ci: number): Candidate[] {
  let from = ci;
  while (from > 0 && listed(doc, candidates[from - 1]!, candidates[from]!)) from--;
  let to = ci;
  while (to + 1 < candidates.length && listed(doc, candidates[to]!, candidates[to + 1]!)) to++;
  return candidates.slice(from, to + 1).filter((x) => x !== candidates[ci]);
}

/**
 * Candidate ci is a name of plain words in a list of three or more where at least two others are people and people
 * outnumber the organisations and places: `Romelu Lukaku, Yannick Carrasco, and Dries Mertens`.
 */
function amongPeople(doc: Doc, candidates: Candidate[], ci: number): boolean {
  const c = candidates[ci]!;
  const words = wordIndices(doc, c.a, c.b);
  if (words.some((k) => STOP_WORDS.has(doc.tokens[k]!.folded) || doc.tokens[k]!.allCaps || doc.tokens[k]!.hasDigit)) return false;
  const others = listAround(doc, candidates, ci);
  if (others.length < 2) return false;
  const people = others.filter((x) => x.type === 'PER').length;
  return people >= 2 && people > others.filter((x) => x.type === 'ORG' || x.type === 'LOC').length;
}

/**
 * Candidate ci, a name no list or dictionary knows, in a list whose other names are places or nothing yet, one of
 * them a place no list holds that its words made one (`the districts of Ocoña, Chuquibamba and Aplao`).
 */
function amongPlaces(doc: Doc, candidates: Candidate[], ci: number): boolean {
  const c = candidates[ci]!;
  const { tokens } = doc;
  const words = wordIndices(doc, c.a, c.b);
  if (words.some((k) => STOP_WORDS.has(tokens[k]!.folded) || tokens[k]!.allCaps || tokens[k]!.hasDigit || isFirstName(tokens[k]!.folded) || doc.lowerWords.has(tokens[k]!.folded) || (doc.language !== 'fr' && isEnglishWord(tokens[k]!.folded)))) return false;
  const others = listAround(doc, candidates, ci);
  // (An unlisted place among them, found by its words: `Paris, Lyon and Durand` names a man.)
  return others.length >= 1 && others.every((x) => x.type === 'LOC' || !x.type) && others.some((x) => x.type === 'LOC' && !x.gazetteer);
}

/** A capitalised word seen three times or more, never in lower case, not only at sentence starts: an organisation. */
function labelFrequentWords(doc: Doc, candidates: Candidate[]): void {
  const { tokens } = doc;
  const counts = new Map<string, { n: number; mid: number }>();
  for (const c of candidates) {
    if (c.type || c.a !== c.b || tokens[c.a]!.kind !== 'word') continue;
    const t = tokens[c.a]!;
    if (t.allCaps || doc.lowerWords.has(t.folded) || isCommonWord(t.folded) || isFirstName(t.folded) || t.hasDigit || isDemonym(doc, t)) continue;
    // `the Act`, `the Bill`: a word of the language, capitalised for the thing the article is about.
    if (doc.language !== 'fr' && isEnglishWord(t.folded)) continue;
    const k = counts.get(c.key) ?? { n: 0, mid: 0 };
    k.n++;
    const before = tokens[c.a - 1];
    if (!t.sentenceStart && !(before && (before.hasDigit || isCapWord(doc, before)))) k.mid++;
    counts.set(c.key, k);
  }
  // The last words of names of two or three words that are neither organisations nor places: surnames, when seen alone
  // (`Abhimanyu Rathore` … `Rathore`, whose given name no list holds).
  const surnames = new Set<string>();
  for (const c of candidates) {
    const words = wordIndices(doc, c.a, c.b);
    if ((c.type === null || c.type === 'PER') && words.length >= 2 && words.length <= 3 && words.every((w) => tokens[w]!.capitalised && !tokens[w]!.allCaps)) {
      surnames.add(tokens[words[words.length - 1]!]!.folded);
    }
  }
  // (`in the Pilbara`, `across the Pilbara`: a word a preposition of place and `the` stand before names a region.)
  const placed = new Set<string>();
  // (Not a word qualifying the noun after it: `from the Scientology organization`.)
  const qualifies = (k: number): boolean => tokens[k + 1]?.kind === 'word' && !tokens[k + 1]!.capitalised && !STOP_WORDS.has(tokens[k + 1]!.folded);
  for (const c of candidates) if (c.a === c.b && tokens[c.a - 1]?.folded === 'the' && ['in', 'across', 'throughout', 'into', 'from', 'around'].includes(tokens[c.a - 2]?.folded ?? '') && !qualifies(c.b)) placed.add(c.key);
  for (const c of candidates) {
    const k = counts.get(c.key);
    // A listed place, even a small one taken elsewhere only after `à`/`in` (`Ashcroft`), is that place.
    if (!c.type && c.a === c.b && k && k.n >= 3 && k.mid >= 1) {
      const type = doc.gaz.places.has(c.key) || placed.has(c.key) ? 'LOC' : surnames.has(tokens[c.a]!.folded) ? 'PER' : 'ORG';
      label(c, type, 0.45, 'guessed');
    }
  }
}
