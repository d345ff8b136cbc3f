import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Find } from './useFind.ts';

/**
 * Find in the article: Enter and Shift+Enter go to the next and previous match, Alt+Enter selects the current one (to
 * highlight it from the keyboard), Escape closes.
 */
export function FindBar({ find, onSelect }: { find: Find; onSelect(): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const { query, matches, current } = find;
  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        ref={input}
        type="search"
        value={query}
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.altKey) onSelect();
            else if (e.shiftKey) find.previous();
            else find.next();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            find.close();
          }
        }}
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
        data-testid="find-input"
      />
      <span className="find-count" aria-live="polite" data-testid="find-count">
        {query.trim() ? (matches.length ? t('find.position', { current: current + 1, count: matches.length }) : t('find.none')) : ''}
      </span>
      <button type="button" className="icon-button" onClick={find.previous} disabled={matches.length === 0} title={t('find.previous')} aria-label={t('find.previous')} data-testid="find-previous">↑</button>
      <button type="button" className="icon-button" onClick={find.next} disabled={matches.length === 0} title={t('find.next')} aria-label={t('find.next')} data-testid="find-next">↓</button>
      <button type="button" className="find-select" onClick={onSelect} disabled={matches.length === 0} title={t('find.select')} data-testid="find-select">{t('find.selectShort')}</button>
      <button type="button" className="icon-button" onClick={find.close} title={t('find.close')} aria-label={t('find.close')} data-testid="find-close">×</button>
    </div>
  );
}
