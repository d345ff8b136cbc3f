import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** A passage to bring into view in the pane showing its article (from the entity page). */
export interface Reveal {
  documentId: string;
  start: number;
  end: number;
  /** Distinguishes two requests for the same passage. */
  serial: number;
}

interface EntityFocus {
  /** The entity whose mentions are lit in every open pane. */
  selected: string | null;
  select(id: string | null): void;
  /** The entity whose page is open. */
  page: string | null;
  openPage(id: string | null): void;
  /** Counts changes to entities and mentions anywhere, so every pane and list refreshes. */
  revision: number;
  changed(): void;
  reveal: Reveal | null;
  revealPassage(passage: Omit<Reveal, 'serial'>): void;
}

const Context = createContext<EntityFocus | null>(null);

export function EntityFocusProvider({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [page, setPage] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const changed = useCallback(() => setRevision((r) => r + 1), []);
  const revealPassage = useCallback((passage: Omit<Reveal, 'serial'>) => setReveal((r) => ({ ...passage, serial: (r?.serial ?? 0) + 1 })), []);
  const value = useMemo(
    () => ({ selected, select: setSelected, page, openPage: setPage, revision, changed, reveal, revealPassage }),
    [selected, page, revision, changed, reveal, revealPassage],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useEntityFocus(): EntityFocus {
  const value = useContext(Context);
  if (!value) throw new Error('useEntityFocus outside EntityFocusProvider');
  return value;
}
