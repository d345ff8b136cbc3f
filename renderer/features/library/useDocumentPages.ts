import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary, ListView, SortKey } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';

export interface ListFilter {
  sort: SortKey;
  descending: boolean;
  source: string | null;
  language: string | null;
  /** Only articles mentioning all of these entities. */
  entityIds: string[];
  view: ListView;
  unread: boolean;
  collectionId: string | null;
  tag: string | null;
}

const PAGE = 200;

/**
 * The library list, fetched a page at a time as rows come into view, so 100,000 articles cost only what is on
 * screen. `revision` changes whenever the library does, which drops the cached pages. The list follows the pages
 * through `subscribe` and `version` (useSyncExternalStore).
 */
export function useDocumentPages(filter: ListFilter, revision: number) {
  const [total, setTotal] = useState<number | null>(null);
  const pages = useRef(new Map<number, DocumentSummary[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  // A page arriving redraws the list alone (its subscriber), not the whole library panel: a fling through 100,000
  // rows brings one every few frames.
  const version = useRef(0);
  const listeners = useRef(new Set<() => void>());
  const subscribe = useCallback((listener: () => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const getVersion = useCallback(() => version.current, []);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inFlight.current.has(page)) return;
      const loading = inFlight.current; // this generation's set: a later one starts its own
      loading.add(page);
      const mine = generation.current;
      client
        .call('documents.list', { ...filter, offset: page * PAGE, limit: PAGE })
        .then((result) => {
          if (mine !== generation.current) return;
          pages.current.set(page, result.items);
          stale.current.delete(page);
          setTotal(result.total);
          version.current++;
          for (const listener of listeners.current) listener();
        })
        // A page that failed is simply asked for again the next time its rows are in view.
        .catch(() => undefined)
        .finally(() => loading.delete(page));
    },
    [filter],
  );

  // The library changed (same list, new revision): its rows stay on screen until their fresh page arrives, so that a
  // row is never blank under the pointer. A new filter or sort starts from nothing.
  const stale = useRef(new Map<number, DocumentSummary[]>());
  const shownFor = useRef(load);
  useEffect(() => {
    generation.current++;
    stale.current = shownFor.current === load ? new Map([...stale.current, ...pages.current]) : new Map();
    shownFor.current = load;
    pages.current = new Map();
    inFlight.current = new Set();
    load(0);
  }, [load, revision]);

  const row = useCallback((index: number) => {
    const page = Math.floor(index / PAGE);
    return (pages.current.get(page) ?? stale.current.get(page))?.[index % PAGE];
  }, []);
  const ensure = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE); page <= Math.floor(last / PAGE); page++) load(page);
    },
    [load],
  );
  return { total, row, ensure, subscribe, version: getVersion };
}
