import { useTranslation } from 'react-i18next';
import { Dialog } from '../../shared/Dialog.tsx';

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
  ['h', 'shortcuts.highlight'],
  [`${mod}+Z / ${mod}+Shift+Z`, 'shortcuts.undo'],
  ['?', 'shortcuts.help'],
];

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} closeLabel={t('shortcuts.close')} onClose={onClose} testId="shortcuts">
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, label]) => (
            <tr key={label}><td><kbd>{keys}</kbd></td><td>{t(label)}</td></tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
