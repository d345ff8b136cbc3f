import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../app/contract/index.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { ColorLabelsDialog } from './ColorLabelsDialog.tsx';

interface Props {
  onImport(): void;
  onImportFolder(): void;
  onShortcuts(): void;
  onExport(): void;
  syncScroll: boolean;
  onToggleSync(): void;
}

export function TopBar({ onImport, onImportFolder, onShortcuts, onExport, syncScroll, onToggleSync }: Props) {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const [labels, setLabels] = useState(false);
  return (
    <header className="top-bar">
      <div className="brand">
        <img src="./favicon.svg" alt="" width={22} height={22} />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="top-actions">
        <button type="button" onClick={onImport} data-testid="import-button">{t('toolbar.import')}</button>
        <button type="button" onClick={onImportFolder}>{t('toolbar.importFolder')}</button>
        <button type="button" onClick={onExport} data-testid="export-button">{t('toolbar.export')}</button>
        <label className="toggle">
          <input type="checkbox" checked={syncScroll} onChange={onToggleSync} data-testid="sync-scroll" />
          {t('toolbar.syncScroll')}
        </label>
        <label className="select-label">
          <span>{t('toolbar.language')}</span>
          <select value={settings.language} onChange={(e) => update({ language: e.target.value as Settings['language'] })} aria-label={t('toolbar.language')} data-testid="language-select">
            {(['system', 'fr', 'en'] as const).map((l) => <option key={l} value={l}>{t(`toolbar.languages.${l}`)}</option>)}
          </select>
        </label>
        <label className="select-label">
          <span>{t('toolbar.theme')}</span>
          <select value={settings.theme} onChange={(e) => update({ theme: e.target.value as Settings['theme'] })} aria-label={t('toolbar.theme')} data-testid="theme-select">
            {(['system', 'light', 'dark'] as const).map((th) => <option key={th} value={th}>{t(`toolbar.themes.${th}`)}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => setLabels(true)} data-testid="labels-button">{t('labels.button')}</button>
        <button type="button" className="icon-button" onClick={onShortcuts} title={t('toolbar.shortcuts')} aria-label={t('toolbar.shortcuts')}>?</button>
      </div>
      {labels && <ColorLabelsDialog onClose={() => setLabels(false)} />}
    </header>
  );
}
