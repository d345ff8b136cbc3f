import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../../app/contract/index.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { ApiError, client } from '../../api/client.ts';
import { Dialog } from '../../shared/Dialog.tsx';
import { formatDate } from '../../shared/format.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { useEntityFocus } from './entity-focus.tsx';
import { formatValue } from './format-value.ts';

export type TimelineScope = MethodInput<'entities.timeline'>;
type Timeline = MethodOutput<'entities.timeline'>;

/**
 * The tagged dates of an article, a collection or an entity's sentences, earliest first and grouped by year, each in
 * its sentence. A click (or Enter) opens the article at that place.
 */
export function TimelineDialog({ scope, title, onOpenArticle, onClose }: { scope: TimelineScope; title: string; onOpenArticle(documentId: string): void; onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const focus = useEntityFocus();
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const oneArticle = 'documentId' in scope;

  useEffect(() => {
    // Only the newest answer counts (the scope or the library changed meanwhile).
    let current = true;
    setError(null);
    client.call('entities.timeline', scope).then((answer) => current && setTimeline(answer), (e: unknown) =>
      current && setError(formatError(language, e instanceof ApiError ? e.shape : { code: 'internal', message: String(e) })));
    return () => {
      current = false;
    };
  }, [scope, language, focus.revision]);

  const years: { year: string; items: Timeline['items'] }[] = [];
  for (const item of timeline?.items ?? []) {
    if (years.at(-1)?.year !== item.year) years.push({ year: item.year, items: [] });
    years.at(-1)!.items.push(item);
  }
  const open = (item: Timeline['items'][number]) => {
    onOpenArticle(item.documentId);
    focus.revealPassage({ documentId: item.documentId, start: item.start, end: item.end });
    onClose();
  };

  return (
    <Dialog title={t('timeline.title', { name: title })} closeLabel={t('importer.close')} onClose={onClose} testId="timeline">
      <div className="timeline">
        {error && <p className="export-message bad" role="alert">{error}</p>}
        {!timeline && !error && <p className="hint">{t('timeline.loading')}</p>}
        {timeline && timeline.items.length === 0 && <p className="hint" data-testid="timeline-empty">{t('timeline.empty')}</p>}
        {years.map(({ year, items }) => (
          <section key={year} aria-labelledby={`timeline-${year}`}>
            <h3 id={`timeline-${year}`} className="timeline-year">{year}</h3>
            <ol className="timeline-items">
              {items.map((item) => (
                <li key={item.annotationId}>
                  <button type="button" className="timeline-item" onClick={() => open(item)} data-testid="timeline-item">
                    <span className="timeline-date">{formatValue({ kind: 'date', date: item.date }, language)}</span>
                    <span className="timeline-sentence">
                      {item.sentence.slice(0, item.at)}<mark>{item.sentence.slice(item.at, item.at + item.length)}</mark>{item.sentence.slice(item.at + item.length)}
                    </span>
                    {!oneArticle && <span className="timeline-source">{item.title}{item.published ? ` · ${formatDate(item.published, language)}` : ''}</span>}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
        {timeline && (timeline.undated > 0 || timeline.truncated) && (
          <p className="hint">
            {timeline.undated > 0 && t('timeline.undated', { count: timeline.undated })} {timeline.truncated && t('timeline.truncated', { count: timeline.items.length })}
          </p>
        )}
      </div>
    </Dialog>
  );
}
