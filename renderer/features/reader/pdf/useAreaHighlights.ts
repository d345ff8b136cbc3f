import { useEffect, useRef, type RefObject } from 'react';
import type { Annotation } from '../../../../app/contract/index.ts';
import { drawnArea, placeArea, type DrawnArea, type PageView } from './pdf-areas.ts';

interface Options {
  viewerDiv: RefObject<HTMLDivElement | null>;
  /** Drawing: a drag on a page draws a rectangle. */
  drawing: boolean;
  pageAt(x: number, y: number): { view: NonNullable<PageView>; page: number } | null;
  pageView(page: number): PageView | null;
  onPageDrawn(listener: () => void): () => void;
  /** The area highlights to show over their pages, and the focused one. */
  areas: readonly Annotation[];
  focused: string | null;
  /** A rectangle drawn (at least 8 px each way). */
  onDrawn(area: DrawnArea): void;
}

const MIN_SIDE = 8;

/**
 * Area highlights on a PDF's pages: while drawing, a drag on a page draws a rectangle (its page's part of it); the
 * area highlights made are framed over their pages in their colour, put back each time pdf.js draws a page again.
 */
export function useAreaHighlights({ viewerDiv, drawing, pageAt, pageView, onPageDrawn, areas, focused, onDrawn }: Options): void {
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  useEffect(() => {
    const root = viewerDiv.current;
    if (!drawing || !root) return;
    let start: { x: number; y: number; view: NonNullable<PageView>; page: number; draft: HTMLDivElement } | null = null;
    // The drag's rectangle, kept within its page.
    const boxOf = (event: PointerEvent): DOMRect => {
      const page = ((start!.view.div as HTMLElement).querySelector('.canvasWrapper') ?? start!.view.div).getBoundingClientRect();
      const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
      const x = clamp(event.clientX, page.left, page.right);
      const y = clamp(event.clientY, page.top, page.bottom);
      return new DOMRect(Math.min(x, start!.x), Math.min(y, start!.y), Math.abs(x - start!.x), Math.abs(y - start!.y));
    };
    const down = (event: PointerEvent) => {
      if (event.button !== 0) return;
      const hit = pageAt(event.clientX, event.clientY);
      if (!hit) return;
      event.preventDefault();
      root.setPointerCapture(event.pointerId);
      const draft = document.createElement('div');
      draft.className = 'pdf-area-draft';
      draft.dataset.testid = 'pdf-area-draft';
      hit.view.div.append(draft);
      start = { x: event.clientX, y: event.clientY, ...hit, draft };
    };
    const move = (event: PointerEvent) => {
      if (!start) return;
      const box = boxOf(event);
      const page = start.view.div.getBoundingClientRect();
      Object.assign(start.draft.style, { left: `${box.left - page.left}px`, top: `${box.top - page.top}px`, width: `${box.width}px`, height: `${box.height}px` });
    };
    const up = (event: PointerEvent) => {
      if (!start) return;
      const box = boxOf(event);
      const { view, page, draft } = start;
      draft.remove();
      start = null;
      if (box.width >= MIN_SIDE && box.height >= MIN_SIDE) onDrawnRef.current(drawnArea(view, page, box));
    };
    const cancel = () => {
      start?.draft.remove();
      start = null;
    };
    root.addEventListener('pointerdown', down);
    root.addEventListener('pointermove', move);
    root.addEventListener('pointerup', up);
    root.addEventListener('pointercancel', cancel);
    return () => {
      cancel();
      root.removeEventListener('pointerdown', down);
      root.removeEventListener('pointermove', move);
      root.removeEventListener('pointerup', up);
      root.removeEventListener('pointercancel', cancel);
    };
  }, [drawing, viewerDiv, pageAt]);

  useEffect(() => {
    const draw = () => {
      const root = viewerDiv.current;
      if (!root) return;
      const wanted = new Map(areas.filter((a) => a.area && !a.orphan).map((a) => [a.id, a]));
      for (const element of root.querySelectorAll<HTMLElement>('.pdf-area')) {
        if (!wanted.has(element.dataset.areaId ?? '')) element.remove();
      }
      for (const a of wanted.values()) {
        const view = pageView(a.area!.page);
        if (!view) continue;
        let element = (view.div as HTMLElement).querySelector<HTMLElement>(`.pdf-area[data-area-id="${a.id}"]`);
        if (!element) {
          element = document.createElement('div');
          element.dataset.areaId = a.id;
          element.dataset.testid = 'pdf-area';
          view.div.append(element);
        }
        element.className = `pdf-area area-${a.color}${a.id === focused ? ' focused' : ''}`;
        placeArea(view, element, a.area!.rect);
      }
    };
    draw();
    return onPageDrawn(draw);
  }, [areas, focused, viewerDiv, pageView, onPageDrawn]);
}

/** The area highlight under a point of the window, if any (the frames let clicks through to the text beneath). */
export function areaAt(root: HTMLElement | null, x: number, y: number): string | null {
  if (!root) return null;
  for (const element of root.querySelectorAll<HTMLElement>('.pdf-area')) {
    const box = element.getBoundingClientRect();
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return element.dataset.areaId ?? null;
  }
  return null;
}
