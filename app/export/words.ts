// The few words the exports print themselves (headings, field names), in the reader's language.

const WORDS = {
  en: {
    articleNote: 'Note on the article',
    passages: 'Highlights',
    orphans: 'Orphaned annotations',
    orphansHelp: 'These passages could not be found again in the current text of the article.',
    notes: 'Notes',
    source: 'Source',
    author: 'Author',
    place: 'Place',
    published: 'Published',
    url: 'Address',
    file: 'File',
    language: 'Language',
    id: 'Apostille id',
    collectionTitle: 'Annotations exported from Apostille',
    openInApostille: 'Apostille',
    onTheWeb: 'On the web',
    area: 'Area',
  },
  fr: {
    area: 'Zone',
    articleNote: 'Note sur l’article',
    passages: 'Passages surlignés',
    orphans: 'Annotations orphelines',
    orphansHelp: 'Ces passages n’ont pas été retrouvés dans le texte actuel de l’article.',
    notes: 'Notes',
    source: 'Source',
    author: 'Auteur',
    place: 'Lieu',
    published: 'Publication',
    url: 'Adresse',
    file: 'Fichier',
    language: 'Langue',
    id: 'Identifiant Apostille',
    collectionTitle: 'Annotations exportées d’Apostille',
    openInApostille: 'Apostille',
    onTheWeb: 'Sur le web',
  },
} as const;

export type Words = Record<keyof (typeof WORDS)['en'], string>;

export function words(language: string): Words {
  return language.startsWith('fr') ? WORDS.fr : WORDS.en;
}

/** "Label: value", or "Label : value" with the no-break space French typography puts before a colon. */
export function labelled(language: string, label: string, value: string): string {
  return language.startsWith('fr') ? `${label}\u00a0: ${value}` : `${label}: ${value}`;
}
