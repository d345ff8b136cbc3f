import type { Migration } from './types.ts';

// Annotations follow the W3C Web Annotation model: a target with a quote and a position selector (code points over
// the canonical text), a motivation, a colour, an optional Markdown note and tags.
export const annotations: Migration = {
  version: 40,
  name: 'annotations',
  up: `
    CREATE TABLE annotations (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      motivation TEXT NOT NULL CHECK (motivation IN ('highlighting', 'commenting', 'tagging', 'identifying')),
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      start INTEGER NOT NULL CHECK (start >= 0),
      end INTEGER NOT NULL CHECK (end > start),
      color TEXT NOT NULL,
      note TEXT,
      tags TEXT NOT NULL DEFAULT '[]',
      created TEXT NOT NULL,
      modified TEXT NOT NULL
    ) STRICT;
    CREATE INDEX annotations_by_document ON annotations (document_id, start, end);
  `,
};
