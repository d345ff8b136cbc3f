import { beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotations } from '../../../app/annotations/index.ts';
import { exportAnnotations } from '../../../app/export/index.ts';
import { importSources, sourceFromBytes } from '../../../app/import/index.ts';
import { isPdf } from '../../../app/import/read-document.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { searchDocuments } from '../../../app/search/index.ts';
import { getDocument, getOriginal } from '../../../app/store/documents.ts';
import { printTestPdfs, REPORT, writePdf, type TestPdfs } from '../../support/test-pdfs.ts';
import { useTempDir } from '../../support/tmp.ts';
import { serve, startWebServer } from '../../support/web-server.ts';
import { importAddresses } from '../../../app/web/import-addresses.ts';

let printed: TestPdfs | null = null;
beforeAll(async () => {
  printed = await printTestPdfs();
  if (!printed) console.log('importing printed PDFs: skipped, no Chromium here (set APOSTILLE_CHROMIUM or install chromium)');
}, 60_000);
const tempDir = useTempDir();

describe('importing a PDF', () => {
  it('stores it as an article: its text searchable, its pages and fingerprint kept, its bytes as the original', async (context) => {
    if (!printed) return context.skip();
    const lib = openLibrary(tempDir());
    const report = await importSources(lib.db, [sourceFromBytes('rapport-eau.pdf', printed.report)]);
    expect(report.failed).toEqual([]);
    const id = report.imported[0]!.id;
    const doc = getDocument(lib.db, id);
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toHaveLength(3);
    expect(doc.html).toBeNull();
    expect(Buffer.from(getOriginal(lib.db, id)).equals(Buffer.from(printed.report))).toBe(true);
    expect(searchDocuments(lib.db, REPORT.hyphenated).hits.map((h) => h.id)).toContain(id);
    // The same file again is a duplicate; under another name too.
    const again = await importSources(lib.db, [sourceFromBytes('copie.pdf', printed.report)]);
    expect(again.duplicates.map((d) => d.id)).toEqual([id]);
    lib.close();
  });

  it('recognises a PDF by its first bytes whatever its name, and nothing else', () => {
    expect(isPdf('rapport', new TextEncoder().encode('%PDF-1.7\n'))).toBe(true);
    expect(isPdf('notes.txt', new TextEncoder().encode('A text about the %PDF-1.7 header.'))).toBe(false);
  });

  it('takes a changed copy of the same PDF (same fingerprint) as a new version, its notes moved onto the new text', async () => {
    const lib = openLibrary(tempDir());
    const first = await writePdf([['The harbour authority spent 12 million euros in 2024.', 'Dredging works start in March.']], { id: '0123456789abcdef0123456789abcdef' });
    const report = await importSources(lib.db, [sourceFromBytes('harbour.pdf', first)]);
    const oldId = report.imported[0]!.id;
    const text = getDocument(lib.db, oldId).text;
    const start = text.indexOf('Dredging works');
    createAnnotation(lib.db, { documentId: oldId, start, end: start + 'Dredging works'.length, color: 'yellow', note: 'check the date', tags: [] });
    // The same file edited: another line of text, the document's identifier (and so its fingerprint) unchanged.
    const { PDFDocument, StandardFonts } = await import('@cantoo/pdf-lib');
    const edited = await PDFDocument.load(first);
    const font = await edited.embedFont(StandardFonts.Helvetica);
    edited.getPage(0).drawText('A correction was added on 3 April.', { x: 60, y: 700, size: 12, font });
    const second = await edited.save({ useObjectStreams: false });
    const update = await importSources(lib.db, [sourceFromBytes('harbour-v2 (moved).pdf', second)]);
    expect(update.updated).toHaveLength(1);
    expect(update.updated[0]!.previousId).toBe(oldId);
    const newId = update.updated[0]!.id;
    expect(getDocument(lib.db, newId).text).toContain('A correction was added');
    const notes = listAnnotations(lib.db, newId);
    expect(notes.map((n) => [n.exact, n.note])).toEqual([['Dredging works', 'check the date']]);
    // Two files with no identifier are never joined, even when pdf.js gives them one fingerprint (their first kilobyte).
    const plain = await importSources(lib.db, [sourceFromBytes('a.pdf', await writePdf([['First unrelated file.']])), sourceFromBytes('b.pdf', await writePdf([['Second unrelated file.']]))]);
    expect(plain.imported).toHaveLength(2);
    lib.close();
  });

  it('reports a PDF protected by a password, and imports the rest of the batch', async () => {
    const lib = openLibrary(tempDir());
    const locked = await writePdf([['Confidential.']], { password: 'secret' });
    const open = await writePdf([['A public page of text about water quality.']]);
    const report = await importSources(lib.db, [sourceFromBytes('locked.pdf', locked), sourceFromBytes('open.pdf', open)]);
    expect(report.failed.map((f) => [f.file, f.error.code])).toEqual([['locked.pdf', 'pdf_encrypted']]);
    expect(report.imported).toHaveLength(1);
    lib.close();
  });

  it('stops on Cancel in the middle of a PDF, keeping what came before it', async () => {
    const lib = openLibrary(tempDir());
    const controller = new AbortController();
    const pages = Array.from({ length: 40 }, (_, i) => [`Page ${i + 1} of a long report on harbour dredging.`]);
    const long = await writePdf(pages);
    const before = new TextEncoder().encode('A short note imported first.\n\nIt has two paragraphs of text for the test.');
    let paused = 0;
    const report = await importSources(lib.db, [sourceFromBytes('note.txt', before), sourceFromBytes('long.pdf', long)], {
      signal: controller.signal,
      pause: async () => {
        if (++paused === 5) controller.abort();
      },
    });
    expect(report.imported.map((r) => r.file)).toEqual(['note.txt']);
    expect(report.failed).toEqual([]);
    // A long PDF says how far into its pages the import is.
    const read: { done: number; total: number }[] = [];
    const other = openLibrary(tempDir());
    await importSources(other.db, [sourceFromBytes('long.pdf', long)], { progress: (p) => p.page && read.push(p.page) });
    expect(read).toEqual([{ done: 25, total: 40 }]);
    other.close();
    lib.close();
  });

  it('saves a PDF found at a web address, whatever the address ends with', async () => {
    const lib = openLibrary(tempDir());
    const bytes = await writePdf([['The regional water plan for 2030, adopted by the council.']], { title: 'Regional water plan' });
    const site = await startWebServer({ '/plan': serve(bytes, 'application/pdf') });
    try {
      const report = await importAddresses(lib.db, [`${site.origin}/plan`], { allowLocal: true });
      expect(report.failed).toEqual([]);
      const doc = getDocument(lib.db, report.imported[0]!.id);
      expect([doc.format, doc.title, doc.url]).toEqual(['pdf', 'Regional water plan', `${site.origin}/plan`]);
      expect(doc.text).toContain('regional water plan for 2030');
    } finally {
      await site.close();
      lib.close();
    }
  });

  it('exports its highlights with the page each is on (p. 2), in Markdown and in the HTML report', async (context) => {
    if (!printed) return context.skip();
    const lib = openLibrary(tempDir());
    const id = (await importSources(lib.db, [sourceFromBytes('rapport-eau.pdf', printed.report)])).imported[0]!.id;
    const { text } = getDocument(lib.db, id);
    for (const quote of [REPORT.hyphenated, REPORT.tableCell]) {
      const start = text.indexOf(quote);
      createAnnotation(lib.db, { documentId: id, start, end: start + quote.length, color: 'yellow', note: null, tags: [] });
    }
    const render = async (format: 'md' | 'html') => {
      let out = '';
      await exportAnnotations(lib.db, { format, documentIds: [id], labels: {}, language: 'fr' }, (chunk) => (out += chunk));
      return out;
    };
    const markdown = await render('md');
    expect(markdown).toMatch(new RegExp(`· p\\. 1\\n> ${REPORT.hyphenated}`));
    expect(markdown).toMatch(new RegExp(`· p\\. 2\\n> ${REPORT.tableCell}`));
    const html = await render('html');
    expect(html).toContain('· p. 2</span>');
    // W3C: a FragmentSelector naming the page (RFC 8118), beside the text selectors.
    let w3c = '';
    await exportAnnotations(lib.db, { format: 'w3c', documentIds: [id], labels: {}, language: 'fr' }, (chunk) => (w3c += chunk));
    const items = (JSON.parse(w3c) as { first: { items: { target: { selector: { type: string; value?: string }[] } }[] } }).first.items;
    expect(items.map((i) => i.target.selector.find((s) => s.type === 'FragmentSelector')?.value)).toEqual(['page=1', 'page=2']);
    lib.close();
  });
});
