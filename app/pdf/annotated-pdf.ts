import { PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from '@cantoo/pdf-lib';
import { listAnnotations } from '../annotations/store.ts';
import { AppError } from '../contract/errors.ts';
import type { Annotation, ExportFile } from '../contract/schemas.ts';
import { offsetConverter } from '../contract/shared/code-points.ts';
import type { HighlightColor } from '../contract/shared/colors.ts';
import { fileNameFor } from '../export/markdown.ts';
import type { Database } from '../store/database.ts';
import { getDocument, getOriginal } from '../store/documents.ts';
import { pdfRegions, type PdfRect } from './pdf-regions.ts';

// The highlight colours as PDF readers draw them (RGB, 0–1), close to the app's own.
const COLORS: Record<HighlightColor, [number, number, number]> = {
  yellow: [0.98, 0.84, 0.27], green: [0.48, 0.77, 0.41], blue: [0.43, 0.65, 0.9], pink: [0.93, 0.47, 0.66], purple: [0.66, 0.5, 0.89],
};

/** A PDF date: D:YYYYMMDDHHmmSSZ. */
function pdfDate(iso: string): string {
  return `D:${iso.replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** QuadPoints as readers expect them: for each rectangle, its top left, top right, bottom left and bottom right. */
function quadPoints(rects: PdfRect[]): number[] {
  return rects.flatMap(([x1, y1, x2, y2]) => [x1, y2, x2, y2, x1, y1, x2, y1]);
}

function bounds(rects: PdfRect[]): PdfRect {
  return [Math.min(...rects.map((r) => r[0])), Math.min(...rects.map((r) => r[1])), Math.max(...rects.map((r) => r[2])), Math.max(...rects.map((r) => r[3]))];
}

/** What a reader shows in a highlight's pop-up: the note, then the tags. */
function contents(a: Annotation): string {
  return [a.note?.trim(), a.tags.length ? a.tags.map((t) => `#${t}`).join(' ') : ''].filter(Boolean).join('\n\n');
}

/**
 * The PDF as imported, with its highlights and notes written into it as real PDF annotations, readable in any PDF
 * reader: a /Highlight per page a passage touches, its /QuadPoints around the passage's text (the rectangles the page
 * drew when it was made there, else found from the text items), its colour, and the note (with the tags) as its
 * contents and pop-up; an area highlight (a figure, a table) as a /Square around it. Entity mentions and passages not
 * found are left out.
 */
export async function annotatedPdf(db: Database, id: string): Promise<{ file: ExportFile; annotations: number }> {
  const doc = getDocument(db, id);
  if (doc.format !== 'pdf' || !doc.pages) throw new AppError('not_a_pdf', `${doc.id} is not a PDF`, { title: doc.title });
  // An area highlight moved to a new version keeps its picture but not its place on the page: it is not written.
  const annotations = listAnnotations(db, doc.id).filter((a) => !a.orphan && a.motivation !== 'identifying' && !(a.snapshot && !a.area));
  const toUtf16 = offsetConverter(doc.text).toUtf16;
  const bytes = getOriginal(db, doc.id);
  // Where the page drew a highlight when it was made; else where its text lies, from pdf.js's text items.
  const unplaced = annotations.filter((a) => !a.regions?.length && !a.area);
  const found = await pdfRegions(bytes, doc.pages, unplaced.map((a) => ({ start: toUtf16(a.start), end: toUtf16(a.end) })));
  const regions = annotations.map((a) => (a.area ? [] : a.regions?.length ? a.regions : found[unplaced.indexOf(a)]!));
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = pdf.getPages();
  let written = 0;
  // One annotation on a page: its dictionary (a /Highlight, or a /Square around an area), and its note as a pop-up.
  const add = (a: Annotation, pageNumber: number, rect: PdfRect, fields: Record<string, unknown>) => {
    const page = pages[pageNumber - 1];
    if (!page) return;
    const text = contents(a);
    const annotation = pdf.context.obj({
      Type: 'Annot', Rect: rect, C: COLORS[a.color], F: 4, M: PDFString.of(pdfDate(a.modified)), T: PDFHexString.fromText('Apostille'),
      NM: PDFHexString.fromText(a.id), Contents: PDFHexString.fromText(text), ...fields,
    });
    const ref = pdf.context.register(annotation);
    if (text) {
      const [, , x2, y2] = rect;
      const popup = pdf.context.register(pdf.context.obj({ Type: 'Annot', Subtype: 'Popup', Rect: [x2 + 8, y2 - 120, x2 + 208, y2], Parent: ref, Open: false }));
      annotation.set(PDFName.of('Popup'), popup);
      page.node.addAnnot(popup as PDFRef);
    }
    page.node.addAnnot(ref);
    written++;
  };
  annotations.forEach((a, i) => {
    if (a.area) add(a, a.area.page, a.area.rect, { Subtype: 'Square', BS: { W: 2 }, CA: 1 });
    for (const region of regions[i]!) {
      if (region.rects.length) add(a, region.page, bounds(region.rects), { Subtype: 'Highlight', QuadPoints: quadPoints(region.rects), CA: 1 });
    }
  });
  const saved = await pdf.save();
  return {
    file: { fileName: `${fileNameFor(doc.title)} (annotated).pdf`, mimeType: 'application/pdf', content: Buffer.from(saved).toString('base64'), encoding: 'base64' },
    annotations: written,
  };
}
