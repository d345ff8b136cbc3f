import { describe, expect, it } from 'vitest';
import { offsetConverter, toCodePointOffset, toUtf16Offset } from '../../../app/contract/shared/code-points.ts';

describe('offsetConverter', () => {
  const texts = [
    '',
    'Déjà vu à l’AFP',
    '😀',
    'a😀b',
    '😀😀 Orange 🇫🇷 Thales « 500 millions d’euros » 𝔘nicode',
    'fin 😀',
  ];
  it('agrees with the one-off conversions at every offset, inside surrogate pairs and past the end', () => {
    for (const text of texts) {
      const convert = offsetConverter(text);
      for (let u = 0; u <= text.length + 2; u++) expect(convert.toCodePoint(u), `${text} @${u}`).toBe(toCodePointOffset(text, u));
      const codePoints = [...text].length;
      for (let cp = 0; cp <= codePoints + 2; cp++) expect(convert.toUtf16(cp), `${text} cp${cp}`).toBe(toUtf16Offset(text, cp));
    }
  });
});
