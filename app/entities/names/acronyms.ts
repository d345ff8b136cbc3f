// Acronyms defined in the text: `Confédération générale du travail (CGT)`, `CEI (Italian Episcopal Conference)`.
import { candidate, isCapWord, label, place, wordIndices, type Candidate, type Doc } from './doc.ts';
import { NAME_PARTICLES, ORG_CONNECTORS, PLACE_ENDINGS, STOP_WORDS } from './lexicon.ts';
import type { Token } from './tokens.ts';

export const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The long forms defined by an acronym, as new candidates labelled ORG (LOC for a place); the acronym gets their type. */
export function acronymDefinitions(doc: Doc, candidates: Candidate[]): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  const byStart = new Map<number, Candidate>();
  for (const c of candidates) byStart.set(c.a, c);
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i - 1]!.text !== '(') continue;
    if (t.kind === 'word' && ((t.allCaps && ACRONYM.test(t.text)) || MIXED_CASE.test(t.text)) && tokens[i + 1]!.text === ')') {
      // Long form before the bracket.
      const long = longFormBefore(doc, i - 1, t.folded);
      if (long) {
        const acronym = byStart.get(i);
        if (acronym && !acronym.type) label(acronym, long.type!, 0.8, 'cue', long.gazetteer);
        out.push(long);
      }
    } else if (t.kind === 'word' && SYLLABIC.test(t.text) && tokens[i + 1]!.text === ')') {
      // A syllabic acronym after its long form: `Office anti-stupéfiants (Ofast)`, `Vietnam Coffee and Cocoa Association (Vicofa)`.
      const long = syllabicLongForm(doc, i - 1, t.folded);
      if (long) {
        const acronym = byStart.get(i);
        if (acronym && !acronym.type) label(acronym, 'ORG', 0.75, 'cue');
        out.push(long);
      }
    } else if (isCapWord(doc, t)) {
      // Acronym before the bracket, long form inside.
      const acr = tokens[i - 2];
      if (!acr || acr.kind !== 'word' || !acr.allCaps || !ACRONYM.test(acr.text)) continue;
      let close = i;
      while (close < tokens.length && tokens[close]!.text !== ')' && !tokens[close]!.afterNewline && close - i < 12) close++;
      if (tokens[close]?.text !== ')') continue;
      if (initials(wordIndices(doc, i, close - 1).map((k) => tokens[k]!)) === acr.folded) {
        const long = candidate(doc, i, close - 1);
        label(long, 'ORG', 0.8, 'cue');
        out.push(long);
        const acronym = byStart.get(i - 2);
        if (acronym && !acronym.type) label(acronym, 'ORG', 0.8, 'cue');
      }
    }
  }
  return out;
}

/** The long form ending before the bracket at `open` whose initials spell `acronym` (folded), labelled. */
function longFormBefore(doc: Doc, open: number, acronym: string): Candidate | null {
  const { tokens } = doc;
  const picked: Token[] = [];
  for (let k = open - 1, steps = 0; k >= 0 && steps < 12; k--, steps++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || t.kind === 'possessive' || t.hasDigit) return null;
    picked.unshift(t);
    // (`Medicines and Healthcare products Regulatory Agency (MHRA)`: a word in lower case may have no letter in it.)
    if (t.capitalised && (initials(picked) === acronym || initials(picked.filter((p) => p.capitalised || p.kind !== 'word')) === acronym)) {
      if (picked.length === 1 && !t.folded.includes('-')) return null;
      if (t.kind === 'elision') return null;
      const long = candidate(doc, k, open - 1);
      // (`Grand Ethiopian Renaissance Dam (GERD)`: a site by its last word is a place too.)
      const isPlace = Boolean(place(doc, k, open - 1));
      const site = doc.language !== 'fr' && PLACE_ENDINGS.has(tokens[open - 1]!.folded);
      label(long, isPlace || site ? 'LOC' : 'ORG', 0.8, 'cue', isPlace);
      return long;
    }
    if (t.afterNewline) return null;
  }
  return null;
}

/** An acronym written with lower-case letters inside, two capitals at least: `BnF`, `AfD`, `PiS`. */
const MIXED_CASE = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u;

/** Small words a French or English acronym skips: `Association pour le droit de mourir dans la dignité (ADMD)`. */
const SKIPPED = new Set(['pour', 'dans', 'sur', 'contre', 'avec', 'en', 'à', 'au', 'aux', 'les', 'in', 'on', 'with', 'to']);

/** A capitalised word that may be a syllabic acronym: `Ofast`, `Vicofa`, `Anah`, `Pnaco`. */
const SYLLABIC = /^\p{Lu}\p{Ll}{2,6}$/u;

/**
 * The long form of two to eight words ending before the bracket at `open`, capitalised first, whose letters hold
 * `acronym` (folded) in order from its first letter, labelled ORG; null when none.
 */
function syllabicLongForm(doc: Doc, open: number, acronym: string): Candidate | null {
  const { tokens } = doc;
  let words = 0;
  for (let k = open - 1; k >= 0 && words < 8; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || t.kind === 'possessive' || t.hasDigit || t.afterNewline && k < open - 1) return null;
    if (t.kind === 'word') words++;
    if (words >= 2 && t.kind === 'word' && t.capitalised && !STOP_WORDS.has(t.folded) && t.folded[0] === acronym[0] && spells(doc, k, open - 1, acronym)) {
      const long = candidate(doc, k, open - 1);
      label(long, 'ORG', 0.75, 'cue');
      return long;
    }
  }
  return null;
}

/** Whether the letters of tokens a..b hold `acronym` in order. */
function spells(doc: Doc, a: number, b: number, acronym: string): boolean {
  const letters = doc.tokens.slice(a, b + 1).map((t) => t.folded.replace(/[^\p{L}]/gu, '')).join('');
  let at = 0;
  for (const ch of letters) if (ch === acronym[at]) at++;
  return at === acronym.length;
}

/** Initials of the content words (`Confédération générale du travail` → `cgt`, `Hewlett-Packard` → `hp`). */
function initials(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (!t.capitalised && (ORG_CONNECTORS.has(t.folded) || NAME_PARTICLES.has(t.folded) || SKIPPED.has(t.folded) || t.folded === 'and' || t.folded === 'et' || t.folded === 'a')) continue;
    for (const part of t.folded.split('-')) if (part) out += part[0];
  }
  return out;
}
