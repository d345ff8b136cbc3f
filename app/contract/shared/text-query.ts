// What a typed query means, and where it matches a text: shared by the library search (in the core) and by finding
// in an article (in the page), so that both ignore accents and case the same way.

/** What a person typed, read as search terms: phrases to include (each a list of words), phrases to exclude. */
export interface ParsedQuery {
  include: string[][];
  exclude: string[][];
  /** The last included word also matches as a prefix (results follow the typing). */
  prefixLast: boolean;
}

/**
 * Words are ANDed, "quoted phrases" stay phrases, `-word` excludes, and the last word also matches as a prefix unless
 * the query ends with a space. Only letters and digits survive, so nothing typed can inject FTS5 syntax.
 */
export function parseQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = { include: [], exclude: [], prefixLast: false };
  const tokens = [...input.normalize('NFC').matchAll(/(-?)"([^"]*)"?|(-?)([^\s"]+)/gu)];
  tokens.forEach((match, index) => {
    const isPhrase = match[2] !== undefined;
    const negated = (isPhrase ? match[1] : match[3]) === '-';
    const words = ((isPhrase ? match[2] : match[4]) ?? '').match(/[\p{L}\p{N}]+/gu);
    if (!words) return;
    (negated ? parsed.exclude : parsed.include).push(words);
    if (!negated) {
      const last = index === tokens.length - 1 && !isPhrase && !/\s$/u.test(input);
      parsed.prefixLast = last && words.at(-1)!.length >= 2;
    }
  });
  return parsed;
}

/** Lower case without accents, as the search index compares words (`État` → `etat`). */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Words as two suggestions of one name compare: case, accents, curly apostrophes and runs of spaces aside. */
export function foldWords(text: string): string {
  return fold(text).replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

// Each base letter with the accented forms the index folds into it, so a regular expression can find `État` from `etat`.
const ACCENTED: Record<string, string> = {
  a: 'aàáâãäåā', c: 'cçćč', e: 'eéèêëēę', i: 'iìíîïī', n: 'nñń', o: 'oòóôõöøō', u: 'uùúûüū', y: 'yýÿ', s: 'sśš', z: 'zźżž',
};

function termPattern(term: string): string {
  return [...fold(term)].map((ch) => (ACCENTED[ch] ? `[${ACCENTED[ch]}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
}

/** One expression that finds any query word or phrase in a text, whole words only (the last one also as a prefix). */
export function snippetMatcher(query: ParsedQuery): RegExp | null {
  if (query.include.length === 0) return null;
  const alternatives = query.include.map(
    (words, i) => words.map(termPattern).join('[^\\p{L}\\p{N}]+') + (query.prefixLast && i === query.include.length - 1 ? '[\\p{L}\\p{N}]*' : ''),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Finds a phrase's words in sequence, whatever punctuation or spaces stand between them (as the index sees them). */
export function phraseMatcher(words: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(termPattern).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
}
