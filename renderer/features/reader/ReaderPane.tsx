import { forwardRef, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatError } from '../../../app/contract/error-messages.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { ArticleView } from './ArticleView.tsx';
import { useDocument } from './useDocument.ts';

interface Props {
  id: string;
  index: number;
  active: boolean;
  onActivate(): void;
  onClose(): void;
  onScroll(event: UIEvent<HTMLDivElement>): void;
}

/** One article in its own independently scrolling pane. */
export const ReaderPane = forwardRef<HTMLDivElement, Props>(function ReaderPane({ id, index, active, onActivate, onClose, onScroll }, ref) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const state = useDocument(id);
  const title = state.status === 'ready' ? state.doc.title : '';
  return (
    <section className={`reader-pane${active ? ' active' : ''}`} aria-label={t('reader.pane', { n: index + 1 })} onMouseDown={onActivate} onFocus={onActivate} data-testid="reader-pane">
      <div className="pane-bar">
        <span className="pane-number">{index + 1}</span>
        <span className="pane-title" title={title}>{title}</span>
        <button type="button" className="icon-button" onClick={onClose} title={t('reader.close')} aria-label={t('reader.close')} data-testid="close-pane">×</button>
      </div>
      <div className="pane-scroll" ref={ref} onScroll={onScroll} tabIndex={-1}>
        {state.status === 'loading' && <div className="pane-message" />}
        {state.status === 'error' && <div className="pane-message" role="alert">{state.error.code === 'not_found' ? t('reader.missing') : formatError(language, state.error.shape)}</div>}
        {state.status === 'ready' && <ArticleView doc={state.doc} />}
      </div>
    </section>
  );
});
