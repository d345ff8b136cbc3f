import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../app/contract/index.ts';
import { HIGHLIGHT_COLORS } from '../../../app/contract/shared/colors.ts';
import { useEntityTypes } from '../entities/entity-types.tsx';
import { useColorLabel } from './labels.ts';

interface Props {
  top: number;
  left: number;
  /** Set while the reader is re-attaching a lost passage: the selection becomes its new place. */
  reattaching: boolean;
  onHighlight(color: Annotation['color']): void;
  onNote(): void;
  onCopy(): void;
  onReattach(): void;
  /** Tag the selection as an entity of this type (keys 1–9 do the same). */
  onTagAs(type: string): void;
}

/** The small toolbar over a selection: highlight in one of five colours, add a note, copy with a citation. */
export function SelectionToolbar({ top, left, reattaching, onHighlight, onNote, onCopy, onReattach, onTagAs }: Props) {
  const { t } = useTranslation();
  const label = useColorLabel();
  const entityTypes = useEntityTypes();
  const [tagging, setTagging] = useState(false);
  return (
    <div className="selection-toolbar" style={{ top, left }} role="toolbar" aria-label={t('annotations.toolbar')} data-testid="selection-toolbar" onMouseDown={(e) => e.preventDefault()}>
      {reattaching && <button type="button" className="toolbar-text primary" onClick={onReattach} data-testid="attach-here">{t('annotations.attachHere')}</button>}
      {HIGHLIGHT_COLORS.map((color) => (
        <button key={color} type="button" className={`swatch hl-${color}`} title={label(color)} aria-label={label(color)} onClick={() => onHighlight(color)} data-testid={`highlight-${color}`} />
      ))}
      <button type="button" className="toolbar-text" onClick={onNote} data-testid="add-note">{t('annotations.note')}</button>
      <button type="button" className="toolbar-text" onClick={onCopy} title={t('annotations.copyTitle')} data-testid="copy-quote">{t('annotations.copy')}</button>
      <button type="button" className={`toolbar-text${tagging ? ' primary' : ''}`} onClick={() => setTagging(!tagging)} aria-expanded={tagging} data-testid="tag-as">{t('entities.tagAsMenu')}</button>
      {tagging && (
        <div className="toolbar-types" role="group" aria-label={t('entities.tagAsMenu')}>
          {entityTypes.types.map((type, i) => (
            <button key={type.code} type="button" className={`type-button type-${type.code}`} onClick={() => onTagAs(type.code)} title={`${entityTypes.label(type.code)} (${i + 1})`} data-testid={`tag-type-${type.code}`}>
              {i < 9 && <kbd>{i + 1}</kbd>} <span className="type-sample">{entityTypes.label(type.code)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
