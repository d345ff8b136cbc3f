import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../app/contract/index.ts';
import { useSettings } from '../../shared/settings-context.tsx';
import { ColorLabelsDialog } from './ColorLabelsDialog.tsx';

interface Props {
  onImport(): void;
  onImportFolder(): void;
  onAddAddresses(): void;
  onShortcuts(): void;
  onExport(): void;
  syncScroll: boolean;
  onToggleSync(): void;
  libraryHidden: boolean;
  onToggleLibrary(): void;
  /** The team library's button (features/team). */
  teamButton?: ReactNode;
  /** The library open, and the way to the others (features/libraries). */
  libraryButton?: ReactNode;
}

export function TopBar({ onImport, onImportFolder, onAddAddresses, onShortcuts, onExport, syncScroll, onToggleSync, libraryHidden, onToggleLibrary, teamButton, libraryButton }: Props) {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const [labels, setLabels] = useState(false);
  // On a narrow window the settings fold into a menu (⋯), so that the bar keeps to one row.
  const [more, setMore] = useState(false);
  const settingsId = useId();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!more) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !panel.current?.contains(event.target as Node) && !(event.target as Element).closest?.('.top-more')) setMore(false);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
    };
  }, [more]);
  return (
    <header className="top-bar">
      <div className="brand">
        <button type="button" className="icon-button library-toggle" aria-pressed={!libraryHidden} onClick={onToggleLibrary}
          title={t(libraryHidden ? 'toolbar.showLibrary' : 'toolbar.hideLibrary')} aria-label={t('toolbar.library')} data-testid="library-toggle">
          ☰
        </button>
        <img src="./favicon.svg" alt="" width={22} height={22} />
        <span className="brand-name">{t('app.name')}</span>
        {libraryButton}
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="top-actions">
        <button type="button" onClick={onImport} data-testid="import-button">{t('toolbar.import')}</button>
        {/* Below 1800 px the longer labels give way to short ones (the full words stay their accessible names). */}
        <button type="button" onClick={onImportFolder} aria-label={t('toolbar.importFolder')}>
          <span className="label-long">{t('toolbar.importFolder')}</span><span className="label-short" aria-hidden="true">{t('toolbar.importFolderShort')}</span>
        </button>
        <button type="button" onClick={onAddAddresses} title={t('toolbar.addAddressesHint')} aria-label={t('toolbar.addAddresses')} aria-keyshortcuts="Control+L" data-testid="add-addresses">
          <span className="label-long">{t('toolbar.addAddresses')}</span><span className="label-short" aria-hidden="true">{t('toolbar.addAddressesShort')}</span>
        </button>
        <button type="button" onClick={onExport} data-testid="export-button">{t('toolbar.export')}</button>
        {teamButton}
        <button type="button" onClick={() => window.print()} title={t('toolbar.printHint')} data-testid="print-button">{t('toolbar.print')}</button>
        <button
          type="button"
          className="top-more icon-button"
          aria-expanded={more}
          aria-controls={settingsId}
          onClick={() => setMore(!more)}
          title={t('toolbar.more')}
          aria-label={t('toolbar.more')}
          data-testid="top-more"
        >
          ⋯
        </button>
        <div className={`top-settings${more ? ' open' : ''}`} id={settingsId} ref={panel}>
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
          <button type="button" onClick={() => (setMore(false), setLabels(true))} data-testid="labels-button">{t('labels.button')}</button>
        </div>
        <button type="button" className="icon-button" onClick={onShortcuts} title={t('toolbar.shortcuts')} aria-label={t('toolbar.shortcuts')}>?</button>
      </div>
      {labels && <ColorLabelsDialog onClose={() => setLabels(false)} />}
    </header>
  );
}
