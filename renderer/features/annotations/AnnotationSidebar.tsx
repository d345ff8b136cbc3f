import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../app/contract/index.ts';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../app/contract/shared/colors.ts';
import { Markdown } from '../../shared/Markdown.tsx';
import { hasDraft, useDraft } from './drafts.ts';
import { useColorLabel } from './labels.ts';
import { NoteVersions } from './NoteVersions.tsx';

export interface AnnotationActions {
  onFocus(id: string): void;
  onEdit(id: string | null): void;
  onUpdate(change: { id: string; note?: string | null; color?: Annotation['color']; tags?: string[] }): void;
  onRemove(id: string): void;
  onCopy(annotation: Annotation): void;
  onReattach(id: string | null): void;
}

interface Props extends AnnotationActions {
  annotations: Annotation[];
  focused: string | null;
  editing: string | null;
  reattaching: string | null;
  documentId: string;
  documentNote: string | null;
  onDocumentNote(note: string | null): void;
}

/**
 * The pane's annotations in text order: the article's own note, a filter by colour and tag, a card per highlight
 * (label, quote, note in Markdown, tags; recolour, edit, copy with citation, delete), and the orphans — passages lost
 * when the article changed — to re-attach.
 */
export const AnnotationSidebar = memo(function AnnotationSidebar({ annotations: current, focused, editing, reattaching, documentId, documentNote, onDocumentNote, ...actions }: Props) {
  const { t } = useTranslation();
  // The article's highlights are drawn first; the list follows once that frame is on screen.
  const annotations = useAfterPaint(current);
  const label = useColorLabel();
  const [colors, setColors] = useState<Set<HighlightColor>>(new Set());
  const [tag, setTag] = useState('');
  const placed = useMemo(() => annotations.filter((a) => !a.orphan), [annotations]);
  const orphans = useMemo(() => annotations.filter((a) => a.orphan), [annotations]);
  const tags = useMemo(() => [...new Set(placed.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b)), [placed]);
  const usedColors = useMemo(() => HIGHLIGHT_COLORS.filter((c) => placed.some((a) => a.color === c)), [placed]);
  const shown = useMemo(() => placed.filter((a) => (colors.size === 0 || colors.has(a.color)) && (!tag || a.tags.includes(tag))), [placed, colors, tag]);
  // Thousands of notes on one article stay instant: only the cards in view are on the page.
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // Where the list starts (below the article's note and the filters), read when what is above it changes size — not
  // at every render, which would lay out the whole pane each time, a very long article included.
  const head = useRef<HTMLDivElement>(null);
  const [listTop, setListTop] = useState(0);
  useLayoutEffect(() => {
    if (!head.current) return;
    const observer = new ResizeObserver(() => setListTop(list.current?.offsetTop ?? 0));
    observer.observe(head.current);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useVirtualizer({
    count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => 100, overscan: 8, scrollMargin: listTop,
    getItemKey: (i) => shown[i]!.id,
  });
  const focusedIndex = focused ? shown.findIndex((a) => a.id === focused) : -1;
  useEffect(() => {
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex, { align: 'auto' });
  }, [focusedIndex, virtualizer]);
  const toggle = (color: HighlightColor) => {
    const next = new Set(colors);
    if (!next.delete(color)) next.add(color);
    setColors(next);
  };

  return (
    <aside className="annotation-sidebar" data-testid="annotation-sidebar" aria-label={t('annotations.title')}>
      <div className="sidebar-scroll" ref={scroller}>
      <div ref={head}>
      <DocumentNote documentId={documentId} note={documentNote} onSave={onDocumentNote} />
      {placed.length > 0 && (usedColors.length > 1 || tags.length > 0) && (
        <div className="sidebar-filter" role="group" aria-label={t('annotations.filter')}>
          {usedColors.map((color) => (
            <button key={color} type="button" className={`filter-chip${colors.has(color) ? ' on' : ''}`} aria-pressed={colors.has(color)} onClick={() => toggle(color)} data-testid={`filter-${color}`}>
              <span className={`swatch tiny hl-${color}`} aria-hidden="true" />
              {label(color)}
            </button>
          ))}
          {tags.length > 0 && (
            <select value={tag} onChange={(e) => setTag(e.target.value)} aria-label={t('annotations.filterTag')} data-testid="filter-tag">
              <option value="">{t('annotations.allTags')}</option>
              {tags.map((name) => <option key={name} value={name}>#{name}</option>)}
            </select>
          )}
        </div>
      )}
      {placed.length === 0 && orphans.length === 0 && <p className="hint">{t('annotations.empty')}</p>}
      {placed.length > 0 && shown.length === 0 && <p className="hint">{t('annotations.noneMatch')}</p>}
      </div>
      <ol ref={list} className="card-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const a = shown[item.index]!;
          return (
            <AnnotationCard
              key={item.key}
              ref={virtualizer.measureElement}
              index={item.index}
              top={item.start - virtualizer.options.scrollMargin}
              annotation={a}
              focused={a.id === focused}
              editing={a.id === editing}
              {...actions}
            />
          );
        })}
      </ol>
      {orphans.length > 0 && (
        <section className="orphans" data-testid="orphans">
          <h3>{t('annotations.orphans', { count: orphans.length })}</h3>
          <p className="hint">{t('annotations.orphansHint')}</p>
          <ol>
            {orphans.map((a) => (
              <li key={a.id} className={`annotation-card orphan${reattaching === a.id ? ' focused' : ''}`} data-testid="orphan-card" data-annotation={a.id}>
                <blockquote className={`card-quote border-${a.color}`}>
                  <span className="context">…{a.prefix}</span><strong>{a.exact}</strong><span className="context">{a.suffix}…</span>
                </blockquote>
                {a.note && <Markdown source={a.note} className="card-note" />}
                <div className="card-actions">
                  {reattaching === a.id ? (
                    <>
                      <span className="hint">{t('annotations.selectToReattach')}</span>
                      <button type="button" className="link-button" onClick={() => actions.onReattach(null)}>{t('annotations.cancel')}</button>
                    </>
                  ) : (
                    <button type="button" className="link-button" onClick={() => actions.onReattach(a.id)} data-testid="reattach">{t('annotations.reattach')}</button>
                  )}
                  <button type="button" className="link-button danger" onClick={() => actions.onRemove(a.id)}>{t('annotations.delete')}</button>
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
      </div>
    </aside>
  );
});

interface CardProps extends AnnotationActions {
  annotation: Annotation;
  focused: boolean;
  editing: boolean;
  index: number;
  top: number;
}

const AnnotationCard = memo(forwardRef<HTMLLIElement, CardProps>(function AnnotationCard({ annotation: a, focused, editing, index, top, onFocus, onEdit, onUpdate, onRemove, onCopy }, ref) {
  const { t } = useTranslation();
  const label = useColorLabel();
  const [versions, setVersions] = useState(false);
  // Another member's annotation in a team library: only its author may change it (the server would refuse).
  const theirs = Boolean(a.author);
  return (
    <li ref={ref} data-index={index} style={{ transform: `translateY(${top}px)` }} className="card-slot">
      <div className={`annotation-card${focused ? ' focused' : ''}`} data-testid="annotation-card" data-annotation={a.id} onClick={() => onFocus(a.id)}>
      <span className={`card-label label-${a.color}`} data-testid="card-label">{label(a.color)}</span>
      {a.snapshot && <img className={`card-snapshot border-${a.color}`} src={a.snapshot} alt={t('annotations.area', { page: a.area?.page ?? '?' })} data-testid="card-snapshot" />}
      {/* An area's picture is what was highlighted; the text it is anchored on may be only a word near it. */}
      {!a.snapshot && <blockquote className={`card-quote border-${a.color}`}>{a.exact}</blockquote>}
      {editing ? (
        <NoteEditor
          draftKey={a.id}
          initial={a.note ?? ''}
          initialTags={a.tags}
          onSave={(note, tags) => {
            onUpdate({ id: a.id, note: note.trim() ? note : null, tags });
            onEdit(null);
          }}
          onCancel={() => onEdit(null)}
        />
      ) : (
        <>
          {a.note && <Markdown source={a.note} className="card-note" testId="card-note" />}
          {a.tags.length > 0 && <p className="card-tags">{a.tags.map((tag) => <span key={tag} className="tag">#{tag}</span>)}</p>}
          {a.author && <p className="card-author" data-testid="card-author">{t('annotations.by', { name: a.author })}</p>}
          {(a.revisions ?? 0) > 0 && (
            <button type="button" className="link-button card-versions" aria-expanded={versions} data-testid="note-versions-toggle"
              onClick={(e) => (e.stopPropagation(), setVersions(!versions))}>{t('annotations.versions', { count: (a.revisions ?? 0) + 1 })}</button>
          )}
          {versions && <NoteVersions targetId={a.id} canUse={!theirs} />}
        </>
      )}
      <div className="card-actions">
        {!theirs && <span className="card-swatches">
          {HIGHLIGHT_COLORS.map((color) => (
            <button key={color} type="button" className={`swatch small hl-${color}${a.color === color ? ' current' : ''}`} aria-label={label(color)} title={label(color)} onClick={(e) => (e.stopPropagation(), onUpdate({ id: a.id, color }))} />
          ))}
        </span>}
        <span className="card-links">
          {!theirs && <button type="button" className="link-button" onClick={(e) => (e.stopPropagation(), onEdit(a.id))} data-testid="edit-note">{hasDraft(a.id) ? t('annotations.resumeDraft') : a.note ? t('annotations.editNote') : t('annotations.note')}</button>}
          <button type="button" className="link-button" onClick={(e) => (e.stopPropagation(), onCopy(a))} data-testid="copy-citation">{t('annotations.copy')}</button>
          {!theirs && <button type="button" className="link-button danger" onClick={(e) => (e.stopPropagation(), onRemove(a.id))} data-testid="delete-annotation">{t('annotations.delete')}</button>}
        </span>
      </div>
      </div>
    </li>
  );
}));

/** `value`, but a change shows only after the next frame has been painted (the first value shows at once). */
function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (shown === value) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

/** Tags typed as words separated by commas or spaces, with or without their #. */
function parseTags(value: string): string[] {
  return [...new Set(value.split(/[,\s]+/).map((tag) => tag.replace(/^#+/, '').trim()).filter(Boolean))];
}

function NoteEditor({ draftKey, initial, initialTags, onSave, onCancel }: { draftKey: string; initial: string; initialTags: string[]; onSave(note: string, tags: string[]): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [note, setNote, forgetDraft] = useDraft(draftKey, initial);
  const [tags, setTags] = useState(initialTags.map((tag) => `#${tag}`).join(' '));
  const save = () => (forgetDraft(), onSave(note, parseTags(tags)));
  const cancel = () => (forgetDraft(), onCancel());
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
    if (e.key === 'Escape') cancel();
  };
  return (
    <div className="note-editor" onClick={(e) => e.stopPropagation()}>
      <textarea
        value={note}
        autoFocus
        rows={3}
        placeholder={t('annotations.notePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={keys}
        // The cursor goes after what is already written, to go on writing.
        onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
        data-testid="note-input"
        aria-label={t('annotations.note')}
      />
      <input value={tags} placeholder={t('annotations.tagsPlaceholder')} onChange={(e) => setTags(e.target.value)} onKeyDown={(e) => (e.key === 'Enter' ? save() : keys(e))} data-testid="tags-input" aria-label={t('annotations.tags')} />
      <div className="card-actions">
        <button type="button" className="primary" onClick={save} data-testid="save-note">{t('annotations.save')}</button>
        <button type="button" onClick={cancel}>{t('annotations.cancel')}</button>
      </div>
    </div>
  );
}

/** The reader's note on the article as a whole, above the highlights. */
function DocumentNote({ documentId, note, onSave }: { documentId: string; note: string | null; onSave(note: string | null): void }) {
  const { t } = useTranslation();
  const draftKey = `document:${documentId}`;
  const [editing, setEditing] = useState(false);
  if (editing) return <DocumentNoteEditor draftKey={draftKey} note={note} onSave={onSave} onClose={() => setEditing(false)} />;
  return (
    <div className="document-note" data-testid="document-note">
      <h3>{t('annotations.documentNote')}</h3>
      {note ? <Markdown source={note} className="card-note" /> : null}
      <button type="button" className="link-button" onClick={() => setEditing(true)} data-testid="edit-document-note">
        {hasDraft(draftKey) ? t('annotations.resumeDraft') : note ? t('annotations.editNote') : t('annotations.addDocumentNote')}
      </button>
    </div>
  );
}

function DocumentNoteEditor({ draftKey, note, onSave, onClose }: { draftKey: string; note: string | null; onSave(note: string | null): void; onClose(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft, forgetDraft] = useDraft(draftKey, note ?? '');
  const cancel = () => (forgetDraft(), onClose());
  const save = () => {
    forgetDraft();
    onSave(draft.trim() ? draft : null);
    onClose();
  };
  return (
    <div className="document-note editing note-editor">
      <h3>{t('annotations.documentNote')}</h3>
      <textarea value={draft} autoFocus rows={4} placeholder={t('annotations.documentNotePlaceholder')} onChange={(e) => setDraft(e.target.value)} data-testid="document-note-input"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
          if (e.key === 'Escape') cancel();
        }} />
      <div className="card-actions">
        <button type="button" className="primary" onClick={save} data-testid="save-document-note">{t('annotations.save')}</button>
        <button type="button" onClick={cancel}>{t('annotations.cancel')}</button>
      </div>
    </div>
  );
}
