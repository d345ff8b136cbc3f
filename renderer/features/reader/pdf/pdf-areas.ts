// Area highlights on a PDF's pages (a figure, a table): the rectangle drawn, its picture, the text it anchors on, and
// the rectangles of those already made, drawn over their pages.
import type { DocumentPage, PdfArea } from '../../../../app/contract/index.ts';
import type { PdfViewerLib } from './pdfjs.ts';

export type PageView = ReturnType<InstanceType<PdfViewerLib['PDFViewer']>['getPageView']>;

/** An area drawn on a page: where it is in PDF coordinates, its picture, and the page's text inside it (if any). */
export interface DrawnArea {
  area: PdfArea;
  snapshot: string | null;
  text: Range | null;
}

// The picture is at most this many pixels on its longer side, and at most 3 MB (the core's limit) as PNG, else JPEG.
const MAX_PICTURE_SIDE = 1400;
const MAX_PICTURE_URL = 4_000_000;

const round = (n: number) => Math.round(n * 100) / 100;

/** The part of the page view that is the page itself (its canvas' wrapper), in client coordinates. */
function pageBox(view: NonNullable<PageView>): DOMRect {
  return (view.div.querySelector('.canvasWrapper') ?? view.div).getBoundingClientRect();
}

/** The rectangle `box` (client coordinates) drawn on page `page`, with its picture and its text. */
export function drawnArea(view: NonNullable<PageView>, page: number, box: DOMRect): DrawnArea {
  const origin = pageBox(view);
  const [ax, ay] = view.viewport.convertToPdfPoint(box.left - origin.left, box.bottom - origin.top) as [number, number];
  const [bx, by] = view.viewport.convertToPdfPoint(box.right - origin.left, box.top - origin.top) as [number, number];
  const area: PdfArea = { page, rect: [round(Math.min(ax, bx)), round(Math.min(ay, by)), round(Math.max(ax, bx)), round(Math.max(ay, by))] };
  return { area, snapshot: pictureOf(view, box), text: textInside(view, box) };
}

/** What the page's canvas shows inside `box`, as a PNG (a JPEG if the PNG would be too big) data: address. */
function pictureOf(view: NonNullable<PageView>, box: DOMRect): string | null {
  const canvas = (view.div as HTMLElement).querySelector<HTMLCanvasElement>('.canvasWrapper canvas');
  if (!canvas || canvas.width === 0) return null;
  const drawn = canvas.getBoundingClientRect();
  const sx = canvas.width / drawn.width;
  const sy = canvas.height / drawn.height;
  const left = Math.max(0, (box.left - drawn.left) * sx);
  const top = Math.max(0, (box.top - drawn.top) * sy);
  const width = Math.min(canvas.width, (box.right - drawn.left) * sx) - left;
  const height = Math.min(canvas.height, (box.bottom - drawn.top) * sy) - top;
  if (width < 1 || height < 1) return null;
  const scale = Math.min(1, MAX_PICTURE_SIDE / Math.max(width, height));
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(width * scale));
  out.height = Math.max(1, Math.round(height * scale));
  const context = out.getContext('2d');
  if (!context) return null;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, out.width, out.height);
  context.drawImage(canvas, left, top, width, height, 0, 0, out.width, out.height);
  const png = out.toDataURL('image/png');
  if (png.length <= MAX_PICTURE_URL) return png;
  const jpeg = out.toDataURL('image/jpeg', 0.85);
  return jpeg.length <= MAX_PICTURE_URL ? jpeg : null;
}

/** The page's text drawn inside `box`: from the first text run there to the last, or null where there is none. */
function textInside(view: NonNullable<PageView>, box: DOMRect): Range | null {
  const runs = [...(view.div as HTMLElement).querySelectorAll<HTMLElement>('.textLayer span')].filter((span) => {
    if (span.querySelector('span') || !span.firstChild) return false;
    const r = span.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  });
  const first = runs[0]?.firstChild;
  const last = runs.at(-1)?.lastChild;
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.textContent?.length ?? 0);
  return range;
}

/**
 * Where an area with no text inside (a picture) is anchored in the text: the first word of its page, else the first
 * word after it, else the last word before it. UTF-16 offsets; null for a text with no word.
 */
export function wordNear(text: string, pages: readonly DocumentPage[], page: number): { start: number; end: number } | null {
  const from = pages[page - 1]?.start ?? 0;
  const after = /\S+/g;
  after.lastIndex = from;
  const next = after.exec(text);
  if (next) return { start: next.index, end: next.index + next[0].length };
  const before = /(\S+)\s*$/.exec(text.slice(0, from));
  return before ? { start: before.index, end: before.index + before[1]!.length } : null;
}

/** An area highlight as drawn over its page: its rectangle as a share of the page, so zooming keeps it in place. */
export function placeArea(view: NonNullable<PageView>, element: HTMLElement, rect: PdfArea['rect']): void {
  const [x1, y1] = view.viewport.convertToViewportPoint(rect[0], rect[1]) as [number, number];
  const [x2, y2] = view.viewport.convertToViewportPoint(rect[2], rect[3]) as [number, number];
  const { width, height } = view.viewport;
  element.style.left = `${(Math.min(x1, x2) / width) * 100}%`;
  element.style.top = `${(Math.min(y1, y2) / height) * 100}%`;
  element.style.width = `${(Math.abs(x2 - x1) / width) * 100}%`;
  element.style.height = `${(Math.abs(y2 - y1) / height) * 100}%`;
}
