import type { Migration } from './types.ts';

// Saved web pages: their images, stored once by content hash whatever the number of articles that show them, and
// each article's citation data as CSL-JSON (what the page said about itself: authors, publication, dates, section).
export const webPages: Migration = {
  version: 110,
  name: 'web pages: images and citations',
  up: `
    -- id: the SHA-256 of the bytes (hex), stable on every machine. Immutable, so modified stays created.
    CREATE TABLE images (
      id TEXT PRIMARY KEY,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      bytes BLOB NOT NULL
    ) STRICT;

    CREATE TABLE document_images (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE ON UPDATE CASCADE,
      image_id TEXT NOT NULL REFERENCES images (id),
      -- Where the image was fetched from.
      source TEXT,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      UNIQUE (document_id, image_id)
    ) STRICT;
    CREATE INDEX document_images_by_image ON document_images (image_id);

    CREATE TABLE document_citations (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE ON UPDATE CASCADE,
      -- One CSL-JSON item.
      csl TEXT NOT NULL,
      created TEXT NOT NULL,
      modified TEXT NOT NULL
    ) STRICT;
  `,
};
