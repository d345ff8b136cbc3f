import type { Migration } from './types.ts';

export const documents: Migration = {
  version: 10,
  name: 'documents',
  up: `
    CREATE TABLE documents (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      source TEXT,
      author TEXT,
      place TEXT,
      url TEXT,
      published TEXT,
      language TEXT,
      format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
      file_name TEXT,
      encoding TEXT,
      imported_at TEXT NOT NULL,
      word_count INTEGER NOT NULL,
      text TEXT NOT NULL,
      html TEXT,
      blocks TEXT NOT NULL
    ) STRICT;
    -- The original bytes live apart so that listing and searching never read them.
    CREATE TABLE document_originals (
      document_seq INTEGER PRIMARY KEY REFERENCES documents (seq) ON DELETE CASCADE,
      bytes BLOB NOT NULL
    ) STRICT;
    CREATE INDEX documents_by_imported ON documents (imported_at, seq);
    CREATE INDEX documents_by_title ON documents (title COLLATE NOCASE, seq);
    CREATE INDEX documents_by_published ON documents (published, seq);
    CREATE INDEX documents_by_source ON documents (source, seq);
    CREATE INDEX documents_by_language ON documents (language, seq);
  `,
};
