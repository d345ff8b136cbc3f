// The highlights drawn over a pane's article: only those in and around the part of it on screen.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Annotation } from '../../../app/contract/index.ts';
import type { offsetConverter } from '../../../app/contract/shared/code-points.ts';
import type { useArticleEntities } from '../entities/useArticleEntities.ts';
import { HighlightPainter, overlaps, type Paint } from './highlight-painter.ts';
import type { TextMap } from './text-map.ts';

export interface Span {
  annotation: Annotation;
  /** UTF-16 offsets in the canonical text, as the page counts. */
  start: number;
  end: number;
}

/** A part of the canonical text (UTF-16 offsets). */
export interface TextWindow {
  start: number;
  end: number;
}

/** Where the placed highlights and notes, and the entity mentions, are in the text as the page counts. */
export function usePassageSpans(annotations: Annotation[], mentions: Annotation[], convert: ReturnType<typeof offsetConverter>) {
  const spans = useMemo<Span[]>(
    () => annotations.filter((a) => !a.orphan).map((annotation) => ({ annotation, start: convert.toUtf16(annotation.start), end: convert.toUtf16(annotation.end) })),
    [annotations, convert],
  );
  const mentionSpans = useMemo<Span[]>(
    () => mentions.map((annotation) => ({ annotation, start: convert.toUtf16(annotation.start), end: convert.toUtf16(annotation.end) })),
    [mentions, convert],
  );
  return { spans, mentionSpans };
}

/**
 * Only highlights in and around the visible part of the article are handed to the browser: it then paints a few
 * hundred ranges however many the article carries, and the rest follow as the reader scrolls. This is that part,
 * measured again (at most once a frame) as the pane scrolls.
 */
export function useViewWindow(scroller: RefObject<HTMLElement | null>, map: TextMap | null, textLength: number) {
  const [view, setView] = useState<TextWindow | null>(null);
  /** The canonical text shown in the pane, widened by a screenful of text on each side. */
  const measureView = useCallback(() => {
    const box = scroller.current?.getBoundingClientRect();
    if (!map || !box) return;
    const at = (x: number, y: number) => {
      const caret = document.caretPositionFromPoint?.(x, y);
      return caret ? map.toOffset(caret.offsetNode, caret.offset, 'start') : null;
    };
    const top = at(box.left + 40, box.top + 2) ?? 0;
    const bottom = at(box.right - 40, box.bottom - 2) ?? textLength;
    const reach = Math.max(4000, bottom - top);
    const next = { start: Math.max(0, top - reach), end: bottom + reach };
    setView((old) => (old && Math.abs(old.start - next.start) < reach / 4 && Math.abs(old.end - next.end) < reach / 4 ? old : next));
  }, [scroller, map, textLength]);
  useLayoutEffect(measureView, [measureView]);
  const frame = useRef(0);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measureView);
  };
  return { view, onScroll };
}

interface Options {
  documentId: string;
  map: TextMap | null;
  view: TextWindow | null;
  spans: Span[];
  mentionSpans: Span[];
  /** The annotation whose card is focused: its passage is drawn above the others. */
  focused: string | null;
  /** The entity lit in every pane. */
  selectedEntity: string | null;
  article: Pick<ReturnType<typeof useArticleEntities>, 'byId' | 'suggestions'>;
  /** Suggestions drawn over the text (a remembered choice of this machine). */
  showSuggestions: boolean;
  convert: ReturnType<typeof offsetConverter>;
  /** What find in the article marks. */
  found: Paint[];
}

/** Paints the highlights, entity mentions, suggestions and find matches within the view window over the article. */
export function useVisibleHighlights({ documentId, map, view, spans, mentionSpans, focused, selectedEntity, article: { byId, suggestions }, showSuggestions, convert, found }: Options) {
  const paints = useMemo(() => {
    if (!view) return [];
    const near = spans.filter((s) => s.end > view.start && s.start < view.end);
    const list: Paint[] = near.map((s) => ({ key: s.annotation.id, start: s.start, end: s.end, style: `hl-${s.annotation.color}` }));
    for (const run of overlaps(near)) list.push({ key: `overlap ${run.start}`, ...run, style: 'hl-overlap' });
    const current = near.find((s) => s.annotation.id === focused);
    if (current) list.push({ key: 'focused', start: current.start, end: current.end, style: 'hl-focused' });
    for (const m of mentionSpans) {
      if (m.end <= view.start || m.start >= view.end) continue;
      const type = byId.get(m.annotation.entityId ?? '')?.type ?? 'MISC';
      list.push({ key: m.annotation.id, start: m.start, end: m.end, style: `ent-${type}` });
      if (m.annotation.entityId === selectedEntity) list.push({ key: `selected ${m.annotation.id}`, start: m.start, end: m.end, style: 'ent-selected' });
    }
    for (const s of showSuggestions ? (suggestions ?? []) : []) {
      const start = convert.toUtf16(s.start);
      const end = convert.toUtf16(s.end);
      if (end > view.start && start < view.end) list.push({ key: `suggestion ${s.start}:${s.end}:${s.type}`, start, end, style: `sug-${s.type}` });
    }
    return list;
  }, [spans, mentionSpans, byId, suggestions, showSuggestions, selectedEntity, convert, focused, view]);

  const findPaints = useMemo(
    () => (view ? found.filter((p) => p.key === 'find current' || (p.end > view.start && p.start < view.end)) : []),
    [found, view],
  );

  const painter = useRef<HighlightPainter>(null);
  painter.current ??= new HighlightPainter();
  useLayoutEffect(() => {
    painter.current!.update(map, [...paints, ...findPaints]);
    if (map && view) performance.mark('apostille:highlights-painted', { detail: { documentId, count: spans.length } });
  }, [map, view, paints, findPaints, documentId, spans.length]);
  useEffect(() => () => painter.current!.clear(), []);
}
