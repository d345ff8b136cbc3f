/**
 * The well-known organisations of organisations-list.ts, by folded key, built on first use: a capitalised sequence
 * that is one of them is an organisation without a cue; an ambiguous one (`Orange`, `Renault`) only with one.
 */
import { foldKey } from './fold.ts';
import { ORGANISATIONS_TEXT } from './organisations-list.ts';

export interface KnownOrganisations {
  /** Folded key → whether the name is also a common word, a person's or a place's name. */
  names: ReadonlyMap<string, { ambiguous: boolean }>;
  /** The first words of the names of more than one word (folded): what a longer lookup may start with. */
  firstWords: ReadonlySet<string>;
}

let instance: KnownOrganisations | null = null;

/**
 * The names of a hand-made list: one per line, blank lines and `#` comments left out; a name ending in ` ?` can be
 * read as something else (a word, a person, a place) and is taken only with a cue.
 */
export function listedNames(text: string): { name: string; ambiguous: boolean }[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => (l.endsWith(' ?') ? { name: l.slice(0, -2).trimEnd(), ambiguous: true } : { name: l, ambiguous: false }));
}

export function knownOrganisations(): KnownOrganisations {
  return (instance ??= build());
}

/** The organisation a folded key names, or undefined. */
export function organisation(key: string): { ambiguous: boolean } | undefined {
  return knownOrganisations().names.get(key);
}

function build(): KnownOrganisations {
  const names = new Map<string, { ambiguous: boolean }>();
  const firstWords = new Set<string>();
  for (const { name, ambiguous } of listedNames(ORGANISATIONS_TEXT)) {
    const key = foldKey(name);
    if (key.length <= 2) continue;
    names.set(key, { ambiguous });
    const space = key.search(/[\s']/u);
    if (space > 0) firstWords.add(key.slice(0, space));
  }
  return { names, firstWords };
}

/** Whether some well-known organisation's name of several words starts with this folded word (`le` for `Le Monde`). */
export function organisationStartsWith(folded: string): boolean {
  return knownOrganisations().firstWords.has(folded);
}
