import { useTranslation } from 'react-i18next';

const isMac = navigator.platform.toLowerCase().includes('mac');
const mod = isMac ? '⌘' : 'Ctrl';

export const SHORTCUTS: [string, string][] = [
  ['/', 'shortcuts.search'],
  [`${mod}+O`, 'shortcuts.import'],
  ['↑ ↓', 'shortcuts.move'],
  ['Enter', 'shortcuts.open'],
  ['Shift+Enter / Shift+clic', 'shortcuts.openBeside'],
  [`${mod}+Shift+W`, 'shortcuts.closePane'],
  ['Alt+1…4', 'shortcuts.focusPane'],
  [`${mod}+Shift+Y`, 'shortcuts.sync'],
  [`${mod}+Shift+L`, 'shortcuts.language'],
  [`${mod}+Shift+D`, 'shortcuts.theme'],
  ['?', 'shortcuts.help'],
];

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" onClick={(e) => e.stopPropagation()} data-testid="shortcuts">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([keys, label]) => (
              <tr key={label}><td><kbd>{keys}</kbd></td><td>{t(label)}</td></tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-actions"><button type="button" className="primary" onClick={onClose} autoFocus>{t('shortcuts.close')}</button></div>
      </div>
    </div>
  );
}
