import { useCallback, useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../app/contract/index.ts';
import { MAX_MARKED } from '../../../app/contract/shared/limits.ts';
import { allDocumentIds } from './all-ids.ts';
import type { ListFilter } from './useDocumentPages.ts';

/** How a row was clicked: alone (nothing chosen then, it is the start of a range), adding one (Ctrl/Cmd), or a range from the last one clicked (Shift). */
export type SelectGesture = 'one' | 'toggle' | 'range';

/**
 * The articles chosen in the list for an action (delete, file, tag, export): Ctrl/Cmd+click adds or takes one, Shift+
 * click a range, Ctrl+A every article of the list as filtered. A new filter or view starts afresh.
 */
export function useSelection(filter: ListFilter, row: (index: number) => DocumentSummary | undefined) {
  const [ids, setIds] = useState<string[]>([]);
  const [anchor, setAnchor] = useState(0);
  useEffect(() => setIds([]), [filter]);

  const select = useCallback((index: number, gesture: SelectGesture) => {
    const doc = row(index);
    if (!doc) return;
    if (gesture === 'one') {
      setIds([]);
      setAnchor(index);
    } else if (gesture === 'toggle') {
      setIds((current) => (current.includes(doc.id) ? current.filter((id) => id !== doc.id) : [...current, doc.id]));
      setAnchor(index);
    } else {
      const [from, to] = index < anchor ? [index, anchor] : [anchor, index];
      const range: string[] = [];
      for (let i = from; i <= to; i++) {
        const inRange = row(i);
        if (inRange) range.push(inRange.id);
      }
      setIds((current) => [...new Set([...current, ...range])]);
    }
  }, [row, anchor]);

  const selectAll = useCallback(async () => setIds(await allDocumentIds(filter, MAX_MARKED)), [filter]);

  const clear = useCallback(() => setIds([]), []);
  return { ids, select, selectAll, clear };
}
