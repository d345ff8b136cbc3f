import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { MethodInput } from '../../../app/contract/index.ts';

/** A timeline to show: whose (an article, a collection, an entity) and the name it goes by. */
export interface TimelineRequest {
  scope: MethodInput<'entities.timeline'>;
  title: string;
}

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
  /** The timeline open, if any. */
  timeline: TimelineRequest | null;
  openTimeline(request: TimelineRequest | null): void;
}

const Context = createContext<EntityFocus | null>(null);

export function EntityFocusProvider({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [page, setPage] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const [timeline, setTimeline] = useState<TimelineRequest | null>(null);
  const changed = useCallback(() => setRevision((r) => r + 1), []);
  const revealPassage = useCallback((passage: Omit<Reveal, 'serial'>) => setReveal((r) => ({ ...passage, serial: (r?.serial ?? 0) + 1 })), []);
  const value = useMemo(
    () => ({ selected, select: setSelected, page, openPage: setPage, revision, changed, reveal, revealPassage, timeline, openTimeline: setTimeline }),
    [selected, page, revision, changed, reveal, revealPassage, timeline],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useEntityFocus(): EntityFocus {
  const value = useContext(Context);
  if (!value) throw new Error('useEntityFocus outside EntityFocusProvider');
  return value;
}
