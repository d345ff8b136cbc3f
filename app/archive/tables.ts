// The tables an archive carries, in an order that satisfies their foreign keys. Search indexes are not carried: they
// are derived, and rebuilt by the library's own triggers as the rows come in.
export const ARCHIVED_TABLES = [
  'entity_types',
  'documents',
  'document_originals',
  'document_redirects',
  'images',
  'document_images',
  'document_citations',
  'entities',
  'annotations',
  'note_revisions',
  'rejected_suggestions',
  'library_settings',
  'collections',
  'collection_documents',
  'document_tags',
  'tombstones',
] as const;

export type ArchivedTable = (typeof ARCHIVED_TABLES)[number];

export const ARCHIVE_FORMAT = 'apostille-archive';
export const ARCHIVE_VERSION = 1;

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  /** The library's schema version when the archive was written. */
  schema: number;
  created: string;
  /** Rows per table. */
  rows: Record<string, number>;
}

/** A cell as JSON: bytes (original files) as base64 in an object of their own, anything else as it is. */
export type Cell = string | number | null | { $bytes: string };

export function encodeCell(value: unknown): Cell {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  return value as string | number | null;
}

export function decodeCell(value: unknown): string | number | null | Uint8Array {
  if (value !== null && typeof value === 'object' && typeof (value as { $bytes?: unknown }).$bytes === 'string') {
    return Buffer.from((value as { $bytes: string }).$bytes, 'base64');
  }
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`a cell holds ${typeof value}`);
}
