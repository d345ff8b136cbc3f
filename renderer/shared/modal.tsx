import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

let openModals = 0;

/**
 * A modal layer: drawn outside the app (a portal into <body>), the app itself inert meanwhile (no focus, no clicks, not
 * read out), Escape dismissing it, and focus given back to where it was when the layer closes.
 */
export function Modal({ onDismiss, children }: { onDismiss(): void; children: ReactNode }) {
  // Taken while rendering: by the time effects run, a field of the layer (autoFocus) has the focus already.
  const [previous] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onDismiss();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDismiss]);
  useEffect(() => {
    const app = document.getElementById('root');
    openModals++;
    app?.setAttribute('inert', '');
    return () => {
      openModals--;
      if (openModals === 0) app?.removeAttribute('inert');
      if (previous?.isConnected) previous.focus();
    };
  }, [previous]);
  return createPortal(children, document.body);
}
