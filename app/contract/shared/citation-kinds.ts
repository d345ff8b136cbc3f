/** What an article can be, for citations: the CSL types a reader of sources meets, in the order the editor lists them. */
export const CITATION_KINDS = ['article-newspaper', 'article-magazine', 'article-journal', 'webpage', 'post-weblog', 'report', 'book', 'chapter', 'legal_case', 'legislation', 'document'] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];
