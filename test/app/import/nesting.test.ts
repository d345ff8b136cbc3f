import { describe, expect, it } from 'vitest';
import { AppError, toAppError } from '../../../app/contract/errors.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { parseFile } from '../../../app/import/index.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const PROSE = '<p>Un paragraphe assez long pour que Readability retienne la page comme un article, avec plusieurs phrases. Et une seconde phrase.</p>';
// Generous on a shared 2-core machine: the refusal itself takes milliseconds, the import of the page used to take minutes.
const FAST_MS = 5_000;

/** The error parseFile throws for these bytes, and how long it took to throw it. */
function refusal(name: string, text: string): { error: AppError; ms: number } {
  const start = performance.now();
  try {
    parseFile(name, encode(text));
  } catch (error) {
    return { error: error as AppError, ms: performance.now() - start };
  }
  throw new Error(`${name} was imported`);
}

describe('deeply nested files are refused before parsing, in seconds', () => {
  it('100,000 nested <div>s: too_deeply_nested (HTML elements), fast', () => {
    const { error, ms } = refusal('deep.html', `<!doctype html><html><body>${'<div>'.repeat(100_000)}${PROSE}${'</div>'.repeat(100_000)}</body></html>`);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('too_deeply_nested');
    expect(error.details).toEqual({ limit: 256, what: 'HTML elements' });
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('nesting the tags never show (formatting elements the parser reopens) is counted too', () => {
    // Each <b> looks closed by the </div> that follows; the HTML parser reopens every one of them in the next <div>, so
    // the tree really is thousands deep while a count of tags never passes two.
    const page = `<body>${Array.from({ length: 5_000 }, (_, i) => `<div><b data-i="${i}"></div>`).join('')}${PROSE}`;
    const { error, ms } = refusal('reopened.html', page);
    expect(error.code).toBe('too_deeply_nested');
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('50,000 nested Markdown quotes: too_deeply_nested (quotes), fast, not marked’s “Please report this”', () => {
    const { error, ms } = refusal('deep.md', `${'> '.repeat(50_000)}Une citation.\n`);
    expect(error.code).toBe('too_deeply_nested');
    expect(error.details).toEqual({ limit: 100, what: 'quotes' });
    expect(error.message).not.toMatch(/report this/i);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('Markdown quotes without spaces, nested lists on one line, lists nested by indentation', () => {
    for (const [name, text, what] of [
      ['quotes.md', `${'>'.repeat(50_000)} Une citation.\n`, 'quotes'],
      ['lists.md', `${'- '.repeat(50_000)}un point\n`, 'lists'],
      ['ordered.md', `${'1. '.repeat(20_000)}un point\n`, 'lists'],
      ['indented.md', Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- point ${i}`).join('\n'), 'lists'],
      // Old Mac line ends: marked breaks lines on a lone CR too.
      ['cr.md', Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- point ${i}`).join('\r'), 'lists'],
      ['tabs.md', Array.from({ length: 2_000 }, (_, i) => `${'\t'.repeat(i)}- point ${i}`).join('\n'), 'lists'],
    ] as const) {
      const { error, ms } = refusal(name, text);
      expect(error.code, name).toBe('too_deeply_nested');
      expect(error.details?.what, name).toBe(what);
      expect(ms, name).toBeLessThan(FAST_MS);
    }
  });

  it('emphasis nested inside emphasis (marked’s inline recursion): too_deeply_nested (emphasis), fast', () => {
    for (const [name, text] of [
      ['stars.md', `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}\n`],
      ['em.md', `${'*a '.repeat(5_000)}x${' a*'.repeat(5_000)}\n`],
      ['strong.md', `${'**a '.repeat(5_000)}x${' a**'.repeat(5_000)}\n`],
      ['del.md', `${'~~a '.repeat(5_000)}x${' a~~'.repeat(5_000)}\n`],
      ['lines.md', `${'_a\n'.repeat(5_000)}x${'\na_'.repeat(5_000)}\n`],
    ] as const) {
      const { error, ms } = refusal(name, text);
      expect(error, name).toBeInstanceOf(AppError);
      expect(error.code, name).toBe('too_deeply_nested');
      expect(error.details, name).toEqual({ limit: 32, what: 'emphasis' });
      expect(error.message, name).not.toMatch(/report this/i);
      expect(ms, name).toBeLessThan(FAST_MS);
    }
  });

  it('raw HTML nested deep inside Markdown is refused as HTML', () => {
    const { error, ms } = refusal('raw.md', `# Titre\n\n${'<div>'.repeat(100_000)}texte${'</div>'.repeat(100_000)}\n`);
    expect(error.code).toBe('too_deeply_nested');
    expect(error.details?.what).toBe('HTML elements');
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('says so in the reader’s language', () => {
    const { error } = refusal('deep.md', `${'> '.repeat(500)}x\n`);
    expect(formatError('en', error.toJSON())).toBe('This file is too deeply nested to be read (more than 100 levels of quotes).');
    expect(formatError('fr', error.toJSON())).toBe('Ce fichier est trop profondément imbriqué pour être lu (plus de 100 niveaux de citations).');
    const html = refusal('deep.html', `<body>${'<div>'.repeat(1_000)}x`).error;
    expect(formatError('fr', html.toJSON())).toContain('plus de 256 niveaux d’éléments HTML');
    // A stack overflow caught elsewhere (toAppError) has no limit to name: no placeholder is left in the sentence.
    const unmeasured = toAppError(new RangeError('Maximum call stack size exceeded')).toJSON();
    expect(formatError('en', unmeasured)).toBe('This file is too deeply nested to be read.');
    expect(formatError('fr', unmeasured)).toBe('Ce fichier est trop profondément imbriqué pour être lu.');
  });
});

describe('normally nested files still import', () => {
  it('a page 200 elements deep', () => {
    const doc = parseFile('nested.html', encode(`<!doctype html><html><body>${'<div>'.repeat(200)}<article><h1>Titre</h1>${PROSE}${PROSE}</article>${'</div>'.repeat(200)}</body></html>`));
    expect(doc.text).toContain('Un paragraphe assez long');
  });

  it('a page with hundreds of unclosed <p>, <li> and table cells (the parser closes them; they are not nesting)', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<tr><td>cellule ${i}<td>valeur`).join('');
    const items = Array.from({ length: 500 }, (_, i) => `<li>point ${i}`).join('');
    const paragraphs = Array.from({ length: 500 }, (_, i) => `<p>Paragraphe ${i}, assez long pour être lu comme du texte.`).join('');
    const doc = parseFile('flat.html', encode(`<body><article><h1>Titre</h1>${paragraphs}<ul>${items}</ul><table>${rows}</table></article>`));
    expect(doc.text).toContain('Paragraphe 499');
    expect(doc.text).toContain('cellule 499');
  });

  it('Markdown emphasis as people write it, a few levels deep', () => {
    const doc = parseFile('emphasis.md', encode('Du texte ***gras et italique***, du _souligné *et imbriqué* ici_, et ~~barré **gras**~~.\n'));
    expect(doc.html).toContain('<em><strong>gras et italique</strong></em>');
    expect(doc.html).toContain('<del>barré <strong>gras</strong></del>');
  });

  it('Markdown with 90 nested quotes, nested lists and indented code', () => {
    const md = `# Titre\n\n${'> '.repeat(90)}Une citation profonde.\n\n- un\n  - deux\n    - trois\n\n        du code indenté\n\nFin du texte.\n`;
    const doc = parseFile('quotes.md', encode(md));
    expect(doc.text).toContain('Une citation profonde.');
    expect(doc.text).toContain('trois');
    expect(doc.html).toContain('du code indenté');
  });
});
