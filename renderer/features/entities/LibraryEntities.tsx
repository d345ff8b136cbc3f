import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity, SuggestionGroup } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { Dialog } from '../../shared/Dialog.tsx';
import { useNotices } from '../../shared/notices.tsx';
import { useSettings } from '../../shared/settings-context.tsx';
import { useEntityFocus } from './entity-focus.tsx';
import { useEntityTypes } from './entity-types.tsx';
import { formatValue } from './format-value.ts';

type Group = SuggestionGroup;

/**
 * The library's entities by type with their counts, and a pass over every article gathering the suggestions by words
 * (a job: progress here and in the tray, cancellable), each to accept in every article at once.
 */
export function LibraryEntities({ onFilter, onClose }: { onFilter(entity: Entity): void; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { fail } = useNotices();
  const { types, label } = useEntityTypes();
  const focus = useEntityFocus();
  const [entities, setEntities] = useState<Entity[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [groups, setGroups] = useState<Group[] | null>(null);
  useEffect(() => void client.call('entities.list', { limit: 100_000 }).then(setEntities), [focus.revision]);
  const byType = useMemo(() => types.map((type) => ({ type, list: entities.filter((e) => e.type === type.code) })).filter((g) => g.list.length > 0), [types, entities]);

  // The pass gathers for this dialog only: closing it stops the pass.
  const scanning = useRef<{ cancel(): Promise<void> } | null>(null);
  useEffect(() => () => void scanning.current?.cancel().catch(() => {}), []);

  const scan = async () => {
    setProgress({ done: 0, total: 0 });
    const running = await client.runJob('entities.scan', {}, (p) => {
      setProgress({ done: p.done, total: p.total });
      setGroups(p.groups);
    });
    scanning.current = running;
    const outcome = await running.outcome;
    scanning.current = null;
    if (outcome.result) setGroups(outcome.result.groups);
    if (outcome.state === 'failed') fail(outcome.error);
  };
  const acceptAll = async (g: Group) => {
    const outcome = await (await client.runJob('entities.acceptAll', { type: g.type, text: g.text, ...(g.entityId ? { entityId: g.entityId } : {}), value: g.value ?? null })).outcome;
    if (outcome.state === 'failed') return fail(outcome.error);
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
