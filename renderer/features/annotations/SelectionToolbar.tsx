import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../app/contract/index.ts';
import { HIGHLIGHT_COLORS } from '../../../app/contract/shared/colors.ts';

interface Props {
  top: number;
  left: number;
  onHighlight(color: Annotation['color']): void;
  onNote(): void;
}

/** The small toolbar over a selection: a highlight in one of five colours, or a note. */
export function SelectionToolbar({ top, left, onHighlight, onNote }: Props) {
  const { t } = useTranslation();
  return (
    <div className="selection-toolbar" style={{ top, left }} role="toolbar" aria-label={t('annotations.toolbar')} data-testid="selection-toolbar" onMouseDown={(e) => e.preventDefault()}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button key={color} type="button" className={`swatch hl-${color}`} title={t(`annotations.colors.${color}`)} aria-label={t(`annotations.colors.${color}`)} onClick={() => onHighlight(color)} data-testid={`highlight-${color}`} />
      ))}
      <button type="button" className="toolbar-note" onClick={onNote} data-testid="add-note">{t('annotations.note')}</button>
    </div>
  );
}
