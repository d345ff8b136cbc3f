import { forwardRef, useCallback, useEffect, useRef, useState, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../app/contract/index.ts';
import { toCodePointOffset } from '../../../app/contract/shared/code-points.ts';
import { formatError } from '../../../app/contract/shared/error-messages.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar.tsx';
import { selectionOffsets } from '../annotations/selection.ts';
import { SelectionToolbar } from '../annotations/SelectionToolbar.tsx';
import { useAnnotations } from '../annotations/useAnnotations.ts';
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

/** One article in its own independently scrolling pane, with its annotations beside it. */
export const ReaderPane = forwardRef<HTMLDivElement, Props>(function ReaderPane({ id, index, active, onActivate, onClose, onScroll }, ref) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const state = useDocument(id);
  const { annotations, create, update, remove } = useAnnotations(id);
  const [toolbar, setToolbar] = useState<{ top: number; left: number; start: number; end: number } | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [showNotes, setShowNotes] = useState(true);
  const pane = useRef<HTMLElement>(null);
  // Narrow panes (three or four side by side) start with their notes folded away.
  useEffect(() => {
    if ((pane.current?.clientWidth ?? 1000) < 640) setShowNotes(false);
  }, []);
  const title = state.status === 'ready' ? state.doc.title : '';
  const text = state.status === 'ready' ? state.doc.text : '';

  /** After a mouse or keyboard selection: where it is in the text, and where to show the toolbar. */
  const readSelection = useCallback(() => {
    const body = pane.current?.querySelector<HTMLElement>('[data-annotatable]');
    const offsets = body ? selectionOffsets(body) : null;
    if (!offsets || !pane.current) return setToolbar(null);
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const frame = pane.current.getBoundingClientRect();
    setToolbar({
      top: rect.top - frame.top - 44,
      left: Math.max(8, Math.min(frame.width - 250, rect.left - frame.left + rect.width / 2 - 110)),
      start: toCodePointOffset(text, offsets.start),
      end: toCodePointOffset(text, offsets.end),
    });
  }, [text]);

  const highlight = useCallback(
    async (color: Annotation['color'], withNote = false) => {
      if (!toolbar) return;
      const created = await create({ start: toolbar.start, end: toolbar.end, color });
      window.getSelection()?.removeAllRanges();
      setToolbar(null);
      setFocused(created.id);
      if (withNote) {
        setShowNotes(true);
        setEditing(created.id);
      }
    },
    [toolbar, create],
  );

  // "h" highlights the current selection in yellow (when this pane holds it).
  useEffect(() => {
    if (!toolbar) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'h' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        void highlight('yellow');
      }
      if (event.key === 'Escape') setToolbar(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toolbar, highlight]);

  const focusPassage = (annotationId: string) => {
    setFocused(annotationId);
    pane.current?.querySelector(`mark[data-annotation="${annotationId}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const focusCard = (annotationId: string) => {
    setFocused(annotationId);
    pane.current?.querySelector(`li[data-annotation="${annotationId}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <section ref={pane} className={`reader-pane${active ? ' active' : ''}`} aria-label={t('reader.pane', { n: index + 1 })} onMouseDown={onActivate} onFocus={onActivate} data-testid="reader-pane">
      <div className="pane-bar">
        <span className="pane-number">{index + 1}</span>
        <span className="pane-title" title={title}>{title}</span>
        <button type="button" className={`notes-toggle${showNotes ? ' on' : ''}`} onClick={() => setShowNotes(!showNotes)} aria-pressed={showNotes} data-testid="notes-toggle">
          {t('annotations.count', { count: annotations.length })}
        </button>
        <button type="button" className="icon-button" onClick={onClose} title={t('reader.close')} aria-label={t('reader.close')} data-testid="close-pane">×</button>
      </div>
      <div className="pane-body">
        <div className="pane-scroll" ref={ref} onScroll={onScroll} onMouseUp={readSelection} onKeyUp={(e) => e.shiftKey && readSelection()} tabIndex={-1}>
          {state.status === 'loading' && <div className="pane-message" />}
          {state.status === 'error' && <div className="pane-message" role="alert">{state.error.code === 'not_found' ? t('reader.missing') : formatError(language, state.error.shape)}</div>}
          {state.status === 'ready' && <ArticleView doc={state.doc} annotations={annotations} focused={focused} onFocus={focusCard} />}
        </div>
        {showNotes && state.status === 'ready' && (
          <AnnotationSidebar
            annotations={annotations}
            focused={focused}
            editing={editing}
            onFocus={focusPassage}
            onEdit={setEditing}
            onUpdate={(change) => void update(change)}
            onRemove={(annotationId) => void remove(annotationId)}
          />
        )}
      </div>
      {toolbar && <SelectionToolbar top={toolbar.top} left={toolbar.left} onHighlight={(color) => void highlight(color)} onNote={() => void highlight('yellow', true)} />}
    </section>
  );
});
