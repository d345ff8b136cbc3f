import { foldWord } from './names/fold.ts';
import { CIVILITIES } from './names/lexicon.ts';
import type { KnownName, Suggestion } from './types.ts';

// A person is often named in full once, then by surname: `Vivek Badrinath`, then `M. Badrinath` or `Badrinath`. A
// suggested person not in the registry under that name is linked to the one known person it can only mean.

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*\.?/gu;

/** A name's words, folded, without a civility before them and without the dot of an initial kept apart. */
function words(name: string): string[] {
  const list = (name.match(WORD) ?? []).map((w) => foldWord(w));
  while (list.length > 1 && CIVILITIES.has(list[0]!.replace(/\.$/, ''))) list.shift();
  return list;
}

/** `short` names `full` in part: its surname alone, or with initials or first names that agree with `full`'s. */
function namesInPart(short: string[], full: string[]): boolean {
  if (short.length === 0 || full.length < 2 || short.length > full.length) return false;
  if (short.at(-1)!.replace(/\.$/, '') !== full.at(-1)) return false;
  // First names or initials, in order: `V.` agrees with `vivek`, `vivek` with `vivek`.
  return short.slice(0, -1).every((w, i) => {
    const other = full[i]!;
    return w.endsWith('.') ? other.startsWith(w.slice(0, -1)) : w === other;
  });
}

type Person = { entityId: string; name: string; words: string[] };

// The registry's names arrive as the same array while the registry is unchanged (registry.ts, knownNames): the index
// is built once per array, not once per article of a pass over the library.
const indexes = new WeakMap<readonly KnownName[], Map<string, Person[]>>();

/** The known people with a first name and a surname, by folded surname. */
function surnameIndex(known: readonly KnownName[]): Map<string, Person[]> {
  let index = indexes.get(known);
  if (index) return index;
  index = new Map();
  for (const k of known) {
    if (k.type !== 'PER') continue;
    const w = words(k.name);
    if (w.length < 2) continue;
    const list = index.get(w.at(-1)!) ?? [];
    list.push({ entityId: k.entityId, name: k.name, words: w });
    index.set(w.at(-1)!, list);
  }
  indexes.set(known, index);
  return index;
}

/**
 * Each unlinked person suggestion that names exactly one known person in part (`M. Badrinath`, `V. Badrinath` for
 * `Vivek Badrinath`) gets that person's id; one that could mean two known people is left for the reader to choose.
 */
export function linkPartialNames(suggestions: Suggestion[], known: readonly KnownName[]): Suggestion[] {
  const bySurname = surnameIndex(known);
  if (bySurname.size === 0) return suggestions;
  return suggestions.map((s) => {
    if (s.type !== 'PER' || s.entityId) return s;
    const short = words(s.text);
    const candidates = bySurname.get(short.at(-1)?.replace(/\.$/, '') ?? '') ?? [];
    const matches = candidates.filter((c) => namesInPart(short, c.words));
    if (new Set(matches.map((c) => c.entityId)).size !== 1) return s;
    // The entity's longest name that agrees (its full name rather than a shorter alias).
    const best = matches.reduce((a, b) => (b.words.length > a.words.length ? b : a));
    return { ...s, entityId: best.entityId, entityName: best.name };
  });
}
