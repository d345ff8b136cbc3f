import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { errorMessages } from '../../app/contract/shared/error-messages.ts';
import en from '../locales/en.json';
import fr from '../locales/fr.json';

export type { UiLanguage } from '../../app/contract/shared/error-messages.ts';
import type { UiLanguage } from '../../app/contract/shared/error-messages.ts';

export function systemLanguage(): UiLanguage {
  return navigator.languages.some((l) => l.toLowerCase().startsWith('fr')) && !navigator.language.toLowerCase().startsWith('en') ? 'fr' : 'en';
}

// Error wording comes from the contract, so the UI and the CLI say the same thing.
void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: { ...en, errors: { ...en.errors, ...errorMessages.en } } },
    fr: { translation: { ...fr, errors: { ...fr.errors, ...errorMessages.fr } } },
  },
  lng: systemLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function applyLanguage(language: UiLanguage): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
