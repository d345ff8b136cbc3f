import { beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotations } from '../../../app/annotations/index.ts';
import { placeAnnotation } from '../../../app/annotations/store.ts';
import { importSources, sourceFromBytes } from '../../../app/import/index.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { annotatedPdf } from '../../../app/pdf/annotated-pdf.ts';
import { openPdf } from '../../../app/pdf/load-pdf.ts';
import { parsePdf } from '../../../app/pdf/parse-pdf.ts';
import { getDocument } from '../../../app/store/documents.ts';
import { printTestPdfs, REPORT, type TestPdfs } from '../../support/test-pdfs.ts';
import { useTempDir } from '../../support/tmp.ts';
import { apostille } from '../../support/cli.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let printed: TestPdfs | null = null;
beforeAll(async () => {
  printed = await printTestPdfs();
  if (!printed) console.log('annotated PDF export: skipped, no Chromium here to print the test PDF (set APOSTILLE_CHROMIUM)');
}, 60_000);
const tempDir = useTempDir();

/** The annotations pdf.js reads in a PDF, page by page. */
async function readAnnotations(bytes: Uint8Array) {
  const { pdf, close } = await openPdf(bytes);
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const text = await page.getTextContent();
      pages.push({ annotations: await page.getAnnotations(), items: text.items as { str: string; transform: number[]; width: number }[] });
    }
    return pages;
  } finally {
    await close();
  }
}

describe('a PDF exported with its annotations', () => {
  it('carries each highlight as a /Highlight around its text, with its colour and its note as a pop-up, readable by pdf.js', async (context) => {
    if (!printed) return context.skip();
    const lib = openLibrary(tempDir());
    const id = (await importSources(lib.db, [sourceFromBytes('rapport-eau.pdf', printed.report)])).imported[0]!.id;
    const { text } = getDocument(lib.db, id);
    const mark = (quote: string, color: 'yellow' | 'green', note: string | null, tags: string[] = []) => {
      const start = text.indexOf(quote);
      createAnnotation(lib.db, { documentId: id, start, end: start + quote.length, color, note, tags });
    };
    mark(`agences ${REPORT.hyphenated}`, 'yellow', 'Quelles agences ?', ['à vérifier']);
    mark(REPORT.tableCell, 'green', null);
    const { file, annotations } = await annotatedPdf(lib.db, id);
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toBe(`${REPORT.title} (annotated).pdf`);
    // The passage across a line break is one highlight with two rectangles (two lines).
    expect(annotations).toBe(2);
    const bytes = Buffer.from(file.content, 'base64');
    const pages = await readAnnotations(new Uint8Array(bytes));
    const highlights = pages.map((p) => p.annotations.filter((a) => a.subtype === 'Highlight'));
    expect(highlights.map((h) => h.length)).toEqual([1, 1, 0]);
    const first = highlights[0]![0]!;
    expect(first.contentsObj.str).toBe('Quelles agences ?\n\n#à vérifier');
    expect(first.titleObj.str).toBe('Apostille');
    expect(first.quadPoints.length).toBe(16);
    expect([...first.color]).toEqual([250, 214, 69]);
    // The first rectangle starts where "agences" is drawn on its line, the second at the start of the next line.
    const line = pages[0]!.items.find((i) => i.str.includes('gouverne-'))!;
    const next = pages[0]!.items.find((i) => i.str.startsWith('mentales'))!;
    const perChar = line.width / line.str.length;
    const agencesX = line.transform[4]! + perChar * line.str.indexOf('agences');
    expect(first.quadPoints[0]).toBeCloseTo(agencesX, 0);
    expect(first.quadPoints[8]).toBeCloseTo(next.transform[4]!, 0);
    expect(first.quadPoints[1]).toBeGreaterThan(line.transform[5]!);
    expect(first.quadPoints[5]).toBeLessThan(line.transform[5]!);
    const popups = pages[0]!.annotations.filter((a) => a.subtype === 'Popup');
    expect(popups).toHaveLength(1);
    const second = highlights[1]![0]!;
    expect([...second.color]).toEqual([122, 196, 105]);
    expect(pages[1]!.annotations.filter((a) => a.subtype === 'Popup')).toHaveLength(0);
    // The annotated file is still the same document: its text reads the same.
    expect((await parsePdf('annotated.pdf', new Uint8Array(bytes), '2026-12-06T00:00:00Z')).text).toBe(text);
    lib.close();
  });

  it('writes a highlight made on the page exactly where the page drew it, and forgets that when it moves to a new version', async (context) => {
    if (!printed) return context.skip();
    const lib = openLibrary(tempDir());
    const id = (await importSources(lib.db, [sourceFromBytes('rapport-eau.pdf', printed.report)])).imported[0]!.id;
    const { text } = getDocument(lib.db, id);
    const start = text.indexOf('Quimper');
    const drawn: [number, number, number, number] = [201.5, 603.2, 249.75, 617.4];
    const made = createAnnotation(lib.db, { documentId: id, start, end: start + 'Quimper'.length, color: 'pink', note: null, tags: [], regions: [{ page: 1, rects: [drawn] }] });
    expect(made.regions).toEqual([{ page: 1, rects: [drawn] }]);
    const { file } = await annotatedPdf(lib.db, id);
    const pages = await readAnnotations(new Uint8Array(Buffer.from(file.content, 'base64')));
    const highlight = pages[0]!.annotations.find((a) => a.subtype === 'Highlight')!;
    expect([...highlight.quadPoints].map((n: number) => Math.round(n * 100) / 100)).toEqual([201.5, 617.4, 249.75, 617.4, 201.5, 603.2, 249.75, 603.2]);
    placeAnnotation(lib.db, { ...made, start: start + 1, modified: new Date().toISOString() });
    expect(listAnnotations(lib.db, id)[0]!.regions).toBeNull();
    lib.close();
  });

  it('refuses an article that is not a PDF, in words', async () => {
    const lib = openLibrary(tempDir());
    const id = (await importSources(lib.db, [sourceFromBytes('note.txt', new TextEncoder().encode('Un article assez long pour être lu.\n\nSecond paragraphe du texte.'))])).imported[0]!.id;
    await expect(annotatedPdf(lib.db, id)).rejects.toMatchObject({ code: 'not_a_pdf' });
    lib.close();
  });

  it('is written by `apostille export --format pdf --doc ID --out FILE`, after `apostille import` read the PDF', async (context) => {
    if (!printed) return context.skip();
    const dir = tempDir();
    const library = join(dir, 'library');
    writeFileSync(join(dir, 'rapport.pdf'), printed.report);
    const imported = apostille(['import', join(dir, 'rapport.pdf'), '--library', library, '--json']);
    expect(imported.code).toBe(0);
    const id = (JSON.parse(imported.stdout) as { imported: { id: string }[] }).imported[0]!.id;
    const lib = openLibrary(library);
    const { text } = getDocument(lib.db, id);
    const start = text.indexOf(REPORT.tableCell);
    createAnnotation(lib.db, { documentId: id, start, end: start + REPORT.tableCell.length, color: 'blue', note: 'Chiffre 2023 ?', tags: [] });
    lib.close();
    expect(apostille(['export', '--format', 'pdf', '--doc', id, '--library', library]).code).toBe(2);
    const out = join(dir, 'annoté.pdf');
    const exported = apostille(['export', '--format', 'pdf', '--doc', id, '--out', out, '--library', library]);
    expect(exported.stderr).toContain('Exported 1 annotation(s) from 1 article(s)');
    const pages = await readAnnotations(new Uint8Array(readFileSync(out)));
    expect(pages[1]!.annotations.filter((a) => a.subtype === 'Highlight').map((a) => a.contentsObj.str)).toEqual(['Chiffre 2023 ?']);
  });
});
