import { useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

let openModals = 0;

/**
 * A modal layer: drawn outside the app (a portal into <body>), the app itself inert meanwhile (no focus, no clicks, not
 * read out), and focus given back to where it was when the layer closes.
 */
export function Modal({ children }: { children: ReactNode }) {
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
