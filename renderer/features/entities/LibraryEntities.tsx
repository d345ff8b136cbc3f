import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity, MethodOutput } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { Dialog } from '../../shared/Dialog.tsx';
import { useSettings } from '../../shared/settings-context.tsx';
import { useEntityFocus } from './entity-focus.tsx';
import { useEntityTypes } from './entity-types.tsx';
import { formatValue } from './format-value.ts';

type Group = MethodOutput<'entities.suggestGroups'>[number];
const BATCH = 100;

/**
 * The library's entities by type with their counts, and a pass over every article gathering the suggestions by words
 * (with a progress bar), each to accept in every article at once.
 */
export function LibraryEntities({ onFilter, onClose }: { onFilter(entity: Entity): void; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { types, label } = useEntityTypes();
  const focus = useEntityFocus();
  const [entities, setEntities] = useState<Entity[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [groups, setGroups] = useState<Group[] | null>(null);
  const stop = useRef(false);
  useEffect(() => void client.call('entities.list', { limit: 100_000 }).then(setEntities), [focus.revision]);
  useEffect(() => () => void (stop.current = true), []);
  const byType = useMemo(() => types.map((type) => ({ type, list: entities.filter((e) => e.type === type.code) })).filter((g) => g.list.length > 0), [types, entities]);

  const scan = async () => {
    stop.current = false;
    const first = await client.call('documents.list', { limit: 1000, offset: 0 });
    const ids = first.items.map((d) => d.id);
    for (let offset = 1000; offset < first.total; offset += 1000) ids.push(...(await client.call('documents.list', { limit: 1000, offset })).items.map((d) => d.id));
    const merged = new Map<string, Group>();
    setProgress({ done: 0, total: ids.length });
    for (let from = 0; from < ids.length && !stop.current; from += BATCH) {
      for (const g of await client.call('entities.suggestGroups', { documentIds: ids.slice(from, from + BATCH) })) {
        const key = `${g.type}|${g.text.toLocaleLowerCase()}`;
        const seen = merged.get(key);
        merged.set(key, seen ? { ...seen, count: seen.count + g.count, documents: seen.documents + g.documents } : g);
      }
      setProgress({ done: Math.min(ids.length, from + BATCH), total: ids.length });
      setGroups([...merged.values()].sort((a, b) => b.count - a.count));
    }
  };
  const acceptAll = async (g: Group) => {
    await client.call('entities.acceptAll', { type: g.type, text: g.text, ...(g.entityId ? { entityId: g.entityId } : {}), value: g.value ?? null });
    setGroups((list) => list?.filter((x) => x !== g) ?? null);
    focus.changed();
  };

  return (
    <Dialog title={t('entities.library')} closeLabel={t('importer.close')} onClose={onClose} testId="library-entities">
      <div className="library-entities">
        {byType.length === 0 && <p className="hint">{t('entities.noneInLibrary')}</p>}
        {byType.map(({ type, list }) => (
          <section key={type.code} className={`entity-group type-${type.code}`}>
            <h3><span className="type-dot" aria-hidden="true" />{label(type.code)} <span className="count">{list.length}</span></h3>
            <ul>
              {list.slice(0, 50).map((e) => (
                <li key={e.id} className="entity-row" data-testid="library-entity">
                  <span className="entity-name">{e.name}</span>
                  <span className="count">{t('entities.counts', { mentions: e.mentionCount, documents: e.documentCount })}</span>
                  <button type="button" className="link-button" onClick={() => focus.openPage(e.id)}>{t('entities.page')}</button>
                  <button type="button" className="link-button" onClick={() => (onFilter(e), onClose())}>{t('entities.filter')}</button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section className="library-suggestions">
          <h3>{t('entities.everywhere')}</h3>
          {progress === null ? (
            <button type="button" onClick={() => void scan()} data-testid="scan-library">{t('entities.scan')}</button>
          ) : (
            <p className="scan-progress" role="status">
              <progress value={progress.done} max={progress.total} data-testid="scan-progress" /> {t('entities.scanned', progress)}
            </p>
          )}
          <ol className="suggestion-queue">
            {groups?.slice(0, 200).map((g) => (
              <li key={`${g.type}|${g.text}`} className={`suggestion type-${g.type}`} data-testid="library-suggestion">
                <span className="type-chip">{label(g.type)}</span>
                <span className="suggestion-text">{g.text}</span>
                {g.value && <span className="suggestion-value">{formatValue(g.value, language)}</span>}
                <span className="count">{t('entities.counts', { mentions: g.count, documents: g.documents })}</span>
                <span className="suggestion-actions">
                  <button type="button" onClick={() => void acceptAll(g)} title={t('entities.acceptAll')} data-testid="library-accept-all">{t('entities.acceptEverywhere')}</button>
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </Dialog>
  );
}
