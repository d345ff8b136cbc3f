import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { formatError } from '../../app/contract/shared/error-messages.ts';
import { ApiError, onHostEvent, toErrorShape } from '../api/client.ts';
import { useSettings } from './settings-context.tsx';

/** What a notice offers to do (Undo, say). */
export interface NoticeAction {
  label: string;
  run(): void;
}

interface Notice {
  id: number;
  text: string;
  kind: 'info' | 'error';
  action?: NoticeAction;
}

interface Notices {
  /** A short message that goes away by itself; with an action, a button for it (shown longer). */
  notify(text: string, action?: NoticeAction): void;
  /** Anything that went wrong, in the one error shape and the reader's language. */
  fail(error: unknown): void;
}

const NoticesContext = createContext<Notices>({ notify: () => {}, fail: () => {} });

const SHOWN_MS = 6000;
const SHOWN_WITH_ACTION_MS = 12_000;

/**
 * The page's one error path: every failure — a call refused by the core, a job that failed, an error of work the
 * page did not start (a menu command), a promise nobody caught — becomes one notice, in the reader's language.
 */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const { language } = useSettings();
  const [notices, setNotices] = useState<Notice[]>([]);
  const next = useRef(0);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const show = useCallback((text: string, kind: Notice['kind'], action?: NoticeAction) => {
    const id = ++next.current;
    setNotices((list) => [...list.filter((n) => n.text !== text), { id, text, kind, ...(action && { action }) }].slice(-3));
    window.setTimeout(() => dismiss(id), action ? SHOWN_WITH_ACTION_MS : SHOWN_MS);
  }, [dismiss]);
  const value = useMemo<Notices>(() => ({
    notify: (text, action) => show(text, 'info', action),
    fail: (error) => show(formatError(language, toErrorShape(error)), 'error'),
  }), [show, language]);

  useEffect(() => {
    // The browser still reports these (tests fail on any page error); the reader sees what went wrong.
    const onRejection = (event: PromiseRejectionEvent) => value.fail(event.reason);
    const onError = (event: ErrorEvent) => value.fail(event.error ?? event.message);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    const stop = onHostEvent((event) => event.type === 'error' && value.fail(new ApiError(event.error)));
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
      stop();
    };
  }, [value]);

  return (
    <NoticesContext.Provider value={value}>
      {children}
      {/* Outside the app (beside any dialog), so that an Undo stays reachable while a dialog makes the app inert. */}
      {createPortal(<div className="notices" aria-live="polite" data-testid="notices">
        {notices.map((n) => (
          <div key={n.id} className={`notice-toast ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
            {n.text}
            {n.action && (
              <button type="button" className="notice-action" onClick={() => (dismiss(n.id), n.action!.run())} data-testid="notice-action">{n.action.label}</button>
            )}
          </div>
        ))}
      </div>, document.body)}
    </NoticesContext.Provider>
  );
}

export function useNotices(): Notices {
  return useContext(NoticesContext);
}
