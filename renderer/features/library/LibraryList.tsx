import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../app/contract/index.ts';
import { formatDate, languageName } from '../../shared/format.ts';

interface Props {
  total: number;
  row(index: number): DocumentSummary | undefined;
  ensure(first: number, last: number): void;
  selected: number;
  onSelect(index: number): void;
  onOpen(doc: DocumentSummary, beside: boolean): void;
  openIds: string[];
}

const ROW_HEIGHT = 68;

/** The virtualised list of articles: only the rows on screen exist in the page. */
export function LibraryList({ total, row, ensure, selected, onSelect, onOpen, openIds }: Props) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => parent.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => ensure(first, last), [ensure, first, last]);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : event.key === 'PageDown' ? 10 : event.key === 'PageUp' ? -10 : 0;
    if (step !== 0) {
      event.preventDefault();
      const next = Math.max(0, Math.min(total - 1, selected + step));
      onSelect(next);
      virtualizer.scrollToIndex(next);
    } else if (event.key === 'Enter') {
      const doc = row(selected);
      if (doc) onOpen(doc, event.shiftKey);
    }
  };

  const click = useCallback(
    (event: MouseEvent, index: number, doc: DocumentSummary) => {
      onSelect(index);
      onOpen(doc, event.shiftKey || event.metaKey || event.ctrlKey);
    },
    [onSelect, onOpen],
  );

  return (
    <div ref={parent} className="library-list" tabIndex={0} role="listbox" aria-label={t('library.title')} onKeyDown={onKeyDown} data-testid="library-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const doc = row(item.index);
          return (
            <LibraryRow
              key={item.key}
              doc={doc}
              index={item.index}
              top={item.start}
              selected={item.index === selected}
              open={doc !== undefined && openIds.includes(doc.id)}
              onClick={click}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}

interface RowProps {
  doc: DocumentSummary | undefined;
  index: number;
  top: number;
  selected: boolean;
  open: boolean;
  onClick(event: MouseEvent, index: number, doc: DocumentSummary): void;
  onOpen(doc: DocumentSummary, beside: boolean): void;
}

/** One article in the list; memoised, so scrolling re-renders only the rows that change. */
const LibraryRow = memo(function LibraryRow({ doc, index, top, selected, open, onClick, onOpen }: RowProps) {
  const { t, i18n } = useTranslation();
  return (
    <div
      role="option"
      aria-selected={selected}
      className={`library-row${selected ? ' selected' : ''}${open ? ' open' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={doc ? (event) => onClick(event, index, doc) : undefined}
      data-testid={doc ? 'library-row' : undefined}
    >
      {doc ? (
        <>
          <div className="row-title" title={doc.title}>{doc.title}</div>
          <div className="row-meta">
            {[doc.source, formatDate(doc.published, i18n.language), languageName(doc.language, i18n.language), t('library.words', { count: doc.wordCount }), doc.annotationCount > 0 ? t('annotations.count', { count: doc.annotationCount }) : '']
              .filter(Boolean)
              .join(' · ')}
          </div>
          <button
            type="button"
            className="row-beside"
            title={t('library.openSideBySide')}
            aria-label={t('library.openSideBySide')}
            onClick={(event) => {
              event.stopPropagation();
              onOpen(doc, true);
            }}
          >
            ⊞
          </button>
        </>
      ) : (
        <div className="row-placeholder">{t('library.loading')}</div>
      )}
    </div>
  );
});
