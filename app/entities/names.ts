/**
 * Suggestions of people (PER), organisations (ORG) and places (LOC) in French and English news, without a model:
 * capitalised sequences, classified by gazetteers and by the words around them. Precision comes before recall: a
 * sequence with no cue is not suggested (it may still be labelled through the same name found elsewhere in the text).
 *
 * 1. Tokens: words (hyphenated compounds whole: `Jean-Marc`, `Saint-Étienne`), elided articles (`l’`, `d’`, `qu’`),
 *    English possessives (`’s`), dotted initials (`U.S.`), punctuation. Web addresses are skipped.
 * 2. Sentence starts: the first word of a line, after `. ! ? … :` (not after `M.`, `Mr.` or an initial), after an
 *    opening quote, bracket or dash. A capitalised word there is only a candidate if it is not a common word: not in
 *    STOP_WORDS and not written in lower case elsewhere in the same text (a word-frequency heuristic on the article
 *    itself). In a title-case line (`Obama Wins Second Term`, no final full stop) every word counts as a sentence
 *    start and common words split sequences; in a line in capitals, acronyms are ignored.
 * 3. Capitalised sequences: runs of capitalised words on one line, joined by `de`/`of`/`von der`… only after an
 *    organisation head (`Caisse des Dépôts`, `Bank of America`), after a given name (`Charles de Gaulle`), or when the
 *    whole is a place (`Côte d’Ivoire`); by `and`/`et` only after a head (`National Air and Space Museum`) or before a
 *    suffix (`Hi Investment and Securities`); by `&`; `L’` is kept mid-sentence (`L’Oréal`); a middle initial joins
 *    (`George W. Bush`). Leading articles (`The Church`), titles (`President`, `Mrs`) and trailing roles (`… CEO`) are
 *    cut off, and a sequence is split before a given name (`NASA Administrator Charles Bolden` → `NASA`, `Charles
 *    Bolden`). Runs longer than 16 tokens are no names.
 * 4. Classification, first rule that applies (scores in brackets):
 *    - datelines in capitals `PARIS (AFP)` → LOC (0.95 when in the gazetteer); news agencies → ORG 0.9;
 *    - acronyms of 2–6 capitals → ORG (in brackets or defined 0.8; after a cue 0.7; else 0.6), unless a place
 *      (`USA`), a common abbreviation (`PDG`, `PIB`, `CEO`, `GMT`), a roman numeral or in a line in capitals;
 *    - a long form defined by an acronym `Confédération générale du travail (CGT)`, `Hewlett-Packard (HP)` → ORG 0.8;
 *    - organisation shape: head `Banque de France`, `Church of Scientology`, suffix `Dassault Systèmes`, `Apple Inc.`,
 *      `BBC News`, or a head before a connector `Allen Institute for …` → ORG 0.8; `Assemblée nationale` 0.75;
 *      institutions `au Sénat`, `l’Elysée` 0.7;
 *    - a civility or a role just before: `M. Badrinath`, `Mrs. May`, `le ministre Jean-Marc Ayrault`,
 *      `President Obama` → PER (0.9 / 0.8);
 *    - an organisation cue before: `le groupe Orange`, `le cabinet IDC`, `des groupes comme Danone`, `the company X`,
 *      `chez PSA`, `le ministère de l’Économie` (the ministry whole) → ORG (0.8, or 0.7 with words between);
 *    - gazetteer → LOC (country/region 0.9, city 0.85, +0.05 after `à`/`in`…); an ambiguous name (`Orange`, `Nice`)
 *      only after a preposition of place or in a dateline, a place after `X de`/`X of` (`Tour de France`) never;
 *    - `Apple’s chief executive`, `directeur d’Orange Cloud`, `CEO of Apple` → ORG 0.7; `lancement de Cloudwatt`,
 *      `shares of Nokia`, `les actions Samsung` → ORG 0.6;
 *    - two to four words: an apposition `Vivek Badrinath, directeur…` (0.8), `le ministre des finances, Pierre
 *      Moscovici` (0.75), a verb of saying `a déclaré X`, `X said` (0.7); a given name first → PER 0.75;
 *    - a camel-case word `YouTube`, `PayPal` → ORG 0.5.
 * 5. Propagation through the text: a sequence equal to one labelled elsewhere gets its type (0.7, LOC 0.8); a lone
 *    surname of a person found in full → PER 0.75; the first word of a company name found alone (`Orange` beside
 *    `Orange Business Service`) → ORG 0.6; a labelled organisation followed by more capitalised words (`Orange Cloud`,
 *    `HP France`) → ORG 0.65; a name coordinated with an organisation (`Orange et Thales`) → ORG 0.55; a capitalised
 *    word seen three times or more, never in lower case, at least once mid-sentence after a lower-case word → ORG
 *    0.45.
 *
 * Offsets are UTF-16 indices into `text`. LOC from the gazetteer has source 'gazetteer', the rest 'pattern'. The
 * language only matters for civilities that are common words in English (`Me`, `M.`); `context.known` is not used
 * here (known.ts finds those). The gazetteer is loaded on the first call (see names/gazetteer.ts); `loadNameLists()`
 * loads it ahead of time.
 */
import { isFirstName } from './names/first-names.ts';
import { ELISIONS, foldKey, foldText, isLowerChar, isUpperChar, isWordChar } from './names/fold.ts';
import { gazetteer, type Gazetteer, type Place } from './names/gazetteer.ts';
import {
  ACRONYM_STOP, CIVILITIES, FRENCH_ONLY_CIVILITIES, LOC_CUES, NAME_PARTICLES, NEWS_AGENCIES, ORG_ADJECTIVES, ORG_CONNECTORS,
  ORG_CUE_FILLERS, ORG_CUES, ORG_HEADS, ORG_OF_CUES, ORG_ROLES, ORG_SUFFIXES, ROLES, SPEECH_AFTER, SPEECH_BEFORE, STOP_WORDS,
  INSTITUTIONS, TITLE_IN_SEQUENCE,
} from './names/lexicon.ts';
import type { SuggestContext, Suggestion } from './types.ts';

type Kind = 'w' | 'el' | 'poss' | 'p';

interface Tok {
  s: number;
  e: number;
  text: string;
  /** Folded (lower case, no accents). */
  f: string;
  kind: Kind;
  /** First letter a capital. */
  cap: boolean;
  /** Two letters or more, none in lower case. */
  caps: boolean;
  digit: boolean;
  /** At a sentence start (or in a title-case line). */
  initial: boolean;
  /** A line break between the previous token and this one. */
  nl: boolean;
  /** White space right before. */
  sp: boolean;
  line: number;
}

type NameType = 'PER' | 'ORG' | 'LOC';

interface Candidate {
  /** Token indices, inclusive. */
  a: number;
  b: number;
  key: string;
  type: NameType | null;
  score: number;
  gazetteer: boolean;
  /** How the label was reached: by a cue, copied from a cue label, or guessed (coordination, frequency). */
  how: 'cue' | 'propagated' | 'guessed' | null;
  /** A title stripped from the start of the sequence (`President` in `President Obama`). */
  title: 'civility' | 'role' | null;
}

/** Loads the gazetteer now (it is otherwise loaded on the first call); returns the time it took, in ms. */
export function loadNameLists(): number {
  return gazetteer().loadMs;
}

export function findNames(text: string, context: SuggestContext): Suggestion[] {
  if (!text) return [];
  const doc = new Doc(text, context, gazetteer());
  return doc.run();
}

const LOWER_LETTER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}[^]*\p{L}/u;
const DIGIT = /\p{N}/u;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+/gu;
const RAW_TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}\p{M}]+(?:[-\u2010\u2011][\p{L}\p{N}\p{M}]+)*|\S/gu;
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc', '\u2018']);
const OPENERS = new Set(['«', '“', '"', '‘', "'", '(', '[', '—', '–', '-', '*', '•', '‹', '„']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ':']);
const ABBREVIATIONS = new Set(['m', 'mme', 'mlle', 'dr', 'pr', 'mr', 'mrs', 'ms', 'st', 'me', 'jr', 'sr', 'no', 'vs', 'gen', 'sen', 'rep', 'gov', 'capt', 'col', 'lt', 'sgt', 'prof', 'mgr', 'cf', 'env', 'av', 'bd']);
const ROMAN = /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const DETERMINERS = new Set(['le', 'la', 'l', "l'", 'les', 'son', 'sa', 'ses', 'leur', 'un', 'une', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'notre', 'votre']);
const ROLE_MODIFIERS = new Set(['general', 'generale', 'adjoint', 'adjointe', 'executif', 'executive', 'financier', 'financiere', 'delegue', 'deleguee', 'operationnel', 'chief', 'deputy', 'senior', 'vice', 'associe', 'regional', 'commercial', 'technique', 'marketing', 'france', 'europe', 'monde', 'du', 'de', 'des', 'la', 'le', "l'", 'of', 'the', 'and', 'et', 'co']);
const ROLE_OF = new Set(['de', 'du', 'des', "d'", 'of', 'at', 'chez', 'a', 'au', 'for']);
const COORDINATORS = new Set(['et', 'and', 'ou', 'or', ',']);
/** Suffixes of company names (the institutional ones, `Center`, `Museum`, `University`, leave the first word alone). */
const CORPORATE_SUFFIXES = new Set([...ORG_SUFFIXES].filter((w) => !['museum', 'musee', 'center', 'centre', 'court', 'university', 'universite', 'institute', 'institut', 'council', 'commission', 'committee', 'agency', 'ministry', 'department', 'party', 'union', 'association', 'federation', 'league', 'club', 'foundation', 'fondation'].includes(w)));
/** No name runs longer than this many tokens (`National Museum of the U.S. Air Force` is 9). */
const MAX_SEQUENCE_TOKENS = 16;
/** Articles written with a capital inside a sentence (`The Church of Scientology`, `à La Rochelle` is a place). */
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'a', 'an', 'un', 'une']);
const MINISTRIES = new Set(['ministere', 'ministeres', 'ministry', 'secretariat']);
const ABBREVIATED_SUFFIXES = new Set(['inc', 'corp', 'ltd', 'co', 'bros', 'jr', 'sr']);
const COMMON_CAPITALISED = new Set(['internet', 'web', 'etat', 'bourse', 'cloud', 'net', 'dieu', 'god', 'gouvernement', 'government', 'republique', 'president', 'premier']);

class Doc {
  private readonly text: string;
  private readonly folded: string;
  private readonly toks: Tok[];
  private readonly gaz: Gazetteer;
  private readonly language: 'fr' | 'en' | null;
  /** Folded words written in lower case somewhere in the text. */
  private readonly lowerWords = new Set<string>();
  private readonly titleCaseLines = new Set<number>();
  private readonly shoutedLines = new Set<number>();

  constructor(text: string, context: SuggestContext, gaz: Gazetteer) {
    this.text = text;
    this.folded = foldText(text);
    this.gaz = gaz;
    this.language = context.language === 'fr' ? 'fr' : context.language ? 'en' : null;
    this.toks = this.tokenize();
    this.markLines();
    this.markInitials();
  }

  run(): Suggestion[] {
    const candidates = this.sequences();
    const defined = this.acronymDefinitions(candidates);
    for (const c of candidates) if (!c.type) this.classify(c);
    this.propagate(candidates);
    const out: Suggestion[] = [];
    for (const c of [...candidates, ...defined]) {
      if (!c.type) continue;
      const start = this.toks[c.a]!.s;
      const end = this.toks[c.b]!.e;
      out.push({ type: c.type, start, end, text: this.text.slice(start, end), source: c.gazetteer ? 'gazetteer' : 'pattern', score: round(c.score) });
    }
    out.sort((x, y) => x.start - y.start || y.end - x.end);
    // Long forms defined by an acronym win over the sequences inside them.
    const kept: Suggestion[] = [];
    for (const s of out) {
      const last = kept[kept.length - 1];
      if (last && s.start < last.end) continue;
      kept.push(s);
    }
    return kept;
  }

  // ── Tokens ────────────────────────────────────────────────────────────────────────────────────────────────────

  private tokenize(): Tok[] {
    const { text, folded } = this;
    const raw: [number, number][] = [];
    // Web addresses are no part of the prose: `%C2%AB` in a URL is not an acronym.
    const urls: [number, number][] = [];
    for (const m of text.matchAll(URL)) urls.push([m.index, m.index + m[0].length]);
    let u = 0;
    RAW_TOKEN.lastIndex = 0;
    for (let m = RAW_TOKEN.exec(text); m; m = RAW_TOKEN.exec(text)) {
      while (u < urls.length && urls[u]![1] <= m.index) u++;
      if (u < urls.length && urls[u]![0] <= m.index) continue;
      raw.push([m.index, m.index + m[0].length]);
    }
    const toks: Tok[] = [];
    let line = 0;
    let prevEnd = 0;
    const push = (s: number, e: number, kind: Kind, lower = false): void => {
      let nl = false;
      for (let k = prevEnd; k < s; k++) {
        if (text.charCodeAt(k) === 10) {
          nl = true;
          line++;
        }
      }
      const t = text.slice(s, e);
      const word = kind !== 'p';
      toks.push({
        s, e, text: t, f: word ? folded.slice(s, e) : t, kind,
        cap: word && !lower && isUpperChar(t[0]),
        caps: word && !LOWER_LETTER.test(t) && TWO_LETTERS.test(t),
        digit: word && DIGIT.test(t),
        initial: false, nl, sp: s > prevEnd, line,
      });
      prevEnd = e;
    };
    for (let i = 0; i < raw.length; i++) {
      const [s, e] = raw[i]!;
      if (!isWordChar(text[s])) {
        push(s, e, 'p');
        continue;
      }
      const ap = raw[i + 1];
      const next = raw[i + 2];
      if (ap && next && ap[0] === e && ap[1] === e + 1 && APOSTROPHES.has(text[e]!) && next[0] === ap[1] && isWordChar(text[next[0]])) {
        const f = folded.slice(s, e);
        if (ELISIONS.has(f)) {
          push(s, ap[1], 'el');
          i += 1;
          continue;
        }
        if (folded.slice(next[0], next[1]) === 's') {
          push(s, e, 'w');
          push(ap[0], next[1], 'poss');
          i += 2;
          continue;
        }
        // `O’Brien`, `aujourd’hui`; `I’m`, `don’t` are no names.
        push(s, next[1], 'w', /^\p{Ll}{1,2}$/u.test(text.slice(next[0], next[1])));
        i += 2;
        continue;
      }
      push(s, e, 'w');
    }
    return toks;
  }

  private markLines(): void {
    const words = new Map<number, { n: number; cap: number; caps: number }>();
    for (const t of this.toks) {
      if (t.kind === 'w' && !t.digit) {
        const w = words.get(t.line) ?? { n: 0, cap: 0, caps: 0 };
        w.n++;
        if (t.cap) w.cap++;
        if (t.caps) w.caps++;
        words.set(t.line, w);
        if (isLowerChar(t.text[0])) this.lowerWords.add(t.f);
      }
    }
    // A headline rarely ends with a full stop; a sentence does.
    const lastOfLine = new Map<number, Tok>();
    for (const t of this.toks) lastOfLine.set(t.line, t);
    for (const [line, w] of words) {
      if (w.n >= 3 && w.caps / w.n >= 0.8) this.shoutedLines.add(line);
      else if (w.n >= 4 && w.cap / w.n >= 0.6 && lastOfLine.get(line)?.text !== '.') this.titleCaseLines.add(line);
    }
  }

  private markInitials(): void {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.kind !== 'w' && t.kind !== 'el') continue;
      if (this.titleCaseLines.has(t.line)) {
        t.initial = true;
        continue;
      }
      let j = i - 1;
      let opened = t.nl;
      while (j >= 0 && toks[j]!.kind === 'p' && OPENERS.has(toks[j]!.text)) {
        opened = true;
        if (toks[j]!.nl) break;
        j--;
      }
      if (j < 0 || t.nl || (j < i - 1 && toks[j + 1]!.nl)) {
        t.initial = true;
        continue;
      }
      const prev = toks[j]!;
      if (prev.kind === 'p' && SENTENCE_ENDS.has(prev.text)) {
        const before = toks[j - 1];
        const abbreviation = prev.text === '.' && before !== undefined && before.kind === 'w' && (ABBREVIATIONS.has(before.f) || (before.text.length === 1 && before.cap));
        t.initial = !abbreviation;
      } else if (opened && j < i - 1) {
        t.initial = true;
      }
    }
  }

  // ── Sequences ─────────────────────────────────────────────────────────────────────────────────────────────────

  private isCapWord(t: Tok | undefined): boolean {
    if (!t || t.kind !== 'w' || !t.cap || /^\p{N}/u.test(t.text)) return false;
    if (this.titleCaseLines.has(t.line) && STOP_WORDS.has(t.f)) return false;
    return true;
  }

  private place(from: number, to: number): Place | undefined {
    const key = this.keyOf(from, to);
    const place = this.gaz.places.get(key);
    if (!place) return undefined;
    if (place.caps && !this.allCaps(from, to)) return undefined;
    return place;
  }

  private keyOf(from: number, to: number): string {
    return foldKey(this.text.slice(this.toks[from]!.s, this.toks[to]!.e));
  }

  private allCaps(from: number, to: number): boolean {
    for (let k = from; k <= to; k++) {
      const t = this.toks[k]!;
      if ((t.kind === 'w' || t.kind === 'el') && /\p{Ll}/u.test(t.text)) return false;
    }
    return true;
  }

  /** Capitalised sequences, each cut into candidates (leading common words and titles stripped, given names split). */
  private sequences(): Candidate[] {
    const toks = this.toks;
    const out: Candidate[] = [];
    let i = 0;
    while (i < toks.length) {
      const t = toks[i]!;
      const startsWithL = t.kind === 'el' && t.cap && t.f === "l'" && !t.initial && this.isCapWord(toks[i + 1]) && !toks[i + 1]!.sp;
      if (!startsWithL && !this.isCapWord(t)) {
        i++;
        continue;
      }
      let j = startsWithL ? i + 1 : i;
      for (;;) {
        const n1 = toks[j + 1];
        if (!n1 || n1.nl) break;
        const initial = n1.kind === 'w' && n1.text.length === 1 && n1.cap && toks[j + 2]?.text === '.';
        if (initial) {
          // A middle initial: `George W. Bush`.
          if (this.isCapWord(toks[j + 3]) && !toks[j + 3]!.nl && !(j === i && CIVILITIES.has(toks[i]!.f))) {
            j += 3;
            continue;
          }
          break;
        }
        if (this.isCapWord(n1) && n1.sp) {
          j++;
          continue;
        }
        if (n1.text === '&' && this.isCapWord(toks[j + 2]) && !toks[j + 2]!.nl) {
          j += 2;
          continue;
        }
        // Runs longer than any name (shouted or title-case text) are only walked through, never joined further.
        if (j - i >= MAX_SEQUENCE_TOKENS) break;
        const joined = this.connectorJoin(i, j);
        if (joined > j) {
          j = joined;
          continue;
        }
        break;
      }
      if (j - i >= MAX_SEQUENCE_TOKENS) {
        while (this.isCapWord(toks[j + 1]) || (toks[j + 1]?.kind === 'p' && !toks[j + 1]!.nl && this.isCapWord(toks[j + 2]))) j++;
        i = j + 1;
        continue;
      }
      // Parts of web addresses (`Scientology.org`) are not mentions.
      const dot = toks[j + 1];
      const webAddress = dot?.text === '.' && dot.s === toks[j]!.e && toks[j + 2]?.s === dot.e && isLowerChar(toks[j + 2]!.text[0]);
      if (!webAddress) out.push(...this.cut(i, j));
      i = j + 1;
    }
    return out;
  }

  /** Where a sequence i..j continues through `de`, `of`, `von der`… (or j when it does not). */
  private connectorJoin(i: number, j: number): number {
    const toks = this.toks;
    const connectors: Tok[] = [];
    let k = j + 1;
    while (connectors.length < 2) {
      const t = toks[k];
      if (!t || t.nl || t.cap) break;
      if ((t.kind === 'w' && (ORG_CONNECTORS.has(t.f) || NAME_PARTICLES.has(t.f))) || (t.kind === 'el' && (t.f === "d'" || t.f === "l'"))) {
        connectors.push(t);
        k++;
      } else break;
    }
    if (connectors.length === 0 || !this.isCapWord(toks[k]) || toks[k]!.nl) return j;
    const connectorFolds = connectors.map((c) => (c.kind === 'el' ? c.f.slice(0, -1) : c.f));
    const first = toks[i]!.kind === 'el' ? toks[i + 1]! : toks[i]!;
    const coordinating = connectorFolds.some((c) => c === 'and' || c === 'et');
    if (coordinating) {
      if (connectorFolds.length !== 1) return j;
      // `National Air and Space Museum` (a head first, no connector yet); `Hi Investment and Securities` (a suffix ends it).
      const noConnectorYet = this.wordIndices(i, j).length === j - i + 1;
      if (ORG_HEADS.has(first.f) && noConnectorYet) return k;
      let end = k;
      while (this.isCapWord(toks[end + 1]) && toks[end + 1]!.sp && !toks[end + 1]!.nl) end++;
      return ORG_SUFFIXES.has(toks[end]!.f) ? end : j;
    }
    if ((ORG_HEADS.has(first.f) || ORG_HEADS.has(toks[j]!.f)) && connectorFolds.every((c) => ORG_CONNECTORS.has(c) || c === 'l' || c === 'd')) return k;
    if (i === j && isFirstName(first.f) && connectorFolds.every((c) => NAME_PARTICLES.has(c))) return k;
    // A place: `Côte d’Ivoire`, `Pays de la Loire`, `Rio de Janeiro` (up to the gazetteer's longest name).
    for (let end = k; end <= Math.min(toks.length - 1, k + this.gaz.maxWords); end++) {
      if (end > k && !(this.isCapWord(toks[end]) && toks[end]!.sp)) break;
      if (this.place(i, end)) return end;
    }
    return j;
  }

  /** A sequence i..j made into candidates. */
  private cut(i: number, j: number): Candidate[] {
    const toks = this.toks;
    const make = (a: number, b: number, title: Candidate['title'] = null): Candidate =>
      ({ a, b, key: this.keyOf(a, b), type: null, score: 0, gazetteer: false, how: null, title });
    // A place as a whole (`Le Mans`, `La Rochelle`, `New York`).
    if (this.place(i, j)) return [make(i, j)];
    let a = i;
    let title: Candidate['title'] = null;
    // Leading common words: `Le groupe`, `Nice weather` (at a sentence start), `The Church` (anywhere); not after a
    // civility (`Mrs. May`).
    const afterCivility = this.titleBefore(i) === 'civility';
    while (a <= j && !afterCivility) {
      const t = toks[a]!;
      if (t.kind === 'el') {
        if (!t.initial) break;
        a++;
        continue;
      }
      const common = ARTICLES.has(t.f) || (t.initial && (STOP_WORDS.has(t.f) || this.lowerWords.has(t.f) || ROLES.has(t.f) || ORG_CUES.has(t.f)));
      if (!common) break;
      a++;
    }
    if (a > j) return [];
    if (this.place(a, j)) return [make(a, j)];
    // Organisation shape before titles: `General Motors`, `Royal Bank of Scotland`.
    if (!this.orgShape(a, j)) {
      while (a < j && (TITLE_IN_SEQUENCE.has(toks[a]!.f) || this.isCivility(toks[a]!))) {
        title = CIVILITIES.has(toks[a]!.f) ? 'civility' : 'role';
        a++;
      }
    }
    // Roles at the end: `Museum of Flight CEO`.
    while (j > a && toks[j]!.kind === 'w' && TITLE_IN_SEQUENCE.has(toks[j]!.f) && !ORG_SUFFIXES.has(toks[j]!.f)) j--;
    // A given name inside: `Education Stefania Giannini` → `Education` + `Stefania Giannini`; `NASA Administrator
    // Charles Bolden` → `NASA` + (title) `Charles Bolden`.
    const words = this.wordIndices(a, j);
    for (let w = 1; w < words.length - 1; w++) {
      const k = words[w]!;
      if (!isFirstName(toks[k]!.f) || isFirstName(toks[words[w - 1]!]!.f) || toks[k - 1]!.kind !== 'w') continue;
      if (this.orgShape(a, j) && !this.orgShape(a, k - 1)) continue;
      let left = k - 1;
      let leftTitle: Candidate['title'] = title;
      while (left >= a && TITLE_IN_SEQUENCE.has(toks[left]!.f)) {
        leftTitle = CIVILITIES.has(toks[left]!.f) ? 'civility' : 'role';
        left--;
      }
      return left >= a ? [make(a, left), make(k, j, leftTitle)] : [make(k, j, leftTitle)];
    }
    // `Assemblée nationale`, `Banque centrale européenne`, `(les syndicats comme) Force ouvrière`.
    let b = j;
    if (a === j && (ORG_HEADS.has(toks[a]!.f) || this.orgCueBefore(a))) b = this.adjectivesAfter(j);
    // `Apple Inc.`, `Acme Corp.`: the abbreviation's full stop belongs to the name.
    if (ABBREVIATED_SUFFIXES.has(toks[b]!.f) && toks[b + 1]?.text === '.' && toks[b + 1]!.s === toks[b]!.e && b > a) b++;
    return [make(a, b, title)];
  }

  private adjectivesAfter(j: number): number {
    let b = j;
    while (this.toks[b + 1] && this.toks[b + 1]!.kind === 'w' && !this.toks[b + 1]!.nl && ORG_ADJECTIVES.has(this.toks[b + 1]!.f) && isLowerChar(this.toks[b + 1]!.text[0])) b++;
    return b;
  }

  private isCivility(t: Tok): boolean {
    return t.kind === 'w' && CIVILITIES.has(t.f) && !(FRENCH_ONLY_CIVILITIES.has(t.f) && this.language === 'en');
  }

  private wordIndices(a: number, b: number): number[] {
    const out: number[] = [];
    for (let k = a; k <= b; k++) if (this.toks[k]!.kind === 'w') out.push(k);
    return out;
  }

  private orgShape(a: number, b: number): boolean {
    const words = this.wordIndices(a, b);
    if (words.length < 2) return false;
    const first = this.toks[words[0]!]!;
    const last = this.toks[words[words.length - 1]!]!;
    if ((ORG_HEADS.has(first.f) && !first.caps) || (ORG_SUFFIXES.has(last.f) && (last.cap || last.caps))) return true;
    // A head inside, before a connector: `Allen Institute for Artificial Intelligence`, `Bank of America`.
    for (let w = 1; w < words.length - 1; w++) {
      const t = this.toks[words[w]!]!;
      const after = this.toks[words[w]! + 1]!;
      if ((ORG_HEADS.has(t.f) || ORG_SUFFIXES.has(t.f)) && after.kind !== 'p' && !after.cap) return true;
    }
    return false;
  }

  // ── Classification ───────────────────────────────────────────────────────────────────────────────────────────

  private classify(c: Candidate): void {
    const toks = this.toks;
    const first = toks[c.a]!;
    const words = this.wordIndices(c.a, c.b);
    const n = words.length;
    if (n === 0) return;
    const prev = toks[c.a - 1];
    const next = toks[c.b + 1];
    const set = (type: NameType, score: number, fromGazetteer = false): void => {
      c.type = type;
      c.score = score;
      c.gazetteer = fromGazetteer;
      c.how = 'cue';
    };
    if (n === 1 && (STOP_WORDS.has(first.f) || COMMON_CAPITALISED.has(first.f))) {
      // `Mrs. May`, `M. Lemaire`: a civility makes a person of a common word.
      if (this.titleBefore(c.a) === 'civility' && !first.initial) return set('PER', 0.85);
      return;
    }
    const place = this.place(c.a, c.b);
    const caps = this.allCaps(c.a, c.b);
    const inBrackets = prev?.text === '(' && next?.text === ')';

    // Datelines: `PARIS (AFP)`, `WASHINGTON, Jan. 5 (Reuters) -`.
    if (caps && (first.nl || c.a === 0 || prev?.text === ']') && (next?.text === '(' || next?.text === ',' || next?.text === '-' || next?.text === '–')) {
      if (place) return set('LOC', 0.95, true);
      if (next.text === '(' && NEWS_AGENCIES.has(toks[c.b + 2]?.f ?? '')) return set('LOC', 0.7);
    }
    if (n === 1 && NEWS_AGENCIES.has(first.f)) return set('ORG', 0.9);
    // Acronyms.
    if (n === 1 && first.caps) {
      if (place) return set('LOC', place.ambiguous ? 0.7 : 0.85, true);
      if (!ACRONYM.test(first.text)) return;
      if (ACRONYM_STOP.has(first.f) || ROMAN.test(first.f)) return;
      if (this.shoutedLines.has(first.line) && !inBrackets) return;
      if (NEWS_AGENCIES.has(first.f)) return set('ORG', 0.9);
      if (inBrackets) return set('ORG', 0.8);
      return set('ORG', this.orgCueBefore(c.a) ? 0.7 : 0.6);
    }
    if (caps && n >= 1 && !place) {
      // Shouted words that are not acronyms (headlines in capitals).
      if (words.some((k) => toks[k]!.text.length > 6)) return;
    }
    // Organisation shape.
    if (this.orgShape(c.a, c.b)) return set('ORG', 0.8);
    if (n === 1 && ORG_HEADS.has(first.f) && c.b > c.a) return set('ORG', 0.75); // `Assemblée nationale`
    if (n === 1 && INSTITUTIONS.has(first.f) && !first.initial) return set('ORG', 0.7);
    const personLike = n <= 4 && !words.some((k) => toks[k]!.caps && toks[k]!.text.length <= 6 && k !== words[n - 1]);
    // A title just before.
    const title = c.title ?? this.titleBefore(c.a);
    const plainWords = !words.some((k) => STOP_WORDS.has(toks[k]!.f)) && !this.place(words[0]!, words[0]!);
    if (title && personLike && plainWords && !place) return set('PER', title === 'civility' ? 0.9 : 0.8);
    // An organisation cue before.
    const cue = this.orgCueBefore(c.a);
    if (cue && !(n >= 2 && isFirstName(toks[words[0]!]!.f))) {
      // `ministère de l’Économie`: the portfolio alone is no organisation, the ministry is.
      const ministry = this.ministryBefore(c.a);
      if (ministry !== null) {
        c.a = ministry;
        c.key = this.keyOf(c.a, c.b);
      }
      return set('ORG', cue === 'direct' ? 0.8 : 0.7);
    }
    // Places.
    // `Tour de France`, `Duchess of Cambridge`: a place at the end of a longer name is not one.
    const ofName = prev !== undefined && !first.nl && ['de', 'du', "d'", 'of'].includes(prev.f) && this.isCapWord(toks[c.a - 2]) && !toks[c.a - 2]!.initial && !STOP_WORDS.has(toks[c.a - 2]!.f);
    if (place && !ofName && !(first.initial && n === 1 && (this.lowerWords.has(first.f) || STOP_WORDS.has(first.f)))) {
      const afterPreposition = prev !== undefined && prev.kind === 'w' && LOC_CUES.has(prev.f);
      // An ambiguous name (`Orange`, `Nice`) with no preposition of place goes on to the other rules.
      if (!place.ambiguous || afterPreposition || (caps && first.nl)) {
        const base = place.kind === 'city' ? 0.85 : 0.9;
        return set('LOC', afterPreposition ? Math.min(0.95, base + 0.05) : base, true);
      }
    }
    // `directeur d’Orange`, `CEO of Apple`, `lancement de Cloudwatt`, `les actions Samsung`.
    // `Apple’s chief executive`.
    if (next?.kind === 'poss' && this.roleAt(c.b + 2)) return set('ORG', 0.7);
    const of = this.roleOf(c.a);
    if (of === 'role') return set('ORG', 0.7);
    if (of === 'thing') return set('ORG', 0.6);
    // People.
    // Particles inside a name are no common words: `Marine Le Pen`, `Charles de Gaulle`.
    const commonInside = words.some((k, w) => STOP_WORDS.has(toks[k]!.f) && !(w > 0 && w < n - 1 && NAME_PARTICLES.has(toks[k]!.f)));
    if (personLike && n >= 2 && !commonInside) {
      const given = isFirstName(toks[words[0]!]!.f);
      if (this.appositionAfter(c.b)) return set('PER', 0.8 + (given ? 0.05 : 0));
      if (this.appositionBefore(c.a)) return set('PER', 0.75 + (given ? 0.05 : 0));
      if (this.speechAround(c.a, c.b)) return set('PER', 0.7 + (given ? 0.1 : 0));
      if (given) return set('PER', 0.75);
    }
    // Camel case: `YouTube`, `PayPal`, `MicroMega` (not `McDonald`, `DeVito`).
    if (n === 1 && !first.initial && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(first.text) && !/^(Mc|Mac|De|Le|La|Di|Du|Van|Von|Da)\p{Lu}/u.test(first.text)) return set('ORG', 0.5);
  }

  /** A civility or a role right before token a (`M. X`, `Mme X`, `le ministre X`, `President X`). */
  private titleBefore(a: number): Candidate['title'] {
    const toks = this.toks;
    if (toks[a]!.nl) return null;
    let k = a - 1;
    let t = toks[k];
    if (t?.text === '.') t = toks[--k];
    if (!t || t.kind !== 'w') return null;
    if (CIVILITIES.has(t.f) && (t.cap || t.f === 'monsieur' || t.f === 'madame')) {
      if (FRENCH_ONLY_CIVILITIES.has(t.f) && this.language === 'en') return null;
      if (t.f === 'm' && toks[k + 1]?.text !== '.') return null;
      // `M.` after a given name is an initial (`Michael M. Smith`).
      if (t.text.length === 1 && this.isCapWord(toks[k - 1]) && !toks[k - 1]!.initial) return null;
      return 'civility';
    }
    if (toks[a - 1]?.text === '.') return null;
    if (ROLES.has(t.f)) return 'role';
    return null;
  }

  /** An organisation cue before token a, directly (`le groupe X`) or through a few fillers (`groupe de télécoms X`). */
  private orgCueBefore(a: number): 'direct' | 'fillers' | null {
    const toks = this.toks;
    let k = a - 1;
    let fillers = 0;
    while (k >= 0 && fillers <= 6) {
      const t = toks[k]!;
      if (t.nl && k < a - 1) return null;
      if (t.kind === 'w' && ORG_CUES.has(t.f) && !t.cap) return fillers === 0 ? 'direct' : 'fillers';
      if (t.kind === 'w' && ORG_CUES.has(t.f) && t.cap && t.initial) return fillers === 0 ? 'direct' : 'fillers';
      const f = t.kind === 'el' ? t.f.slice(0, -1) : t.f;
      if (t.kind === 'p' ? t.text !== ',' : !ORG_CUE_FILLERS.has(f) || t.cap) return null;
      if (t.kind !== 'p') fillers++;
      k--;
      if (t.nl) return null;
    }
    return null;
  }

  /** Where `ministère de l’`, `Ministry of the` starts before token a, if it does. */
  private ministryBefore(a: number): number | null {
    for (let k = a - 1; k >= 0 && k >= a - 4; k--) {
      const t = this.toks[k]!;
      if (t.kind === 'w' && MINISTRIES.has(t.f)) return k < a - 1 ? k : null;
      if (!((t.kind === 'el' && (t.f === "l'" || t.f === "d'")) || (t.kind === 'w' && ['de', 'du', 'des', 'of', 'the'].includes(t.f)))) return null;
    }
    return null;
  }

  /** `directeur général d’X`, `chief executive of X` → 'role'; `lancement de X`, `shares of X`, `actions X` → 'thing'. */
  private roleOf(a: number): 'role' | 'thing' | null {
    const toks = this.toks;
    const p = toks[a - 1];
    if (!p || toks[a]!.nl) return null;
    const pf = p.f;
    if (p.kind === 'w' && !p.cap && (p.f === 'actions' || p.f === 'action' || p.f === 'titre' || p.f === 'shares')) return 'thing';
    if (!ROLE_OF.has(pf) && !(p.kind === 'el' && pf === "d'")) return null;
    let k = a - 2;
    // `de la`, `of the`: one more article.
    if (toks[k] && (toks[k]!.f === 'la' || toks[k]!.f === 'the')) return null;
    for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
      const t = toks[k]!;
      if (t.kind !== 'w' || t.nl) return null;
      if (ORG_ROLES.has(t.f)) return 'role';
      if (steps === 0 && ORG_OF_CUES.has(t.f) && !t.cap) return 'thing';
      if (!ROLE_MODIFIERS.has(t.f)) return null;
    }
    return null;
  }

  /** An organisation's role at token k, after at most two modifiers (`chief executive`, `deputy director`). */
  private roleAt(k: number): boolean {
    for (let steps = 0; steps < 3; steps++, k++) {
      const t = this.toks[k];
      if (!t || t.kind !== 'w' || t.nl) return false;
      if (ORG_ROLES.has(t.f)) return true;
      if (!ROLE_MODIFIERS.has(t.f)) return false;
    }
    return false;
  }

  /** `X, directeur…`, `X, the company's spokesman`. */
  private appositionAfter(b: number): boolean {
    const toks = this.toks;
    if (toks[b + 1]?.text !== ',' || toks[b + 1]!.nl) return false;
    let k = b + 2;
    for (let steps = 0; steps < 3 && toks[k]; steps++, k++) {
      const t = toks[k]!;
      if (t.kind === 'w' && ROLES.has(t.f)) return true;
      if (!(t.kind === 'w' && (DETERMINERS.has(t.f) || ROLE_MODIFIERS.has(t.f))) && !(t.kind === 'el' && t.f === "l'") && t.kind !== 'poss') return false;
    }
    return false;
  }

  /** `le directeur exécutif d’Orange Business Service, X`, `le ministre des finances, X`. */
  private appositionBefore(a: number): boolean {
    const toks = this.toks;
    if (toks[a - 1]?.text !== ',' || toks[a]!.nl || toks[a - 1]!.nl) return false;
    for (let k = a - 2, steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const t = toks[k]!;
      if (t.kind === 'p' && (SENTENCE_ENDS.has(t.text) || t.text === ',' || t.text === ';')) return false;
      if (t.kind === 'w' && ROLES.has(t.f) && !t.cap) return true;
      if (t.nl) return false;
    }
    return false;
  }

  /** `a déclaré X`, `selon X`, `said X`, `according to X`, `X said`, `X a déclaré`. */
  private speechAround(a: number, b: number): boolean {
    const toks = this.toks;
    const p = toks[a]!.nl ? undefined : toks[a - 1];
    if (p && p.kind === 'w' && SPEECH_BEFORE.has(p.f)) return true;
    if (p && p.f === 'to' && toks[a - 2]?.f === 'according') return true;
    if (p && p.kind === 'el' && p.f === "d'" && toks[a]?.f === 'apres') return false;
    if (p && p.f === 'apres' && toks[a - 2]?.f === "d'") return true;
    const n1 = toks[b + 1];
    if (n1 && !n1.nl && n1.kind === 'w' && SPEECH_AFTER.has(n1.f)) {
      if (n1.f === 'a') return SPEECH_BEFORE.has(toks[b + 2]?.f ?? '');
      return true;
    }
    return false;
  }

  // ── Acronym definitions ───────────────────────────────────────────────────────────────────────────────────────

  /** `Confédération générale du travail (CGT)`, `CEI (Italian Episcopal Conference)`: the long form, labelled ORG. */
  private acronymDefinitions(candidates: Candidate[]): Candidate[] {
    const toks = this.toks;
    const out: Candidate[] = [];
    const byStart = new Map<number, Candidate>();
    for (const c of candidates) byStart.set(c.a, c);
    for (let i = 1; i + 1 < toks.length; i++) {
      const t = toks[i]!;
      if (toks[i - 1]!.text !== '(') continue;
      if (t.kind === 'w' && t.caps && ACRONYM.test(t.text) && toks[i + 1]!.text === ')') {
        // Long form before the bracket.
        const long = this.longFormBefore(i - 1, t.f);
        if (long) {
          const acronym = byStart.get(i);
          if (acronym && !acronym.type) Object.assign(acronym, { type: long.type, score: 0.8, gazetteer: long.gazetteer, how: 'cue' });
          out.push(long);
        }
      } else if (this.isCapWord(t)) {
        // Acronym before the bracket, long form inside.
        const acr = toks[i - 2];
        if (!acr || acr.kind !== 'w' || !acr.caps || !ACRONYM.test(acr.text)) continue;
        let close = i;
        while (close < toks.length && toks[close]!.text !== ')' && !toks[close]!.nl && close - i < 12) close++;
        if (toks[close]?.text !== ')') continue;
        if (initials(this.wordIndices(i, close - 1).map((k) => toks[k]!)) === acr.f) {
          out.push({ a: i, b: close - 1, key: this.keyOf(i, close - 1), type: 'ORG', score: 0.8, gazetteer: false, how: 'cue', title: null });
          const acronym = byStart.get(i - 2);
          if (acronym && !acronym.type) Object.assign(acronym, { type: 'ORG', score: 0.8, how: 'cue' });
        }
      }
    }
    return out;
  }

  private longFormBefore(open: number, acronym: string): Candidate | null {
    const toks = this.toks;
    const picked: Tok[] = [];
    for (let k = open - 1, steps = 0; k >= 0 && steps < 12; k--, steps++) {
      const t = toks[k]!;
      if (t.kind === 'p' || t.kind === 'poss' || t.digit) return null;
      picked.unshift(t);
      if (t.cap && initials(picked) === acronym) {
        if (picked.length === 1 && !t.f.includes('-')) return null;
        if (t.kind === 'el') return null;
        const a = k;
        const b = open - 1;
        const place = this.place(a, b);
        return { a, b, key: this.keyOf(a, b), type: place ? 'LOC' : 'ORG', score: 0.8, gazetteer: Boolean(place), how: 'cue', title: null };
      }
      if (t.nl) return null;
    }
    return null;
  }

  // ── Propagation ───────────────────────────────────────────────────────────────────────────────────────────────

  private propagate(candidates: Candidate[]): void {
    const toks = this.toks;
    for (let round = 0; round < 3; round++) {
      let changed = false;
      const labels = new Map<string, Candidate>();
      const surnames = new Set<string>();
      for (const c of candidates) {
        if (!c.type) continue;
        const known = labels.get(c.key);
        if (!known || c.score > known.score) labels.set(c.key, c);
        const words = this.wordIndices(c.a, c.b);
        if (c.type === 'PER' && words.length >= 2) surnames.add(toks[words[words.length - 1]!]!.f);
      }
      // `Orange Business Service`, `Samsung Electronics` name their parent `Orange`, `Samsung`.
      const parents = new Set<string>();
      for (const c of candidates) {
        if (c.type !== 'ORG' || c.how !== 'cue') continue;
        const words = this.wordIndices(c.a, c.b);
        const last = toks[words[words.length - 1]!]!;
        if (words.length >= 2 && CORPORATE_SUFFIXES.has(last.f) && !isFirstName(toks[words[0]!]!.f)) parents.add(toks[words[0]!]!.f);
      }
      for (let ci = 0; ci < candidates.length; ci++) {
        const c = candidates[ci]!;
        if (c.type) continue;
        const words = this.wordIndices(c.a, c.b);
        const label = labels.get(c.key);
        if (words.length === 1 && parents.has(toks[c.a]!.f) && !label && !surnames.has(toks[c.a]!.f)) {
          Object.assign(c, { type: 'ORG', score: 0.6, how: 'propagated' });
          changed = true;
          continue;
        }
        const first = toks[c.a]!;
        if (words.length === 1 && (STOP_WORDS.has(first.f) || COMMON_CAPITALISED.has(first.f))) continue;
        const ambiguousPlace = label?.type === 'LOC' && first.initial && this.place(c.a, c.b)?.ambiguous;
        if (label && label.type && !ambiguousPlace) {
          const score = label.how === 'guessed' ? label.score : label.type === 'LOC' ? 0.8 : 0.7;
          Object.assign(c, { type: label.type, score, gazetteer: label.gazetteer, how: label.how === 'guessed' ? 'guessed' : 'propagated' });
          changed = true;
          continue;
        }
        if (words.length === 1 && surnames.has(first.f)) {
          Object.assign(c, { type: 'PER', score: 0.75, how: 'propagated' });
          changed = true;
          continue;
        }
        if (words.length >= 2) {
          // `Orange Business Service`, `HP France`: a known organisation followed by more capitalised words.
          for (let w = words.length - 1; w >= 1; w--) {
            const head = labels.get(this.keyOf(c.a, words[w - 1]!));
            if (head?.type === 'ORG' && !isFirstName(toks[words[w]!]!.f)) {
              Object.assign(c, { type: 'ORG', score: 0.65, how: 'propagated' });
              changed = true;
              break;
            }
          }
          if (c.type) continue;
        }
        // Coordination with an organisation: `Orange et Thales`, `Samsung and Apple`.
        if (words.length <= 3 && !(first.initial && this.lowerWords.has(first.f)) && !isFirstName(toks[words[0]!]!.f)) {
          const left = candidates[ci - 1];
          const right = candidates[ci + 1];
          const between = (x: Candidate, y: Candidate): boolean => y.a - x.b === 2 && COORDINATORS.has(toks[x.b + 1]!.f);
          const short = (x: Candidate): boolean => x.type === 'ORG' && (x.how === 'cue' || x.how === 'propagated') && this.wordIndices(x.a, x.b).length <= 2;
          if ((left && short(left) && between(left, c)) || (right && short(right) && between(c, right))) {
            Object.assign(c, { type: 'ORG', score: 0.55, how: 'guessed' });
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    // A capitalised word seen three times or more, never in lower case, not only at sentence starts: an organisation.
    const counts = new Map<string, { n: number; mid: number }>();
    for (const c of candidates) {
      if (c.type || c.a !== c.b || toks[c.a]!.kind !== 'w') continue;
      const t = toks[c.a]!;
      if (t.caps || this.lowerWords.has(t.f) || STOP_WORDS.has(t.f) || COMMON_CAPITALISED.has(t.f) || isFirstName(t.f) || t.digit) continue;
      const k = counts.get(c.key) ?? { n: 0, mid: 0 };
      k.n++;
      const before = toks[c.a - 1];
      if (!t.initial && !(before && (before.digit || this.isCapWord(before)))) k.mid++;
      counts.set(c.key, k);
    }
    for (const c of candidates) {
      const k = counts.get(c.key);
      if (!c.type && c.a === c.b && k && k.n >= 3 && k.mid >= 1) Object.assign(c, { type: 'ORG', score: 0.45, how: 'guessed' });
    }
  }
}

/** Initials of the content words (`Confédération générale du travail` → `cgt`, `Hewlett-Packard` → `hp`). */
function initials(tokens: Tok[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'el') continue;
    if (t.kind !== 'w') continue;
    if (!t.cap && (ORG_CONNECTORS.has(t.f) || NAME_PARTICLES.has(t.f) || t.f === 'and' || t.f === 'et' || t.f === 'a')) continue;
    for (const part of t.f.split('-')) if (part) out += part[0];
  }
  return out;
}

const round = (x: number): number => Math.round(x * 100) / 100;
