import { useTranslation } from 'react-i18next';
import { colorLabel, HIGHLIGHT_COLORS } from '../../../app/contract/shared/colors.ts';
import { Dialog } from '../../shared/Dialog.tsx';
import { useLibrarySettings } from '../../shared/library-settings.tsx';
import { useSettings } from '../../shared/settings-context.tsx';
import { EntityTypesSection } from '../entities/EntityTypesSection.tsx';

/** Names what each highlight colour means ("To check", "Key figure"…); an empty name falls back to the colour's. */
export function ColorLabelsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const { library, updateLibrary } = useLibrarySettings();
  return (
    <Dialog title={t('labels.title')} closeLabel={t('importer.close')} onClose={onClose} testId="labels-dialog">
      <p className="hint">{t('labels.hint')}</p>
      <div className="label-rows">
        {HIGHLIGHT_COLORS.map((color) => (
          <label key={color} className="label-row">
            <span className={`swatch hl-${color}`} aria-hidden="true" />
            <input
              value={library.colorLabels[color] ?? ''}
              placeholder={colorLabel(color, {}, language)}
              maxLength={40}
              aria-label={colorLabel(color, {}, language)}
              onChange={(e) => updateLibrary({ colorLabels: { ...library.colorLabels, [color]: e.target.value } })}
              data-testid={`label-${color}`}
            />
          </label>
        ))}
      </div>
      <EntityTypesSection />
    </Dialog>
  );
}
