import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { DocumentPage } from '../contract/schemas.ts';
import { cleanPdfString, pdfPageText } from '../contract/shared/pdf-text.ts';
import { openPdf } from './load-pdf.ts';

/** A rectangle in a page's PDF coordinates (points, origin at the bottom left): [x1, y1, x2, y2]. */
export type PdfRect = [number, number, number, number];

/** Where a passage of the text lies on the pages: on each page it touches, the rectangles around its characters. */
export interface PdfRegion {
  /** From 1. */
  page: number;
  rects: PdfRect[];
}

// A line's box around its baseline, as a share of the font size (most Latin fonts: ascender ~0.8, descender ~0.2).
const ASCENT = 0.82;
const DESCENT = 0.24;

/**
 * The rectangles of passages of a PDF's text (UTF-16 offsets in the article's text), found from pdf.js's text items
 * with the import's own page rules: each item covered gives the part of its box that the passage covers, its
 * characters taken as equally wide. For highlights made on the text view, imported, or moved to a new version, which
 * have no rectangles of their own.
 */
export async function pdfRegions(bytes: Uint8Array, pages: readonly DocumentPage[], passages: readonly { start: number; end: number }[]): Promise<PdfRegion[][]> {
  const regions: PdfRegion[][] = passages.map(() => []);
  const { pdf, close } = await openPdf(bytes);
  try {
    for (const [index, page] of pages.entries()) {
      const touching = passages.flatMap((p, i) => (p.start < page.end && p.end > page.start ? [i] : []));
      if (touching.length === 0) continue;
      const content = await (await pdf.getPage(index + 1)).getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item);
      const { text, itemStarts, itemSkips } = pdfPageText(items);
      const placed = items.flatMap((item, i) => (itemStarts[i]! >= 0 ? [{ item, i, start: itemStarts[i]! }] : []));
      placed.forEach((entry, k) => {
        const chars = cleanPdfString(entry.item.str).length - itemSkips[entry.i]!;
        const end = Math.min(entry.start + chars, placed[k + 1]?.start ?? text.length);
        const [, , c = 0, d = 0, x = 0, y = 0] = entry.item.transform;
        const size = Math.hypot(c, d) || entry.item.height;
        const perChar = chars > 0 ? entry.item.width / (chars + itemSkips[entry.i]!) : 0;
        for (const i of touching) {
          const from = Math.max(passages[i]!.start - page.start, entry.start);
          const to = Math.min(passages[i]!.end - page.start, end);
          if (to <= from) continue;
          const left = x + perChar * (itemSkips[entry.i]! + from - entry.start);
          const right = x + perChar * (itemSkips[entry.i]! + to - entry.start);
          const rect: PdfRect = [round(left), round(y - DESCENT * size), round(right), round(y + ASCENT * size)];
          const list = regions[i]!;
          const onPage = list.at(-1)?.page === index + 1 ? list.at(-1)! : (list.push({ page: index + 1, rects: [] }), list.at(-1)!);
          onPage.rects.push(rect);
        }
      });
    }
  } finally {
    await close();
  }
  return regions;
}

const round = (n: number) => Math.round(n * 100) / 100;
