// Tokens and sentences for CoNLL-style exports, French-aware: Intl.Segmenter (word and sentence granularity, in the
// article's language) gives the first cut; then
// - French elisions are split off (d’Orange → d’ Orange, l’a → l’ a, qu’il → qu’ il; aujourd’hui stays whole), and
//   English clitics in English articles (Orange's → Orange 's, don't → do n't), as CoNLL-2003 does;
// - hyphenated words stay whole (Saint-Étienne, a-t-il, 2011-2012), and so do numbers written with / or :
//   (26/01/2012, 11:18:42); numbers with a decimal comma or point are whole already (44,4 3.600); signs are tokens (% €);
//   titles and initials keep their full stop (M. Richard → M. Richard, not M . Richard);
// - a line break ends a sentence (headlines have no full stop) unless a mention goes on across it; no sentence ends
//   inside a mention, nor after a title or an initial (M. Dupont, J.-C. Decaux, Mme Martin); closing quotes and
//   brackets stay with the sentence they close.
// Offsets are UTF-16 indices into the text.

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
}

const segmenters = new Map<string, { word: Intl.Segmenter; sentence: Intl.Segmenter }>();

function segmentersFor(language: string): { word: Intl.Segmenter; sentence: Intl.Segmenter } {
  let found = segmenters.get(language);
  if (!found) {
    let locale = language;
    try {
      new Intl.Segmenter(locale);
    } catch {
      locale = 'fr';
    }
    found = { word: new Intl.Segmenter(locale, { granularity: 'word' }), sentence: new Intl.Segmenter(locale, { granularity: 'sentence' }) };
    segmenters.set(language, found);
  }
  return found;
}

/** What the readers of the .ann line format (and of CoNLL) take as a line break. */
export const LINE_BREAK = /[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/;
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'g');

const CLOSERS = new Set(['»', '”', '’', ')', ']', '}', '›']);

/** A sentence does not end after these (titles, initials, common abbreviations), French and English. */
const NO_END_AFTER = new RegExp(
  '(?:^|[^\\p{L}\\p{N}])(?:(?:\\p{Lu}\\.-?)*\\p{Lu}|MM|Mmes?|Mlles?|Mes?|Mgr|Drs?|Prs?|Profs?|St|Ste|Sts|Mr|Mrs|Ms|Jr|Sr|Gén|Gen|Col|Lt|Sgt|av|bd|cf|chap|fig|p|pp|réf|vol|vs|env|art|no|n°)\\.$',
  'u',
);

/**
 * Sentences of `text`, as spans: lines cut by Intl.Segmenter, with the corrections above; no sentence boundary falls
 * inside one of `keep` (mentions), and blank stretches are left out.
 */
export function sentences(text: string, language: string, keep: readonly Span[] = []): Span[] {
  const { sentence } = segmentersFor(language);
  const out: Span[] = [];
  let lineStart = 0;
  const lines: Span[] = [];
  for (const match of text.matchAll(LINE_BREAKS)) {
    // A mention across a line break keeps its lines together.
    if (keep.some((m) => m.start < match.index && match.index < m.end)) continue;
    lines.push({ start: lineStart, end: match.index });
    lineStart = match.index + match[0].length;
  }
  lines.push({ start: lineStart, end: text.length });
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (!content.trim()) continue;
    const cuts: number[] = [];
    for (const s of sentence.segment(content)) if (s.index > 0) cuts.push(line.start + s.index);
    const kept: number[] = [];
    let previous = line.start;
    for (let cut of cuts) {
      while (cut < line.end && CLOSERS.has(text[cut]!)) cut++;
      if (cut >= line.end || cut <= previous) continue;
      if (NO_END_AFTER.test(text.slice(previous, cut).trimEnd())) continue;
      if (keep.some((m) => m.start < cut && cut < m.end)) continue;
      kept.push(cut);
      previous = cut;
    }
    let start = line.start;
    for (const end of [...kept, line.end]) {
      // Trimmed to the sentence's words.
      const slice = text.slice(start, end);
      const from = start + (slice.length - slice.trimStart().length);
      const to = end - (slice.length - slice.trimEnd().length);
      if (to > from) out.push({ start: from, end: to });
      start = end;
    }
  }
  return out;
}

const ABBREVIATION = /^(?:\p{Lu}|MM|Mmes?|Mlles?|Mes?|Mgr|Drs?|Prs?|Profs?|St|Ste|Sts|Mr|Mrs|Ms|Jr|Sr)\.$/u;
const ELISION = /^(?:qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|[cdjlmnst])['’](?=\p{L})/iu;
const CLITIC = /(?<=\p{L})(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
/** Whitespace and invisible format characters (zero-width spaces, soft hyphens): never tokens. */
const BLANK = /^[\s\p{Cf}]*$/u;

interface Piece extends Token {
  word: boolean;
}

/** The tokens of [start, end) of `text`. */
export function tokenize(text: string, span: Span, language: string): Token[] {
  const { word } = segmentersFor(language);
  const pieces: Piece[] = [];
  for (const s of word.segment(text.slice(span.start, span.end))) {
    if (BLANK.test(s.segment)) continue;
    const start = span.start + s.index;
    const piece = { text: s.segment, start, end: start + s.segment.length, word: s.isWordLike ?? false };
    const last = pieces.at(-1);
    const beforeLast = pieces.at(-2);
    // Joined: word-word (hyphen), digits/digits and digits:digits, when nothing separates them.
    if (last && beforeLast && beforeLast.end === last.start && last.end === piece.start && piece.word && beforeLast.word
      && (HYPHENS.has(last.text) || ((last.text === '/' || last.text === ':') && /\d$/.test(beforeLast.text) && /^\d/.test(piece.text)))) {
      pieces.pop();
      beforeLast.text += last.text + piece.text;
      beforeLast.end = piece.end;
      continue;
    }
    pieces.push(piece);
  }
  // A title or an initial keeps its full stop (M. Dupont, Mme Martin) unless the stop ends the span.
  for (let i = pieces.length - 2; i > 0; i--) {
    const dot = pieces[i]!;
    const before = pieces[i - 1]!;
    if (dot.text === '.' && before.end === dot.start && ABBREVIATION.test(`${before.text}.`)) {
      before.text += '.';
      before.end = dot.end;
      pieces.splice(i, 1);
    }
  }
  const english = language.toLowerCase().startsWith('en');
  const tokens: Token[] = [];
  for (const { text: t, start, end } of pieces) {
    const elision = english ? null : ELISION.exec(t);
    const clitic = english ? CLITIC.exec(t) : null;
    if (elision) {
      const at = start + elision[0].length;
      tokens.push({ text: t.slice(0, elision[0].length), start, end: at }, { text: t.slice(elision[0].length), start: at, end });
    } else if (clitic) {
      const at = end - clitic[0].length;
      tokens.push({ text: t.slice(0, clitic.index), start, end: at }, { text: clitic[0], start: at, end });
    } else tokens.push({ text: t, start, end });
  }
  return tokens;
}

/** Tokens cut again wherever one of `cuts` (mention boundaries) falls inside one. */
export function splitAt(text: string, tokens: readonly Token[], cuts: readonly number[]): Token[] {
  if (cuts.length === 0) return [...tokens];
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: Token[] = [];
  for (const token of tokens) {
    let start = token.start;
    for (const cut of sorted) {
      if (cut <= start) continue;
      if (cut >= token.end) break;
      if (!BLANK.test(text.slice(start, cut))) out.push({ text: text.slice(start, cut).trim(), start, end: cut });
      start = cut;
    }
    if (!BLANK.test(text.slice(start, token.end))) out.push({ text: text.slice(start, token.end).trim(), start, end: token.end });
  }
  return out;
}
