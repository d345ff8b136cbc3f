/**
 * Suggestions of people (PER), organisations (ORG) and places (LOC) in French and English news, without a model:
 * capitalised sequences, classified by gazetteers and by the words around them. Precision comes before recall: a
 * sequence with no cue is not suggested (it may still be labelled through the same name found elsewhere in the text).
 *
 * 1. Tokens (names/tokens.ts).
 * 2. Sentence starts, title-case lines and lines in capitals (names/tokens.ts).
 * 3. Capitalised sequences (names/sequences.ts, joined past connectors by names/joins.ts), cut into candidates.
 * 4. Classification, first rule that applies (names/classify.ts), from the cues around a candidate (names/cues.ts);
 *    acronyms defined in the text are labelled first (names/acronyms.ts); in a match report, towns used as clubs
 *    become organisations (names/clubs.ts).
 * 5. Propagation through the text (names/propagate.ts).
 * 6. Roads by their number (`RD 924`, `Highway 97`: names/roads.ts), beside the sequences.
 *
 * Offsets are UTF-16 indices into `text`. LOC from the gazetteer has source 'gazetteer', the rest 'pattern'. The
 * language decides the civilities that are common words in English (`Me`, `M.`) and the English-only rules
 * (organisation endings, place shapes, adjectives of nationality, dictionary words); `context.known` is not used here
 * (known.ts finds those). The gazetteer and the given names are loaded on the first call (names/gazetteer.ts,
 * names/first-names.ts), with the common English words (names/english-words.ts) and the well-known organisations
 * (names/organisations.ts); `loadNameLists()` loads them ahead of time.
 */
import { acronymDefinitions } from './names/acronyms.ts';
import { classify } from './names/classify.ts';
import { findClubs } from './names/clubs.ts';
import { readDoc, type Candidate, type Doc } from './names/doc.ts';
import { englishWords } from './names/english-words.ts';
import { firstNames } from './names/first-names.ts';
import { knownOrganisations } from './names/organisations.ts';
import { gazetteer } from './names/gazetteer.ts';
import { propagate } from './names/propagate.ts';
import { findRoads } from './names/roads.ts';
import { findSequences } from './names/sequences.ts';
import type { SuggestContext, Suggestion } from './types.ts';

/** Loads the gazetteer now (it is otherwise loaded on the first call); returns the time it took, in ms. */
export function loadNameLists(): number {
  const started = performance.now();
  gazetteer();
  firstNames();
  englishWords();
  knownOrganisations();
  return performance.now() - started;
}

export function findNames(text: string, context: SuggestContext): Suggestion[] {
  if (!text) return [];
  const doc = readDoc(text, context, gazetteer());
  const candidates = findSequences(doc);
  const defined = acronymDefinitions(doc, candidates);
  for (const c of candidates) if (!c.type) classify(doc, c);
  findClubs(doc, candidates);
  propagate(doc, candidates);
  return [...suggestions(doc, [...candidates, ...defined]), ...findRoads(text)];
}

/** The labelled candidates as suggestions, in text order, none overlapping. */
function suggestions(doc: Doc, candidates: Candidate[]): Suggestion[] {
  const out: Suggestion[] = [];
  for (const c of candidates) {
    if (!c.type) continue;
    const start = doc.tokens[c.a]!.start;
    const end = doc.tokens[c.b]!.end;
    out.push({ type: c.type, start, end, text: doc.text.slice(start, end), source: c.gazetteer ? 'gazetteer' : 'pattern', score: round(c.score) });
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

const round = (x: number): number => Math.round(x * 100) / 100;
