import { useCallback, useEffect, useState } from 'react';
import type { Annotation, MethodInput } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';

/** One article's annotations, kept in step with the core after every change. */
export function useAnnotations(documentId: string) {
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const reload = useCallback(() => client.call('annotations.list', { documentId }).then(setAnnotations), [documentId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const create = useCallback(
    async (input: Omit<MethodInput<'annotations.create'>, 'documentId'>) => {
      const created = await client.call('annotations.create', { ...input, documentId });
      await reload();
      return created;
    },
    [documentId, reload],
  );
  const update = useCallback(async (change: MethodInput<'annotations.update'>) => {
    await client.call('annotations.update', change);
    await reload();
  }, [reload]);
  const remove = useCallback(async (id: string) => {
    await client.call('annotations.remove', { id });
    await reload();
  }, [reload]);
  return { annotations, create, update, remove };
}
