import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { useNotices } from '../../shared/notices.tsx';
import { useEntityFocus } from './entity-focus.tsx';

/**
 * After mentions of an entity were untagged: when it is mentioned nowhere any more, a notice offers to delete it
 * (nothing is deleted unasked, and no "0 × in 0 articles" is left behind unseen).
 */
export function useOfferDelete() {
  const { t } = useTranslation();
  const { notify, fail } = useNotices();
  const { changed } = useEntityFocus();
  return useCallback(async (entity: Pick<Entity, 'id' | 'name' | 'type'>) => {
    const now = (await client.call('entities.list', { type: entity.type, query: entity.name, limit: 100 })).find((e) => e.id === entity.id);
    if (!now || now.mentionCount > 0) return;
    notify(t('entities.unused', { name: entity.name }), {
      label: t('entities.deleteUnused'),
      run: () => void client.call('entities.remove', { id: entity.id }).then(changed, fail),
    });
  }, [t, notify, fail, changed]);
}
