import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMarks } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { useNotices } from '../../shared/notices.tsx';

/**
 * What can be done to articles of the library from the app, each with a notice that says what was done and, where
 * it can be, an Undo (the opposite marks on the same articles). `changed` is called once the library has changed.
 */
export function useLibraryActions(changed: () => void) {
  const { t } = useTranslation();
  const { notify, fail } = useNotices();

  const mark = useCallback(async (ids: string[], marks: DocumentMarks, message: string) => {
    try {
      const done = await client.call('documents.mark', { ids, ...marks });
      changed();
      const opposite = Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, !v])) as DocumentMarks;
      notify(t(message, { count: done.changed }), {
        label: t('manage.undo'),
        run: () => void client.call('documents.mark', { ids: done.ids, ...opposite }).then(changed, fail),
      });
    } catch (error) {
      fail(error);
    }
  }, [changed, notify, fail, t]);

  return {
    trash: (ids: string[]) => mark(ids, { trashed: true }, 'manage.trashed'),
    restore: (ids: string[]) => mark(ids, { trashed: false }, 'manage.restored'),
    archive: (ids: string[], archived: boolean) => mark(ids, { archived }, archived ? 'manage.archived' : 'manage.unarchived'),
    setRead: (ids: string[], read: boolean) => mark(ids, { read }, read ? 'manage.markedRead' : 'manage.markedUnread'),
    removeSamples: async () => {
      try {
        const done = await client.call('samples.remove', {});
        changed();
        notify(t('manage.samplesRemoved', { count: done.changed }), {
          label: t('manage.undo'),
          run: () => void client.call('documents.mark', { ids: done.ids, trashed: false }).then(changed, fail),
        });
      } catch (error) {
        fail(error);
      }
    },
    /** Deletes for good (those given, or the whole Trash): a job, with progress and Cancel in the tray. */
    emptyTrash: async (ids?: string[]) => {
      try {
        const outcome = await (await client.runJob('library.emptyTrash', ids ? { ids } : {})).outcome;
        changed();
        if (outcome.state === 'failed') fail(outcome.error);
        else notify(t('manage.deleted', { count: outcome.result?.removed ?? 0 }));
      } catch (error) {
        fail(error);
      }
    },
    tag: async (ids: string[], add: string[], remove: string[]) => {
      try {
        await client.call('documents.tag', { ids, add, remove });
        changed();
        notify(t('manage.tagged', { count: ids.length }));
      } catch (error) {
        fail(error);
      }
    },
    file: async (collection: { id: string; name: string }, ids: string[], inside: boolean) => {
      try {
        await client.call('collections.file', { id: collection.id, documentIds: ids, inside });
        changed();
        notify(t(inside ? 'manage.filed' : 'manage.takenOut', { count: ids.length, name: collection.name }), {
          label: t('manage.undo'),
          run: () => void client.call('collections.file', { id: collection.id, documentIds: ids, inside: !inside }).then(changed, fail),
        });
      } catch (error) {
        fail(error);
      }
    },
  };
}
