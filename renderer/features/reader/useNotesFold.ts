// Folding a pane's side panel (notes and entities) away when the pane is narrow, and by hand.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Below this width a pane's text would be too narrow beside its side panel. */
const NARROW = 640;

/**
 * Whether a pane shows its side panel. A narrow pane (three or four side by side, or once another opens beside it)
 * folds it away, and unfolds it when it is wide again — until the reader folds or unfolds it by hand (`toggle`).
 * Shown in a narrow pane, the panel lies over the text (`overlay`) instead of squeezing it.
 */
export function useNotesFold(pane: RefObject<HTMLElement | null>) {
  const [shown, setShown] = useState(true);
  const [narrow, setNarrow] = useState(false);
  const byHand = useRef(false);
  useEffect(() => {
    const element = pane.current;
    if (!element) return;
    const fit = () => {
      const width = element.clientWidth;
      setNarrow(width < NARROW);
      if (byHand.current) return;
      if (width < NARROW) setShown(false);
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
  return { shown, overlay: shown && narrow, open, toggle };
}
