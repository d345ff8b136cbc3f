// The cues read in a sequence's words and around them: titles, organisation cues, roles, appositions, verbs of saying,
// the shape of an organisation's name. Arguments are token indices; a is a sequence's first token, b its last.
import { isCapWord, place, wordIndices, type Candidate, type Doc } from './doc.ts';
import { CIVILITIES, ENGLISH_ORG_SUFFIXES, FRENCH_NATIONALITIES, FRENCH_ONLY_CIVILITIES, ORG_CUE_FILLERS, ORG_CUES, ORG_HEADS, ORG_OF_CUES, ORG_ROLES, ORG_SUFFIXES, NEWSPAPER_TITLES, ROLES, SPEECH_AFTER, SPEECH_BEFORE, TITLE_IN_SEQUENCE } from './lexicon.ts';
import { SENTENCE_ENDS, type Token } from './tokens.ts';

const DETERMINERS = new Set(['le', 'la', 'l', "l'", 'les', 'son', 'sa', 'ses', 'leur', 'un', 'une', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'notre', 'votre']);
const ROLE_MODIFIERS = new Set(['general', 'generale', 'adjoint', 'adjointe', 'executif', 'executive', 'financier', 'financiere', 'delegue', 'deleguee', 'operationnel', 'chief', 'deputy', 'senior', 'vice', 'associe', 'regional', 'commercial', 'technique', 'marketing', 'france', 'europe', 'monde', 'du', 'de', 'des', 'la', 'le', "l'", 'of', 'the', 'and', 'et', 'co']);
const ROLE_OF = new Set(['de', 'du', 'des', "d'", 'of', 'at', 'chez', 'a', 'au', 'for']);
const MINISTRIES = new Set(['ministere', 'ministeres', 'ministry', 'secretariat']);

/** A civility in the text's language (`Me`, `M.` are none in English). */
export function isCivility(doc: Doc, t: Token): boolean {
  return t.kind === 'word' && CIVILITIES.has(t.folded) && !(FRENCH_ONLY_CIVILITIES.has(t.folded) && doc.language === 'en');
}

/** A civility or a role right before token a (`M. X`, `Mme X`, `le ministre X`, `President X`). */
export function titleBefore(doc: Doc, a: number): Candidate['title'] {
  const { tokens } = doc;
  if (tokens[a]!.afterNewline) return null;
  let k = a - 1;
  let t = tokens[k];
  if (t?.text === '.') t = tokens[--k];
  if (!t || t.kind !== 'word') return null;
  if (CIVILITIES.has(t.folded) && (t.capitalised || t.folded === 'monsieur' || t.folded === 'madame')) {
    if (!isCivility(doc, t)) return null;
    if (t.folded === 'm' && tokens[k + 1]?.text !== '.') return null;
    // `M.` after a given name is an initial (`Michael M. Smith`).
    if (t.text.length === 1 && isCapWord(doc, tokens[k - 1]) && !tokens[k - 1]!.sentenceStart) return null;
    return 'civility';
  }
  // `Gov. Hobbs`, `Sen. Kelly`, `Gen. Milley`.
  if (tokens[a - 1]?.text === '.') return t.capitalised && abbreviatedTitle(t, tokens[a - 1]) ? 'role' : null;
  // (`engineers Tolu Bankole and …`, `analystes Jean Dupont et …`: a role in the plural before names.)
  // (Not a verb of the same form: `Sally Dunstan, who chairs Grain Producers Australia`.)
  const verb = ['who', 'which', 'that', 'qui'].includes(tokens[k - 1]?.folded ?? '');
  if ((ROLES.has(t.folded) && !verb) || (t.folded.endsWith('s') && !t.capitalised && !verb && ROLES.has(t.folded.slice(0, -1)))) return 'role';
  // `le président brésilien Jair Bolsonaro`: a role, then its nationality in lower case.
  const role = tokens[k - 1];
  if (doc.language === 'fr' && !t.capitalised && FRENCH_NATIONALITIES.has(t.folded) && role?.kind === 'word' && ROLES.has(role.folded)) return 'role';
  return null;
}

/**
 * `le porte-parole du collectif, Gwenaël Le Bihan`, `a spokesman for the group, Dale Brannigan`: a role held in a body,
 * then a comma and a name: the name is the holder's, though a cue word for the body stands before it.
 */
export function roleInBodyBefore(doc: Doc, a: number): boolean {
  const { tokens } = doc;
  if (tokens[a - 1]?.text !== ',' || tokens[a - 2]?.kind !== 'word' || !ORG_CUES.has(tokens[a - 2]!.folded) || tokens[a - 2]!.capitalised) return false;
  let k = a - 3;
  if (['la', 'the', "l'"].includes(tokens[k]?.folded ?? '')) k--;
  if (!['du', 'de', 'des', "d'", 'of', 'for', 'at'].includes(tokens[k]?.folded ?? '')) return false;
  const role = tokens[k - 1];
  return role?.kind === 'word' && ROLES.has(role.folded);
}

/** A title abbreviated with its full stop glued to it: `Sen.`, `Gov.`, `Dr.`, `Mr.` (`dot`: the token after it). */
export function abbreviatedTitle(t: Token, dot: Token | undefined): boolean {
  return (TITLE_IN_SEQUENCE.has(t.folded) || CIVILITIES.has(t.folded)) && t.text.length <= 4 && dot?.text === '.' && dot.start === t.end;
}

/** An organisation cue before token a, directly (`le groupe X`) or through a few fillers (`groupe de télécoms X`). */
export function orgCueBefore(doc: Doc, a: number): 'direct' | 'fillers' | null {
  const { tokens } = doc;
  let k = a - 1;
  let fillers = 0;
  while (k >= 0 && fillers <= 6) {
    const t = tokens[k]!;
    if (t.afterNewline && k < a - 1) return null;
    if (t.kind === 'word' && ORG_CUES.has(t.folded) && !t.capitalised) return fillers === 0 ? 'direct' : 'fillers';
    // `Seoul-based Dongbang Bio`, `Hamburg-based Tchibo`: where a company has its seat.
    if (t.kind === 'word' && t.folded === 'based' && !t.capitalised && tokens[k - 1]?.text === '-' && !tokens[k - 1]!.afterSpace) return fillers === 0 ? 'direct' : 'fillers';
    if (t.kind === 'word' && ORG_CUES.has(t.folded) && t.capitalised && t.sentenceStart) return fillers === 0 ? 'direct' : 'fillers';
    const f = t.kind === 'elision' ? t.folded.slice(0, -1) : t.folded;
    if (t.kind === 'punct' ? t.text !== ',' : !ORG_CUE_FILLERS.has(f) || t.capitalised) return null;
    if (t.kind !== 'punct') fillers++;
    k--;
    if (t.afterNewline) return null;
  }
  return null;
}

/** Where `ministère de l’`, `Ministry of the` starts before token a, if it does. */
export function ministryBefore(doc: Doc, a: number): number | null {
  for (let k = a - 1; k >= 0 && k >= a - 4; k--) {
    const t = doc.tokens[k]!;
    if (t.kind === 'word' && MINISTRIES.has(t.folded)) return k < a - 1 ? k : null;
    if (!((t.kind === 'elision' && (t.folded === "l'" || t.folded === "d'")) || (t.kind === 'word' && ['de', 'du', 'des', 'la', 'le', 'les', 'of', 'the'].includes(t.folded)))) return null;
  }
  return null;
}

/** `directeur général d’X`, `chief executive of X` → 'role'; `lancement de X`, `shares of X`, `actions X` → 'thing'. */
export function roleOf(doc: Doc, a: number): 'role' | 'thing' | null {
  const { tokens } = doc;
  const p = tokens[a - 1];
  if (!p || tokens[a]!.afterNewline) return null;
  const pf = p.folded;
  if (p.kind === 'word' && !p.capitalised && (p.folded === 'actions' || p.folded === 'action' || p.folded === 'titre' || p.folded === 'shares')) return 'thing';
  if (!ROLE_OF.has(pf) && !(p.kind === 'elision' && pf === "d'")) return null;
  let k = a - 2;
  // `de la`, `of the`: one more article.
  if (tokens[k] && (tokens[k]!.folded === 'la' || tokens[k]!.folded === 'the')) return null;
  for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.afterNewline) return null;
    // (`Analysts at Kepler Cheuvreux`: the role in the plural too.)
    if (ORG_ROLES.has(t.folded) || (t.folded.endsWith('s') && ORG_ROLES.has(t.folded.slice(0, -1)))) return 'role';
    if (steps === 0 && ORG_OF_CUES.has(t.folded) && !t.capitalised) return 'thing';
    if (!ROLE_MODIFIERS.has(t.folded)) return null;
  }
  return null;
}

/** An organisation's role at token k, after at most two modifiers (`chief executive`, `deputy director`). */
export function roleAt(doc: Doc, k: number): boolean {
  for (let steps = 0; steps < 3; steps++, k++) {
    const t = doc.tokens[k];
    if (!t || t.kind !== 'word' || t.afterNewline) return false;
    if (ORG_ROLES.has(t.folded)) return true;
    if (!ROLE_MODIFIERS.has(t.folded)) return false;
  }
  return false;
}

/** Nouns for a person with no role, in an apposition: `Valeska Paris, an Australian woman`, `X, 78, a retired teacher's widow`. */
const PERSON_NOUNS = new Set(`woman man mother father wife husband widow widower son daughter brother sister grandmother
  grandfather boy girl teenager pensioner retiree pilgrim refugee migrant victim survivor fan worker employee volunteer
  veteran femme homme mère père épouse mari veuve veuf fils fille frère sœur grand-mère grand-père retraité retraitée
  habitante victime survivant survivante bénévole salarié salariée ouvrier ouvrière adolescent adolescente`.split(/\s+/u));

/** Words between a determiner and a role in an apposition: `the Senate majority leader`, `the former party chairman`. */
const OFFICE_MODIFIERS = new Set(['former', 'ancien', 'ancienne', 'majority', 'minority', 'opposition', 'party', 'foreign', 'finance', 'defence', 'defense', 'health', 'interior', 'justice', 'trade', 'national', 'state', 'federal', 'county', 'city', 'acting', 'interim', 'longtime', 'then']);

/** `X, directeur…`, `X, the company's spokesman`, `X, an Australian woman`. */
export function appositionAfter(doc: Doc, b: number): boolean {
  const { tokens } = doc;
  if (tokens[b + 1]?.text !== ',' || tokens[b + 1]!.afterNewline) return false;
  // `Jean Dupont, 45 ans,`, `John Smith, 45, said`: an age.
  const age = tokens[b + 2];
  if (age?.hasDigit && /^\d{1,3}$/u.test(age.text) && Number(age.text) <= 120 && (tokens[b + 3]?.folded === 'ans' || tokens[b + 3]?.text === ',')) return true;
  let k = b + 2;
  // `X, Butantan’s director`, `X, the former Nigerian president`: a name or an adjective of nationality may come first.
  for (let steps = 0; steps < 4 && tokens[k]; steps++, k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && (ROLES.has(t.folded) || PERSON_NOUNS.has(t.folded)) && !t.capitalised) return true;
    const modifier = t.kind === 'word' && (DETERMINERS.has(t.folded) || ROLE_MODIFIERS.has(t.folded) || OFFICE_MODIFIERS.has(t.folded) || (t.capitalised && !t.sentenceStart));
    if (!modifier && !(t.kind === 'elision' && t.folded === "l'") && t.kind !== 'possessive') return false;
  }
  return false;
}

/** What an organisation is called in an apposition: `X, the Antequera-based cooperative`, `X, a Busan-based maker of`. */
const ORGANISATION_NOUNS = new Set(`company firm group bank fund operator carrier maker manufacturer automaker carmaker
  retailer insurer publisher startup start-up subsidiary party association newspaper broadcaster conglomerate supplier
  airline lender regulator watchdog charity bookmaker promoter publication bureau chain brewer miner drugmaker chipmaker
  label cooperative pool utility agency institute university club union ngo
  groupe société entreprise firme cabinet agence banque fonds opérateur constructeur fabricant équipementier éditeur
  distributeur assureur laboratoire compagnie filiale syndicat parti fédération journal quotidien hebdomadaire magazine
  chaîne institut holding enseigne organisme ong coopérative collectif`.split(/\s+/u));

const APPOSITION_STOPS = new Set(['of', 'by', 'for', 'in', 'at', 'to', 'from', 'with', 'that', 'which', 'who', 'de', 'du', 'des', 'd', "d'", 'par', 'pour', 'qui', 'que', 'dont', 'à', 'au', 'aux', 'en']);

/**
 * `Dcoop, the Antequera-based cooperative`, `Emasesa, the city's water company`, `Hanul Dialog, a Busan-based maker
 * of…`: what the name is, said between commas. Not `X, the company's spokesman`: a noun that owns the next is not the
 * head.
 */
export function organisationApposition(doc: Doc, b: number): boolean {
  const { tokens } = doc;
  if (tokens[b + 1]?.text !== ',' || !DETERMINERS.has(tokens[b + 2]?.folded ?? '')) return false;
  for (let k = b + 3; k < b + 9 && tokens[k]; k++) {
    const t = tokens[k]!;
    if (t.afterNewline) return false;
    if (t.kind === 'word' && !t.capitalised && ORGANISATION_NOUNS.has(t.folded)) return tokens[k + 1]?.kind !== 'possessive' && !(tokens[k + 1]?.kind === 'word' && ROLES.has(tokens[k + 1]!.folded));
    // (`a rescue ship operated by the charity`, `a spokeswoman for the group`: the head came before.)
    if ((t.kind === 'punct' && t.text !== '-') || ROLES.has(t.folded) || APPOSITION_STOPS.has(t.folded)) return false;
  }
  return false;
}

/** `le directeur exécutif d’Orange Business Service, X`, `le ministre des finances, X`. */
export function appositionBefore(doc: Doc, a: number): boolean {
  const { tokens } = doc;
  if (tokens[a - 1]?.text !== ',' || tokens[a]!.afterNewline || tokens[a - 1]!.afterNewline) return false;
  for (let k = a - 2, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && (SENTENCE_ENDS.has(t.text) || t.text === ',' || t.text === ';')) return false;
    if (t.kind === 'word' && ROLES.has(t.folded) && !t.capitalised) return true;
    if (t.afterNewline) return false;
  }
  return false;
}

/**
 * `Haruki Nishimoto of Japan`, `China's Zheng Qinwen`: a name beside the country it competes or speaks for (in English
 * results and reports). True when a country stands so.
 */
export function countryBeside(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  if (doc.language === 'fr') return false;
  const of = tokens[b + 1];
  if (of?.kind === 'word' && of.folded === 'of' && !of.afterNewline && isCapWord(doc, tokens[b + 2])) {
    let end = b + 2;
    while (isCapWord(doc, tokens[end + 1]) && tokens[end + 1]!.afterSpace && end < b + 4) end++;
    if (place(doc, b + 2, end)?.kind === 'country') return true;
  }
  if (tokens[a - 1]?.kind === 'possessive' && !tokens[a]!.afterNewline) {
    let start = a - 2;
    while (start > 0 && isCapWord(doc, tokens[start - 1]) && start > a - 5) start--;
    for (let k = start; k <= a - 2; k++) if (place(doc, k, a - 2)?.kind === 'country') return true;
  }
  return false;
}

/** `a déclaré X`, `selon X`, `said X`, `according to X`, `X said`, `X a déclaré`. */
export function speechAround(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  const p = tokens[a]!.afterNewline ? undefined : tokens[a - 1];
  if (p && p.kind === 'word' && SPEECH_BEFORE.has(p.folded)) return true;
  if (p && p.folded === 'to' && tokens[a - 2]?.folded === 'according') return true;
  if (p && p.kind === 'elision' && p.folded === "d'" && tokens[a]?.folded === 'apres') return false;
  if (p && p.folded === 'apres' && tokens[a - 2]?.folded === "d'") return true;
  const n1 = tokens[b + 1];
  if (n1 && !n1.afterNewline && n1.kind === 'word' && SPEECH_AFTER.has(n1.folded)) {
    if (n1.folded === 'a') return SPEECH_BEFORE.has(tokens[b + 2]?.folded ?? '');
    return true;
  }
  return false;
}

/** Verbs only a person does, in English, right after a name: `Novak Djokovic beat`, `Sifan Hassan won her third`. */
const PERSON_ACTS = new Set(['beat', 'defeated', 'scored', 'resigned', 'died', 'married', 'starred', 'sang', 'tweeted', 'insisted', 'admitted', 'denied', 'smiled', 'laughed', 'wept', 'retired']);
const WON_WHAT = new Set(['her', 'his', 'best', 'gold', 'silver', 'bronze']);

/** Whether the English words right after the name ending at b are a person's doing. */
export function personActAfter(doc: Doc, b: number): boolean {
  const { tokens } = doc;
  const verb = tokens[b + 1];
  if (doc.language === 'fr' || verb?.kind !== 'word' || verb.afterNewline || verb.capitalised) return false;
  return PERSON_ACTS.has(verb.folded) || (verb.folded === 'won' && WON_WHAT.has(tokens[b + 2]?.folded ?? ''));
}

/** The cue of a credit line or a byline: `(Reporting by …; Editing by …)`, `With assistance from …`, `Reportage …, édité par …`, `Par …` and `By …` opening a line. */
const CREDIT = /^(?:par|by)(?=[ \u00a0])|(?:(?:additional )?reporting|editing|writing|written|edited|compiled|photographs?|photos?|graphics?|video)[ \u00a0]+by|with (?:additional )?(?:assistance|reporting) from|reportage|(?:édité|rédigé|traduit) par|avec la contribution de/giu;
/** Between a credit cue and a name: other names (initials too), `and`, `et`, commas, `in`/`à` and their places; no full stop. */
const CREDITED = /^(?:[\s,]|and\b|et\b|in\b|à\b|\p{Lu}\.|\p{Lu}[\p{L}\p{M}’'-]*)*$/u;

/** Whether the name at `a` is one of the people a credit line names (`Reporting by X in Washington and Y`). */
export function creditBefore(doc: Doc, a: number): boolean {
  const start = doc.tokens[a]!.start;
  const before = doc.text.slice(Math.max(doc.text.lastIndexOf('\n', start - 1) + 1, start - 200), start);
  let end = -1;
  for (const m of before.matchAll(CREDIT)) end = m.index + m[0].length;
  return end >= 0 && CREDITED.test(before.slice(end));
}

/** French legal forms written first, in capitals: `SAS Plastiques du Bocage`. */
const LEGAL_FORMS = new Set(['sas', 'sarl', 'sasu', 'eurl', 'scop']);

/** An organisation's last word (`Systèmes`, `Inc`, `University`; in English also `Authority`, `Hospital`…). */
export function orgSuffix(doc: Doc, t: Token): boolean {
  return ORG_SUFFIXES.has(t.folded) || (doc.language !== 'fr' && ENGLISH_ORG_SUFFIXES.has(t.folded));
}

/** The shape of an organisation's name: a head first (`Banque de France`), a suffix last (`Dassault Systèmes`). */
export function orgShape(doc: Doc, a: number, b: number): boolean {
  const { tokens } = doc;
  const words = wordIndices(doc, a, b);
  if (words.length < 2) return false;
  const first = tokens[words[0]!]!;
  const last = tokens[words[words.length - 1]!]!;
  if ((ORG_HEADS.has(first.folded) && (!first.allCaps || LEGAL_FORMS.has(first.folded))) || (orgSuffix(doc, last) && (last.capitalised || last.allCaps || last.text === 'plc'))) return true;
  // A place, then a newspaper's title: `Toronto Star`, `Edmonton Sun` (in English).
  const n = words.length;
  if (doc.language !== 'fr' && NEWSPAPER_TITLES.has(last.folded) && last.capitalised && place(doc, words[0]!, words[n - 2]!)) return true;
  // A body, then the area it serves: `Maple Grove Unified School District`, `Harbour Fire District`.
  if (n >= 2 && last.folded === 'district' && orgSuffix(doc, tokens[words[n - 2]!]!)) return true;
  // A suffix, then the place it is in: `Imperial College London`, `University College Dublin`.
  if (words.length >= 3 && orgSuffix(doc, tokens[words[words.length - 2]!]!) && place(doc, words[words.length - 1]!, words[words.length - 1]!)) return true;
  // A head inside, before a connector: `Allen Institute for Artificial Intelligence`, `Bank of America`; in English
  // first too: `Transport for Wales`.
  for (let w = doc.language === 'fr' ? 1 : 0; w < words.length - 1; w++) {
    const t = tokens[words[w]!]!;
    const after = tokens[words[w]! + 1]!;
    if ((ORG_HEADS.has(t.folded) || orgSuffix(doc, t)) && after.kind !== 'punct' && !after.capitalised) return true;
  }
  return false;
}
