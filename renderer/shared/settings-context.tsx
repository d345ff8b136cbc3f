import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../app/contract/index.ts';
import { client, onHostEvent } from '../api/client.ts';
import { applyLanguage, systemLanguage, type UiLanguage } from './i18n.ts';

interface SettingsContextValue {
  settings: Settings;
  update(patch: SettingsPatch): void;
  /** The settings with every update so far, even one React has not rendered yet (keys pressed in quick succession). */
  current(): Settings;
  language: UiLanguage;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

/** Loads settings once, applies language and theme, and saves changes (debounced) through the API. */
export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }) {
  const [settings, setSettings] = useState(initial);
  const dirty = useRef(new Set<keyof Settings>());
  const timer = useRef<number | undefined>(undefined);
  const darkQuery = useMemo(() => window.matchMedia('(prefers-color-scheme: dark)'), []);
  const [systemDark, setSystemDark] = useState(darkQuery.matches);

  useEffect(() => {
    const listener = (event: MediaQueryListEvent) => setSystemDark(event.matches);
    darkQuery.addEventListener('change', listener);
    return () => darkQuery.removeEventListener('change', listener);
  }, [darkQuery]);

  const language: UiLanguage = settings.language === 'system' ? systemLanguage() : settings.language;
  useEffect(() => applyLanguage(language), [language]);
  useEffect(() => {
    const dark = settings.theme === 'dark' || (settings.theme === 'system' && systemDark);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [settings.theme, systemDark]);

  useEffect(
    () => onHostEvent((event) => {
      if (event.type === 'settings-changed') void client.call('settings.get', {}).then(setSettings);
    }),
    [],
  );

  const latest = useRef(settings);
  latest.current = settings;
  const save = useCallback(() => {
    window.clearTimeout(timer.current);
    if (dirty.current.size === 0) return;
    const toSave = Object.fromEntries([...dirty.current].map((key) => [key, latest.current[key]])) as SettingsPatch;
    dirty.current.clear();
    void client.call('settings.set', toSave);
  }, []);

  // Choices (language, theme) are saved at once; the layout, which changes continuously while dragging, a moment later.
  const update = useCallback(
    (patch: SettingsPatch) => {
      const current = latest.current;
      latest.current = { ...current, ...patch, layout: { ...current.layout, ...patch.layout } } as Settings;
      setSettings(latest.current);
      for (const key of Object.keys(patch) as (keyof Settings)[]) dirty.current.add(key);
      window.clearTimeout(timer.current);
      if (Object.keys(patch).some((key) => key !== 'layout')) save();
      else timer.current = window.setTimeout(save, 250);
    },
    [save],
  );

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && save();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', save);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', save);
    };
  }, [save]);

  const current = useCallback(() => latest.current, []);
  const value = useMemo(() => ({ settings, update, current, language }), [settings, update, current, language]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
