import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, MethodInput } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { useHistory } from './history.tsx';

/** Text order, as the core lists them: placed annotations by position, orphans last. */
function byPlace(a: Annotation, b: Annotation): number {
  return Number(a.orphan) - Number(b.orphan) || a.start - b.start || a.end - b.end;
}

/** `list` with `annotation` put in (or replacing the one with its id), still in text order. */
function withAnnotation(list: Annotation[], annotation: Annotation): Annotation[] {
  const next = list.filter((a) => a.id !== annotation.id);
  let at = next.length;
  while (at > 0 && byPlace(next[at - 1]!, annotation) > 0) at--;
  next.splice(at, 0, annotation);
  return next;
}

/**
 * One article's annotations, kept in step with the core; every change is recorded for undo and redo. A change made
 * here is applied to the list the core returns for it, without listing them all again (an article may carry
 * thousands); an undo or redo, which may touch any pane, reloads.
 */
export function useAnnotations(documentId: string) {
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const current = useRef(annotations);
  current.current = annotations;
  const { record, revision } = useHistory();
  const reload = useCallback(() => client.call('annotations.list', { documentId }).then(setAnnotations), [documentId]);
  useEffect(() => {
    // An article gone (deleted elsewhere, or of another library) has no annotations: its pane says it is missing.
    void reload().catch(() => setAnnotations([]));
  }, [reload, revision]);

  /**
   * Creates an annotation. It is drawn at once, from what the page knows (`exact`, the selected text) and under the id
   * the page gives it, then replaced by the core's record when that arrives; if the core refuses it, it goes away
   * again and the error is thrown.
   */
  /** Creations the core has not answered yet, by annotation id. */
  const creating = useRef(new Map<string, Promise<Annotation>>());
  const create = useCallback(
    (input: Omit<MethodInput<'annotations.create'>, 'documentId' | 'id'> & { start: number; end: number }, exact: string) => {
      const now = new Date().toISOString();
      const pending: Annotation = {
        id: crypto.randomUUID(), documentId, motivation: input.note ? 'commenting' : 'highlighting', exact, prefix: '', suffix: '',
        start: input.start, end: input.end, color: input.color ?? 'yellow', note: input.note ?? null, tags: input.tags ?? [], created: now, modified: now, orphan: false,
        entityId: null, value: null, regions: input.regions ?? null, area: input.area ?? null, snapshot: input.snapshot ?? null,
      };
      setAnnotations((list) => withAnnotation(list, pending));
      const saved: Promise<Annotation> = client.call('annotations.create', { ...input, id: pending.id, documentId }).then(
        (created) => {
          setAnnotations((list) => withAnnotation(list, created));
          return created;
        },
        (error: unknown) => {
          setAnnotations((list) => list.filter((a) => a.id !== pending.id));
          throw error;
        },
      );
      // A note written at once must not reach the core before the annotation it is on: changes wait for the creation.
      creating.current.set(pending.id, saved);
      void saved.catch(() => undefined).finally(() => creating.current.delete(pending.id));
      // Undoable at once, even before the core has answered: undo and redo wait for that answer (and do nothing if
      // the core refused the annotation).
      record({
        undo: () => saved.then(() => client.call('annotations.remove', { id: pending.id }), () => undefined),
        redo: () => saved.then((created) => client.call('annotations.restore', created), () => undefined),
      });
      return { id: pending.id, saved };
    },
    [documentId, record],
  );
  const update = useCallback(
    async (change: MethodInput<'annotations.update'>) => {
      await creating.current.get(change.id);
      const before = current.current.find((a) => a.id === change.id);
      const updated = await client.call('annotations.update', change);
      setAnnotations((list) => withAnnotation(list, updated));
      if (before) {
        const back = { id: before.id, color: before.color, note: before.note, tags: before.tags };
        record({ undo: () => client.call('annotations.update', back), redo: () => client.call('annotations.update', change) });
      }
    },
    [record],
  );
  const remove = useCallback(
    async (id: string) => {
      await creating.current.get(id)?.catch(() => undefined);
      const before = current.current.find((a) => a.id === id);
      await client.call('annotations.remove', { id });
      setAnnotations((list) => list.filter((a) => a.id !== id));
      if (before) record({ undo: () => client.call('annotations.restore', before), redo: () => client.call('annotations.remove', { id }) });
    },
    [record],
  );
  /** Gives a lost passage (or any annotation) a new place the reader selected. */
  const reattach = useCallback(
    async (id: string, start: number, end: number) => {
      const before = current.current.find((a) => a.id === id);
      const placed = await client.call('annotations.reattach', { id, start, end });
      setAnnotations((list) => withAnnotation(list, placed));
      if (before) {
        record({
          undo: () => client.call('annotations.remove', { id }).then(() => client.call('annotations.restore', before)),
          redo: () => client.call('annotations.reattach', { id, start, end }),
        });
      }
    },
    [record],
  );
  /** Puts in an annotation made elsewhere (an entity mention tagged from this pane). */
  const insertLocal = useCallback((annotation: Annotation) => setAnnotations((list) => withAnnotation(list, annotation)), []);
  return { annotations, create, update, remove, reattach, insertLocal, reload };
}
