/**
 * The first two steps of names.ts:
 *
 * 1. Tokens: words (hyphenated compounds whole: `Jean-Marc`, `Saint-Étienne`), elided articles (`l’`, `d’`, `qu’`),
 *    English possessives (`’s`), dotted initials (`U.S.`), punctuation. Web addresses are skipped.
 * 2. Sentence starts: the first word of a line, after `. ! ? … :` (not after `M.`, `Mr.` or an initial), after an
 *    opening quote, bracket or dash. A capitalised word there is only a candidate if it is not a common word: not in
 *    STOP_WORDS and not written in lower case elsewhere in the same text (a word-frequency heuristic on the article
 *    itself). In a title-case line (`Obama Wins Second Term`, no final full stop) every word counts as a sentence
 *    start and common words split sequences; in a line in capitals, acronyms are ignored.
 */
import { ELISIONS, foldText, isLowerChar, isUpperChar, isWordChar } from './fold.ts';

/** A word, an elided article (`l’`, `d’`, `qu’`), an English possessive (`’s`) or one character of punctuation. */
export type TokenKind = 'word' | 'elision' | 'possessive' | 'punct';

export interface Token {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Folded (lower case, no accents); punctuation as written. */
  folded: string;
  kind: TokenKind;
  /** First letter a capital. */
  capitalised: boolean;
  /** Two letters or more, none in lower case. */
  allCaps: boolean;
  hasDigit: boolean;
  /** At a sentence start (or in a title-case line). */
  sentenceStart: boolean;
  /** A line break between the previous token and this one. */
  afterNewline: boolean;
  /** White space right before. */
  afterSpace: boolean;
  /** Line number, from 0. */
  line: number;
}

export interface TokenisedText {
  tokens: Token[];
  /** Folded words written in lower case somewhere in the text. */
  lowerWords: Set<string>;
  /** Lines in title case (headlines): every word there counts as a sentence start. */
  titleCaseLines: Set<number>;
  /** Lines in capitals. */
  shoutedLines: Set<number>;
}

const LOWER_LETTER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}[^]*\p{L}/u;
const DIGIT = /\p{N}/u;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+/gu;
const RAW_TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}\p{M}]+(?:[-\u2010\u2011][\p{L}\p{N}\p{M}]+)*|\S/gu;
/** A name, a hyphen and a lower-case past participle or noun that makes the compound an adjective (`Toronto-based`). */
const NAME_THEN_SUFFIX = /^(.+)[-\u2010\u2011](?:based|born|led|owned|backed|listed|registered|headquartered|funded|run|made|built|bound|style|area|wide)$/u;
const PARTY_TAG = /^[DRI]-\p{Lu}/u;
const BYLINE = new Set(['par', 'by']);
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc', '\u2018']);
const OPENERS = new Set(['«', '“', '"', '‘', "'", '(', '[', '—', '–', '-', '*', '•', '‹', '„']);
export const SENTENCE_ENDS = new Set(['.', '!', '?', '…', ':']);
const ABBREVIATIONS = new Set(['m', 'mme', 'mlle', 'dr', 'pr', 'mr', 'mrs', 'ms', 'st', 'me', 'jr', 'sr', 'no', 'vs', 'gen', 'sen', 'rep', 'gov', 'capt', 'col', 'lt', 'sgt', 'prof', 'mgr', 'cf', 'env', 'av', 'bd']);

const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** Words that open a sentence and never go on a name after dotted initials (`U.S. Army`, but `U.S. The`). */
const OPENING_WORDS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'but', 'and', 'in', 'on', 'at', 'after', 'when', 'while', 'however', 'il', 'elle', 'ils', 'elles', 'le', 'la', 'les', 'un', 'une', 'ce', 'cette', 'mais', 'et', 'dans', 'selon']);

export function tokenise(text: string): TokenisedText {
  const tokens = splitTokens(text, foldText(text));
  const lines = readLines(tokens);
  markSentenceStarts(tokens, lines.titleCaseLines);
  return { tokens, ...lines };
}

function splitTokens(text: string, folded: string): Token[] {
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
  const tokens: Token[] = [];
  let line = 0;
  let prevEnd = 0;
  const push = (start: number, end: number, kind: TokenKind, lower = false): void => {
    let afterNewline = false;
    for (let k = prevEnd; k < start; k++) {
      if (text.charCodeAt(k) === 10) {
        afterNewline = true;
        line++;
      }
    }
    const t = text.slice(start, end);
    const word = kind !== 'punct';
    tokens.push({
      start, end, text: t, folded: word ? folded.slice(start, end) : t, kind,
      capitalised: word && !lower && isUpperChar(t[0]),
      allCaps: word && !LOWER_LETTER.test(t) && TWO_LETTERS.test(t),
      hasDigit: word && DIGIT.test(t),
      sentenceStart: false, afterNewline, afterSpace: start > prevEnd, line,
    });
    prevEnd = end;
  };
  for (let i = 0; i < raw.length; i++) {
    const [s, e] = raw[i]!;
    if (!isWordChar(text[s])) {
      push(s, e, 'punct');
      continue;
    }
    const ap = raw[i + 1];
    const next = raw[i + 2];
    if (ap && next && ap[0] === e && ap[1] === e + 1 && APOSTROPHES.has(text[e]!) && next[0] === ap[1] && isWordChar(text[next[0]])) {
      const f = folded.slice(s, e);
      // `N’Diaye`, `N’Golo`: a name, not the elided `ne`.
      const nameWithN = f === 'n' && text[s] === 'N' && isUpperChar(text[next[0]]);
      if (ELISIONS.has(f) && !nameWithN) {
        push(s, ap[1], 'elision');
        i += 1;
        continue;
      }
      if (folded.slice(next[0], next[1]) === 's') {
        push(s, e, 'word');
        push(ap[0], next[1], 'possessive');
        i += 2;
        continue;
      }
      // `O’Brien`, `Le Floc’h`, `aujourd’hui`; `I’m`, `Don’t`, `We’ll` are no names.
      push(s, next[1], 'word', /^(?:m|re|ll|ve|d|t)$/u.test(text.slice(next[0], next[1])));
      i += 2;
      continue;
    }
    // A compound read as two words around its hyphen, the hyphen at `cut`.
    const split = (cut: number): void => {
      push(s, cut, 'word');
      push(cut, cut + 1, 'punct');
      push(cut + 1, e, 'word');
    };
    // `(D-Calif.)`, `(R-Utah)`: a party's letter, then the state.
    if (text[s - 1] === '(' && PARTY_TAG.test(text.slice(s, e))) {
      split(s + 1);
      continue;
    }
    // `l’ex-Pôle emploi`, `ex-Faurecia`: the former name is a word of its own after `ex-`.
    if (text.startsWith('ex', s) && /^ex[-\u2010\u2011](?=\p{Lu})/u.test(text.slice(s, e))) {
      split(s + 2);
      continue;
    }
    // `Toronto-based`, `Kremlin-backed`: the name is a word of its own, the rest a common word after a hyphen.
    const compound = NAME_THEN_SUFFIX.exec(text.slice(s, e));
    if (compound && isUpperChar(text[s])) {
      split(s + compound[1]!.length);
      continue;
    }
    push(s, e, 'word');
  }
  return tokens;
}

/** The words written in lower case, the lines in capitals and the title-case lines (headlines). */
function readLines(tokens: Token[]): Omit<TokenisedText, 'tokens'> {
  const lowerWords = new Set<string>();
  const titleCaseLines = new Set<number>();
  const shoutedLines = new Set<number>();
  const words = new Map<number, { n: number; cap: number; caps: number }>();
  for (const t of tokens) {
    if (t.kind === 'word' && !t.hasDigit) {
      const w = words.get(t.line) ?? { n: 0, cap: 0, caps: 0 };
      w.n++;
      if (t.capitalised) w.cap++;
      if (t.allCaps) w.caps++;
      words.set(t.line, w);
      if (isLowerChar(t.text[0])) lowerWords.add(t.folded);
    }
  }
  // A headline rarely ends with a full stop; a sentence does.
  const lastOfLine = new Map<number, Token>();
  const firstOfLine = new Map<number, Token>();
  for (const t of tokens) {
    lastOfLine.set(t.line, t);
    if (!firstOfLine.has(t.line)) firstOfLine.set(t.line, t);
  }
  // A byline (`Par Gwenaëlle Le Bihan`, `By Adaeze Okafor`) is no headline, though its words have capitals.
  const byline = (line: number) => BYLINE.has(firstOfLine.get(line)?.folded ?? '');
  for (const [line, w] of words) {
    if (w.n >= 3 && w.caps / w.n >= 0.8) shoutedLines.add(line);
    else if (w.n >= 4 && w.cap / w.n >= 0.6 && lastOfLine.get(line)?.text !== '.' && !byline(line)) titleCaseLines.add(line);
  }
  return { lowerWords, titleCaseLines, shoutedLines };
}

/** Sets `sentenceStart` on the words and elisions that open a sentence, a line or a quotation. */
function markSentenceStarts(tokens: Token[], titleCaseLines: Set<number>): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'elision') continue;
    if (titleCaseLines.has(t.line)) {
      t.sentenceStart = true;
      continue;
    }
    let j = i - 1;
    let opened = t.afterNewline;
    while (j >= 0 && tokens[j]!.kind === 'punct' && OPENERS.has(tokens[j]!.text) && !pluralPossessive(tokens, j)) {
      opened = true;
      if (tokens[j]!.afterNewline) break;
      j--;
    }
    if (j < 0 || t.afterNewline || (j < i - 1 && tokens[j + 1]!.afterNewline)) {
      t.sentenceStart = true;
      continue;
    }
    const prev = tokens[j]!;
    // `to the U.S. The President`: dotted initials end the sentence before a word that only opens one.
    if (prev.kind === 'word' && DOTTED_INITIALS.test(prev.text) && j === i - 1 && t.capitalised && OPENING_WORDS.has(t.folded)) {
      t.sentenceStart = true;
      continue;
    }
    if (prev.kind === 'punct' && SENTENCE_ENDS.has(prev.text)) {
      const before = tokens[j - 1];
      const abbreviation = prev.text === '.' && before !== undefined && before.kind === 'word' && (ABBREVIATIONS.has(before.folded) || (before.text.length === 1 && before.capitalised));
      t.sentenceStart = !abbreviation;
    } else if (opened && j < i - 1) {
      t.sentenceStart = true;
    }
  }
}

/** Whether the apostrophe at token k closes a plural's possessive (`Farmers’ Union`, `Magistrates' Court`): no opener. */
export function pluralPossessive(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return APOSTROPHES.has(t.text) && !t.afterSpace && before?.kind === 'word' && /s$/u.test(before.text) && tokens[k + 1]?.afterSpace === true;
}
