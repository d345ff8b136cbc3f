import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { DocumentFull, PdfRegion } from '../../../../app/contract/index.ts';
import type { PdfTextItem } from '../../../../app/contract/shared/pdf-text.ts';
import { client } from '../../../api/client.ts';
import { base64Bytes } from '../../../shared/download.ts';
import { TextMap, type Segment } from '../text-map.ts';
import { pageItems, pageSegments, type PageItems } from './pdf-text-map.ts';
import { documentOptions, loadPdfJs, type PdfViewerLib } from './pdfjs.ts';

type Viewer = InstanceType<PdfViewerLib['PDFViewer']>;

export interface PdfViewState {
  status: 'loading' | 'ready' | 'failed';
  page: number;
  pages: number;
  /** The zoom, 1 = 100 %. */
  scale: number;
}

const MIN_SCALE = 0.25;
const MAX_SCALE = 5;

/**
 * A PDF drawn by pdf.js's viewer in the pane's scroller: only the pages near the view are rendered, each with its
 * selectable text layer. The text layers drawn are mapped onto the article's text (the one the import extracted), so
 * highlights, selection, finding and notes work on the pages exactly as on an article's text.
 */
export function usePdfViewer(doc: DocumentFull, scroller: RefObject<HTMLDivElement | null>, onMap: (map: TextMap | null) => void, enabled: boolean) {
  const viewerDiv = useRef<HTMLDivElement>(null);
  const viewer = useRef<Viewer | null>(null);
  const [state, setState] = useState<PdfViewState>({ status: 'loading', page: 1, pages: doc.pages?.length ?? 0, scale: 1 });
  const onMapRef = useRef(onMap);
  onMapRef.current = onMap;
  // The article is read again when its details change: the pages stay the same, and the viewer is not made again.
  const pagesRef = useRef(doc.pages);
  pagesRef.current = doc.pages;
  // Who wants to know when a page has been drawn (again): what is drawn over pages is put back then.
  const pageListeners = useRef(new Set<() => void>());

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let destroy = () => {};
    const items = new Map<number, Promise<PageItems>>();
    let frame = 0;
    void (async () => {
      const [{ lib, viewer: components }, { base64 }] = await Promise.all([loadPdfJs(), client.call('documents.original', { id: doc.id })]);
      const container = scroller.current;
      if (cancelled || !base64 || !container || !viewerDiv.current) return;
      const eventBus = new components.EventBus();
      const pdfViewer = new components.PDFViewer({
        container, viewer: viewerDiv.current, eventBus, textLayerMode: 1, annotationMode: lib.AnnotationMode.DISABLE,
        annotationEditorMode: lib.AnnotationEditorType.DISABLE, enableAutoLinking: false,
      });
      const task = lib.getDocument(documentOptions(base64Bytes(base64)));
      // A pane made narrower or wider (another pane opened, the window resized) fits the pages again, while the zoom is
      // "fit width" rather than a percentage the reader chose.
      let width = container.clientWidth;
      const resized = new ResizeObserver(() => {
        if (container.clientWidth === width) return;
        width = container.clientWidth;
        const preset = pdfViewer.currentScaleValue;
        if (Number.isNaN(Number(preset))) pdfViewer.currentScaleValue = preset;
      });
      resized.observe(container);
      destroy = () => {
        resized.disconnect();
        pdfViewer.setDocument(null as never);
        void task.destroy();
      };
      const pdf = await task.promise;
      if (cancelled) return;
      viewer.current = pdfViewer;
      const pages = pagesRef.current ?? [];
      // The drawn text layers, as one map of the article's text.
      const remap = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => void (async () => {
          const segments: Segment[] = [];
          for (let n = 1; n <= pdfViewer.pagesCount; n++) {
            const layer = pdfViewer.getPageView(n - 1)?.div.querySelector('.textLayer');
            if (!layer?.isConnected || !layer.querySelector('span') || !pages[n - 1]) continue;
            let known = items.get(n);
            if (!known) {
              known = pdf.getPage(n).then((page) => page.getTextContent()).then((content) => pageItems(content.items.filter((i): i is PdfTextItem & typeof i => 'str' in i)));
              items.set(n, known);
            }
            segments.push(...pageSegments(layer, pages[n - 1]!, await known));
          }
          if (!cancelled) onMapRef.current(TextMap.fromSegments(segments));
        })());
      };
      eventBus.on('pagesinit', () => {
        pdfViewer.currentScaleValue = 'page-width';
        setState({ status: 'ready', page: 1, pages: pdf.numPages, scale: pdfViewer.currentScale });
      });
      eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => setState((s) => ({ ...s, page: pageNumber })));
      eventBus.on('scalechanging', ({ scale }: { scale: number }) => setState((s) => ({ ...s, scale })));
      eventBus.on('textlayerrendered', remap);
      eventBus.on('pagerendered', () => pageListeners.current.forEach((listener) => listener()));
      pdfViewer.setDocument(pdf);
    })().catch(() => {
      if (!cancelled) setState((s) => ({ ...s, status: 'failed' }));
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      viewer.current = null;
      destroy();
    };
  }, [doc.id, scroller, enabled]);

  const goTo = useCallback((page: number) => {
    const v = viewer.current;
    if (v && page >= 1 && page <= v.pagesCount) v.currentPageNumber = page;
  }, []);
  const zoom = useCallback((factor: number) => {
    const v = viewer.current;
    if (v) v.currentScale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(v.currentScale * factor * 100) / 100));
  }, []);
  const fitWidth = useCallback(() => {
    if (viewer.current) viewer.current.currentScaleValue = 'page-width';
  }, []);
  /** Where the pages draw a range of their text layers: per page, its rectangles in PDF coordinates. */
  const regionsOf = useCallback((range: Range): PdfRegion[] | undefined => {
    const v = viewer.current;
    if (!v) return undefined;
    const byPage = new Map<number, PdfRegion['rects']>();
    const round = (n: number) => Math.round(n * 100) / 100;
    for (const rect of range.getClientRects()) {
      if (rect.width < 0.5 || rect.height < 0.5) continue;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      for (let i = 0; i < v.pagesCount; i++) {
        const view = v.getPageView(i);
        const box = (view?.div.querySelector('.canvasWrapper') ?? view?.div)?.getBoundingClientRect();
        if (!view || !box || x < box.left || x > box.right || y < box.top || y > box.bottom) continue;
        const [ax, ay] = view.viewport.convertToPdfPoint(rect.left - box.left, rect.bottom - box.top) as [number, number];
        const [bx, by] = view.viewport.convertToPdfPoint(rect.right - box.left, rect.top - box.top) as [number, number];
        const rects = byPage.get(i + 1) ?? [];
        rects.push([round(Math.min(ax, bx)), round(Math.min(ay, by)), round(Math.max(ax, bx)), round(Math.max(ay, by))]);
        byPage.set(i + 1, rects);
        break;
      }
    }
    return byPage.size ? [...byPage].map(([page, rects]) => ({ page, rects: rects.slice(0, 1000) })) : undefined;
  }, []);
  /** The page under a point of the window, and its number (from 1). */
  const pageAt = useCallback((x: number, y: number) => {
    const v = viewer.current;
    if (!v) return null;
    for (let i = 0; i < v.pagesCount; i++) {
      const view = v.getPageView(i);
      const box = view?.div.getBoundingClientRect();
      if (view && box && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return { view, page: i + 1 };
    }
    return null;
  }, []);
  const pageView = useCallback((page: number) => viewer.current?.getPageView(page - 1) ?? null, []);
  const onPageDrawn = useCallback((listener: () => void) => {
    pageListeners.current.add(listener);
    return () => void pageListeners.current.delete(listener);
  }, []);
  return { viewerDiv, state, goTo, zoom, fitWidth, regionsOf, pageAt, pageView, onPageDrawn };
}
