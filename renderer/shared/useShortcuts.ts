import { useEffect, useRef } from 'react';
import { isTyping } from './typing.ts';

export interface ShortcutActions {
  focusSearch(): void;
  importFiles(): void;
  closePane(): void;
  focusPane(index: number): void;
  toggleSync(): void;
  toggleLanguage(): void;
  toggleTheme(): void;
  showHelp(): void;
  exportNotes(): void;
  toggleLibrary(): void;
  addAddresses(text?: string): void;
}


/** The app's keyboard shortcuts (listed in ShortcutsDialog). */
export function useShortcuts(actions: ShortcutActions): void {
  const current = useRef(actions);
  current.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const a = current.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.shiftKey && key === 'o') return (event.preventDefault(), a.importFiles());
      if (mod && !event.shiftKey && !event.altKey && key === 'l') return (event.preventDefault(), a.addAddresses());
      if (mod && event.shiftKey && key === 'w') return (event.preventDefault(), a.closePane());
      if (mod && event.shiftKey && key === 'y') return (event.preventDefault(), a.toggleSync());
      if (mod && event.shiftKey && key === 'l') return (event.preventDefault(), a.toggleLanguage());
      if (mod && event.shiftKey && key === 'd') return (event.preventDefault(), a.toggleTheme());
      if (mod && event.shiftKey && key === 'e') return (event.preventDefault(), a.exportNotes());
      if (mod && event.shiftKey && key === 'b') return (event.preventDefault(), a.toggleLibrary());
      if (event.altKey && /^Digit[1-4]$/.test(event.code)) return (event.preventDefault(), a.focusPane(Number(event.code.slice(5)) - 1));
      if (isTyping(event.target) || mod || event.altKey) return;
      if (event.key === '/') return (event.preventDefault(), a.focusSearch());
      if (event.key === '?') return (event.preventDefault(), a.showHelp());
    };
    // Addresses pasted anywhere but in a field open the address box with them.
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target) || document.querySelector('[role="dialog"]')) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (/https?:\/\//i.test(text)) {
        event.preventDefault();
        current.current.addAddresses(text);
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
}
