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

export function toFtsQuery(input: string | ParsedQuery): string | null {
  const { include, exclude, prefixLast } = typeof input === 'string' ? parseQuery(input) : input;
  if (include.length === 0) return null;
  const phrases = include.map((words, i) => `"${words.join(' ')}"${prefixLast && i === include.length - 1 ? ' *' : ''}`);
  return [phrases.join(' '), ...exclude.map((words) => `NOT "${words.join(' ')}"`)].join(' ');
}
