import * as CFI from 'foliate-js/epubcfi.js';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../app/annotations/index.ts';
import { epubCfis, locateCfi } from '../../../app/epub/epub-cfi.ts';
import { bookCfis, locateInBook } from '../../../app/epub/book-passages.ts';
import { parseEpub } from '../../../app/epub/parse-epub.ts';
import { exportAnnotationsAsFile } from '../../../app/export/annotations.ts';
import { importSources, sourceFromBytes } from '../../../app/import/index.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { offsetConverter } from '../../../app/contract/shared/code-points.ts';
import { BOOK, makeEpub } from '../../support/test-epub.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();
const bytes = makeEpub();
const doc = parseEpub('rivieres.epub', bytes, '2026-12-06T12:00:00.000Z');
const span = (quote: string) => ({ start: doc.text.indexOf(quote), end: doc.text.indexOf(quote) + quote.length });

/** What a CFI points at, read back by foliate-js from the chapter file it names (the spine's items are c1, c2). */
function resolve(cfi: string): string {
  const chapter = { '/6/4': 'OEBPS/text/ch1.xhtml', '/6/6': 'OEBPS/text/ch2.xhtml' }[/^epubcfi\((\/6\/\d+)/.exec(cfi)![1]!]!;
  const html = new TextDecoder().decode(unzipSync(bytes)[chapter]);
  const { document } = new JSDOM(html, { contentType: 'application/xhtml+xml' }).window;
  // A range: its common parent, then its start and end. The parent's first part is the spine's step (before "!"),
  // dropped as a reader does once it has the chapter's file.
  const parts = CFI.parse(cfi) as { parent: unknown[]; start: unknown[]; end: unknown[] };
  const inside = { ...parts, parent: parts.parent.slice(1) };
  return CFI.toRange(document, inside).toString();
}

describe('EPUB CFIs of a book’s passages', () => {
  it('name each passage in the book’s own chapter file, and foliate-js finds the same words there', () => {
    const quotes = ['Aulne prend sa source', 'canalisés au XIXe siècle', 'Le Blavet traverse Pontivy', BOOK.chapterOne];
    const cfis = epubCfis(bytes, doc.text, doc.blocks, quotes.map(span));
    expect(cfis[0]).toBe('epubcfi(/6/4!/4/2/4,/1:2,/1:23)');
    // Across the <em>: from the paragraph's first text to the emphasised words' text.
    expect(cfis[1]).toBe('epubcfi(/6/4!/4/2/6,/1:21,/2/1:11)');
    expect(cfis[2]).toBe('epubcfi(/6/6!/4/2/4,/1:0,/1:26)');
    expect(cfis.map((cfi) => resolve(cfi!))).toEqual(quotes);
  });

  it('are given as W3C FragmentSelectors conforming to the EPUB CFI specification, beside the text selectors', async () => {
    const lib = openLibrary(tempDir());
    const id = (await importSources(lib.db, [sourceFromBytes('rivieres.epub', bytes)])).imported[0]!.id;
    const { start, end } = span('Pontivy');
    const toCodePoint = offsetConverter(doc.text).toCodePoint;
    createAnnotation(lib.db, { documentId: id, start: toCodePoint(start), end: toCodePoint(end), color: 'green', note: 'Sous-préfecture', tags: [] });
    const w3c = JSON.parse((await exportAnnotationsAsFile(lib.db, { format: 'w3c', documentIds: [id], labels: {}, language: 'fr' })).file.content) as { items?: unknown[]; first?: { items: unknown[] } };
    const [item] = (w3c.first?.items ?? w3c.items) as { target: { selector: { type: string; conformsTo?: string; value?: string; exact?: string }[] } }[];
    const selectors = item!.target.selector;
    expect(selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'FragmentSelector']);
    expect(selectors[2]).toEqual({ type: 'FragmentSelector', conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html', value: 'epubcfi(/6/6!/4/2/4,/1:19,/1:26)' });
    expect(resolve(selectors[2]!.value!)).toBe('Pontivy');
    lib.close();
  });

  it('are read back into the book’s text: a CFI the book view writes for a selection is the passage it names', async () => {
    const quotes = ['Aulne prend sa source', 'canalisés au XIXe siècle', 'Le Blavet traverse Pontivy', 'Fin du livre.'];
    const cfis = epubCfis(bytes, doc.text, doc.blocks, quotes.map(span));
    expect(cfis.map((cfi) => locateCfi(bytes, doc.text, doc.blocks, cfi!))).toEqual(quotes.map(span));
    // A CFI naming nothing of the text, or no CFI at all.
    expect(locateCfi(bytes, doc.text, doc.blocks, 'epubcfi(/6/2!/4/2,/1:0,/1:3)')).toBeNull();
    expect(locateCfi(bytes, doc.text, doc.blocks, 'epubcfi(nonsense')).toBeNull();
    const lib = openLibrary(tempDir());
    const id = (await importSources(lib.db, [sourceFromBytes('rivieres.epub', bytes)])).imported[0]!.id;
    const toCodePoint = offsetConverter(doc.text).toCodePoint;
    const found = locateInBook(lib.db, id, cfis[2]!);
    expect(found).toEqual({ start: toCodePoint(span(quotes[2]!).start), end: toCodePoint(span(quotes[2]!).end) });
    const made = createAnnotation(lib.db, { documentId: id, ...found!, color: 'yellow', note: null, tags: [] });
    expect(bookCfis(lib.db, id)).toEqual({ [made.id]: cfis[2] });
    lib.close();
  });
});
