import { useCallback } from 'react';
import { colorLabel, type HighlightColor } from '../../../app/contract/shared/colors.ts';
import { useSettings } from '../../shared/settings-context.tsx';

/** What each highlight colour means to this reader (their label, else the colour's name), in their language. */
export function useColorLabel(): (color: HighlightColor) => string {
  const { settings, language } = useSettings();
  return useCallback((color) => colorLabel(color, settings.colorLabels, language), [settings.colorLabels, language]);
}
