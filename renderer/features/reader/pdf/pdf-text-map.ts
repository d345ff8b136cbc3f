import type { DocumentPage } from '../../../../app/contract/index.ts';
import { pdfPageText, type PdfTextItem } from '../../../../app/contract/shared/pdf-text.ts';
import type { Segment } from '../text-map.ts';

/** What a page's text items become in the article's text (the core's own rules, app/contract/shared/pdf-text.ts). */
export interface PageItems {
  items: PdfTextItem[];
  itemStarts: number[];
  itemSkips: number[];
  length: number;
}

export function pageItems(items: PdfTextItem[]): PageItems {
  const { text, itemStarts, itemSkips } = pdfPageText(items);
  return { items, itemStarts, itemSkips, length: text.length };
}

/**
 * One rendered page's text layer as segments of the article's text. pdf.js's text layer draws one span per text item
 * that has text, in the items' order: span k is the k-th non-empty item, which starts in the page's text where the
 * import put it. A span holds the item as written (a final hyphen, a ligature), so each segment stops where the next
 * item starts. A text layer that does not match the items (another reading of the file) maps nothing.
 */
export function pageSegments(textLayer: Element, page: DocumentPage, { items, itemStarts, itemSkips, length }: PageItems): Segment[] {
  const spans = textLayer.querySelectorAll('span[role="presentation"]');
  const drawn = items.flatMap((item, i) => (item.str !== '' ? [i] : []));
  if (spans.length !== drawn.length) return [];
  const starts = itemStarts.map((start, i) => ({ start, i })).filter((s) => s.start >= 0);
  const nextStart = new Map(starts.map((s, k) => [s.i, starts[k + 1]?.start ?? length]));
  const segments: Segment[] = [];
  drawn.forEach((i, k) => {
    const start = itemStarts[i]!;
    const node = spans[k]!.firstChild;
    if (start < 0 || !(node instanceof Text)) return;
    // A line's leading blanks are not in the text: the segment starts after them.
    const lead = itemSkips[i]!;
    const length = Math.min(node.data.length - lead, nextStart.get(i)! - start);
    if (length > 0) segments.push({ node, nodeStart: lead, start: page.start + start, length });
  });
  return segments;
}
