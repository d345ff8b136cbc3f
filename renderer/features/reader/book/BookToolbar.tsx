import { useTranslation } from 'react-i18next';
import type { TocItem } from './foliate.ts';
import type { BookFlow, BookViewState } from './useBookView.ts';

interface Props {
  state: BookViewState;
  /** The book in its own layout, or its text as an article. */
  asText: boolean;
  onAsText(asText: boolean): void;
  flow: BookFlow;
  onFlow(flow: BookFlow): void;
  goTo(href: string): void;
  prev(): void;
  next(): void;
}

/** The table of contents' entries, nested ones after their parent and indented. */
function entries(items: readonly TocItem[], depth = 0): { label: string; href: string; depth: number }[] {
  return items.flatMap((item) => [{ label: item.label.trim(), href: item.href, depth }, ...entries(item.subitems ?? [], depth + 1)]);
}

/** Above a book: its table of contents, the previous and next page, paginated or scrolled, and its text as an article. */
export function BookToolbar({ state, asText, onAsText, flow, onFlow, goTo, prev, next }: Props) {
  const { t } = useTranslation();
  const toc = entries(state.toc);
  return (
    <div className="pdf-toolbar book-toolbar" role="toolbar" aria-label={t('book.toolbar')} data-testid="book-toolbar">
      {!asText && state.status === 'ready' && (
        <>
          {toc.length > 0 && (
            <select className="book-toc" value={toc.some((e) => e.href === state.current) ? state.current! : ''} onChange={(e) => e.target.value && goTo(e.target.value)} aria-label={t('book.contents')} data-testid="book-toc">
              <option value="">{t('book.contents')}</option>
              {toc.map((e) => <option key={`${e.href}-${e.depth}`} value={e.href}>{`${'\u2003'.repeat(e.depth)}${e.label}`}</option>)}
            </select>
          )}
          <button type="button" className="icon-button" onClick={prev} title={t('book.previous')} aria-label={t('book.previous')} data-testid="book-prev">‹</button>
          <button type="button" className="icon-button" onClick={next} title={t('book.next')} aria-label={t('book.next')} data-testid="book-next">›</button>
          <div className="pdf-mode book-flow" role="group" aria-label={t('book.flow')}>
            <button type="button" aria-pressed={flow === 'paginated'} onClick={() => onFlow('paginated')} data-testid="book-paginated">{t('book.paginated')}</button>
            <button type="button" aria-pressed={flow === 'scrolled'} onClick={() => onFlow('scrolled')} data-testid="book-scrolled">{t('book.scrolled')}</button>
          </div>
        </>
      )}
      <div className="pdf-mode" role="group" aria-label={t('pdf.show')}>
        <button type="button" aria-pressed={!asText} onClick={() => onAsText(false)} data-testid="book-show-book">{t('book.book')}</button>
        <button type="button" aria-pressed={asText} onClick={() => onAsText(true)} data-testid="book-show-text">{t('pdf.text')}</button>
      </div>
    </div>
  );
}
