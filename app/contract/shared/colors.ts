/** The five highlight colours; what each means is a label the user names in settings. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

const COLOR_NAMES: Record<'en' | 'fr', Record<HighlightColor, string>> = {
  en: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
  fr: { yellow: 'Jaune', green: 'Vert', blue: 'Bleu', pink: 'Rose', purple: 'Violet' },
};

/** What a colour means to the reader: the label they gave it in settings, else the colour's name in their language. */
export function colorLabel(color: HighlightColor, labels: Partial<Record<HighlightColor, string>>, language: string): string {
  return labels[color]?.trim() || COLOR_NAMES[language.startsWith('fr') ? 'fr' : 'en'][color];
}
