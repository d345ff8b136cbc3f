/**
 * Why an entry of another tool's export was left out, worded once for the page and the CLI. The importers give a code;
 * a reason they give that is not a code here is shown as it is.
 */
export const SKIP_REASONS = {
  en: {
    no_text: 'the export has no text for it: fetch its page to save it',
    nothing_to_import: 'neither an address nor any text or highlight',
    not_web_address: 'its address is not a web address',
    bookmark: 'a bookmark, not a passage',
    page_note: 'a note on the whole page, not on a passage',
    reply: 'a reply to another annotation',
    note_without_highlight: 'a note whose highlight is not in the file',
    empty_highlight: 'a highlight with no text',
    empty_note: 'a note with no text',
    no_quote: 'an annotation with no quoted passage',
    article_note: 'a note on the whole article, not on a passage',
    clipping_limit: 'Kindle’s notice that the clipping limit was reached, not a passage',
    extended_again: 'an earlier, shorter copy of a highlight Kindle saved again when it was extended',
  },
  fr: {
    no_text: 'l’export n’en contient pas le texte : récupérez sa page pour l’enregistrer',
    nothing_to_import: 'ni adresse, ni texte, ni surlignage',
    not_web_address: 'son adresse n’est pas une adresse web',
    bookmark: 'un signet, pas un passage',
    page_note: 'une note sur toute la page, pas sur un passage',
    reply: 'une réponse à une autre annotation',
    note_without_highlight: 'une note dont le surlignage n’est pas dans le fichier',
    empty_highlight: 'un surlignage sans texte',
    empty_note: 'une note sans texte',
    no_quote: 'une annotation sans passage cité',
    article_note: 'une note sur tout l’article, pas sur un passage',
    clipping_limit: 'l’avis de Kindle sur la limite d’extraits atteinte, pas un passage',
    extended_again: 'une copie antérieure, plus courte, d’un surlignage que Kindle a réenregistré en l’étendant',
  },
} as const;

export type SkipReason = keyof (typeof SKIP_REASONS)['en'];

export function skipReasonText(language: string, reason: string): string {
  const table: Record<string, string> = SKIP_REASONS[language.startsWith('fr') ? 'fr' : 'en'];
  return table[reason] ?? reason;
}
