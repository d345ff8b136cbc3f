import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../app/contract/index.ts';
import { HIGHLIGHT_COLORS } from '../../../app/contract/shared/colors.ts';

interface Props {
  annotations: Annotation[];
  focused: string | null;
  editing: string | null;
  onFocus(id: string): void;
  onEdit(id: string | null): void;
  onUpdate(change: { id: string; note?: string | null; color?: Annotation['color'] }): void;
  onRemove(id: string): void;
}

/** The pane's annotations in text order: colour, quote, note (edited in place), recolour and delete. */
export function AnnotationSidebar({ annotations, focused, editing, onFocus, onEdit, onUpdate, onRemove }: Props) {
  const { t } = useTranslation();
  if (annotations.length === 0) return <aside className="annotation-sidebar empty" data-testid="annotation-sidebar"><p className="hint">{t('annotations.empty')}</p></aside>;
  return (
    <aside className="annotation-sidebar" data-testid="annotation-sidebar" aria-label={t('annotations.title')}>
      <ol>
        {annotations.map((a) => (
          <li key={a.id} className={`annotation-card${a.id === focused ? ' focused' : ''}`} data-testid="annotation-card" data-annotation={a.id} onClick={() => onFocus(a.id)}>
            <blockquote className={`card-quote border-${a.color}`}>{a.exact}</blockquote>
            {editing === a.id ? (
              <NoteEditor initial={a.note ?? ''} onSave={(note) => (onUpdate({ id: a.id, note: note.trim() ? note : null }), onEdit(null))} onCancel={() => onEdit(null)} />
            ) : (
              a.note && <p className="card-note" data-testid="card-note">{a.note}</p>
            )}
            <div className="card-actions">
              {HIGHLIGHT_COLORS.map((color) => (
                <button key={color} type="button" className={`swatch small hl-${color}${a.color === color ? ' current' : ''}`} aria-label={t(`annotations.colors.${color}`)} title={t(`annotations.colors.${color}`)} onClick={(e) => (e.stopPropagation(), onUpdate({ id: a.id, color }))} />
              ))}
              <button type="button" className="link-button" onClick={(e) => (e.stopPropagation(), onEdit(a.id))} data-testid="edit-note">{a.note ? t('annotations.editNote') : t('annotations.note')}</button>
              <button type="button" className="link-button danger" onClick={(e) => (e.stopPropagation(), onRemove(a.id))} data-testid="delete-annotation">{t('annotations.delete')}</button>
            </div>
          </li>
        ))}
      </ol>
    </aside>
  );
}

function NoteEditor({ initial, onSave, onCancel }: { initial: string; onSave(note: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState(initial);
  return (
    <div className="note-editor" onClick={(e) => e.stopPropagation()}>
      <textarea
        value={note}
        autoFocus
        rows={3}
        placeholder={t('annotations.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave(note);
          if (e.key === 'Escape') onCancel();
        }}
        data-testid="note-input"
      />
      <div className="card-actions">
        <button type="button" className="primary" onClick={() => onSave(note)} data-testid="save-note">{t('annotations.save')}</button>
        <button type="button" onClick={onCancel}>{t('annotations.cancel')}</button>
      </div>
    </div>
  );
}
