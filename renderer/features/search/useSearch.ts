import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';

/** Ranked results for what is typed, debounced; stale answers are dropped. */
export function useSearch(query: string, revision: number): { result: SearchResult | null; error: unknown } {
  const [state, setState] = useState<{ result: SearchResult | null; error: unknown }>({ result: null, error: null });
  useEffect(() => {
    if (!query.trim()) {
      setState({ result: null, error: null });
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      client.call('search.query', { query, limit: 50 }).then(
        (result) => live && setState({ result, error: null }),
        (error: unknown) => live && setState({ result: null, error }),
      );
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, revision]);
  return state;
}
