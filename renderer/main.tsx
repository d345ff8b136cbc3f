import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { AnnotationHistoryProvider } from './features/annotations/history.tsx';
import { EntityFocusProvider } from './features/entities/entity-focus.tsx';
import { EntityTypesProvider } from './features/entities/entity-types.tsx';
import { JobsProvider } from './features/jobs/jobs.tsx';
import { formatError } from '../app/contract/shared/error-messages.ts';
import { client, toErrorShape } from './api/client.ts';
import { SWITCHED_KEY } from './features/libraries/switching.ts';
import { i18next } from './shared/i18n.ts';
import { LibrarySettingsProvider } from './shared/library-settings.tsx';
import { NoticesProvider } from './shared/notices.tsx';
import { SettingsProvider } from './shared/settings-context.tsx';
import './shared/styles.css';

const root = createRoot(document.getElementById('root')!);

// Started again on another library: the panes showed the other one's articles.
const switched = sessionStorage.getItem(SWITCHED_KEY) !== null;
sessionStorage.removeItem(SWITCHED_KEY);
const noPanes = { panes: [], sizes: [] };
const settingsAtStart = switched
  ? client.call('settings.set', { layout: noPanes }).then((saved) => ({ ...saved, layout: { ...saved.layout, ...noPanes } }))
  : client.call('settings.get', {});

Promise.all([settingsAtStart, client.call('app.info', {}), client.call('library.settings', {})]).then(
  ([settings, info, library]) =>
    root.render(
      <StrictMode>
        <SettingsProvider initial={settings}>
          <NoticesProvider>
            <LibrarySettingsProvider initial={library}>
              <JobsProvider>
                <AnnotationHistoryProvider>
                  <EntityTypesProvider>
                    <EntityFocusProvider>
                      <App info={info} />
                    </EntityFocusProvider>
                  </EntityTypesProvider>
                </AnnotationHistoryProvider>
              </JobsProvider>
            </LibrarySettingsProvider>
          </NoticesProvider>
        </SettingsProvider>
      </StrictMode>,
    ),
  (error: unknown) => {
    root.render(
      <div className="fatal" role="alert">
        <h1>{i18next.t('errors.title')}</h1>
        <p>{formatError(i18next.language === 'fr' ? 'fr' : 'en', toErrorShape(error))}</p>
      </div>,
    );
  },
);
