/**
 * Turns what a person types into a safe FTS5 query: words are ANDed, "quoted phrases" stay phrases, `-word` excludes,
 * and the last word also matches as a prefix so results follow the typing. Nothing typed can inject FTS5 syntax.
 */
export function toFtsQuery(input: string): string | null {
  const include: string[] = [];
  const exclude: string[] = [];
  const pattern = /(-?)"([^"]*)"?|(-?)([^\s"]+)/gu;
  const tokens = [...input.normalize('NFC').matchAll(pattern)];
  tokens.forEach((match, index) => {
    const isPhrase = match[2] !== undefined;
    const negated = (isPhrase ? match[1] : match[3]) === '-';
    const raw = (isPhrase ? match[2] : match[4]) ?? '';
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) return;
    const last = index === tokens.length - 1 && !isPhrase && !negated && !/\s$/u.test(input);
    const phrase = `"${words.join(' ')}"${last && words.at(-1)!.length >= 2 ? ' *' : ''}`;
    (negated ? exclude : include).push(phrase);
  });
  if (include.length === 0) return null;
  return [include.join(' '), ...exclude.map((p) => `NOT ${p}`)].join(' ');
}
