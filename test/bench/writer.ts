import type { Person } from './names.ts';
import type { Rng } from './prng.ts';

/** What one article is about: its sentences keep coming back to the same company, person and place. */
export interface ArticleContext {
  rng: Rng;
  /** The dateline's date and time (read with the UTC getters). */
  date: Date;
  company: string;
  other: string;
  person: Person;
  role: string;
  place: string;
  codename: string;
}

/** Writes articles in one language. */
export interface Writer {
  language: 'fr' | 'en';
  places: readonly string[];
  agency(rng: Rng): string;
  role(rng: Rng, person: Person): string;
  title(ctx: ArticleContext): string;
  sentence(ctx: ArticleContext): string;
  /** A sentence mentioning a rare word (a few dozen articles per 100,000 have one). */
  rareSentence(ctx: ArticleContext): string;
}

export const CODENAMES = ['Andromède', 'Orion', 'Pégase', 'Cassiopée', 'Hermès', 'Persée', 'Véga', 'Altaïr', 'Sirius', 'Céphée', 'Galatée', 'Europa'];

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 3600 → "3.600" (French agency style) or "3,600" (English). */
export function groupThousands(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
}
