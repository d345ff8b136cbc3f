export const ENTITY_EXPORT_FORMATS = ['brat', 'conll', 'entities-csv', 'mentions-csv'] as const;
export type EntityExportFormat = (typeof ENTITY_EXPORT_FORMATS)[number];

export interface EntityExportOptions {
  format: EntityExportFormat;
  /** Articles to export (ids or unambiguous prefixes); absent: every article that mentions an entity. */
  documentIds?: readonly string[];
}

export interface EntityExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}
