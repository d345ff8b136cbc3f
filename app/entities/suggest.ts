import { findKnown, nameAfter, nameBefore } from './known.ts';
import { findMisc, SURE_MISC_SCORE } from './misc.ts';
import { findNames } from './names.ts';
import { foldWord } from './names/fold.ts';
import { CIVILITIES, ROLES, STOP_WORDS, TITLE_IN_SEQUENCE } from './names/lexicon.ts';
import type { SuggestContext, Suggestion, SuggestionSource } from './types.ts';
import { findValues, valueLanguage } from './values.ts';

/** When two suggestions overlap, the more trustworthy source wins; then the longer one; then the higher score. */
const RANK: Record<SuggestionSource, number> = { known: 0, recogniser: 1, gazetteer: 2, pattern: 3 };
/** A law, a work or an event its kind word names (`traité de Lisbonne`, `the Marshall Plan`) outranks a place list and the name rules. */
const rank = (s: Suggestion): number => (s.type === 'MISC' && s.score >= SURE_MISC_SCORE ? RANK.recogniser : RANK[s.source]);

/**
 * Every mention worth suggesting in an article: names already in the registry, amounts, percentages and dates with
 * their values, places, people and organisations. Offsets are UTF-16 indices into `text`; no two overlap.
 */
export function suggestEntities(text: string, context: SuggestContext): Suggestion[] {
  return settle(text, found(text, context, true));
}

/**
 * The names only (known, people, organisations, places, MISC), without the values: what a longer name around a
 * place is looked for among (a value holds no name), at half the cost.
 */
export function suggestNames(text: string, context: SuggestContext): Suggestion[] {
  return settle(text, found(text, context, false));
}

function found(text: string, context: SuggestContext, values: boolean): Suggestion[] {
  const misc = findMisc(text, valueLanguage(text, context.language));
  const names = asMiscWhereNamedSo(text, findNames(text, context), misc);
  const known = byTheRules(findKnown(text, context.known ?? []).filter((s) => knownHere(text, s)), [...names, ...misc]);
  return [...known, ...(values ? findValues(text, context) : []), ...names, ...misc];
}

/**
 * Where the registry holds a name under several types (`Toulouse` the city and the club), the type the rules give it
 * there decides; if they give none of them, the registry's entries stand.
 */
function byTheRules(known: Suggestion[], rules: Suggestion[]): Suggestion[] {
  if (known.length < 2) return known;
  const types = new Map<string, Set<string>>();
  for (const s of known) types.set(`${s.start}:${s.end}`, (types.get(`${s.start}:${s.end}`) ?? new Set()).add(s.type));
  const ruled = new Map(rules.map((s) => [`${s.start}:${s.end}`, s.type]));
  return known.filter((s) => {
    const span = `${s.start}:${s.end}`;
    const rule = ruled.get(span);
    return types.get(span)!.size === 1 || rule === undefined || !types.get(span)!.has(rule) || rule === s.type;
  });
}

/** Below this score a name's type is a guess (`seen three times`, a camel-case word). */
const GUESSED = 0.55;

/** A festival or a biennial by its capitalised head: `Festival interceltique de Lorient`, `Biennale de Lyon`. */
const FESTIVAL = /^(?:Festival|Biennale)[ \u00a0]/u;

/**
 * A name the rules only guessed a type for takes MISC where the text names it so elsewhere: `the vaccine Qdenga` …
 * `Qdenga` is the vaccine throughout, not an organisation seen three times.
 */
function asMiscWhereNamedSo(text: string, names: Suggestion[], misc: Suggestion[]): Suggestion[] {
  // (`Festival du nouveau cinéma (FNC)`: a festival the rules read as a body, by its head, is the event, and so are the
  // letters after it.)
  const events = names.filter((s) => s.type === 'ORG' && FESTIVAL.test(s.text));
  if (misc.length === 0 && events.length === 0) return names;
  const named = new Set(misc.map((s) => foldWord(s.text)));
  // (`Digital Services Act (DSA)`: the letters misc.ts gave the MISC before them are the MISC's, whatever the rules read.)
  const byStart = new Map<number, Suggestion[]>();
  for (const s of [...misc, ...names]) byStart.set(s.start, [...(byStart.get(s.start) ?? []), s]);
  const letters = new Set(events.map((e) => e.text));
  for (const m of [...misc, ...events]) {
    let at = m.end;
    while (text[at] === ' ' || text[at] === '\u00a0') at++;
    if (text[at] === '(') for (const s of byStart.get(at + 1) ?? []) letters.add(s.text);
  }
  // (`NASA’s Artemis II mission`, `the film Jackie`: a work or a mission its kind word names, on the very span of a
  // person the rules read, is the work.)
  const spans = new Set(misc.map((s) => `${s.start}:${s.end}`));
  const asMisc = (s: Suggestion): boolean => letters.has(s.text) || (s.score < GUESSED && named.has(foldWord(s.text)));
  return names.flatMap((s) => (s.type === 'PER' && spans.has(`${s.start}:${s.end}`) ? [] : [asMisc(s) ? { ...s, type: 'MISC' } : s]));
}

/**
 * A name of the registry is suggested where it stands alone: not inside a longer capitalised name the rules did not
 * find (`France` in `France Assureurs`, `Canada` in `Fan Expo Canada`), nor as a common word opening a sentence
 * (`Elle a annoncé`, for a magazine named `Elle`).
 */
function knownHere(text: string, s: Suggestion): boolean {
  if (nameAfter(text, s.end)) return false;
  if (nameBefore(text, s.start)) {
    // A title before is no longer name: `M. Badrinath`, `President Obama`.
    const title = /(\p{L}+)\.?[ \u00a0]+$/u.exec(text.slice(Math.max(0, s.start - 24), s.start))?.[1];
    const key = title === undefined ? '' : foldWord(title);
    if (!(CIVILITIES.has(key) || TITLE_IN_SEQUENCE.has(key) || ROLES.has(key))) return false;
  }
  const single = !/[\s\u00a0]/u.test(s.text);
  return !(single && STOP_WORDS.has(foldWord(s.text)) && /(?:^|[.!?:«“"\n][\s\u00a0]*)$/u.test(text.slice(Math.max(0, s.start - 3), s.start)));
}

/** Keeps the best of overlapping suggestions (see RANK), in text order. */
function settle(text: string, found: Suggestion[]): Suggestion[] {
  const all = withoutContained(found);
  all.sort((a, b) => rank(a) - rank(b) || (b.end - b.start) - (a.end - a.start) || b.score - a.score || a.start - b.start);
  // Which units of the text a kept suggestion covers: checking a candidate costs its length, not the number kept.
  const taken = new Uint8Array(text.length);
  const kept: Suggestion[] = [];
  for (const suggestion of all) {
    if (taken.subarray(suggestion.start, suggestion.end).includes(1)) continue;
    taken.fill(1, suggestion.start, suggestion.end);
    kept.push(suggestion);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Leaves out every suggestion lying inside a longer one, whatever its source: a known `Orange` never cuts
 * `Orange Business Services` in two. (Partly overlapping suggestions are settled by rank.)
 */
function withoutContained(all: Suggestion[]): Suggestion[] {
  const byStart = [...all].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Suggestion[] = [];
  let reachBefore = -1; // The furthest end of the suggestions starting before the current start.
  let groupStart = -1;
  let groupReach = -1; // The furthest end of those starting at the current start (the first one, by the sort).
  for (const s of byStart) {
    if (s.start !== groupStart) {
      reachBefore = Math.max(reachBefore, groupReach);
      groupStart = s.start;
      groupReach = s.end;
    }
    if (reachBefore >= s.end || groupReach > s.end) continue;
    kept.push(s);
  }
  return kept;
}
