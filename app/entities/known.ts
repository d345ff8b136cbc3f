/**
 * "Unlinked mentions": every occurrence in a text of a name (canonical or alias) already in the registry.
 *
 * Matching is done over folded tokens (lower case, accents removed, ’ → ', no-break spaces → spaces; see
 * names/fold.ts), so `Etat` finds `État`, `L'Oréal` finds `L’Oréal` and `Orange Business Services` finds a name
 * split by a no-break space or a line wrap within a paragraph (never across a blank line or a line break).
 * Hyphens are not tokens: `Saint-Étienne` and `Saint Étienne` match each other.
 *
 * Rules:
 * - Whole words only: a name starts and ends on token boundaries (`Orange` never inside `Orangina`), and a name
 *   joined to a neighbouring word by a hyphen (`Orange-Thales`), or part of a web address (`scientology.org`), is not
 *   a mention.
 * - French elision: a name right after `l’`, `d’`, `qu’`, `jusqu’`… is found without the article (`d’Orange` →
 *   `Orange`); after any other apostrophe (`O’Brien` for the name `Brien`) it is not.
 * - Case: a name written with a capital (`Orange`) only matches text whose first letter is a capital (`Orange`,
 *   `ORANGE`, not the fruit `orange`); a name in capitals (`AFP`, `SFR`, `U.S.`) only matches text in capitals (not
 *   `us`); a name starting in lower case (`iPhone`, `la Caisse des Dépôts`) matches whatever the case. Beyond the
 *   first letter, case is ignored (`Caisse des dépôts`).
 * - A name starting with `la `, `le `, `les ` or `the ` also matches without it (`la Caisse des Dépôts` →
 *   `Caisse des Dépôts`); never `l’` (`L’Oréal` stays whole).
 * - Longest match wins, left to right (`Orange Business Services` rather than `Orange`); several entities sharing
 *   the matched name each get a suggestion on the same span.
 *
 * Speed: names are compiled once into a trie keyed by folded tokens; a text is folded once and walked token by token.
 * With up to 2,000 names (a newly tagged entity searched across the library, a registry, the MISC list), only the
 * words around one of the names' rarest-looking tokens, found by one regex, are walked (as far as the longest name
 * reaches, never across a line break), so texts without any cost one fold and one scan.
 */
import { ELISIONS, foldText, isLowerChar, isUpperChar, isWordChar } from './names/fold.ts';
import type { KnownName, Suggestion } from './types.ts';

/** 0: any case; 1: first letter must be a capital; 2: every letter must be a capital. */
type CaseRule = 0 | 1 | 2;

interface Entry {
  entityId: string;
  type: string;
  /** The form indexed (the name, or the name without its leading article), with typographic variants folded. */
  plain: string;
  rule: CaseRule;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: Entry[] | null;
}

export interface KnownMatcher {
  /** How many names (with their derived forms) were compiled. */
  readonly size: number;
  /** Every mention of a compiled name in `text`, in text order, without overlaps between different spans. */
  find(text: string): Suggestion[];
}

/** Word runs, and every other non-space character alone; hyphens are left out (they join, they don't count). */
const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}-]/gu;
const ARTICLES = new Set(['la', 'le', 'les', 'the']);
/** Up to this many names, only the words around one of their rarest tokens are walked (found by one regex). */
const PREFILTER_MAX = 2_000;
const SCORE_EXACT = 0.95;
const SCORE_FOLDED = 0.9;

function tokensOf(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

const FIRST_LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}[^]*\p{L}/u;

function caseRule(name: string): CaseRule {
  const first = FIRST_LETTER.exec(name)?.[0];
  if (first === undefined || !isUpperChar(first)) return 0;
  return TWO_LETTERS.test(name) && !LOWER_LETTER.test(name) ? 2 : 1;
}

/** Typographic apostrophes and spaces made plain (the comparison behind the exact-match score). */
const plainForm = (s: string): string => s.normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');

export function compileKnown(known: readonly KnownName[]): KnownMatcher {
  const root = new Map<string, TrieNode>();
  const rarest = new Set<string>();
  /** The longest name's folded tokens, joined by spaces (how far a name can reach from one of its words). */
  let longest = 0;
  let size = 0;

  const add = (tokens: string[], entry: Entry): void => {
    let level = root;
    let node: TrieNode | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      node = level.get(token);
      if (!node) {
        node = { next: null, entries: null };
        level.set(token, node);
      }
      if (i < tokens.length - 1) level = node.next ??= new Map();
    }
    if (!node) return;
    const entries = (node.entries ??= []);
    if (entries.some((e) => e.entityId === entry.entityId && e.plain === entry.plain)) return;
    entries.push(entry);
    size++;
    rarest.add(tokens.reduce((a, b) => (b.length > a.length ? b : a)));
    longest = Math.max(longest, tokens.join(' ').length);
  };

  for (const k of known) {
    const name = k.name.normalize('NFC').trim();
    if (!name) continue;
    const folded = foldText(name);
    const tokens = tokensOf(folded);
    if (!tokens.some((t) => isWordChar(t[0]))) continue;
    add(tokens, { entityId: k.entityId, type: k.type, plain: plainForm(name), rule: caseRule(name) });
    // `la Caisse des Dépôts` is also written `Caisse des Dépôts`.
    const article = /^(\S+)\s+/u.exec(name);
    if (article && ARTICLES.has(foldText(article[1]!)) && tokens.length > 1) {
      const rest = name.slice(article[0].length);
      if (isUpperChar(rest[0])) add(tokens.slice(1), { entityId: k.entityId, type: k.type, plain: plainForm(rest), rule: caseRule(rest) });
    }
  }

  const prefilter = rarest.size > 0 && rarest.size <= PREFILTER_MAX ? tokenFinder([...rarest]) : null;

  const find = (text: string): Suggestion[] => {
    if (root.size === 0 || !text) return [];
    const folded = foldText(text);
    if (!prefilter) return walk(text, folded, 0, folded.length);
    // Only the words around a rarest token are walked: as far as the longest name reaches (twice over, for the spaces
    // and punctuation between its words), never across a line break.
    const out: Suggestion[] = [];
    for (const [from, to] of spansAround(folded, prefilter, 2 * longest + 16)) out.push(...walk(text, folded, from, to));
    return out;
  };

  /** The mentions whose tokens lie in folded[from, to). */
  const walk = (text: string, folded: string, from: number, to: number): Suggestion[] => {
    const toks: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    TOKEN.lastIndex = from;
    for (let m = TOKEN.exec(folded); m && m.index < to; m = TOKEN.exec(folded)) {
      toks.push(m[0]);
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }

    const out: Suggestion[] = [];
    const n = toks.length;
    let i = 0;
    while (i < n) {
      let node = root.get(toks[i]!);
      if (!node || !startOk(text, folded, starts[i]!)) {
        i++;
        continue;
      }
      // Walk as far as the trie allows, remembering every node where a name ends.
      const candidates: { j: number; node: TrieNode }[] = [];
      let j = i;
      for (;;) {
        if (node.entries) candidates.push({ j, node });
        if (!node.next || j + 1 >= n || lineBreakBetween(folded, ends[j]!, starts[j + 1]!)) break;
        const next = node.next.get(toks[j + 1]!);
        if (!next) break;
        node = next;
        j++;
      }
      let matched = false;
      for (let c = candidates.length - 1; c >= 0 && !matched; c--) {
        const { j: last, node: end } = candidates[c]!;
        const s = starts[i]!;
        const e = ends[last]!;
        if (!endOk(text, folded, e)) continue;
        const span = text.slice(s, e);
        const plain = plainForm(span);
        const seen = new Set<string>();
        for (const entry of end.entries!) {
          if (seen.has(entry.entityId) || !caseOk(span, entry.rule)) continue;
          seen.add(entry.entityId);
          const exact = end.entries!.some((x) => x.entityId === entry.entityId && x.plain === plain);
          out.push({ type: entry.type, start: s, end: e, text: span, source: 'known', entityId: entry.entityId, score: exact ? SCORE_EXACT : SCORE_FOLDED });
        }
        if (seen.size > 0) {
          matched = true;
          i = last + 1;
        }
      }
      if (!matched) i++;
    }
    return out;
  };

  return { size, find };
}

/** A capitalised word (or a number) next to a place, maybe past a linking word (`Banque de France`, `Fan Expo Canada`). */
const NAME_AFTER = /^(?:-[\p{L}\p{N}]|[ \u00a0]+(?:(?:de|du|des|d[’']|of|the|and|et|la|le|les|l[’'])[ \u00a0]*)?[\p{Lu}\p{N}])/u;
const NAME_BEFORE = /(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.’'-]*(?:[ \u00a0]+(?:de|du|des|of|the|la|le|les))?[ \u00a0]+|[\p{L}\p{N}]-)$/u;

/** A capitalised word right after `end` (UTF-16), maybe past a linking word. */
export const nameAfter = (text: string, end: number): boolean => NAME_AFTER.test(text.slice(end, end + 24));
/** A capitalised word right before `start`, maybe before a linking word. */
export const nameBefore = (text: string, start: number): boolean => NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start));

/** Whether the words at [start, end) (UTF-16) may be part of a longer name: a capitalised word stands beside them. */
export function besideCapitalisedWord(text: string, start: number, end: number): boolean {
  return nameAfter(text, end) || nameBefore(text, start);
}

/** Where the next of some tokens starts in a folded text from an offset, or -1: one regex for them all. */
type TokenFinder = (folded: string, from: number) => number;

function tokenFinder(tokens: readonly string[]): TokenFinder {
  const escaped = [...tokens].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole words only (a mention is whole words): `monde` in `mondes` or `accord` in `accorde` is no lead.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
  return (folded, from) => {
    pattern.lastIndex = from;
    return pattern.exec(folded)?.index ?? -1;
  };
}

/**
 * The stretches (`[from, to)`, merged, in order) of `folded` within `reach` of one of the finder's tokens, on its line,
 * starting and ending between words.
 */
function spansAround(folded: string, find: TokenFinder, reach: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = find(folded, 0); at >= 0; ) {
    const lineStart = folded.lastIndexOf('\n', at) + 1;
    const lineEnd = folded.indexOf('\n', at);
    let from = Math.max(lineStart, at - reach);
    while (from > lineStart && folded.charCodeAt(from - 1) > 32) from--;
    let to = Math.min(lineEnd === -1 ? folded.length : lineEnd, at + reach);
    while (to < folded.length && folded.charCodeAt(to) > 32) to++;
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
    at = find(folded, at + 1);
  }
  return spans;
}

const cache = new WeakMap<readonly KnownName[], KnownMatcher>();

/**
 * Every mention in `text` of every name in `known`. The compiled names are kept per array (by identity), so calling
 * again with the same array reuses them; a caller that changes the registry passes a new array.
 */
export function findKnown(text: string, known: readonly KnownName[]): Suggestion[] {
  let matcher = cache.get(known);
  if (!matcher) {
    matcher = compileKnown(known);
    cache.set(known, matcher);
  }
  return matcher.find(text);
}

/** A web address or a dotted path (`alt.religion.scientology`, `scientology.org`), not a sentence run together. */
const dottedOn = (text: string, k: number): boolean => !isUpperChar(text[k]);

function startOk(text: string, folded: string, s: number): boolean {
  if (s === 0) return true;
  const prev = folded[s - 1]!;
  if (isWordChar(prev)) return false;
  if (!isWordChar(folded[s - 2])) return true;
  if (prev === '-' || prev === '@' || prev === '/' || prev === '_') return false;
  if (prev === '.') return !dottedOn(text, s);
  if (prev === "'") {
    let w = s - 2;
    while (w > 0 && isWordChar(folded[w - 1])) w--;
    return ELISIONS.has(folded.slice(w, s - 1));
  }
  return true;
}

function endOk(text: string, folded: string, e: number): boolean {
  const next = folded[e];
  if (next === undefined) return true;
  if (isWordChar(next)) return false;
  if (!isWordChar(folded[e + 1])) return true;
  if (next === '-' || next === '@' || next === '/' || next === '_') return false;
  if (next === '.') return !dottedOn(text, e + 1);
  return true;
}

function lineBreakBetween(folded: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (folded.charCodeAt(k) === 10) return true;
  return false;
}

function caseOk(span: string, rule: CaseRule): boolean {
  if (rule === 0) return true;
  for (const ch of span) {
    if (isUpperChar(ch)) {
      if (rule === 1) return true;
    } else if (isLowerChar(ch)) {
      return false;
    }
  }
  return rule === 2;
}
