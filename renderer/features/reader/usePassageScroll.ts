// Bringing a passage into view in a pane: a highlight whose card is chosen, or a mention chosen elsewhere.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { offsetConverter } from '../../../app/contract/shared/code-points.ts';
import { useEntityFocus } from '../entities/entity-focus.tsx';
import type { TextMap } from './text-map.ts';
import type { Span } from './useVisibleHighlights.ts';

interface Options {
  documentId: string;
  scroller: RefObject<HTMLElement | null>;
  map: TextMap | null;
  convert: ReturnType<typeof offsetConverter>;
  spans: Span[];
  /** Focuses an annotation (its passage drawn above the others, its card in the sidebar). */
  setFocused(annotationId: string): void;
}

/**
 * `focusPassage` focuses an annotation and scrolls smoothly to its passage (stable, for the sidebar's cards);
 * `showPassage` brings a passage (code points) into view, as does a mention chosen on an entity page, in this article.
 */
export function usePassageScroll({ documentId, scroller, map, convert, spans, setFocused }: Options) {
  const focus = useEntityFocus();
  const focusPassageNow = (annotationId: string) => {
    setFocused(annotationId);
    const span = spans.find((s) => s.annotation.id === annotationId);
    const range = span && map?.toRange(span.start, span.end);
    const box = scroller.current;
    if (!range || !box) return;
    const top = range.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollBy({ top: top - box.clientHeight / 3, behavior: 'smooth' });
  };
  const focusRef = useRef(focusPassageNow);
  focusRef.current = focusPassageNow;
  const focusPassage = useCallback((annotationId: string) => focusRef.current(annotationId), []);
  /** Brings a passage (code points) into view, a third of the way down the pane. */
  const showPassage = useCallback((start: number, end: number) => {
    const range = map?.toRange(convert.toUtf16(start), convert.toUtf16(end));
    const box = scroller.current;
    if (!range || !box) return;
    const top = range.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollBy({ top: top - box.clientHeight / 3 });
  }, [map, convert, scroller]);
  // A mention chosen on an entity page, in this article.
  useEffect(() => {
    const wanted = focus.reveal;
    if (!wanted || !map || (wanted.documentId !== documentId)) return;
    showPassage(wanted.start, wanted.end);
  }, [focus.reveal, map, documentId, showPassage]);
  return { focusPassage, showPassage };
}
