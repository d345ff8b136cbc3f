import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../app/contract/index.ts';
import { formatDate, languageName } from '../../shared/format.ts';
import { annotationCountsLabel } from '../annotations/labels.ts';
import type { SelectGesture } from './useSelection.ts';

interface Props {
  total: number;
  row(index: number): DocumentSummary | undefined;
  ensure(first: number, last: number): void;
  /** Rows arriving: the list redraws when `version` changes. */
  subscribe(listener: () => void): () => void;
  version(): number;
  /** The row the keyboard is on. */
  selected: number;
  /** The articles chosen for an action (several, with Ctrl/Cmd or Shift). */
  chosen: string[];
  onSelect(index: number): void;
  onChoose(index: number, gesture: SelectGesture): void;
  onChooseAll(): void;
  onOpen(doc: DocumentSummary, beside: boolean): void;
  /** Delete pressed: the chosen articles, or the one the keyboard is on, go to the Trash. */
  onDelete(doc: DocumentSummary | undefined): void;
  openIds: string[];
}

const ROW_HEIGHT = 68;

/**
 * The virtualised list of articles: only the rows on screen exist in the page. A click opens an article (Alt+click or
 * a middle click beside the others); Ctrl/Cmd+click and Shift+click choose several, as do Space, Shift+↑/↓ and Ctrl+A.
 */
export function LibraryList({ total, row, ensure, subscribe, version, selected, chosen, onSelect, onChoose, onChooseAll, onOpen, onDelete, openIds }: Props) {
  const { t } = useTranslation();
  useSyncExternalStore(subscribe, version);
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
      if (event.shiftKey) {
        if (chosen.length === 0) onChoose(selected, 'toggle');
        onChoose(next, 'range');
      }
      onSelect(next);
      virtualizer.scrollToIndex(next);
    } else if (event.key === 'Enter') {
      const doc = row(selected);
      if (doc) onOpen(doc, event.shiftKey);
    } else if (event.key === ' ') {
      event.preventDefault();
      onChoose(selected, 'toggle');
    } else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onChooseAll();
    } else if (event.key === 'Delete' || (event.key === 'Backspace' && event.metaKey)) {
      event.preventDefault();
      onDelete(row(selected));
    }
  };

  const click = useCallback(
    (event: MouseEvent, index: number, doc: DocumentSummary) => {
      onSelect(index);
      if (event.ctrlKey || event.metaKey) return onChoose(index, 'toggle');
      if (event.shiftKey) return onChoose(index, 'range');
      onChoose(index, 'one');
      onOpen(doc, event.altKey);
    },
    [onSelect, onChoose, onOpen],
  );
  const middleClick = useCallback((event: MouseEvent, doc: DocumentSummary) => event.button === 1 && (event.preventDefault(), onOpen(doc, true)), [onOpen]);

  return (
    <div
      ref={parent}
      className="library-list"
      tabIndex={0}
      role="listbox"
      aria-multiselectable="true"
      aria-label={t('library.title')}
      aria-describedby="library-list-hint"
      onKeyDown={onKeyDown}
      data-testid="library-list"
    >
      <span id="library-list-hint" className="visually-hidden">{t('manage.listHint')}</span>
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
              chosen={doc !== undefined && chosen.includes(doc.id)}
              open={doc !== undefined && openIds.includes(doc.id)}
              onClick={click}
              onAuxClick={middleClick}
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
  chosen: boolean;
  open: boolean;
  onClick(event: MouseEvent, index: number, doc: DocumentSummary): void;
  onAuxClick(event: MouseEvent, doc: DocumentSummary): void;
}

/** One article in the list; memoised, so scrolling re-renders only the rows that change. */
const LibraryRow = memo(function LibraryRow({ doc, index, top, selected, chosen, open, onClick, onAuxClick }: RowProps) {
  const { t, i18n } = useTranslation();
  const unread = doc !== undefined && doc.readAt === null;
  return (
    <div
      role="option"
      aria-selected={chosen}
      className={`library-row${selected ? ' selected' : ''}${chosen ? ' chosen' : ''}${open ? ' open' : ''}${unread ? ' unread' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={doc ? (event) => onClick(event, index, doc) : undefined}
      onAuxClick={doc ? (event) => onAuxClick(event, doc) : undefined}
      onMouseDown={(event) => event.button === 1 && event.preventDefault()}
      data-testid={doc ? 'library-row' : undefined}
    >
      {doc ? (
        <>
          <div className="row-title" title={doc.title}>
            {unread && <span className="unread-dot" title={t('manage.unread')}><span className="visually-hidden">{t('manage.unread')} </span></span>}
            {doc.title}
          </div>
          <div className="row-meta">
            {[doc.source, formatDate(doc.published, i18n.language), languageName(doc.language, i18n.language), t('library.words', { count: doc.wordCount }), doc.annotationCount > 0 ? annotationCountsLabel(t, doc.annotationCount, doc.noteCount) : '']
              .filter(Boolean)
              .join(' · ')}
          </div>
        </>
      ) : (
        <div className="row-placeholder">{t('library.loading')}</div>
      )}
    </div>
  );
});

