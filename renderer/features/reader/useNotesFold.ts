// Folding a pane's side panel (notes and entities) away when the pane is narrow, and by hand.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether a pane shows its side panel. A narrow pane (three or four side by side, or once another opens beside it)
 * folds it away, and unfolds it when it is wide again — until the reader folds or unfolds it by hand (`toggle`).
 */
export function useNotesFold(pane: RefObject<HTMLElement | null>) {
  const [shown, setShown] = useState(true);
  const byHand = useRef(false);
  useEffect(() => {
    const element = pane.current;
    if (!element) return;
    const fit = () => {
      if (byHand.current) return;
      const width = element.clientWidth;
      if (width < 640) setShown(false);
      else if (width >= 720) setShown(true);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [pane]);

  /** Unfolds the panel for something to show in it (a new note, an entity), without counting as the reader's choice. */
  const open = useCallback(() => setShown(true), []);
  const toggle = () => {
    byHand.current = true;
    setShown(!shown);
  };
  return { shown, open, toggle };
}
