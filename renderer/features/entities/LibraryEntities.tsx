import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity, SuggestionGroup } from '../../../app/contract/index.ts';
import { client } from '../../api/client.ts';
import { useLibrarySettings } from '../../shared/library-settings.tsx';
import { useNotices } from '../../shared/notices.tsx';
import { useSettings } from '../../shared/settings-context.tsx';
import { useEntityFocus } from './entity-focus.tsx';
import { useEntityTypes } from './entity-types.tsx';
import { formatValue } from './format-value.ts';

type Group = SuggestionGroup;

/**
 * A panel in the library's column, beside the open articles: the library's entities by type with their counts, and
 * a pass over every article gathering the suggestions by words (a job: progress here and in the tray, cancellable),
 * worked through one by one — ↑/↓ to move, Enter to accept everywhere, Delete to skip — while articles stay open.
 */
export function LibraryEntities({ onFilter, onClose }: { onFilter(entity: Entity): void; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { fail, notify } = useNotices();
  const { library, updateLibrary } = useLibrarySettings();
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
  // Written at once (not a moment later, as other library settings are): the suggestions are asked again right after.
  const learn = (patch: { learning?: boolean; learningSince?: string }, done?: string) => {
    updateLibrary(patch);
    void client.call('library.updateSettings', patch).then(() => (focus.changed(), done && notify(done)), fail);
  };
  const skip = (g: Group) => setGroups((list) => list?.filter((x) => x !== g) ?? null);
  const [current, setCurrent] = useState(0);
  const shown = groups?.slice(0, 200) ?? [];
  const at = Math.min(current, Math.max(0, shown.length - 1));
  const onKeyDown = (event: KeyboardEvent) => {
    const g = shown[at];
    if (event.key === 'ArrowDown') setCurrent(Math.min(shown.length - 1, at + 1));
    else if (event.key === 'ArrowUp') setCurrent(Math.max(0, at - 1));
    else if (g && event.key === 'Enter') void acceptAll(g);
    else if (g && (event.key === 'Delete' || event.key === 'Backspace')) skip(g);
    else return;
    event.preventDefault();
  };

  return (
    <section className="library-entities" aria-labelledby="library-entities-title" data-testid="library-entities">
      <header className="library-entities-head">
        <h2 id="library-entities-title">{t('entities.library')}</h2>
        <button type="button" className="link-button" onClick={onClose} data-testid="library-entities-close">{t('entities.backToList')}</button>
      </header>
      <div className="library-entities-body">
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
        <section className="learning" aria-labelledby="learning-title">
          <h3 id="learning-title">{t('learning.title')}</h3>
          <label className="toggle">
            <input type="checkbox" checked={library.learning} onChange={(e) => learn({ learning: e.target.checked })} data-testid="learning-toggle" />
            {t('learning.toggle')}
          </label>
          <p className="hint">{t('learning.explain')}</p>
          <button type="button" className="link-button" disabled={!library.learning}
            onClick={() => learn({ learningSince: new Date().toISOString() }, t('learning.forgotten'))} data-testid="learning-reset">
            {t('learning.reset')}
          </button>
        </section>
        <section className="library-suggestions">
          <h3>{t('entities.everywhere')}</h3>
          {progress === null ? (
            <button type="button" onClick={() => void scan()} data-testid="scan-library">{t('entities.scan')}</button>
          ) : (
            <p className="scan-progress" role="status">
              <progress value={progress.done} max={progress.total} data-testid="scan-progress" /> {t('entities.scanned', progress)}
            </p>
          )}
          {shown.length > 0 && <p className="hint">{t('entities.libraryReviewHint')}</p>}
          <ol className="suggestion-queue" tabIndex={shown.length > 0 ? 0 : -1} onKeyDown={onKeyDown} aria-label={t('entities.everywhere')} data-testid="library-suggestion-queue">
            {shown.map((g, i) => (
              <li key={`${g.type}|${g.text}`} className={`suggestion type-${g.type}${i === at ? ' current' : ''}`} data-testid="library-suggestion" onClick={() => setCurrent(i)}>
                <span className="type-chip">{label(g.type)}</span>
                <span className="suggestion-text">{g.text}</span>
                {g.value && <span className="suggestion-value">{formatValue(g.value, language)}</span>}
                <span className="count">{t('entities.counts', { mentions: g.count, documents: g.documents })}</span>
                <span className="suggestion-actions">
                  <button type="button" onClick={() => void acceptAll(g)} title={t('entities.acceptAll')} data-testid="library-accept-all">{t('entities.acceptEverywhere')}</button>
                  <button type="button" onClick={() => skip(g)} title={t('entities.skipHint')} data-testid="library-skip">{t('entities.skip')}</button>
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </section>
  );
}
