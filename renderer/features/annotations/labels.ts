import type { TFunction } from 'i18next';
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

/** "4 highlights, 2 notes": an article's highlights, and how many of them carry a note; "No notes" when none. */
export function annotationCountsLabel(t: TFunction, highlights: number, notes: number): string {
  if (highlights === 0) return t('annotations.count', { count: 0 });
  const counted = t('annotations.highlights', { count: highlights });
  return notes > 0 ? t('annotations.highlightsAndNotes', { highlights: counted, notes: t('annotations.count', { count: notes }) }) : counted;
}
