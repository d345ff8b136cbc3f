import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../app/contract/index.ts';
import { HIGHLIGHT_COLORS } from '../../../app/contract/shared/colors.ts';
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
}

/** The small toolbar over a selection: highlight in one of five colours, add a note, copy with a citation. */
export function SelectionToolbar({ top, left, reattaching, onHighlight, onNote, onCopy, onReattach }: Props) {
  const { t } = useTranslation();
  const label = useColorLabel();
  return (
    <div className="selection-toolbar" style={{ top, left }} role="toolbar" aria-label={t('annotations.toolbar')} data-testid="selection-toolbar" onMouseDown={(e) => e.preventDefault()}>
      {reattaching && <button type="button" className="toolbar-text primary" onClick={onReattach} data-testid="attach-here">{t('annotations.attachHere')}</button>}
      {HIGHLIGHT_COLORS.map((color) => (
        <button key={color} type="button" className={`swatch hl-${color}`} title={label(color)} aria-label={label(color)} onClick={() => onHighlight(color)} data-testid={`highlight-${color}`} />
      ))}
      <button type="button" className="toolbar-text" onClick={onNote} data-testid="add-note">{t('annotations.note')}</button>
      <button type="button" className="toolbar-text" onClick={onCopy} title={t('annotations.copyTitle')} data-testid="copy-quote">{t('annotations.copy')}</button>
    </div>
  );
}
