import { eld } from 'eld/small';

/** ISO 639-1 code of the text's language (fr, en, …) or null when the detector is unsure. Reads the first 2,000 characters. */
export function detectLanguage(text: string): string | null {
  const result = eld.detect(text.slice(0, 2000));
  return result.language && result.isReliable() ? result.language : null;
}
