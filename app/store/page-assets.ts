import { randomUUID } from 'node:crypto';
import { cached, type Database } from './database.ts';

/** An image of a saved page, as stored: content-addressed (id = SHA-256 of its bytes). */
export interface StoredImage {
  hash: string;
  mediaType: string;
  bytes: Uint8Array;
  source: string;
}

/** One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export type CslItem = Record<string, unknown> & { type: string };

/** Stores an article's images (each image once in the library, however many articles show it). */
export function insertDocumentImages(db: Database, documentId: string, images: readonly StoredImage[], now: string): void {
  for (const image of images) {
    cached(db, 'INSERT OR IGNORE INTO images (id, media_type, size, created, modified, bytes) VALUES (?, ?, ?, ?, ?, ?)')
      .run(image.hash, image.mediaType, image.bytes.byteLength, now, now, image.bytes);
    cached(db, 'INSERT OR IGNORE INTO document_images (id, document_id, image_id, source, created, modified) VALUES (?, ?, ?, ?, ?, ?)')
      .run(randomUUID(), documentId, image.hash, image.source, now, now);
  }
}

/** An article's images, to draw it: hash, media type and bytes. */
export function documentImages(db: Database, documentId: string): { hash: string; mediaType: string; bytes: Uint8Array }[] {
  return cached(db, `SELECT i.id AS hash, i.media_type AS mediaType, i.bytes FROM document_images d JOIN images i ON i.id = d.image_id
    WHERE d.document_id = ? ORDER BY d.rowid`).all(documentId) as { hash: string; mediaType: string; bytes: Uint8Array }[];
}

/**
 * Deletes an article's row through `remove`, then those of its images no other article shows (an article deleted for
 * good, or replaced by a new version that no longer has them).
 */
export function deleteWithImages(db: Database, documentId: string, remove: () => boolean): boolean {
  const images = cached(db, 'SELECT image_id AS id FROM document_images WHERE document_id = ?').all(documentId) as { id: string }[];
  const removed = remove();
  for (const { id } of images) {
    cached(db, 'DELETE FROM images WHERE id = ? AND NOT EXISTS (SELECT 1 FROM document_images WHERE image_id = ?)').run(id, id);
  }
  return removed;
}

export function setCitation(db: Database, documentId: string, csl: CslItem, now: string): void {
  cached(db, `INSERT INTO document_citations (id, document_id, csl, created, modified) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (document_id) DO UPDATE SET csl = excluded.csl, modified = excluded.modified`)
    .run(randomUUID(), documentId, JSON.stringify(csl), now, now);
}

export function getCitation(db: Database, documentId: string): CslItem | null {
  const row = cached(db, 'SELECT csl FROM document_citations WHERE document_id = ?').get(documentId) as { csl: string } | undefined;
  return row ? (JSON.parse(row.csl) as CslItem) : null;
}

/** A new version without citation data of its own keeps the one of the article it replaces (edits included). */
export function carryCitation(db: Database, oldId: string, newId: string): void {
  cached(db, `UPDATE document_citations SET document_id = ? WHERE document_id = ?
    AND NOT EXISTS (SELECT 1 FROM document_citations WHERE document_id = ?)`).run(newId, oldId, newId);
}
