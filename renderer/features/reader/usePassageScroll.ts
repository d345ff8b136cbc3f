// Bringing a passage into view in a pane: a highlight whose card is chosen, or a mention chosen elsewhere.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { offsetConverter } from '../../../app/contract/shared/code-points.ts';
import { useEntityFocus } from '../entities/entity-focus.tsx';
import type { TextMap } from './text-map.ts';
import type { Span } from './useVisibleHighlights.ts';

/** Where a passage shown stands in the pane: a third of the way down, or at the top. */
type Place = 'third' | 'top';

interface Options {
  documentId: string;
  scroller: RefObject<HTMLElement | null>;
  map: TextMap | null;
  convert: ReturnType<typeof offsetConverter>;
  spans: Span[];
  /** Focuses an annotation (its passage drawn above the others, its card in the sidebar). */
  setFocused(annotationId: string): void;
  /**
   * Brings the part of the text at an offset (UTF-16) onto the page when it is not drawn (a PDF's page far from the
   * view): the passage is then scrolled to once the map covers it.
   */
  bringIntoView?: (at: number) => void;
}

/**
 * `focusPassage` focuses an annotation and scrolls smoothly to its passage (stable, for the sidebar's cards);
 * `showPassage` brings a passage (code points) into view, as does a mention chosen on an entity page, in this article.
 */
export function usePassageScroll({ documentId, scroller, map, convert, spans, setFocused, bringIntoView }: Options) {
  const focus = useEntityFocus();
  // A passage asked for before its part of the text was drawn (UTF-16 offsets).
  const pending = useRef<{ start: number; end: number; place: Place } | null>(null);
  const scrollTo = (range: Range, behavior: ScrollBehavior, place: Place) => {
    const box = scroller.current;
    if (!box) return;
    const top = range.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollBy({ top: top - (place === 'top' ? 12 : box.clientHeight / 3), behavior });
  };
  /** Scrolls to a passage (UTF-16), or has it drawn first. */
  const reveal = (start: number, end: number, behavior: ScrollBehavior, place: Place = 'third') => {
    const range = map?.toRange(start, end);
    if (range) return scrollTo(range, behavior, place);
    if (!bringIntoView) return;
    pending.current = { start, end, place };
    bringIntoView(start);
  };
  useEffect(() => {
    const wanted = pending.current;
    const range = wanted && map?.toRange(wanted.start, wanted.end);
    if (!range) return;
    pending.current = null;
    scrollTo(range, 'auto', wanted.place);
  });
  const focusPassageNow = (annotationId: string) => {
    setFocused(annotationId);
    const span = spans.find((s) => s.annotation.id === annotationId);
    if (span) reveal(span.start, span.end, 'smooth');
  };
  const focusRef = useRef(focusPassageNow);
  focusRef.current = focusPassageNow;
  const focusPassage = useCallback((annotationId: string) => focusRef.current(annotationId), []);
  const revealRef = useRef(reveal);
  revealRef.current = reveal;
  /** Brings a passage (code points) into view, a third of the way down the pane (a heading: at its top). */
  const showPassage = useCallback(
    (start: number, end: number, place: Place = 'third') => revealRef.current(convert.toUtf16(start), convert.toUtf16(end), 'auto', place),
    [convert],
  );
  // A mention chosen on an entity page, in this article: shown once the article is drawn, and once only (a PDF's map
  // changes as its pages are drawn, which must not bring the reader back to it).
  const revealed = useRef<unknown>(null);
  useEffect(() => {
    const wanted = focus.reveal;
    if (!wanted || !map || wanted.documentId !== documentId || revealed.current === wanted) return;
    revealed.current = wanted;
    showPassage(wanted.start, wanted.end);
  }, [focus.reveal, map, documentId, showPassage]);
  return { focusPassage, showPassage };
}
