/**
 * Step 4 of names.ts, classification, first rule that applies (scores in brackets):
 * - datelines in capitals `PARIS (AFP)` → LOC (0.95 when in the gazetteer); news agencies → ORG 0.9;
 * - acronyms of 2–6 capitals → ORG (in brackets or defined 0.8; after a cue 0.7; else 0.6), unless a place
 *   (`USA`), a common abbreviation (`PDG`, `PIB`, `CEO`, `GMT`), a roman numeral or in a line in capitals;
 * - a long form defined by an acronym `Confédération générale du travail (CGT)`, `Hewlett-Packard (HP)` → ORG 0.8
 *   (found before these rules run, in acronyms.ts);
 * - organisation shape: head `Banque de France`, `Church of Scientology`, suffix `Dassault Systèmes`, `Apple Inc.`,
 *   `BBC News`, or a head before a connector `Allen Institute for …` → ORG 0.8; `Assemblée nationale` 0.75;
 *   institutions `au Sénat`, `l’Elysée` 0.7;
 * - a civility or a role just before: `M. Badrinath`, `Mrs. May`, `le ministre Jean-Marc Ayrault`,
 *   `President Obama` → PER (0.9 / 0.8);
 * - an organisation cue before: `le groupe Orange`, `le cabinet IDC`, `des groupes comme Danone`, `the company X`,
 *   `chez PSA`, `le ministère de l’Économie` (the ministry whole) → ORG (0.8, or 0.7 with words between);
 * - gazetteer → LOC (country/region 0.9, city 0.85, +0.05 after `à`/`in`…); an ambiguous name (`Orange`, `Nice`)
 *   only after a preposition of place or in a dateline, a place after `X de`/`X of` (`Tour de France`) never;
 * - `Apple’s chief executive`, `directeur d’Orange Cloud`, `CEO of Apple` → ORG 0.7; `lancement de Cloudwatt`,
 *   `shares of Nokia`, `les actions Samsung` → ORG 0.6;
 * - two to four words: an apposition `Vivek Badrinath, directeur…` (0.8), `le ministre des finances, Pierre
 *   Moscovici` (0.75), a verb of saying `a déclaré X`, `X said` (0.7); a given name first → PER 0.75;
 * - a camel-case word `YouTube`, `PayPal` → ORG 0.5.
 */
import { ACRONYM } from './acronyms.ts';
import { appositionAfter, appositionBefore, countryBeside, creditBefore, ministryBefore, orgCueBefore, organisationApposition, orgShape, orgSuffix, personActAfter, roleAt, roleInBodyBefore, roleOf, speechAround, titleBefore } from './cues.ts';
import { areaInBracketsAfter, camelCaseName, inCapitals, isCapWord, isCommonWord, isDemonym, keyOf, label, minorPlaceCue, place, placeCueBefore, wordIndices, type Candidate, type Doc, type NameType } from './doc.ts';
import { isEnglishWord } from './english-words.ts';
import { isFirstName, isPlaceGivenName } from './first-names.ts';
import { foldKey, foldWord } from './fold.ts';
import { organisation } from './organisations.ts';
import { PLACE_KINDS, placeApposition, SITE_KINDS, unlistedPlace, unlistedWords, venue } from './place-cues.ts';
import { romanisedName } from './romanised.ts';
import type { Token } from './tokens.ts';
import { ACRONYM_STOP, CIVILITIES, CLUB_PREFIXES, FRENCH_NATIONALITIES, INSTITUTIONS, NAME_PARTICLES, NEWS_AGENCIES, ORG_CUES, ORG_HEADS, PLACE_ENDINGS, PLACE_HEADS, PLACE_OFFICES, PORTFOLIO_OFFICES, ROLES, STOP_WORDS, TITLE_IN_SEQUENCE, WORK_MAKERS } from './lexicon.ts';

/** Unions of states, which a place after names a summit or a relation, not a branch (`UE Chine`, `EU Brussels`). */
/**
 * Words before a country that name a part of it rather than a body serving it (`Central Canada`, `Greater London`), or
 * open a sentence before it (`Today India has…`).
 */
const COMPASS_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'now', 'then', 'here', 'there', 'meanwhile', 'however', 'also', 'even', 'only', 'still', 'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater', 'rural', 'coastal', 'mainland', 'new', 'old', 'great', 'little', 'outer', 'inner', 'middle', 'far', 'deep', 'all', 'whole', 'modern', 'ancient', 'occupied', 'free', 'united']);
/** The trades of a work's maker (lexicon.ts), as a whole word. */
const WORK_MAKER_WORDS = new RegExp(`^(?:${WORK_MAKERS})$`, 'u');
const UNIONS_OF_STATES = new Set(['eu', 'ue', 'un', 'onu', 'nato', 'otan', 'asean', 'au', 'ua', 'g7', 'g20']);
const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** Labels an unlabelled candidate by the first rule that applies, or leaves it unlabelled. */
export function classify(doc: Doc, c: Candidate): void {
  const { tokens } = doc;
  const first = tokens[c.a]!;
  const words = wordIndices(doc, c.a, c.b);
  const n = words.length;
  if (n === 0) return;
  const prev = tokens[c.a - 1];
  const next = tokens[c.b + 1];
  const set = (type: NameType, score: number, fromGazetteer = false): void => label(c, type, score, 'cue', fromGazetteer);
  // A word in capitals inside mixed-case text: `US` is the country, not the pronoun; `UN` in English the United Nations;
  // `WHO` the organisation.
  const oneWordInCapitals = n === 1 && first.allCaps && first.text.length > 1 && !doc.shoutedLines.has(first.line);
  const listedInCapitals = oneWordInCapitals && organisation(c.key) !== undefined;
  const capitalsNotWord = oneWordInCapitals && (place(doc, c.a, c.b)?.caps || (first.folded === 'un' && doc.language === 'en') || listedInCapitals);
  if (n === 1 && isCommonWord(first.folded) && !capitalsNotWord) {
    // `Mrs. May`, `M. Lemaire`: a civility makes a person of a common word.
    if (titleBefore(doc, c.a) === 'civility' && !first.sentenceStart) return set('PER', 0.85);
    return;
  }
  if (n === 1 && isDemonym(doc, first)) return;
  // (`Group F`, `Plan B`: a letter alone names nothing.)
  if (n === 1 && first.text.length === 1) return;
  const asPlace = place(doc, c.a, c.b);
  const caps = inCapitals(doc, c.a, c.b);
  const inBrackets = prev?.text === '(' && next?.text === ')';

  // Datelines: `PARIS (AFP)`, `WASHINGTON, Jan. 5 (Reuters) -`.
  if (caps && (first.afterNewline || c.a === 0 || prev?.text === ']') && (next?.text === '(' || next?.text === ',' || next?.text === '-' || next?.text === '–' || next?.text === '—')) {
    if (asPlace) return set('LOC', 0.95, true);
    if (next.text === '(' && NEWS_AGENCIES.has(tokens[c.b + 2]?.folded ?? '')) return set('LOC', 0.7);
    // `CACHE CREEK, B.C. (CP) —`: a place in capitals, its region, then the agency or a dash on the same line.
    if (next.text === ',' && agencyOrDashAhead(doc, c.b + 2)) return set('LOC', 0.8);
  }
  // `Boston Convention and Exhibition Center`, `Satish Dhawan Space Centre`, `Sydney Opera House`: venues are sites.
  if (doc.language !== 'fr' && n >= 2 && venue(tokens[words[n - 2]!]!.folded, tokens[words[n - 1]!]!.folded)) return set('LOC', 0.75);
  if (n === 1 && NEWS_AGENCIES.has(first.folded)) return set('ORG', 0.9);
  // A well-known organisation (`Airbus`, `Météo-France`, `BNP Paribas`), unless its name is also a common word or a
  // person's or place's (then the cue rules below decide).
  if (organisation(c.key)?.ambiguous === false && !doc.shoutedLines.has(first.line)) {
    // `Croix-Rouge française`: the country's branch, its adjective part of the name.
    if (doc.language === 'fr' && next?.kind === 'word' && !next.capitalised && !next.afterNewline && FRENCH_NATIONALITIES.has(next.folded)) {
      c.b++;
      c.key = keyOf(doc, c.a, c.b);
    }
    return set('ORG', 0.85);
  }
  if (listedInCapitals) return set('ORG', 0.8);
  // `British Red Cross`, `Canadian Red Cross`: a nationality before a well-known organisation.
  if (n >= 3 && isDemonym(doc, first) && organisation(keyOf(doc, words[1]!, c.b))?.ambiguous === false) return set('ORG', 0.8);
  // One that is also a common word (`Labour`, `Unite`, `Apple`) is the organisation when capitalised inside a sentence,
  // or opening one with its possessive (`Apple's new iPhone`, `Tesla's sales`); one that is also a given name or a place
  // still needs a cue.
  const inside = !first.sentenceStart || tokens[c.b + 1]?.kind === 'possessive';
  if (n === 1 && organisation(c.key)?.ambiguous && inside && !first.allCaps && (doc.lowerWords.has(first.folded) || isEnglishWord(first.folded)) && !isFirstName(first.folded) && !asPlace) return set('ORG', 0.7);
  // One that is also a surname (`Fitch`, `Disney`, `Intel`) is the organisation when the text names nobody so.
  if (n === 1 && organisation(c.key)?.ambiguous && inside && !first.allCaps && !isFirstName(first.folded) && !asPlace && !doc.gaz.places.has(c.key) && !borneBySomeone(doc, first.folded)) return set('ORG', 0.6);
  // `SNES-FSU`, `Sgen-CFDT`, `CGT-Cheminots`: a union's branch, joined to its confederation's listed letters.
  // (`SUD-Rail`, `Unsa-Ferroviaire`: a listed name, though a word too, with capitals in the compound.)
  const parts = first.text.split('-');
  if (n === 1 && parts.length === 2 && parts.every((part) => /^\p{Lu}/u.test(part)) && parts.some((part) => part.length >= 2 && (part === part.toUpperCase() || organisation(foldWord(part))?.ambiguous === false) && organisation(foldWord(part)) !== undefined)) return set('ORG', 0.75);
  // Acronyms.
  if (n === 1 && first.allCaps) {
    if (asPlace) return set('LOC', asPlace.ambiguous ? 0.7 : 0.85, true);
    if (!ACRONYM.test(first.text)) return;
    // (`UN` in English is the United Nations, not a shouted French article.)
    if ((ACRONYM_STOP.has(first.folded) && !(first.folded === 'un' && doc.language === 'en')) || ROMAN.test(first.folded)) return;
    if (doc.shoutedLines.has(first.line) && !inBrackets) return;
    if (NEWS_AGENCIES.has(first.folded)) return set('ORG', 0.9);
    if (termsDefined(doc).has(first.folded)) return;
    if (inBrackets) return set('ORG', 0.8);
    return set('ORG', orgCueBefore(doc, c.a) ? 0.7 : 0.6);
  }
  if (caps && n >= 1 && !asPlace) {
    // Shouted words that are not acronyms (headlines in capitals).
    if (words.some((k) => tokens[k]!.text.length > 6)) return;
  }
  // `Nagashima Ohno & Tsunematsu`, `Procter & Gamble`: names joined by an ampersand are a firm's.
  if (n >= 2 && !asPlace && doc.tokens.slice(c.a, c.b + 1).some((t) => t.text === '&')) return set('ORG', 0.75);
  // Organisation shape, unless the whole is a listed country or region (`Soviet Union`).
  if (orgShape(doc, c.a, c.b) && !(asPlace && !asPlace.ambiguous && asPlace.kind !== 'city')) return set('ORG', 0.8);
  if (n === 1 && ORG_HEADS.has(first.folded) && c.b > c.a) return set('ORG', 0.75); // `Assemblée nationale`
  // `Greenpeace Belgique`, `ARS Normandie`, `Google France`, `Police Scotland`, `Air New Zealand`: an organisation, then the
  // place it serves.
  if (n >= 2 && n <= 4 && !caps && place(doc, words[1]!, c.b)?.ambiguous === false && !place(doc, c.a, c.a) &&
    (organisation(first.folded)?.ambiguous === false || first.folded === 'police' || (first.folded === 'air' && place(doc, words[1]!, c.b)?.kind === 'country') || (first.allCaps && ACRONYM.test(first.text) && !ACRONYM_STOP.has(first.folded))) && !UNIONS_OF_STATES.has(first.folded)) return set('ORG', 0.75);
  // `US Concarneau`, `AS Nancy-Lorraine`, `FC Barcelona`: a club's letters, then its town (however small).
  if (n >= 2 && n <= 3 && first.allCaps && CLUB_PREFIXES.has(first.folded) && !first.afterNewline && doc.gaz.places.has(keyOf(doc, words[1]!, c.b))) return set('ORG', 0.75);
  // `Diabetes UK`, `Historic England`, `Sport Wales`: a common word, then the country a charity or body serves (not a
  // part of it: `Central Canada`).
  if (doc.language === 'en' && n === 2 && !caps && !first.allCaps && isEnglishWord(first.folded) && !COMPASS_WORDS.has(first.folded) && !asPlace && place(doc, words[1]!, c.b)?.kind === 'country' && !isDemonym(doc, first)) return set('ORG', 0.7);
  // `CHU de Brest`, `ARS de Bretagne`: an acronym and the place it serves.
  if (n === 3 && first.allCaps && ACRONYM.test(first.text) && !tokens[words[1]!]!.capitalised && place(doc, words[2]!, c.b)) return set('ORG', 0.75);
  if (n === 1 && INSTITUTIONS.has(first.folded) && !first.sentenceStart) return set('ORG', 0.7);
  // (Five words with a particle: `Luiz Inácio Lula da Silva`.)
  const personLike = (n <= 4 || (n === 5 && words.some((k) => !tokens[k]!.capitalised && NAME_PARTICLES.has(tokens[k]!.folded)))) && !words.some((k) => tokens[k]!.allCaps && tokens[k]!.text.length <= 6 && k !== words[n - 1]);
  // A title just before.
  const title = c.title ?? titleBefore(doc, c.a);
  // (A surname may be a short word of the other language: `Minister Bowinn Ma`.)
  const plainWords = !words.some((k, w) => STOP_WORDS.has(tokens[k]!.folded) && !(w === n - 1 && n >= 2)) && !place(doc, words[0]!, words[0]!);
  // (`Deputy County Attorney Marisol …`: a title's own words, ending in a role, name nobody.)
  const endsInRole = TITLE_IN_SEQUENCE.has(tokens[words[n - 1]!]!.folded) || ROLES.has(tokens[words[n - 1]!]!.folded);
  if (title && personLike && plainWords && !asPlace && !endsInRole) return set('PER', title === 'civility' ? 0.9 : 0.8);
  // `le pape Léon XIV`: a title, a name and its ordinal, though the name is a place's too.
  if (title && n === 2 && ROMAN.test(tokens[words[1]!]!.folded) && tokens[words[1]!]!.allCaps) return set('PER', 0.85);
  // An organisation cue before.
  // `Volta Region`, `Bonaparte Lake`, `Lake Tahoe`, `Bay of Bengal` (in English; French writes most of these heads in lower
  // case).
  // (French writes a site's head with a capital when it names one: `Stade de France`, `Parc des Princes`.)
  const placeShape = n >= 2 && !caps && (doc.language !== 'fr' ? PLACE_ENDINGS.has(tokens[words[n - 1]!]!.folded) || PLACE_HEADS.has(first.folded) : PLACE_HEADS.has(first.folded) && !tokens[words[1]!]!.capitalised);
  if (placeShape && !asPlace) return set('LOC', 0.75);
  // `Ashcroft Mayor Parveen Sandhu`: the place before its office.
  if (next?.kind === 'word' && PLACE_OFFICES.has(next.folded) && next.capitalised && n <= 3 && !isFirstName(first.folded)) return set('LOC', 0.75, Boolean(asPlace));
  if (personLike && n >= 2 && !asPlace && !words.some((k) => STOP_WORDS.has(tokens[k]!.folded) && !NAME_PARTICLES.has(tokens[k]!.folded)) && roleInBodyBefore(doc, c.a)) return set('PER', 0.8);
  // (`a subsidiary of the Saudi dairy company`: a nationality before a noun is an adjective, whatever the cue.)
  if (n === 1 && isDemonym(doc, first) && next?.kind === 'word' && !next.capitalised) return;
  const cue = orgCueBefore(doc, c.a);
  // A cue word does not make a listed place an organisation (`to fund North Sea expansion`), unless the name is
  // ambiguous (`le groupe Orange`).
  const listedPlace = asPlace !== undefined && !asPlace.ambiguous;
  // (A given name first makes it a person's, `l’entreprise de Jean Dupont`, unless it ends as a body's name or in a
  // country or region: `L’association Samu-Urgences de France`, `Santé Québec`.)
  const lastWord = tokens[words[n - 1]!]!;
  const lastPlace = place(doc, words[n - 1]!, words[n - 1]!);
  const lastIsRegion = lastPlace !== undefined && !lastPlace.ambiguous && lastPlace.kind !== 'city' && !isFirstName(lastWord.folded);
  const endsAsBody = n >= 2 && (orgSuffix(doc, lastWord) || (doc.language === 'fr' && lastIsRegion));
  if (cue && !listedPlace && !(n >= 2 && isFirstName(tokens[words[0]!]!.folded) && !endsAsBody)) {
    // `ministère de l’Économie`: the portfolio alone is no organisation, the ministry is.
    const ministry = ministryBefore(doc, c.a);
    if (ministry !== null) {
      c.a = ministry;
      c.b = portfolioAfter(doc, c.b);
      c.key = keyOf(doc, c.a, c.b);
    }
    return set('ORG', cue === 'direct' ? 0.8 : 0.7);
  }
  // `the Komeito party`, `the ruling Morena party`, `the opposition INDIA bloc`: a name before the kind of political body
  // it is (a place's name too, when the lists hold it as ambiguous or the text writes it in capitals).
  if (doc.language !== 'fr' && next?.kind === 'word' && !next.capitalised && POLITICAL_BODIES.has(next.folded) && n <= 3 && !isDemonym(doc, first) && (!asPlace || asPlace.ambiguous || asPlace.minor || caps)) return set('ORG', 0.7);
  // Places.
  // `Tour de France`, `Duchess of Cambridge`: a place at the end of a longer name is not one.
  // (But `procureur de la République de Lille`: the office's words name no body the place belongs to.)
  // (Nor `Haruki Nishimoto of Japan`: a person, then the country.)
  const ofName = prev !== undefined && !first.afterNewline && ['de', 'du', "d'", 'of'].includes(prev.folded) && isCapWord(doc, tokens[c.a - 2]) && !tokens[c.a - 2]!.sentenceStart && !STOP_WORDS.has(tokens[c.a - 2]!.folded) && tokens[c.a - 2]!.folded !== 'republique' &&
    !(prev.folded === 'of' && asPlace?.kind === 'country' && personBefore(doc, c.a - 2));
  if (asPlace && !ofName && !(first.sentenceStart && n === 1 && (doc.lowerWords.has(first.folded) || STOP_WORDS.has(first.folded)))) {
    const afterPreposition = placeCueBefore(doc, c.a) || (asPlace.minor && minorPlaceCue(doc, c.a)) || areaInBracketsAfter(doc, c.b);
    // An ambiguous name (`Orange`, `Nice`) with no preposition of place goes on to the other rules.
    if (!asPlace.ambiguous || afterPreposition || (caps && first.afterNewline)) {
      const base = asPlace.kind === 'city' ? 0.85 : 0.9;
      return set('LOC', afterPreposition ? Math.min(0.95, base + 0.05) : base, true);
    }
  }
  if (unlistedPlace(doc, c, words)) return set('LOC', 0.6);
  // `Port-en-Bessin`, `Saint-Vaast-la-Hougue`, `Lee-on-the-Solent`: a town's name, its words joined by hyphens and
  // a lower-case particle.
  if (n === 1 && PLACE_SHAPED.test(first.text) && !first.sentenceStart) return set('LOC', 0.65);
  // `directeur d’Orange`, `CEO of Apple`, `lancement de Cloudwatt`, `les actions Samsung`.
  // `Apple’s chief executive`.
  if (next?.kind === 'possessive' && roleAt(doc, c.b + 2)) return set('ORG', 0.7);
  // `Tesla shares rose`, `Valens shareholders approved`: a company before its shares or their holders.
  if (next?.kind === 'word' && !next.capitalised && SHARE_WORDS.has(next.folded) && n <= 3 && !isFirstName(first.folded) && !isDemonym(doc, first) && (!asPlace || asPlace.ambiguous || asPlace.minor)) return set('ORG', 0.7);
  // `Airbus Chief Executive Guillaume Faury`: the words before a company role, then a person, are the company.
  // (`Business Secretary Kemi Badenoch`: a portfolio, no organisation.)
  if (next?.kind === 'word' && next.capitalised && (TITLE_IN_SEQUENCE.has(next.folded) || roleAt(doc, c.b + 1)) && !CIVILITIES.has(next.folded) && !PORTFOLIO_OFFICES.has(next.folded) && !isFirstName(first.folded) && !asPlace && n <= 3) return set('ORG', 0.65);
  // `Wetherspoon chairman Tim Martin`, `Barclays economist Jane Foley`: in English, the role in lower case too.
  if (doc.language !== 'fr' && next?.kind === 'word' && !next.capitalised && roleBeforeName(doc, c.b + 1) && !isFirstName(first.folded) && !asPlace && !isDemonym(doc, first) && n <= 3 && !borneBySomeone(doc, tokens[c.b]!.folded) &&
    !(first.sentenceStart && (doc.lowerWords.has(first.folded) || isEnglishWord(first.folded)))) return set('ORG', 0.65);
  const of = roleOf(doc, c.a);
  if (of === 'role') return set('ORG', 0.7);
  if (of === 'thing') return set('ORG', 0.6);
  if (!asPlace && !isFirstName(first.folded) && organisationApposition(doc, c.b)) return set('ORG', 0.7);
  // `Sadiqabad, a town of about 300,000`, `Lac-Mégantic, the Quebec town`, `Plouha, une commune de…`: a place its
  // apposition names; `Rahim Yar Khan district`: one its kind word follows (before the people, whose names it may bear).
  if (!asPlace && n <= 4 && (placeApposition(doc, c.b) || (doc.language !== 'fr' && next?.kind === 'word' && !next.capitalised && (PLACE_KINDS.has(next.folded) || (SITE_KINDS.has(next.folded) && n <= 2 && unlistedWords(doc, words)))))) return set('LOC', 0.75);
  // People.
  // Particles inside a name are no common words: `Marine Le Pen`, `Charles de Gaulle`.
  // (In English, a capitalised particle may open a surname: `De Jong`, `Van der Linde`.)
  const particleAt = (k: number, w: number) => NAME_PARTICLES.has(tokens[k]!.folded) && ((w > 0 && w < n - 1) || (w === 0 && n > 1 && tokens[k]!.capitalised && doc.language === 'en'));
  const commonInside = words.some((k, w) => STOP_WORDS.has(tokens[k]!.folded) && !particleAt(k, w));
  // (`Frederick Fung`: a given name also a large city's, before a surname no dictionary holds.)
  const given = isFirstName(tokens[words[0]!]!.folded) ||
    (n >= 2 && n <= 3 && !asPlace && isPlaceGivenName(first.folded) && surnameAfterPlace(doc, words[n - 1]!));
  // In English, `Network Rail said`, `Liga Portugal said`: a name ending in a word of the language, or naming a place,
  // is no person's unless it starts with a given name.
  // Nobody's name holds a number: `told Sky Sports F1`.
  // Nor does one end as a body's name or in a country or region (`Montreux Jazz Festival`, `Santé Québec`).
  const notAPerson = words.some((k) => tokens[k]!.hasDigit) || endsAsBody ||
    (doc.language !== 'fr' && !given && (isEnglishWord(tokens[words[n - 1]!]!.folded) || words.some((k) => place(doc, k, k)?.ambiguous === false)));
  // (`Arts Correspondent`, `Deputy Editor`: a role, written with capitals in a byline, is nobody's name.)
  // (`Wolf Hall author Hilary Mantel`: a work before its maker's trade and name is nobody.)
  if (next?.kind === 'word' && !next.capitalised && WORK_MAKER_WORDS.test(next.text) && isCapWord(doc, tokens[c.b + 2])) return;
  // (But `Bruno Le Maire`: after a capitalised particle, the word is a surname's.)
  // (And `Stephen King`, `Carole King`: after a given name alone.)
  const surnameParticle = (n >= 3 && tokens[words[n - 2]!]!.capitalised && NAME_PARTICLES.has(tokens[words[n - 2]!]!.folded)) ||
    (n === 2 && isFirstName(first.folded) && !TITLE_IN_SEQUENCE.has(first.folded) && TITLE_IN_SEQUENCE.has(tokens[words[1]!]!.folded));
  if (ROLES.has(tokens[words[n - 1]!]!.folded) && !surnameParticle) return;
  if (personLike && n >= 2 && !commonInside && !asPlace && creditBefore(doc, c.a)) return set('PER', 0.8);
  // `REUTERS/Issei Nakamura`, `AFP/Jane Doe`: a photographer's credit.
  if (personLike && n >= 2 && !commonInside && prev?.text === '/' && NEWS_AGENCIES.has(tokens[c.a - 2]?.folded ?? '')) return set('PER', 0.8);
  // `said Jolene Marsh, a spokeswoman for…`: a role in apposition names a person, though the surname is a word.
  if (personLike && n >= 2 && !commonInside && !asPlace && !isEnglishWord(first.folded) && appositionAfter(doc, c.b)) return set('PER', 0.8);
  if (personLike && n >= 2 && !commonInside && !notAPerson) {
    if (appositionAfter(doc, c.b)) return set('PER', 0.8 + (given ? 0.05 : 0));
    if (appositionBefore(doc, c.a)) return set('PER', 0.75 + (given ? 0.05 : 0));
    if (speechAround(doc, c.a, c.b)) return set('PER', 0.7 + (given ? 0.1 : 0));
    // (`Mikey Madison won best actress`: after its first word, a place's name may be a surname.)
    if (n <= 3 && personActAfter(doc, c.b) && unlistedWords(doc, words.slice(0, 1)) && !words.some((k) => isEnglishWord(tokens[k]!.folded) || organisation(tokens[k]!.folded))) return set('PER', 0.7);
    if (given) return set('PER', 0.75);
    // (Two or three words no dictionary or list holds.)
    if (n <= 3 && unlistedWords(doc, words) && countryBeside(doc, c.a, c.b)) return set('PER', 0.7);
  }
  // Initials, then a surname: `K.C. Maurer`, `J. R. R. Tolkien` (not `U.S. Steel`: a place's initials).
  const initials = /^((?:\p{Lu}\.[ \u00a0]?){1,3})\p{Lu}\p{Ll}[\p{L}’'-]*$/u.exec(doc.text.slice(tokens[c.a]!.start, tokens[c.b]!.end));
  const initialsKey = initials ? foldKey(initials[1]!.replace(/[.\s\u00a0]/gu, '')) : '';
  // (Not `on X. Nearly all…`: a letter ending a sentence, then a common word or an adverb opening the next.)
  const afterInitials = tokens[c.b]!.folded;
  const sentenceWord = isCommonWord(afterInitials) || (/ly$/u.test(afterInitials) && isEnglishWord(afterInitials));
  if (initials && !sentenceWord && !doc.gaz.places.has(initialsKey) && !organisation(initialsKey)) return set('PER', 0.7);
  // A Chinese or Korean name as romanised: `Cheng Chung-tai`, `Hwang Hee-Chan`, `Xi Jinping`.
  if (n === 2 && !asPlace && romanisedName(first.text, tokens[words[1]!]!.text)) return set('PER', 0.58);
  // Camel case: `YouTube`, `PayPal`, `MicroMega` (not `McDonald`, `DeVito`).
  if (n === 1 && !first.sentenceStart && camelCaseName(first.text) && first.text !== 'PhD') return set('ORG', 0.5);
}

/** Whether the text names someone with this surname: a given name, then the word (`Harrison Ford`). */
function borneBySomeone(doc: Doc, folded: string): boolean {
  return doc.tokens.some((t, k) => t.folded === folded && k > 0 && doc.tokens[k - 1]!.capitalised && isFirstName(doc.tokens[k - 1]!.folded));
}

/** A word that may be the surname after a given name also a city's: no word of the language, no place, no team's plural (`Houston Texans`). */
function surnameAfterPlace(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  return !isEnglishWord(t.folded) && !PLACE_ENDINGS.has(t.folded) && !place(doc, k, k) && !/(?:an|er)s$/u.test(t.folded);
}

/** A single hyphenated name with a lower-case particle inside, as towns are named in French and English. */
const PLACE_SHAPED = /^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*(?:-(?:en|sur|sous|le|la|les|lès|lez|de|du|des|aux|au|on|upon|the|under|by|in))+-\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*$/u;


const TERM_LINKS = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'l', "l'", 'of', 'the', 'and', 'et', 'sur', 'pour', 'à', 'on', 'for', 'in']);

const terms = new WeakMap<Doc, Set<string>>();

/**
 * The acronyms the text defines as terms: `projet de loi de finances (PLF)`, `value added tax (VAT)` — in brackets
 * after the lower-case words whose initials they take. Those are no organisations, there or anywhere in the text.
 */
function termsDefined(doc: Doc): Set<string> {
  let found = terms.get(doc);
  if (found) return found;
  found = new Set();
  const { tokens } = doc;
  for (let k = 2; k + 1 < tokens.length; k++) {
    if (tokens[k - 1]!.text === '(' && tokens[k + 1]!.text === ')' && tokens[k]!.allCaps && termDefined(doc, k)) found.add(tokens[k]!.folded);
  }
  terms.set(doc, found);
  return found;
}

function termDefined(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  const letters = tokens[k]!.folded;
  const words: Token[] = [];
  for (let m = k - 2; m >= Math.max(0, k - 14) && words.length < letters.length; m--) {
    const t = tokens[m]!;
    if (t.kind === 'punct') return false;
    if (t.kind === 'word' && !TERM_LINKS.has(t.folded)) words.unshift(t);
  }
  // (`service départemental d’incendie et de secours (SDIS)`: a body, though in lower case.)
  const body = words.length > 0 && (ORG_HEADS.has(words[0]!.folded) || ORG_CUES.has(words[0]!.folded) || ['service', 'services', 'direction'].includes(words[0]!.folded));
  return !body && words.length === letters.length && words.every((t, w) => !t.capitalised && t.folded.startsWith(letters[w]!));
}

/** An agency in brackets or a dash within the next few tokens of the line (a dateline's end). */
function agencyOrDashAhead(doc: Doc, from: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const t = tokens[k]!;
    if (t.afterNewline) return false;
    if (t.text === '—' || t.text === '–' || t.text === '-') return true;
    if (t.text === '(' && NEWS_AGENCIES.has(tokens[k + 1]?.folded ?? '')) return true;
  }
  return false;
}

/**
 * Whether the capitalised run ending at token e is shaped as a person's name: two or three words, a given name first or
 * none that a dictionary or a list holds.
 */
function personBefore(doc: Doc, e: number): boolean {
  const { tokens } = doc;
  let s = e;
  while (s > 0 && isCapWord(doc, tokens[s - 1]) && tokens[s]!.afterSpace && e - s < 3) s--;
  const words = wordIndices(doc, s, e);
  if (words.length < 2 || words.length > 3 || tokens[s]!.sentenceStart && STOP_WORDS.has(tokens[s]!.folded)) return false;
  if (isFirstName(tokens[s]!.folded)) return !organisation(keyOf(doc, s, e));
  return unlistedWords(doc, words);
}



/** What a company's name stands before: its shares and their holders. */
const SHARE_WORDS = new Set(['shares', 'shareholders', 'stockholders', 'stock', 'actions', 'actionnaires']);

/** Kinds of political body after a name: `the Komeito party`. */
const POLITICAL_BODIES = new Set(['party', 'bloc', 'coalition', 'alliance', 'movement', 'militia', 'faction']);

/** `ministère des Finances et du Budget`: a second portfolio after `et`, the end of its words (or b). */
function portfolioAfter(doc: Doc, b: number): number {
  const { tokens } = doc;
  if (tokens[b + 1]?.folded !== 'et') return b;
  let k = b + 2;
  if (tokens[k]?.folded === 'de' && (tokens[k + 1]?.folded === 'la' || tokens[k + 1]?.kind === 'elision')) k += 2;
  else if (['du', 'des'].includes(tokens[k]?.folded ?? '') || (tokens[k]?.kind === 'elision' && tokens[k]!.folded === "d'")) k++;
  else return b;
  if (!isCapWord(doc, tokens[k]) || tokens[k]!.afterNewline) return b;
  while (isCapWord(doc, tokens[k + 1]) && tokens[k + 1]!.afterSpace && !tokens[k + 1]!.afterNewline) k++;
  return k;
}

/** A company's role in lower case from token k (`chairman`, `chief executive`), then a capitalised name. */
function roleBeforeName(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (!roleAt(doc, k)) return false;
  let end = k;
  while (end < k + 3 && tokens[end + 1]?.kind === 'word' && !tokens[end + 1]!.capitalised && !tokens[end + 1]!.afterNewline) end++;
  return isCapWord(doc, tokens[end + 1]) && !tokens[end + 1]!.afterNewline && tokens[end + 1]!.afterSpace;
}
