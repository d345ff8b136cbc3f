/**
 * Step 3 of names.ts, capitalised sequences: runs of capitalised words on one line, joined by `de`/`of`/`von der`…
 * only after an organisation head (`Caisse des Dépôts`, `Bank of America`), after a given name (`Charles de Gaulle`),
 * or when the whole is a place (`Côte d’Ivoire`); by `and`/`et` only after a head (`National Air and Space Museum`)
 * or before a suffix (`Hi Investment and Securities`); by `&`; `L’` is kept mid-sentence (`L’Oréal`); a middle initial
 * joins (`George W. Bush`). Leading articles (`The Church`), titles (`President`, `Mrs`) and trailing roles (`… CEO`)
 * are cut off, and a sequence is split before a given name (`NASA Administrator Charles Bolden` → `NASA`, `Charles
 * Bolden`). Runs longer than 16 tokens are no names; runs that name nothing (`Alzheimer’s disease`, `M€`: not-names.ts)
 * are dropped; a state abbreviated as the AP does and a company named by its site are named at once (shaped-names.ts).
 * Where a run goes on past connectors and lower-case words is joins.ts's.
 */
import { ACRONYM } from './acronyms.ts';
import { isCivility, orgCueBefore, orgShape, orgSuffix, titleBefore } from './cues.ts';
import { camelCaseName, candidate, isCapWord, isDemonym, keyOf, label, place, wordIndices, type Candidate, type Doc } from './doc.ts';
import { isEnglishWord } from './english-words.ts';
import { isFirstName } from './first-names.ts';
import { articles, connectorJoin, listedWithLowerCaseInside, oneWord, portfolioList, runEnd } from './joins.ts';
import { CIVILITIES, FRENCH_NATIONALITIES, NAME_PARTICLES, ORG_CONNECTORS, ORG_CUES, ORG_HEADS, ORG_SUFFIXES, PORTFOLIO_OFFICES, ROLES, STOP_WORDS, TITLE_IN_SEQUENCE, TITLE_MODIFIERS } from './lexicon.ts';
import { adjectivesAfter, complementsAfter, organisationPair, possessiveJoin } from './name-ends.ts';
import { notAName } from './not-names.ts';
import { organisation, organisationStartsWith } from './organisations.ts';
import { partOfWebAddress, shapedName } from './shaped-names.ts';
import { pluralPossessive } from './tokens.ts';

/** No name runs longer than this many tokens (`National Museum of the U.S. Air Force` is 9). */
const MAX_SEQUENCE_TOKENS = 16;
const ABBREVIATED_SUFFIXES = new Set(['inc', 'corp', 'ltd', 'co', 'bros', 'jr', 'sr']);
const PLACE_ABBREVIATIONS = new Set(['st', 'ste', 'mt', 'ft']);
/** A saint's title in the languages of place names: what a given name after it names is no person. */
const SAINTS = new Set(['san', 'santa', 'santo', 'sao', 'saint', 'sainte', 'st', 'ste', 'sankt', 'sint']);
/** Bodies whose head or spokesperson is often named right after them. */
const SPEAKING_BODIES = new Set(['senat', 'elysee', 'matignon', 'bercy', 'parlement', 'gouvernement', 'commission', 'senate', 'congress', 'parliament', 'government', 'kremlin', 'pentagon']);
/** Words of a company role before a name (`Chief Financial Officer`), and those such a role ends with. */
const ROLE_WORDS = new Set(['chief', 'executive', 'financial', 'operating', 'technology', 'officer', 'deputy', 'managing', 'director']);
const ROLE_ENDS = new Set(['executive', 'officer', 'director']);
/** Words of a role's title before it (`District Attorney`, `Deputy Sheriff`), and those naming an office only alone. */
const ROLE_OFFICES = new Set(['district', 'deputy', 'assistant']);
const OFFICE_ALONE = new Set(['county', 'state', 'city']);
/** Kinds of body written in capitals before a name: `ONG`, `PME`, `NGO`. */
const BODY_KINDS_IN_CAPITALS = new Set(['ong', 'pme', 'ngo', 'eti', 'tpe']);
/** Post-nominal letters, as written. */
const POST_NOMINALS = new Set(['KC', 'QC', 'MP', 'MSP', 'MS', 'MLA', 'MEP', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'PhD']);

/** Capitalised sequences, each cut into candidates (leading common words and titles stripped, given names split). */
export function findSequences(doc: Doc): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // (Opening a sentence, only a listed name: `L’Oréal emploie…`, not `L’Usine…`.)
    const startsWithL = t.kind === 'elision' && t.capitalised && t.folded === "l'" && isCapWord(doc, tokens[i + 1]) && !tokens[i + 1]!.afterSpace &&
      (!t.sentenceStart || organisation(keyOf(doc, i, i + 1))?.ambiguous === false);
    if (!startsWithL && !isCapWord(doc, t)) {
      i++;
      continue;
    }
    let j = startsWithL ? i + 1 : i;
    // A leading initial: `J. Martin` (not a civility: `M. Martin` is Monsieur Martin).
    // (Not a sentence's end: `on Reddit and X. A two-hour outage`.)
    if (t.kind === 'word' && t.text.length === 1 && !CIVILITIES.has(t.folded) && tokens[i + 1]?.text === '.' && isCapWord(doc, tokens[i + 2]) && !tokens[i + 2]!.afterNewline && !STOP_WORDS.has(tokens[i + 2]!.folded)) j = i + 2;
    for (;;) {
      const n1 = tokens[j + 1];
      if (!n1 || n1.afterNewline) break;
      const initial = n1.kind === 'word' && n1.text.length === 1 && n1.capitalised && tokens[j + 2]?.text === '.';
      if (initial) {
        // A middle initial: `George W. Bush`.
        if (isCapWord(doc, tokens[j + 3]) && !tokens[j + 3]!.afterNewline && !(j === i && CIVILITIES.has(tokens[i]!.folded))) {
          j += 3;
          continue;
        }
        break;
      }
      // `National Farmers’ Union`, `Westminster Magistrates' Court`: through a plural's possessive.
      if (pluralPossessive(tokens, j + 1) && isCapWord(doc, tokens[j + 2]) && !tokens[j + 2]!.afterNewline) {
        j += 2;
        continue;
      }
      // `the U.S. The President`: the initials' full stop ends the sentence (tokens.ts).
      if (n1.sentenceStart && tokens[j]!.text.endsWith('.') && !doc.titleCaseLines.has(n1.line)) break;
      if (isCapWord(doc, n1) && n1.afterSpace) {
        j++;
        continue;
      }
      // `St. Louis`, `Mt. Kenya`: an abbreviated saint, mount or fort opening the name.
      if (j === i && n1.text === '.' && !n1.afterSpace && PLACE_ABBREVIATIONS.has(t.folded) && isCapWord(doc, tokens[j + 2]) && !tokens[j + 2]!.afterNewline) {
        j += 2;
        continue;
      }
      if (n1.text === '&' && isCapWord(doc, tokens[j + 2]) && !tokens[j + 2]!.afterNewline) {
        j += 2;
        continue;
      }
      // Runs longer than any name (shouted or title-case text) are only walked through, never joined further.
      if (j - i >= MAX_SEQUENCE_TOKENS) break;
      const joined = Math.max(connectorJoin(doc, i, j), portfolioList(doc, i, j), possessiveJoin(doc, j));
      if (joined > j) {
        j = joined;
        continue;
      }
      break;
    }
    // `Moody’s`, `Sainsbury’s`: a listed name ending in a possessive; `Lloyd's of London`: one going on past it.
    if (tokens[j + 1]?.kind === 'possessive' && organisation(keyOf(doc, i, j + 1))?.ambiguous === false) j++;
    else if (tokens[j + 1]?.kind === 'possessive' && tokens[j + 2]?.folded === 'of' && isCapWord(doc, tokens[j + 3])) {
      const end = runEnd(doc, j + 3);
      if (organisation(keyOf(doc, i, end))?.ambiguous === false) j = end;
    }
    // `Amérique latine`, `Europe centrale`: a listed place whose name ends in lower case; `République démocratique du
    // Congo`: one with lower-case words inside.
    const after = tokens[j + 1];
    if (after?.kind === 'word' && !after.capitalised && after.afterSpace && !after.afterNewline) j = listedWithLowerCaseInside(doc, i, j);
    // `AstraZeneca plc`: the legal form written in lower case.
    if (tokens[j + 1]?.text === 'plc' && tokens[j + 1]!.afterSpace && !tokens[j + 1]!.afterNewline) j++;
    if (j - i >= MAX_SEQUENCE_TOKENS) {
      while (isCapWord(doc, tokens[j + 1]) || (tokens[j + 1]?.kind === 'punct' && !tokens[j + 1]!.afterNewline && isCapWord(doc, tokens[j + 2]))) j++;
      i = j + 1;
      continue;
    }
    // A state abbreviated as the AP does, a company named by its site: the run's shape names them.
    const shaped = shapedName(doc, i, j);
    if (shaped) {
      out.push(shaped);
      i = shaped.b + 1;
      continue;
    }
    // Parts of web addresses (`Scientology.org`) are not mentions.
    if (!partOfWebAddress(doc, j) && !notAName(doc, i, j)) out.push(...cut(doc, i, j));
    i = j + 1;
  }
  return out;
}

/** A sequence i..j made into candidates. */
function cut(doc: Doc, i: number, j: number): Candidate[] {
  const { tokens } = doc;
  // `Stade rennais`, `Olympique lyonnais`: a club's head and its town's adjective.
  if (oneWord(doc, i, j) && CLUB_HEADS.has(tokens[j]!.folded) && tokens[j + 1]?.kind === 'word' && !tokens[j + 1]!.afterNewline && CLUB_ADJECTIVE.test(tokens[j + 1]!.text)) {
    const club = candidate(doc, j, j + 1);
    label(club, 'ORG', 0.75, 'cue');
    return [club];
  }
  const listed = listedOrganisation(doc, i, j);
  if (listed) return [listed];
  // `L’Oréal emploie…` opening a sentence: a listed name keeps its elided article.
  if (tokens[i]!.kind === 'elision' && i < j && organisation(keyOf(doc, i, j))?.ambiguous === false) {
    const whole = candidate(doc, i, j);
    label(whole, 'ORG', 0.85, 'cue');
    return [whole];
  }
  // A place as a whole (`Le Mans`, `La Rochelle`, `La Réunion`, `New York`), but for an English `The` when the place
  // is also listed without it (`The Netherlands`; not `The Hague`).
  if (place(doc, i, j)) return [i < j && tokens[i]!.folded === 'the' && place(doc, i + 1, j) ? candidate(doc, i + 1, j) : candidate(doc, i, j)];
  let a = i;
  let title: Candidate['title'] = null;
  // Leading common words: `Le groupe`, `Nice weather` (at a sentence start), `The Church` (anywhere); not after a
  // civility (`Mrs. May`).
  const afterCivility = titleBefore(doc, i) === 'civility';
  // (`General Motors raised…`: a listed name keeps its opening word, though a role's.)
  const longOrganisation = (wordIndices(doc, i, j).length >= 3 && orgShape(doc, i, j) && !ORG_HEADS.has(tokens[i]!.folded)) || (i < j && organisation(keyOf(doc, i, j))?.ambiguous === false);
  while (a <= j && !afterCivility) {
    const t = tokens[a]!;
    if (t.kind === 'elision') {
      if (!t.sentenceStart) break;
      a++;
      continue;
    }
    // (`Rail Delivery Group said`: a word also written in lower case stays in a longer organisation's name.
    // `(Reportage Bate Felix, …)` opens a credit line.)
    // (In English, `De Jong said`, `Van der Linde added`: a capitalised particle opens a surname.)
    if (doc.language === 'en' && NAME_PARTICLES.has(t.folded) && !articles(doc).has(t.folded) && a < j && tokens[a + 1]!.kind === 'word') break;
    // (`L’ONG Amnesty International`, `la PME Textiles Vandewalle`: a kind of body in capitals before its name.)
    const kindInCapitals = t.allCaps && a < j && BODY_KINDS_IN_CAPITALS.has(t.folded) && tokens[a + 1]!.kind === 'word';
    if (policeOfPlace(doc, a, j)) break;
    const common = kindInCapitals || articles(doc).has(t.folded) || (t.sentenceStart && t.folded === 'reportage') || (t.sentenceStart && (STOP_WORDS.has(t.folded) || ((doc.lowerWords.has(t.folded) || ROLES.has(t.folded) || ORG_CUES.has(t.folded)) && !longOrganisation)));
    // (`(WHO)`, `WHO say`: a listed organisation in capitals is no pronoun; `Bank of America rose`: a word before its
    // connector is the name's head.)
    const headOfConnector = a < j && tokens[a + 1]!.kind === 'word' && !tokens[a + 1]!.capitalised && ORG_CONNECTORS.has(tokens[a + 1]!.folded) && !articles(doc).has(t.folded) && !STOP_WORDS.has(t.folded);
    if (!common || headOfConnector || (t.allCaps && t.text.length > 1 && organisation(t.folded) !== undefined)) break;
    a++;
  }
  // `Rival Samsung Electronics Co.`, `Neighbouring Rotherham`: a common word opening the sentence before a well-known
  // organisation or a listed place.
  // (But `Environment Canada said`: the whole is listed.)
  if (a < j && !policeOfPlace(doc, a, j) && tokens[a]!.sentenceStart && (doc.lowerWords.has(tokens[a]!.folded) || isEnglishWord(tokens[a]!.folded)) && organisation(tokens[a]!.folded)?.ambiguous !== false && (organisation(tokens[a + 1]!.folded)?.ambiguous === false || place(doc, a + 1, j)?.ambiguous === false) && organisation(keyOf(doc, a, j))?.ambiguous !== false) a++;
  // `l’Américaine June Halloway`, `le Danois Mikkel Østergaard`: a French noun of nationality is a title before a
  // person's name of two words or more (not `la Française des Jeux`).
  if (doc.language === 'fr' && a + 1 < j && FRENCH_NATIONALITIES.has(tokens[a]!.folded) && wordIndices(doc, a + 1, j).length >= 2 && wordIndices(doc, a + 1, j).every((k) => tokens[k]!.capitalised)) {
    a++;
    title = 'role';
  }
  // `an American YouTube star`: a nationality before a well-known or camel-case name that does not take it.
  const one = a + 1 === j && tokens[j]!.kind === 'word';
  if (one && isDemonym(doc, tokens[a]!) && (organisation(tokens[j]!.folded)?.ambiguous === false || camelCaseName(tokens[j]!.text)) && !organisation(keyOf(doc, a, j))) a++;
  if (a > j) return [];
  if (place(doc, a, j)) return [candidate(doc, a, j)];
  // Organisation shape or a listed name before titles: `General Motors`, `Royal Bank of Scotland`, `General Electric`.
  if (!orgShape(doc, a, j) && organisation(keyOf(doc, a, j))?.ambiguous !== false) {
    // (`Chinese Vice Commerce Minister Wang Shouwen`: a nationality before the title goes with it.)
    const titleAt = (k: number): boolean => TITLE_IN_SEQUENCE.has(tokens[k]!.folded) || isCivility(doc, tokens[k]!) || titleQualifier(doc, k, j);
    while (a < j && (titleAt(a) || (isDemonym(doc, tokens[a]!) && a + 1 < j && titleAt(a + 1)))) {
      title = CIVILITIES.has(tokens[a]!.folded) ? 'civility' : 'role';
      a++;
      // The full stop of an abbreviated title (`M.`, `Dr.`) is no part of the name.
      while (a < j && tokens[a]!.kind === 'punct') a++;
    }
  }
  // (`Malaysia's Prime Minister, Najib Razak`: titles alone name nobody.)
  if (title && a === j && TITLE_IN_SEQUENCE.has(tokens[a]!.folded)) return [];
  // Roles at the end: `Museum of Flight CEO`, `Airbus Chief Executive`.
  // (`Royal Courts of Justice` keeps its last word: a connector before it makes it part of the name.)
  const wholeEnd = j;
  // (`Bruno Le Maire`, `Ahmed Le Roi`: after a capitalised particle, the word is a surname's; `Stephen King`: after a
  // given name too.)
  while (j > a && tokens[j]!.kind === 'word' && TITLE_IN_SEQUENCE.has(tokens[j]!.folded) && !ORG_SUFFIXES.has(tokens[j]!.folded) && !ORG_CONNECTORS.has(tokens[j - 1]!.folded) && !(tokens[j - 1]!.capitalised && NAME_PARTICLES.has(tokens[j - 1]!.folded)) && !(j - 1 === a && isFirstName(tokens[a]!.folded) && !TITLE_IN_SEQUENCE.has(tokens[a]!.folded))) j--;
  if (j < wholeEnd) {
    j = officeEnd(doc, a, j);
    if (j < a) return [];
  }
  // Letters after a person's name: `Helena Marwick KC`, `Jess Phillips MP`.
  while (j > a + 1 && tokens[j]!.kind === 'word' && POST_NOMINALS.has(tokens[j]!.text)) j--;
  // A given name inside: `Education Stefania Giannini` → `Education` + `Stefania Giannini`; `NASA Administrator
  // Charles Bolden` → `NASA` + (title) `Charles Bolden`.
  const words = wordIndices(doc, a, j);
  for (let w = 1; w < words.length - 1; w++) {
    const k = words[w]!;
    // (After a connector, a given name is part of the name: `Court of Justice of the European Union`.)
    // (A title is no given name, though the lists hold some: `Judge`, `Major`.)
    const givenAt = (m: number): boolean => isFirstName(tokens[m]!.folded) && !TITLE_IN_SEQUENCE.has(tokens[m]!.folded);
    // (Nor in a name that opens with a given name: `Luiz Inácio Lula da Silva`.)
    if (!givenAt(k) || givenAt(words[w - 1]!) || givenAt(words[0]!) || tokens[k - 1]!.kind !== 'word' || !tokens[k - 1]!.capitalised) continue;
    // (`Green Bay Packers`: the given name ends a place. `San Sebastián de los Reyes`, `Santa Monica Studio`: it follows a
    // saint's title.)
    if (place(doc, a, k) || SAINTS.has(tokens[k - 1]!.folded)) continue;
    // (`Thales Alenia Space`: a listed company, then words ending as a company's do, is one company.)
    if (organisation(keyOf(doc, a, k - 1)) && !TITLE_IN_SEQUENCE.has(tokens[k - 1]!.folded) && (isEnglishWord(tokens[j]!.folded) || orgSuffix(doc, tokens[j]!)) && !isFirstName(tokens[j]!.folded)) continue;
    // `Fondation Jean Jaurès` is one name; `Sénat Gérard Larcher`, a body then who speaks for it, is two.
    // (But `Superior Court Judge Alicia Ventura-Brandt`: a title before the given name ends the body's name.)
    if (orgShape(doc, a, j) && !orgShape(doc, a, k - 1) && !(k - 1 === a && SPEAKING_BODIES.has(tokens[a]!.folded)) && !TITLE_IN_SEQUENCE.has(tokens[k - 1]!.folded)) continue;
    // (Nor `Queen Elizabeth Hospital`: what follows the given name ends as a body's name, so it is one.)
    if (orgSuffix(doc, tokens[j]!) && !orgShape(doc, a, k - 1)) continue;
    let left = k - 1;
    let leftTitle: Candidate['title'] = title;
    // `Airbus Chief Executive Guillaume Faury`: a company role (`Société Générale` ends in none).
    if (ROLE_ENDS.has(tokens[left]!.folded)) {
      while (left >= a && ROLE_WORDS.has(tokens[left]!.folded)) left--;
      leftTitle = 'role';
    }
    // (`Greens MP Sophie Lam`: the member's letters go with her.)
    while (left > a && POST_NOMINALS.has(tokens[left]!.text)) left--;
    // (`Acting`, `Deputy Chief`: what qualified the title is no name of its own.)
    while (left >= a && (TITLE_IN_SEQUENCE.has(tokens[left]!.folded) || TITLE_MODIFIERS.has(tokens[left]!.folded))) {
      leftTitle = CIVILITIES.has(tokens[left]!.folded) ? 'civility' : 'role';
      left--;
    }
    // (`US Treasury Secretary Scott Bessent`: the portfolio before the title is no part of the country.)
    // (But `El Paso County Commissioner`: a county's, a state's or a city's office.)
    while (left > a && PORTFOLIO_OFFICES.has(tokens[left + 1]?.folded ?? '') && tokens[left]!.capitalised && !place(doc, left, left) && !OFFICE_ALONE.has(tokens[left]!.folded) && !ROLE_OFFICES.has(tokens[left]!.folded)) left--;
    if (left < k - 1) left = officeEnd(doc, a, left);
    return left >= a ? [candidate(doc, a, left), candidate(doc, k, j, leftTitle)] : [candidate(doc, k, j, leftTitle)];
  }
  // `Ashcroft Mayor Parveen Sandhu` (a given name the lists lack): a title inside, then two to four words, is a place or a
  // body, then the person who holds the office.
  for (let w = 1; w < words.length - 2 && !orgShape(doc, a, j); w++) {
    const k = words[w]!;
    const rest = words.length - w - 1;
    if (!TITLE_IN_SEQUENCE.has(tokens[k]!.folded) || CIVILITIES.has(tokens[k]!.folded) || rest > 4 || TITLE_IN_SEQUENCE.has(tokens[k - 1]!.folded)) continue;
    // (`IMF Managing Director Kristalina Georgieva`: what qualifies the title goes with it.)
    let left = k - 1;
    while (left > a && (ROLE_WORDS.has(tokens[left]!.folded) || TITLE_MODIFIERS.has(tokens[left]!.folded))) left--;
    return [candidate(doc, a, left), candidate(doc, words[w + 1]!, j, 'role')];
  }
  // `University of Pennsylvania and Massachusetts General Hospital`: two organisations, each named in full.
  const pair = organisationPair(doc, a, j);
  if (pair) return pair;
  // `Assemblée nationale`, `Banque centrale européenne`, `(les syndicats comme) Force ouvrière`.
  let b = j;
  // `Agence nationale de l’habitat`, `Conseil des arts et des lettres du Québec`: a French head's name runs on.
  // (Not a common noun opening its sentence: `Groupe de travail sur…`.)
  // (`Haut Conseil pour le climat`, `Haute Autorité de santé`: a head after its capitalised adjective.)
  const head = a === j || (j === a + 1 && HEAD_ADJECTIVES.has(tokens[a]!.folded) && ORG_HEADS.has(tokens[j]!.folded));
  const runsOn = head && doc.language === 'fr' && ORG_HEADS.has(tokens[a]!.folded) && !tokens[a]!.allCaps && !tokens[a]!.sentenceStart;
  if (head && (ORG_HEADS.has(tokens[a]!.folded) || orgCueBefore(doc, a))) b = adjectivesAfter(doc, j, runsOn ? (end) => complementsAfter(doc, end) : undefined);
  // `Organisation des Nations unies pour l’alimentation et l’agriculture (FAO)`: a French head's name runs on to the
  // letters in brackets after it.
  if (doc.language === 'fr' && ORG_HEADS.has(tokens[a]!.folded) && !tokens[a]!.allCaps) b = expansionBeforeLetters(doc, b);
  // `Apple Inc.`, `Acme Corp.`: the abbreviation's full stop belongs to the name.
  if (ABBREVIATED_SUFFIXES.has(tokens[b]!.folded) && tokens[b + 1]?.text === '.' && tokens[b + 1]!.start === tokens[b]!.end && b > a) b++;
  return [candidate(doc, a, b, title)];
}

/**
 * A well-known organisation named with its article or lower-case words after the capitalised ones (`Le Monde`, `Les
 * Républicains`, `La France insoumise`, `La Banque postale`), labelled; null when none. A listed name that is also a
 * common word counts here only with its article (`Les Républicains`, not `les républicains`).
 */
function listedOrganisation(doc: Doc, i: number, j: number): Candidate | null {
  const { tokens } = doc;
  // (`Selon Le Monde`: past the word opening the sentence.)
  const from = tokens[i]!.sentenceStart && i < j && !articles(doc).has(tokens[i]!.folded) ? i + 1 : i;
  // (`Le monde change`: a capitalised article alone names nothing.)
  if (from === j && articles(doc).has(tokens[from]!.folded)) return null;
  const withArticle = articles(doc).has(tokens[from]!.folded) && from < j && doc.language !== 'en';
  // `la Banque postale`: the article in lower case stays out of the mention, not out of the name looked up.
  const lowerArticle = !withArticle && from === i && tokens[i - 1]?.kind === 'word' && !tokens[i - 1]!.capitalised && articles(doc).has(tokens[i - 1]!.folded) && doc.language !== 'en';
  const start = lowerArticle ? tokens[i - 1]! : tokens[from]!;
  if (!organisationStartsWith(start.kind === 'elision' ? start.folded.slice(0, -1) : start.folded)) return null;
  let last = j;
  while (last < j + 4 && tokens[last + 1]?.kind === 'word' && !tokens[last + 1]!.capitalised && !tokens[last + 1]!.afterNewline && tokens[last + 1]!.afterSpace) last++;
  for (let end = last; end >= j; end--) {
    // [key, the article is part of the key, where the mention starts]
    const keys: Array<[string, boolean, number]> = [[keyOf(doc, from, end), withArticle, from]];
    if (lowerArticle) keys.push([keyOf(doc, i - 1, end), true, from]);
    // `La Caisse des dépôts et consignations a prêté`: listed without its article, which stays out of the mention.
    if (withArticle && end > from + 1) keys.push([keyOf(doc, from + 1, end), false, from + 1]);
    for (const [key, articled, start] of keys) {
      if (!articled && end === j) continue;
      const known = organisation(key);
      if (known && (articled || !known.ambiguous)) {
        const c = candidate(doc, start, end);
        label(c, 'ORG', 0.85, 'cue');
        return c;
      }
    }
  }
  return null;
}

/**
 * Whether the word at k qualifies the title after it, in a run that goes on to the name (`Deputy Chief Justice`,
 * `Vice Commerce Minister`, `Chief Financial Officer`): a modifier or a company role's word, or a portfolio before
 * its minister or secretary.
 */
function titleQualifier(doc: Doc, k: number, j: number): boolean {
  const { tokens } = doc;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (k + 1 >= j || next?.kind !== 'word' || !next.capitalised) return false;
  const titleNext = TITLE_IN_SEQUENCE.has(next.folded) || TITLE_MODIFIERS.has(next.folded) || ROLE_WORDS.has(next.folded);
  if ((TITLE_MODIFIERS.has(t.folded) || ROLE_WORDS.has(t.folded)) && titleNext) return true;
  // (`Financial Officer`: a company role's last word after its others.)
  if (ROLE_ENDS.has(t.folded) && ROLE_WORDS.has(tokens[k - 1]?.folded ?? '')) return true;
  return t.capitalised && !t.allCaps && PORTFOLIO_OFFICES.has(next.folded) && k + 2 < j;
}

/** Capitalised adjectives before a French head (`Haut Conseil`, `Haute Autorité`, `Grand Conseil`). */
const HEAD_ADJECTIVES = new Set(['haut', 'haute', 'grand', 'grande']);

/**
 * Where a name ending at b runs on through words, links and `et`, with no punctuation, to the letters in brackets that
 * abbreviate it (`… pour l’alimentation et l’agriculture (FAO)`, `… et travailleuses du Québec (FTQ)`), or b.
 */
function expansionBeforeLetters(doc: Doc, b: number): number {
  const { tokens } = doc;
  for (let k = b + 1; k <= b + 16; k++) {
    const t = tokens[k];
    if (!t || t.afterNewline) return b;
    // (Not into a second body: `la Société des alcools du Québec et la Société québécoise du cannabis (SQDC)`.)
    if (t.folded === 'et' && articles(doc).has(tokens[k + 1]?.folded ?? '') && isCapWord(doc, tokens[k + 2])) return b;
    if (t.folded === 'et' && tokens[k + 1]?.kind === 'elision' && tokens[k + 1]!.folded === "l'" && isCapWord(doc, tokens[k + 2])) return b;
    if (t.text === '(') return k - 1 > b && ACRONYM.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')' ? k - 1 : b;
    if ((t.kind !== 'word' && t.kind !== 'elision') || t.hasDigit) return b;
  }
  return b;
}

/** Heads of French club names followed by their town's adjective in lower case. */
export const CLUB_HEADS = new Set(['stade', 'olympique', 'racing', 'sporting', 'aviron']);
const CLUB_ADJECTIVE = /^\p{Ll}+(?:ais|aise|ois|oise|ain|aine|ien|ienne|in|ine)$/u;

/**
 * The end of the body or place before a stripped title: `Manhattan District Attorney` → `Manhattan`, `Deputy County
 * Attorney` → nothing, `Los Angeles County Sheriff` → `Los Angeles County`. Below `a` when nothing is left.
 */
function officeEnd(doc: Doc, a: number, end: number): number {
  const { tokens } = doc;
  let e = end;
  while (e >= a && ROLE_OFFICES.has(tokens[e]!.folded)) e--;
  return e >= a && (e > a || !OFFICE_ALONE.has(tokens[e]!.folded)) ? e : a - 1;
}

/** `Police Scotland said`, `Air New Zealand cancelled`: a police force or an airline named by its land, at a..j. */
function policeOfPlace(doc: Doc, a: number, j: number): boolean {
  const head = doc.tokens[a]!.folded;
  if (a >= j || (head !== 'police' && head !== 'air')) return false;
  const served = place(doc, a + 1, j);
  return served?.ambiguous === false && (head === 'police' || served.kind === 'country');
}
