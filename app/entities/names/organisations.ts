/**
 * The well-known organisations of organisations-list.ts, by folded key, built on first use: a capitalised sequence
 * that is one of them is an organisation without a cue; an ambiguous one (`Orange`, `Renault`) only with one.
 */
import { foldKey } from './fold.ts';
import { AMBIGUOUS_ORGANISATIONS_TEXT, ORGANISATIONS_TEXT } from './organisations-list.ts';

export interface KnownOrganisations {
  /** Folded key → whether the name is also a common word, a person's or a place's name. */
  names: ReadonlyMap<string, { ambiguous: boolean }>;
}

let instance: KnownOrganisations | null = null;

/** The names of a hand-made list: one per line, blank lines and `#` comments left out. */
export const listLines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

export function knownOrganisations(): KnownOrganisations {
  return (instance ??= build());
}

/** The organisation a folded key names, or undefined. */
export function organisation(key: string): { ambiguous: boolean } | undefined {
  return knownOrganisations().names.get(key);
}

function build(): KnownOrganisations {
  const ambiguous = new Set(listLines(AMBIGUOUS_ORGANISATIONS_TEXT).map(foldKey));
  const names = new Map<string, { ambiguous: boolean }>();
  for (const name of listLines(ORGANISATIONS_TEXT)) {
    const key = foldKey(name);
    if (key.length > 2) names.set(key, { ambiguous: ambiguous.has(key) });
  }
  return { names };
}
