import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePdf, PdfCancelled } from '../../../app/pdf/parse-pdf.ts';
import { printTestPdfs, REPORT, writePdf, xmpPacket, type TestPdfs } from '../../support/test-pdfs.ts';

let printed: TestPdfs | null = null;
beforeAll(async () => {
  printed = await printTestPdfs();
  if (!printed) console.log('PDFs printed by Chromium: skipped, no Chromium here (set APOSTILLE_CHROMIUM or install chromium)');
}, 60_000);
const NOW = '2026-12-06T12:00:00.000Z';

describe('a PDF printed by Chromium', () => {
  it('becomes one text with its pages apart, hyphenation undone, ligatures folded, accents and the table kept', async (context) => {
    if (!printed) return context.skip();
    const doc = await parsePdf('rapport-eau.pdf', printed.report, NOW);
    expect(doc.format).toBe('pdf');
    expect(doc.title).toBe(REPORT.title);
    expect(doc.language).toBe('fr');
    expect(doc.text).toContain(REPORT.hyphenated);
    expect(doc.text).not.toContain('gouverne-');
    for (const word of REPORT.ligatures) expect(doc.text).toContain(word);
    expect(doc.text).not.toMatch(/[\uFB00-\uFB06]/);
    expect(doc.text).toContain(REPORT.accents);
    expect(doc.text).toContain(`${REPORT.tableCell} 43 000`);
    // Two columns read one after the other: the first column's last sentence comes before the second's first.
    expect(doc.text.indexOf('depuis 2015.')).toBeLessThan(doc.text.indexOf('La seconde colonne commence ici'));
    expect(doc.pages).toHaveLength(3);
    const [first, second, third] = doc.pages!;
    expect(first!.width).toBeCloseTo(595.92, 1);
    expect(doc.text.slice(first!.start, first!.end)).toContain(REPORT.accents);
    expect(doc.text.slice(second!.start, second!.end)).toContain(REPORT.tableCell);
    // The page that is only an image has no text.
    expect(third!.start).toBe(third!.end);
    expect(doc.blocks.find((b) => b.kind === 'heading')).toBeTruthy();
    // Chromium writes no file identifier: no fingerprint is kept (see the import's tests for one that has it).
    expect(doc.fingerprint).toBeNull();
    expect(doc.original).toBe(printed.report);
  });

  it('keeps a scan with no text layer, known by its bytes', async (context) => {
    if (!printed) return context.skip();
    const doc = await parsePdf('scan.pdf', printed.scan, NOW);
    expect(doc.text).toBe('');
    expect(doc.wordCount).toBe(0);
    // Chromium names a page printed without a title "about:blank": the file's name is the better title.
    expect(doc.title).toBe('scan');
    expect(doc.pages).toHaveLength(1);
    expect(doc.id).toMatch(/^[0-9a-f]{32}$/);
    const other = await parsePdf('scan.pdf', printed.report, NOW);
    expect(other.id).not.toBe(doc.id);
  });

  it('stops when the import is cancelled', async (context) => {
    if (!printed) return context.skip();
    const controller = new AbortController();
    await expect(parsePdf('rapport.pdf', printed.report, NOW, { signal: controller.signal, page: () => controller.abort() })).rejects.toBeInstanceOf(PdfCancelled);
  });
});

describe('a PDF’s details', () => {
  it('come from XMP first, then the document information', async () => {
    const bytes = await writePdf([['Some text on the first page of the study.']], {
      title: 'Info title', author: 'Info Author', created: new Date('2021-05-04T10:00:00Z'),
      xmp: xmpPacket('Water quality in Brittany', ['Ana Lopez', 'Marc Petit'], '2020-11-02T09:00:00Z'),
    });
    const doc = await parsePdf('study.pdf', bytes, NOW);
    expect(doc.title).toBe('Water quality in Brittany');
    expect(doc.author).toBe('Ana Lopez, Marc Petit');
    expect(doc.published).toBe('2020-11-02');
  });

  it('take the document information where there is no XMP, and leave out a title that names a file', async () => {
    const bytes = await writePdf([['The annual report of the harbour authority, second edition.']], { title: 'Microsoft Word - rapport_final.docx', author: 'Port of Brest', created: new Date('2019-02-03T10:00:00Z') });
    const doc = await parsePdf('harbour-report.pdf', bytes, NOW);
    expect(doc.title).toBe('harbour report');
    expect(doc.author).toBe('Port of Brest');
    expect(doc.published).toBe('2019-02-03');
  });
});

describe('a bad PDF', () => {
  it('protected by a password is refused with pdf_encrypted', async () => {
    const bytes = await writePdf([['Confidential figures.']], { password: 'secret' });
    await expect(parsePdf('locked.pdf', bytes, NOW)).rejects.toMatchObject({ code: 'pdf_encrypted' });
  });

  it('that is not a PDF, or is cut short before its first page, is refused with pdf_damaged and a reason', async () => {
    await expect(parsePdf('fake.pdf', new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all'), NOW)).rejects.toMatchObject({ code: 'pdf_damaged' });
    const whole = await writePdf([['A page of text that will be cut.']]);
    await expect(parsePdf('cut.pdf', whole.slice(0, 40), NOW)).rejects.toMatchObject({ code: 'pdf_damaged' });
  });

  it('with no pages is read as pdf.js reads it, one blank page: an article with no text, never a hang', async () => {
    const doc = await parsePdf('empty.pdf', await writePdf([]), NOW);
    expect(doc.pages).toHaveLength(1);
    expect(doc.text).toBe('');
  });
});

describe('the pinned pdf.js', () => {
  it('holds no eval or new Function in the builds Apostille loads (the reason isEvalSupported is no longer needed)', () => {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    for (const folder of ['build', 'legacy/build']) {
      for (const file of readdirSync(join(root, folder)).filter((f) => /^pdf(\.worker)?\.mjs$/.test(f))) {
        const code = readFileSync(join(root, folder, file), 'utf8');
        expect(code, `${folder}/${file}`).not.toMatch(/\bnew Function\s*\(|[^.\w]eval\s*\(/);
      }
    }
  });
});

describe('a big PDF', () => {
  it('of 2,000 pages is read whole, page by page, yielding between pages', async () => {
    const bytes = await writePdf(Array.from({ length: 2000 }, (_, i) => [`Page ${i + 1}: the minutes of the harbour council.`]));
    let pauses = 0;
    const doc = await parsePdf('minutes.pdf', bytes, NOW, { pause: async () => void pauses++ });
    expect(doc.pages).toHaveLength(2000);
    expect(pauses).toBe(2000);
    expect(doc.text.slice(doc.pages![1999]!.start)).toBe('Page 2000: the minutes of the harbour council.');
  }, 120_000);

  it('whose image claims to be 20,000 pixels square still gives its text (images are never decoded to read it)', async () => {
    const { PDFDocument, StandardFonts } = await import('@cantoo/pdf-lib');
    // A JPEG header alone: start of image, a frame of 20,000 × 20,000 pixels in three components, end of image.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x4e, 0x20, 0x4e, 0x20, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9]);
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    page.drawImage(await pdf.embedJpg(jpeg), { x: 0, y: 300, width: 595, height: 400 });
    page.drawText('A caption under a very large photograph.', { x: 60, y: 250, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
    const doc = await parsePdf('photo.pdf', await pdf.save(), NOW);
    expect(doc.text).toBe('A caption under a very large photograph.');
  });
});
