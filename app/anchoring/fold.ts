// Characters that differ between copies of the same text without changing what it says: typographic and straight
// quotes and apostrophes, and the kinds of space. Each maps to one UTF-16 unit, so folded text keeps every offset.
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u02bc': "'", '\u2032': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u2002': ' ', '\u2003': ' ', '\t': ' ',
  '\u2013': '-', '\u2014': '-', '\u2011': '-',
};
const PATTERN = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** NFC, then quote, apostrophe, dash and space variants made one. Length-preserving once in NFC. */
export function foldForMatching(text: string): string {
  return text.normalize('NFC').replace(PATTERN, (ch) => FOLD[ch]!);
}
