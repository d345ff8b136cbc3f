import { useCallback } from 'react';
import { colorLabel, type HighlightColor } from '../../../app/contract/shared/colors.ts';
import { useLibrarySettings } from '../../shared/library-settings.tsx';
import { useSettings } from '../../shared/settings-context.tsx';

/** What each highlight colour means to this reader (their label, else the colour's name), in their language. */
export function useColorLabel(): (color: HighlightColor) => string {
  const { language } = useSettings();
  const { colorLabels } = useLibrarySettings().library;
  return useCallback((color) => colorLabel(color, colorLabels, language), [colorLabels, language]);
}
