import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, MethodInput } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { useHistory } from './history.tsx';

/** One article's annotations, kept in step with the core; every change is recorded for undo and redo. */
export function useAnnotations(documentId: string) {
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const current = useRef(annotations);
  current.current = annotations;
  const { record, revision } = useHistory();
  const reload = useCallback(() => client.call('annotations.list', { documentId }).then(setAnnotations), [documentId]);
  useEffect(() => {
    void reload();
  }, [reload, revision]);

  const create = useCallback(
    async (input: Omit<MethodInput<'annotations.create'>, 'documentId'>) => {
      const created = await client.call('annotations.create', { ...input, documentId });
      record({ undo: () => client.call('annotations.remove', { id: created.id }), redo: () => client.call('annotations.restore', created) });
      await reload();
      return created;
    },
    [documentId, reload, record],
  );
  const update = useCallback(
    async (change: MethodInput<'annotations.update'>) => {
      const before = current.current.find((a) => a.id === change.id);
      await client.call('annotations.update', change);
      if (before) {
        const back = { id: before.id, color: before.color, note: before.note, tags: before.tags };
        record({ undo: () => client.call('annotations.update', back), redo: () => client.call('annotations.update', change) });
      }
      await reload();
    },
    [reload, record],
  );
  const remove = useCallback(
    async (id: string) => {
      const before = current.current.find((a) => a.id === id);
      await client.call('annotations.remove', { id });
      if (before) record({ undo: () => client.call('annotations.restore', before), redo: () => client.call('annotations.remove', { id }) });
      await reload();
    },
    [reload, record],
  );
  /** Gives a lost passage (or any annotation) a new place the reader selected. */
  const reattach = useCallback(
    async (id: string, start: number, end: number) => {
      const before = current.current.find((a) => a.id === id);
      await client.call('annotations.reattach', { id, start, end });
      if (before) {
        record({
          undo: () => client.call('annotations.remove', { id }).then(() => client.call('annotations.restore', before)),
          redo: () => client.call('annotations.reattach', { id, start, end }),
        });
      }
      await reload();
    },
    [reload, record],
  );
  return { annotations, create, update, remove, reattach };
}
