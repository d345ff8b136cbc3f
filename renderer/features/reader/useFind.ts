import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { DocumentFull } from '../../../app/contract/index.ts';
import { parseQuery, snippetMatcher } from '../../../app/contract/shared/text-query.ts';
import type { Paint } from './highlight-painter.ts';
import { onFindRequest, takeFindRequest } from './find-requests.ts';
import type { TextMap } from './text-map.ts';

/** More matches than this are not all drawn (counting them stays exact). */
const MAX_DRAWN = 5000;

/** Where the query's words are in the text (UTF-16 offsets), accents and case ignored as the library search does. */
export function findMatches(text: string, query: string): { start: number; end: number }[] {
  const matcher = snippetMatcher(parseQuery(query));
  if (!matcher) return [];
  return [...text.matchAll(matcher)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Finding words in one article: the bar's state, every match and the current one (as paints for the highlight
 * painter), next and previous, and the current match scrolled into view.
 */
export function useFind(doc: Pick<DocumentFull, 'id' | 'text' | 'blocks'>, map: TextMap | null, scroller: RefObject<HTMLElement | null>) {
  const { id: documentId, text } = doc;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  // The title block of a plain-text article is shown as the heading, outside the text: not a place to go to.
  const hidden = useMemo(() => doc.blocks.filter((b) => b.kind === 'title'), [doc.blocks]);
  const matches = useMemo(
    () => (open && query.trim() ? findMatches(text, query).filter((m) => !hidden.some((b) => m.start < b.end && m.end > b.start)) : []),
    [open, query, text, hidden],
  );
  useEffect(() => setCurrent(0), [matches]);

  const show = useCallback((wanted?: string) => {
    setOpen(true);
    if (wanted !== undefined) setQuery(wanted);
  }, []);
  // A search result opened here, or a request made before this pane existed.
  useEffect(() => {
    const waiting = takeFindRequest(documentId);
    if (waiting !== undefined) show(waiting);
    return onFindRequest(documentId, show);
  }, [documentId, show]);

  const step = useCallback((by: number) => setCurrent((c) => (matches.length ? (c + by + matches.length) % matches.length : 0)), [matches.length]);

  // The current match brought to the middle of the pane.
  const target = matches[current];
  useEffect(() => {
    if (!target || !map || !scroller.current) return;
    const rect = map.toRange(target.start, target.end)?.getBoundingClientRect();
    const box = scroller.current.getBoundingClientRect();
    if (rect && (rect.top < box.top + 40 || rect.bottom > box.bottom - 40)) {
      scroller.current.scrollTop += rect.top - box.top - box.height / 3;
    }
  }, [target, map, scroller]);

  const paints = useMemo<Paint[]>(() => {
    const list: Paint[] = matches.slice(0, MAX_DRAWN).map((m, i) => ({ key: `find ${i}`, start: m.start, end: m.end, style: 'find-match' }));
    if (target) list.push({ key: 'find current', start: target.start, end: target.end, style: 'find-current' });
    return list;
  }, [matches, target]);

  return { open, query, setQuery, show, close: () => (setOpen(false), setQuery('')), matches, current, next: () => step(1), previous: () => step(-1), paints };
}

export type Find = ReturnType<typeof useFind>;
