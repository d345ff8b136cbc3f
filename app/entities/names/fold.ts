// Folding for name matching: lower case, accents removed, typographic apostrophes, spaces and hyphens made plain.
// Every UTF-16 unit maps to exactly one unit, so an offset in the folded text is the same offset in the original.

const SPECIAL: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u02bc': "'", '\u2032': "'", '\u00b4': "'",
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u2002': ' ', '\u2003': ' ', '\u2008': ' ', '\u200a': ' ',
  '\u2010': '-', '\u2011': '-',
  '\u0141': 'l', '\u0142': 'l', '\u00d8': 'o', '\u00f8': 'o', '\u0110': 'd', '\u0111': 'd', '\u0131': 'i',
};

const CACHE = new Map<string, string>();

/** One UTF-16 unit folded to one unit: base letter of the canonical decomposition, lower-cased. */
export function foldChar(ch: string): string {
  const cached = CACHE.get(ch);
  if (cached !== undefined) return cached;
  let out = SPECIAL[ch];
  if (out === undefined) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    out = lower.length === 1 && !isSurrogate(lower) ? lower : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  CACHE.set(ch, out);
  return out;
}

function isSurrogate(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}

const NON_ASCII = /[^\x00-\x7f]/g;
const replaceChar = (ch: string): string => foldChar(ch);

/** The folded text, of the same length as `text` (offsets carry over). */
export function foldText(text: string): string {
  const folded = text.replace(NON_ASCII, replaceChar).toLowerCase();
  if (folded.length === text.length) return folded;
  // A character whose lower case is longer than itself slipped through: fold unit by unit.
  let out = '';
  for (const ch of text.split('')) {
    const f = foldChar(ch);
    out += f.length === 1 ? f : ch;
  }
  return out;
}

/** A lookup key: folded, hyphens and runs of spaces made one space, trimmed. Not length-preserving. */
export function foldKey(text: string): string {
  return foldText(text.normalize('NFC')).replace(/[-\s]+/g, ' ').trim();
}

/** Strips accents and lower-cases (a word's key in the word lists). */
export const foldWord = (word: string): string => foldText(word.normalize('NFC'));

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
export const isUpperChar = (ch: string | undefined): boolean => ch !== undefined && UPPER.test(ch);
export const isLowerChar = (ch: string | undefined): boolean => ch !== undefined && LOWER.test(ch);

/** A letter, digit or combining mark (a word character in any script). */
export const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/** French elided words written before an apostrophe: l’, d’, qu’, jusqu’… (folded). */
export const ELISIONS: ReadonlySet<string> = new Set([
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu',
]);
