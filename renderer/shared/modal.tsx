import { useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

let openModals = 0;

/**
 * A modal layer: drawn outside the app (a portal into <body>), the app itself inert meanwhile (no focus, no clicks, not
 * read out), Escape dismissing it, and focus given back to where it was when the layer closes.
 */
export function Modal({ onDismiss, children }: { onDismiss(): void; children: ReactNode }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onDismiss();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDismiss]);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const app = document.getElementById('root');
    openModals++;
    app?.setAttribute('inert', '');
    return () => {
      openModals--;
      if (openModals === 0) app?.removeAttribute('inert');
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return createPortal(children, document.body);
}
