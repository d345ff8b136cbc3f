import { eld } from 'eld/small';

/**
 * ISO 639-1 code of the text's language (fr, en, …) or null when the detector is unsure. The first 800 characters
 * (some 130 words) decide: plenty for news prose, and the detector's cost grows with the length it reads.
 */
export function detectLanguage(text: string): string | null {
  const result = eld.detect(text.slice(0, 800));
  return result.language && result.isReliable() ? result.language : null;
}
