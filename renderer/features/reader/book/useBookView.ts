import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../../../app/contract/index.ts';
import { client } from '../../../api/client.ts';
import { base64Bytes } from '../../../shared/download.ts';
import { openBook, type FoliateView, type TocItem } from './foliate.ts';

export type BookFlow = 'paginated' | 'scrolled';

export interface BookViewState {
  status: 'loading' | 'ready' | 'failed';
  toc: TocItem[];
  /** The table of contents' entry being read. */
  current: string | null;
}

/** A selection in the book: the passage it is (code points), its words, and where it is drawn in the window. */
export interface BookSelection {
  start: number;
  end: number;
  exact: string;
  rect: DOMRect;
}

// The highlight colours as the book view paints them (foliate-js's overlayer draws them half transparent).
const PAINT: Record<Annotation['color'], string> = { yellow: '#f7d646', green: '#7ac469', blue: '#6ea5e6', pink: '#ed78a8', purple: '#a880e3' };

/**
 * A chapter in the reader's colours (its text and links, over the pane's paper), set on its elements' style: the
 * page's CSP, which the chapter's frame inherits, lets no style sheet of the book's or foliate-js's own apply.
 */
function paintColours(doc: Document, stage: HTMLElement): void {
  const { color } = getComputedStyle(stage);
  const root = doc.documentElement;
  root.style.setProperty('color', color);
  root.style.setProperty('background', 'transparent');
  root.style.setProperty('color-scheme', document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
  for (const link of doc.querySelectorAll<HTMLElement>('a[href]')) link.style.setProperty('color', color);
}

/**
 * A book drawn in its own layout by foliate-js's view (reflowable, paginated or scrolled, its table of contents) in
 * `host`. Its highlights are painted from their EPUB CFIs, which the core writes from their passages of the text; a
 * selection in the book is read back into the text by the core (epub.locate), so that the book's highlights and notes
 * are the article's, whichever way it is shown.
 */
export function useBookView(documentId: string, host: React.RefObject<HTMLDivElement | null>, enabled: boolean, flow: BookFlow, annotations: readonly Annotation[], onSelect: (selection: BookSelection | null) => void, onShow: (annotationId: string) => void) {
  const view = useRef<FoliateView | null>(null);
  const [state, setState] = useState<BookViewState>({ status: 'loading', toc: [], current: null });
  const painted = useRef(new Map<string, { cfi: string; color: Annotation['color'] }>());
  const [revision, setRevision] = useState(0);
  const callbacks = useRef({ onSelect, onShow });
  callbacks.current = { onSelect, onShow };

  useEffect(() => {
    const container = host.current;
    if (!enabled || !container) return;
    let cancelled = false;
    let asked = 0;
    setState({ status: 'loading', toc: [], current: null });
    const element = document.createElement('foliate-view') as FoliateView;
    element.className = 'book-view';
    element.dataset.testid = 'book-view';
    void (async () => {
      const { base64 } = await client.call('documents.original', { id: documentId });
      if (cancelled || !base64) throw new Error('no book');
      const { book, highlight } = await openBook(base64Bytes(base64));
      if (cancelled) return;
      container.append(element);
      element.addEventListener('load', ((event: CustomEvent<{ doc: Document; index: number }>) => {
        const { doc, index } = event.detail;
        paintColours(doc, container);
        const read = () => {
          const selection = doc.getSelection();
          if (!selection || selection.isCollapsed || selection.rangeCount === 0) return callbacks.current.onSelect(null);
          const range = selection.getRangeAt(0);
          const cfi = element.getCFI(index, range);
          const box = range.getBoundingClientRect();
          const frame = (doc.defaultView?.frameElement as HTMLElement | null)?.getBoundingClientRect();
          const rect = new DOMRect(box.left + (frame?.left ?? 0), box.top + (frame?.top ?? 0), box.width, box.height);
          // Only the newest selection's answer counts (an older one could bring back a toolbar for words no longer selected).
          const request = ++asked;
          void client.call('epub.locate', { documentId, cfi }).then(
            (found) => request === asked && !cancelled && callbacks.current.onSelect(found && { ...found, exact: selection.toString(), rect }),
            () => request === asked && callbacks.current.onSelect(null),
          );
        };
        doc.addEventListener('pointerup', () => setTimeout(read, 0));
        // Keys pressed in the chapter's frame: ← and → turn the pages when it is paginated (as the book's direction has
        // it); the selection toolbar's keys (h, 1–9, Esc) are passed on to the page, where the toolbar listens.
        doc.addEventListener('keydown', (e) => {
          if (e.altKey || e.ctrlKey || e.metaKey) return;
          if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !e.shiftKey && element.renderer.getAttribute('flow') === 'paginated') {
            e.preventDefault();
            void (e.key === 'ArrowLeft' ? element.goLeft() : element.goRight());
          } else if (/^(?:h|[1-9]|Escape)$/.test(e.key)) {
            const passed = new KeyboardEvent('keydown', { key: e.key, cancelable: true });
            window.dispatchEvent(passed);
            if (passed.defaultPrevented) e.preventDefault();
          }
        });
        doc.addEventListener('selectionchange', () => {
          if (doc.getSelection()?.isCollapsed) {
            asked++;
            callbacks.current.onSelect(null);
          }
        });
      }) as EventListener);
      element.addEventListener('draw-annotation', ((event: CustomEvent<{ draw(func: unknown, options: unknown): void; annotation: { color: string } }>) => {
        event.detail.draw(highlight, { color: event.detail.annotation.color });
      }) as EventListener);
      element.addEventListener('show-annotation', ((event: CustomEvent<{ value: string }>) => {
        for (const [id, { cfi }] of painted.current) if (cfi === event.detail.value) callbacks.current.onShow(id);
      }) as EventListener);
      // A chapter drawn (again): its highlights are put on it.
      element.addEventListener('create-overlay', () => {
        for (const { cfi, color } of painted.current.values()) void element.addAnnotation({ value: cfi, color: PAINT[color] });
      });
      element.addEventListener('relocate', ((event: CustomEvent<{ tocItem?: { href?: string } }>) => {
        setState((s) => ({ ...s, current: event.detail.tocItem?.href ?? s.current }));
      }) as EventListener);
      // A link out of the book is not followed (foliate-js would open it in a new window).
      element.addEventListener('external-link', (event) => event.preventDefault());
      await element.open(book);
      if (cancelled) return;
      element.renderer.setAttribute('flow', flow);
      await element.goTo(0);
      if (cancelled) return;
      view.current = element;
      setState({ status: 'ready', toc: book.toc ?? [], current: null });
      setRevision((r) => r + 1);
    })().catch(() => {
      if (!cancelled) setState((s) => ({ ...s, status: 'failed' }));
    });
    // The reader's theme changed: the chapters drawn take its colours.
    const themed = new MutationObserver(() => {
      for (const { doc } of view.current?.renderer.getContents() ?? []) paintColours(doc, container);
    });
    themed.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      themed.disconnect();
      cancelled = true;
      view.current = null;
      painted.current.clear();
      // foliate-js's close throws when no chapter was drawn yet (a pane closed while its book loads).
      try {
        element.close();
        element.book?.destroy?.();
      } catch {
        // Nothing drawn: nothing to close.
      }
      element.remove();
    };
    // The flow is set on the open view below; a new one is not made for it.
  }, [documentId, host, enabled]);

  useEffect(() => {
    view.current?.renderer.setAttribute('flow', flow);
  }, [flow]);

  // The highlights painted: their CFIs asked of the core whenever the annotations change.
  useEffect(() => {
    const element = view.current;
    if (!element) return;
    let stale = false;
    const highlights = annotations.filter((a) => a.motivation !== 'identifying' && !a.orphan);
    void client.call('epub.cfis', { documentId }).then(({ cfis }) => {
      if (stale || view.current !== element) return;
      const next = new Map(highlights.flatMap((a) => (cfis[a.id] ? [[a.id, { cfi: cfis[a.id]!, color: a.color }] as const] : [])));
      for (const [id, old] of painted.current) {
        const now = next.get(id);
        if (!now || now.cfi !== old.cfi || now.color !== old.color) void element.deleteAnnotation({ value: old.cfi });
      }
      for (const [id, now] of next) {
        const old = painted.current.get(id);
        if (!old || old.cfi !== now.cfi || old.color !== now.color) void element.addAnnotation({ value: now.cfi, color: PAINT[now.color] });
      }
      painted.current = next;
    });
    return () => {
      stale = true;
    };
  }, [annotations, documentId, revision]);

  const goTo = useCallback((href: string) => void view.current?.goTo(href), []);
  const prev = useCallback(() => void view.current?.prev(), []);
  const next = useCallback(() => void view.current?.next(), []);
  const clearSelection = useCallback(() => {
    for (const { doc } of view.current?.renderer.getContents() ?? []) doc.getSelection()?.removeAllRanges();
  }, []);
  return { state, goTo, prev, next, clearSelection };
}
