// Folding a pane's side panel (notes and entities) away when the pane is narrow, and by hand.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** Below this width the side panel folds by itself; from the second, it unfolds by itself. */
const FOLD_BELOW = 640;
const UNFOLD_FROM = 720;
/** Below this width a pane's text would be under 40 characters beside the panel: the panel lies over it instead. */
const OVERLAY_BELOW = 600;

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
      setNarrow(width < OVERLAY_BELOW);
      if (byHand.current) return;
      if (width < FOLD_BELOW) setShown(false);
      else if (width >= UNFOLD_FROM) setShown(true);
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
