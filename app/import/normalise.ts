import { createHash } from 'node:crypto';

/**
 * An article's identity: a hash of its text with Unicode composed and white space (line ends, no-break spaces) folded,
 * so the same article re-imported from another encoding or with other line ends is recognised.
 */
export function documentIdFor(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 32);
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
