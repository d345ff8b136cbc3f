import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { onHostEvent } from '../../api/client.ts';
import { useNotices } from '../../shared/notices.tsx';
import { isTyping } from '../../shared/typing.ts';

/** One change to annotations, as the core can replay it both ways. */
export interface Change {
  undo(): Promise<unknown>;
  redo(): Promise<unknown>;
}

interface History {
  /** Remembers a change made (for undo) and counts it. */
  record(change: Change): void;
  /** Makes every pane list its annotations again (after an import of annotations). */
  reload(): void;
  /** Changes whenever an undo or redo changed annotations: every pane then reloads its list. */
  revision: number;
  /** Undoes the last change (as Ctrl/Cmd+Z does): for a notice's Undo. */
  undo(): void;
}

const HistoryContext = createContext<History>({ record: () => {}, reload: () => {}, revision: 0, undo: () => {} });
/**
 * Counts every change to annotations, for the library's note counts. A context of its own, so that a new highlight
 * re-renders the library only, not every pane.
 */
const ChangesContext = createContext(0);


/** Undo and redo of annotation changes across every pane: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z (or Ctrl+Y). */
export function AnnotationHistoryProvider({ children }: { children: ReactNode }) {
  const done = useRef<Change[]>([]);
  const undone = useRef<Change[]>([]);
  const [revision, setRevision] = useState(0);
  const [changes, setChanges] = useState(0);

  const record = useCallback((change: Change) => {
    done.current.push(change);
    undone.current = [];
    setChanges((c) => c + 1);
  }, []);

  // Steps run one after the other: a second Ctrl+Z pressed while the first is on its way undoes the step before it,
  // once the first is done — none is skipped or lost.
  const queue = useRef(Promise.resolve());
  const { fail } = useNotices();
  const step = useCallback((from: typeof done, to: typeof done, direction: 'undo' | 'redo') => {
    queue.current = queue.current.then(async () => {
      const change = from.current.pop();
      if (!change) return;
      try {
        await change[direction]();
        to.current.push(change);
      } catch (error) {
        fail(error);
      } finally {
        setRevision((r) => r + 1);
        setChanges((c) => c + 1);
      }
    });
    return queue.current;
  }, [fail]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void step(done, undone, 'undo');
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void step(undone, done, 'redo');
      }
    };
    window.addEventListener('keydown', onKey);
    // In Electron the Edit menu owns Ctrl/Cmd+Z and sends it here: text fields keep their own undo.
    const stopMenu = onHostEvent((event) => {
      if (event.type !== 'command' || (event.name !== 'undo' && event.name !== 'redo')) return;
      if (isTyping(document.activeElement)) document.execCommand(event.name);
      else void (event.name === 'undo' ? step(done, undone, 'undo') : step(undone, done, 'redo'));
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [step]);

  const reload = useCallback(() => {
    setRevision((r) => r + 1);
    setChanges((c) => c + 1);
  }, []);
  const undo = useCallback(() => void step(done, undone, 'undo'), [step]);
  const value = useMemo(() => ({ record, reload, revision, undo }), [record, reload, revision, undo]);
  return (
    <HistoryContext.Provider value={value}>
      <ChangesContext.Provider value={changes}>{children}</ChangesContext.Provider>
    </HistoryContext.Provider>
  );
}

export function useHistoryReload(): () => void {
  return useContext(HistoryContext).reload;
}

export function useAnnotationChanges(): number {
  return useContext(ChangesContext);
}

export function useHistory(): History {
  return useContext(HistoryContext);
}
