import { describe, expect, it } from 'vitest';
import { cleanPdfString, pdfPageText, type PdfTextItem } from '../../../app/contract/shared/pdf-text.ts';

/** A text item as pdf.js gives it: its string, its font size and where its baseline sits. */
const item = (str: string, y: number, options: { x?: number; size?: number; eol?: boolean } = {}): PdfTextItem => ({
  str, hasEOL: options.eol ?? true, transform: [options.size ?? 12, 0, 0, options.size ?? 12, options.x ?? 56, y], height: options.size ?? 12,
});

describe('a PDF page’s text', () => {
  it('joins a paragraph’s lines with a space and undoes a hyphenation across lines', () => {
    const page = pdfPageText([item('Les agences gouverne-', 700), item('mentales ont publié', 686), item('leurs chiffres.', 672)]);
    expect(page.text).toBe('Les agences gouvernementales ont publié leurs chiffres.');
    expect(page.blocks).toEqual([{ kind: 'paragraph', start: 0, end: page.text.length }]);
  });

  it('keeps a hyphen before a capital (Jean-\\nPierre) and a dash at a sentence’s end', () => {
    expect(pdfPageText([item('signé par Jean-', 700), item('Pierre Martin.', 686)]).text).toBe('signé par Jean- Pierre Martin.');
    expect(pdfPageText([item('Le vote est acquis.', 700), item('suite du texte', 686)]).text).toBe('Le vote est acquis. suite du texte');
  });

  it('folds ligature characters and control characters', () => {
    expect(cleanPdfString('\uFB01nancement \uFB02ux e\uFB00et\u0007')).toBe('financement flux effet ');
    expect(pdfPageText([item('le \uFB01nancement', 700)]).text).toBe('le financement');
  });

  it('starts a paragraph at a wide gap, a heading at a larger font, and a new column after a finished sentence', () => {
    const page = pdfPageText([
      item('Rapport annuel', 760, { size: 22 }),
      item('Premier paragraphe, première ligne', 700), item('et sa seconde ligne.', 686),
      item('Second paragraphe après un blanc.', 650),
      // The next column, back at the top of the page.
      item('Une colonne de plus.', 700, { x: 310 }),
    ]);
    expect(page.text).toBe('Rapport annuel\n\nPremier paragraphe, première ligne et sa seconde ligne.\n\nSecond paragraphe après un blanc.\n\nUne colonne de plus.');
    expect(page.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(page.blocks.map((b) => page.text.slice(b.start, b.end))).toEqual([
      'Rapport annuel', 'Premier paragraphe, première ligne et sa seconde ligne.', 'Second paragraphe après un blanc.', 'Une colonne de plus.',
    ]);
  });

  it('continues a sentence cut at the foot of a column in the next one', () => {
    const page = pdfPageText([item('Le conseil a voté un budget', 120), item('de douze millions pour', 106), item('les travaux.', 700, { x: 310 })]);
    expect(page.text).toBe('Le conseil a voté un budget de douze millions pour les travaux.');
  });

  it('puts a table row’s cells on one line, and says where each item starts in the text', () => {
    const items = [
      item('', 711, { eol: true }), item('Commune', 711, { eol: false }), item(' ', 711, { eol: false, x: 135 }), item('Habitants', 711, { x: 152 }),
      item('Saint-Brieuc', 690, { eol: false }), item(' ', 690, { eol: false, x: 139 }), item('43 000', 690, { x: 152 }),
    ];
    const page = pdfPageText(items);
    expect(page.text).toBe('Commune Habitants Saint-Brieuc 43 000');
    items.forEach((it, i) => {
      if (it.str.trim()) expect(page.text.slice(page.itemStarts[i], page.itemStarts[i]! + it.str.length)).toBe(it.str);
    });
    expect(page.itemStarts[0]).toBe(-1);
    // A line's leading blank is not in the text, and is counted as skipped.
    const indented = pdfPageText([item('  Indented line.', 700)]);
    expect([indented.text, indented.itemStarts[0], indented.itemSkips[0]]).toEqual(['Indented line.', 0, 2]);
  });

  it('gives an empty text for a page with no text (a scan)', () => {
    expect(pdfPageText([])).toEqual({ text: '', blocks: [], itemStarts: [], itemSkips: [] });
  });
});
