import { beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotations } from '../../../app/annotations/index.ts';
import { placeAnnotation } from '../../../app/annotations/store.ts';
import { exportAnnotationsAsFile } from '../../../app/export/annotations.ts';
import { importSources, sourceFromBytes } from '../../../app/import/index.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { annotatedPdf } from '../../../app/pdf/annotated-pdf.ts';
import { openPdf } from '../../../app/pdf/load-pdf.ts';
import { getDocument } from '../../../app/store/documents.ts';
import { printTestPdfs, REPORT, type TestPdfs } from '../../support/test-pdfs.ts';
import { useTempDir } from '../../support/tmp.ts';
import { png } from '../../support/web-pages.ts';

let printed: TestPdfs | null = null;
beforeAll(async () => {
  printed = await printTestPdfs();
  if (!printed) console.log('PDF areas: skipped, no Chromium here to print the test PDF (set APOSTILLE_CHROMIUM)');
}, 60_000);
const tempDir = useTempDir();

const picture = `data:image/png;base64,${Buffer.from(png(40, 30, [200, 40, 40])).toString('base64')}`;

/** The report imported, with an area highlight over its first page's top, anchored on its first words. */
async function withArea() {
  const lib = openLibrary(tempDir());
  const id = (await importSources(lib.db, [sourceFromBytes('rapport-eau.pdf', printed!.report)])).imported[0]!.id;
  const { text, pages } = getDocument(lib.db, id);
  const start = text.indexOf(REPORT.tableCell);
  const made = createAnnotation(lib.db, {
    documentId: id, start, end: start + REPORT.tableCell.length, color: 'blue', note: 'Le tableau des communes', tags: [],
    area: { page: 2, rect: [50, 500, 300, 700] }, snapshot: picture,
  });
  return { lib, id, made, pages: pages! };
}

describe('an area highlight on a PDF (a figure, a table)', () => {
  it('keeps its page, its rectangle and its picture, and refuses a picture that is not one', async (context) => {
    if (!printed) return context.skip();
    const { lib, id, made } = await withArea();
    expect(made.area).toEqual({ page: 2, rect: [50, 500, 300, 700] });
    const [listed] = listAnnotations(lib.db, id);
    expect(listed!.area).toEqual({ page: 2, rect: [50, 500, 300, 700] });
    expect(listed!.snapshot).toBe(picture);
    const notAnImage = `data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}`;
    expect(() => createAnnotation(lib.db, { documentId: id, start: 0, end: 3, color: 'yellow', note: null, tags: [], snapshot: notAnImage })).toThrow(/PNG or JPEG/);
    expect(listAnnotations(lib.db, id)).toHaveLength(1);
    // Moved to a new version, its page may differ: the rectangle goes, the picture of what was highlighted stays.
    placeAnnotation(lib.db, { ...listed!, modified: new Date().toISOString() });
    const moved = listAnnotations(lib.db, id)[0]!;
    expect(moved.area).toBeNull();
    expect(moved.snapshot).toBe(picture);
    // Its place on the new version's page unknown, the annotated PDF leaves it out (rather than mark the anchoring word).
    expect((await annotatedPdf(lib.db, id)).annotations).toBe(0);
    lib.close();
  });

  it('is a /Square around the area in the annotated PDF, with its note, and pdf.js reads it there', async (context) => {
    if (!printed) return context.skip();
    const { lib, id } = await withArea();
    const { file, annotations } = await annotatedPdf(lib.db, id);
    expect(annotations).toBe(1);
    const { pdf, close } = await openPdf(new Uint8Array(Buffer.from(file.content, 'base64')));
    const onPage = async (n: number) => (await (await pdf.getPage(n)).getAnnotations()).filter((a) => a.subtype !== 'Popup');
    expect(await onPage(1)).toEqual([]);
    const [square] = await onPage(2);
    expect(square.subtype).toBe('Square');
    expect(square.rect).toEqual([50, 500, 300, 700]);
    expect(square.contentsObj.str).toBe('Le tableau des communes');
    await close();
    lib.close();
  });

  it('shows its picture in the Markdown and HTML exports, and its rectangle in the W3C selector (RFC 8118 viewrect)', async (context) => {
    if (!printed) return context.skip();
    const { lib, id, pages } = await withArea();
    const options = { documentIds: [id], labels: {}, language: 'fr' };
    const md = (await exportAnnotationsAsFile(lib.db, { ...options, format: 'md' })).file.content;
    expect(md).toContain(`![Zone, p. 2](${picture})`);
    expect(md).toContain('· p. 2');
    const html = (await exportAnnotationsAsFile(lib.db, { ...options, format: 'html' })).file.content;
    expect(html).toContain(`<img class="snapshot" src="${picture}" alt="Zone, p. 2">`);
    const w3c = JSON.parse((await exportAnnotationsAsFile(lib.db, { ...options, format: 'w3c' })).file.content) as { items?: unknown[]; first?: { items: unknown[] } };
    const items = (w3c.first?.items ?? w3c.items) as { target: { selector: { type: string; value?: string }[] } }[];
    const fragment = items[0]!.target.selector.find((s) => s.type === 'FragmentSelector');
    expect(fragment!.value).toBe(`page=2&viewrect=50,${pages[1]!.height - 700},250,200`);
    lib.close();
  });
});
