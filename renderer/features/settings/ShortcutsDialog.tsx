import { useTranslation } from 'react-i18next';
import { Dialog } from '../../shared/Dialog.tsx';
import { useColorLabel } from '../annotations/labels.ts';

const isMac = navigator.platform.toLowerCase().includes('mac');
const mod = isMac ? '⌘' : 'Ctrl';

export const SHORTCUTS: [string, string][] = [
  ['/', 'shortcuts.search'],
  [`${mod}+O`, 'shortcuts.import'],
  [`${mod}+L`, 'shortcuts.addAddresses'],
  ['↑ ↓', 'shortcuts.move'],
  ['Enter', 'shortcuts.open'],
  ['Shift+Enter / Alt+click', 'shortcuts.openBeside'],
  [`${mod}+click / Shift+click / Space`, 'shortcuts.choose'],
  [`${mod}+A`, 'shortcuts.chooseAll'],
  ['Delete', 'shortcuts.trash'],
  [`${mod}+F`, 'shortcuts.find'],
  ['Alt+Enter', 'shortcuts.selectMatch'],
  [`${mod}+Shift+E`, 'shortcuts.exportNotes'],
  [`${mod}+Shift+W`, 'shortcuts.closePane'],
  [`${mod}+Shift+B`, 'shortcuts.library'],
  ['Alt+1…4', 'shortcuts.focusPane'],
  [`${mod}+Shift+Y`, 'shortcuts.sync'],
  [`${mod}+Shift+L`, 'shortcuts.language'],
  [`${mod}+Shift+D`, 'shortcuts.theme'],
  ['h', 'shortcuts.highlight'],
  ['1…9', 'shortcuts.tagAs'],
  [`${mod}+Z / ${mod}+Shift+Z`, 'shortcuts.undo'],
  ['?', 'shortcuts.help'],
];

/** Key names as the reader's keyboard and language say them (Maj, Entrée, clic in French). */
function keyNames(keys: string, t: (key: string) => string): string {
  return keys.replace(/\b(Shift|Enter|click|Space|Delete)\b/g, (name) => t(`keys.${name}`));
}

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  // `h` highlights in yellow: said with the name the reader gave yellow ("To check"), if any.
  const colorLabel = useColorLabel();
  return (
    <Dialog title={t('shortcuts.title')} closeLabel={t('shortcuts.close')} onClose={onClose} testId="shortcuts">
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, label]) => (
            <tr key={label}><td><kbd>{keyNames(keys, t)}</kbd></td><td>{t(label, { color: colorLabel('yellow') })}</td></tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
