import { describe, expect, it } from 'vitest';
import { parseEpub } from '../../../app/epub/parse-epub.ts';
import { importSources, sourceFromBytes } from '../../../app/import/index.ts';
import { isEpub } from '../../../app/import/read-document.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { searchDocuments } from '../../../app/search/index.ts';
import { getDocument } from '../../../app/store/documents.ts';
import { getCitation } from '../../../app/store/page-assets.ts';
import { BOOK, makeEpub } from '../../support/test-epub.ts';
import { useTempDir } from '../../support/tmp.ts';

const NOW = '2026-12-06T12:00:00.000Z';
const tempDir = useTempDir();

describe('an EPUB book', () => {
  it('becomes one text, its chapters in the spine’s order, its details from the package document', () => {
    const doc = parseEpub('rivieres.epub', makeEpub(), NOW);
    expect(doc.format).toBe('epub');
    expect([doc.title, doc.author, doc.source, doc.published, doc.language]).toEqual([BOOK.title, 'Anne Le Gall, Yves Morvan', BOOK.publisher, '2019-04-02', 'fr']);
    expect(doc.text.indexOf(BOOK.firstParagraph)).toBeGreaterThan(doc.text.indexOf(BOOK.chapterOne));
    expect(doc.text.indexOf(BOOK.secondParagraph)).toBeGreaterThan(doc.text.indexOf(BOOK.firstParagraph));
    // The navigation document is not in the reading order (linear="no").
    expect(doc.text).not.toContain('Sommaire');
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => doc.text.slice(b.start, b.end))).toEqual([BOOK.chapterOne, 'Chapitre deux : le Blavet']);
    expect(doc.citation).toMatchObject({ type: 'book', title: BOOK.title, ISBN: BOOK.isbn, publisher: BOOK.publisher, author: [{ given: 'Anne', family: 'Le Gall' }, { given: 'Yves', family: 'Morvan' }] });
  });

  it('keeps none of a chapter’s scripts or handlers', () => {
    const doc = parseEpub('rivieres.epub', makeEpub(), NOW);
    expect(doc.html).not.toMatch(/<script|onclick|pwned|example\.org/i);
    expect(doc.text).toContain('Fin du livre.');
  });

  it('is recognised by its first bytes whatever its name, and imported, searchable, with its citation', async () => {
    const bytes = makeEpub();
    expect(isEpub('livre', bytes)).toBe(true);
    expect(isEpub('archive.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBe(false);
    const lib = openLibrary(tempDir());
    const report = await importSources(lib.db, [sourceFromBytes('livre', bytes)]);
    expect(report.failed).toEqual([]);
    const id = report.imported[0]!.id;
    expect(getDocument(lib.db, id).kind).toBe('book');
    expect(getCitation(lib.db, id)?.ISBN).toBe(BOOK.isbn);
    expect(searchDocuments(lib.db, 'Pontivy').hits.map((h) => h.id)).toEqual([id]);
    lib.close();
  });

  it('that is protected (DRM), not a zip, or names no chapter, is refused in words', () => {
    expect(() => parseEpub('drm.epub', makeEpub({ encrypted: true }), NOW)).toThrow(expect.objectContaining({ code: 'epub_protected' }));
    expect(() => parseEpub('faux.epub', new TextEncoder().encode('not a zip'), NOW)).toThrow(expect.objectContaining({ code: 'epub_damaged' }));
    expect(() => parseEpub('vide.epub', makeEpub({ withoutSpine: true }), NOW)).toThrow(expect.objectContaining({ code: 'epub_damaged' }));
  });
});
