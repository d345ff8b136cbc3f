import type { Migration } from './types.ts';

// PDFs (and, next, EPUBs) are articles too. Their format joins the list the table checks, and two columns keep what
// a paged document needs: its pages (where each starts and ends in the text, and its size, as JSON) and its
// fingerprint (pdf.js's, from the file's own identifier), so that a re-saved or re-imported copy finds its notes.
// SQLite cannot change a CHECK constraint in place: the table is built again as at 90, same rows, same seq, the
// columns before the text so that listing never reads through the text's overflow pages.
export const pagedDocuments: Migration = {
  version: 120,
  name: 'paged documents: PDF',
  rebuildsTables: true,
  up: `
    CREATE TABLE documents_rebuilt (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      source TEXT,
      author TEXT,
      place TEXT,
      url TEXT,
      published TEXT,
      language TEXT,
      format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'pdf', 'epub')),
      file_name TEXT,
      encoding TEXT,
      imported_at TEXT NOT NULL,
      word_count INTEGER NOT NULL,
      trashed_at TEXT,
      archived_at TEXT,
      read_at TEXT,
      sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
      modified TEXT,
      fingerprint TEXT,
      pages TEXT,
      text TEXT NOT NULL,
      html TEXT,
      blocks TEXT NOT NULL,
      note TEXT
    ) STRICT;
    INSERT INTO documents_rebuilt (seq, id, title, source, author, place, url, published, language, format, file_name, encoding,
        imported_at, word_count, trashed_at, archived_at, read_at, sample, modified, text, html, blocks, note)
      SELECT seq, id, title, source, author, place, url, published, language, format, file_name, encoding,
        imported_at, word_count, trashed_at, archived_at, read_at, sample, modified, text, html, blocks, note
      FROM documents ORDER BY seq;
    DROP TABLE documents;
    PRAGMA legacy_alter_table = ON;
    ALTER TABLE documents_rebuilt RENAME TO documents;
    PRAGMA legacy_alter_table = OFF;
    CREATE INDEX documents_by_imported ON documents (imported_at, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_title ON documents (title COLLATE NOCASE, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_published ON documents (published, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_source ON documents (source, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_language ON documents (language, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_words ON documents (word_count, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_url ON documents (url) WHERE url IS NOT NULL;
    CREATE INDEX documents_by_file ON documents (file_name, title) WHERE file_name IS NOT NULL;
    CREATE INDEX documents_by_marks ON documents (trashed_at, archived_at, read_at, sample);
    CREATE INDEX documents_by_fingerprint ON documents (fingerprint) WHERE fingerprint IS NOT NULL;

    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents WHEN new.trashed_at IS NULL BEGIN
      INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      INSERT INTO titles_fts (rowid, title) VALUES (new.seq, new.title);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents WHEN old.trashed_at IS NULL BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.seq, old.title);
    END;
    CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text, trashed_at ON documents BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, title, text) SELECT 'delete', old.seq, old.title, old.text WHERE old.trashed_at IS NULL;
      INSERT INTO titles_fts (titles_fts, rowid, title) SELECT 'delete', old.seq, old.title WHERE old.trashed_at IS NULL;
      INSERT INTO documents_fts (rowid, title, text) SELECT new.seq, new.title, new.text WHERE new.trashed_at IS NULL;
      INSERT INTO titles_fts (rowid, title) SELECT new.seq, new.title WHERE new.trashed_at IS NULL;
    END;
  `,
};
