import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { AnnotationHistoryProvider } from './features/annotations/history.tsx';
import { EntityFocusProvider } from './features/entities/entity-focus.tsx';
import { EntityTypesProvider } from './features/entities/entity-types.tsx';
import { formatError } from '../app/contract/shared/error-messages.ts';
import { client, ApiError } from './api/client.ts';
import { i18next } from './shared/i18n.ts';
import { SettingsProvider } from './shared/settings-context.tsx';
import './shared/styles.css';

const root = createRoot(document.getElementById('root')!);

Promise.all([client.call('settings.get', {}), client.call('app.info', {})]).then(
  ([settings, info]) =>
    root.render(
      <StrictMode>
        <SettingsProvider initial={settings}>
          <AnnotationHistoryProvider>
            <EntityTypesProvider>
              <EntityFocusProvider>
                <App info={info} />
              </EntityFocusProvider>
            </EntityTypesProvider>
          </AnnotationHistoryProvider>
        </SettingsProvider>
      </StrictMode>,
    ),
  (error: unknown) => {
    const shape = error instanceof ApiError ? error.shape : { code: 'internal' as const, message: String(error) };
    root.render(
      <div className="fatal" role="alert">
        <h1>{i18next.t('errors.title')}</h1>
        <p>{formatError(i18next.language === 'fr' ? 'fr' : 'en', shape)}</p>
      </div>,
    );
  },
);
