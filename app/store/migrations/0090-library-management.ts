import type { Migration } from './types.ts';

// Managing the library. An article can be put in the Trash (and taken out again), archived, marked read; sample
// articles say so, to be removed in one go; edited details carry a time. Collections ("dossiers") and tags group
// articles. Every new row has a stable id and created/modified times; what is deleted for good leaves a tombstone
// (its id, its kind and when), so that a shared library can pass the deletion on.
// An article in the Trash leaves the search indexes (search then never ranks what it cannot show) and comes back into
// them when taken out: the index triggers (dropped with the old table) follow trashed_at, and touch only indexed rows.
export const libraryManagement: Migration = {
  version: 90,
  name: 'library management',
  rebuildsTables: true,
  up: `
    -- The documents table is built again so that the marks come before each article's text: SQLite stores a long
    -- text on overflow pages, and a column added after it (ALTER TABLE appends) would be read through them by every
    -- listing and count. Same rows, same seq (the search indexes and document_originals stay valid).
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
      format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
      file_name TEXT,
      encoding TEXT,
      imported_at TEXT NOT NULL,
      word_count INTEGER NOT NULL,
      trashed_at TEXT,
      archived_at TEXT,
      read_at TEXT,
      sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
      modified TEXT,
      text TEXT NOT NULL,
      html TEXT,
      blocks TEXT NOT NULL,
      note TEXT
    ) STRICT;
    INSERT INTO documents_rebuilt (seq, id, title, source, author, place, url, published, language, format, file_name, encoding,
        imported_at, word_count, sample, modified, text, html, blocks, note)
      SELECT seq, id, title, source, author, place, url, published, language, format, file_name, encoding, imported_at, word_count,
        file_name IS NOT NULL AND file_name IN ('en-harbor-wind-bond.txt', 'fr-batterie-lyon.txt', 'fr-lumenis-rachat.txt', 'fr-vins-bordeaux-export.txt'),
        imported_at, text, html, blocks, note
      FROM documents ORDER BY seq;
    DROP TABLE documents;
    -- Legacy renaming leaves the other tables' references to "documents" as they are: they mean the new table.
    PRAGMA legacy_alter_table = ON;
    ALTER TABLE documents_rebuilt RENAME TO documents;
    PRAGMA legacy_alter_table = OFF;
    -- The orders of the list carry the marks: a page far down the list skips the rows before it in the index alone,
    -- the marks checked there, without reading one row of the table.
    CREATE INDEX documents_by_imported ON documents (imported_at, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_title ON documents (title COLLATE NOCASE, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_published ON documents (published, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_source ON documents (source, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_language ON documents (language, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_words ON documents (word_count, seq, trashed_at, archived_at, read_at);
    CREATE INDEX documents_by_url ON documents (url) WHERE url IS NOT NULL;
    CREATE INDEX documents_by_file ON documents (file_name, title) WHERE file_name IS NOT NULL;
    -- Counting the library's views reads this index only.
    CREATE INDEX documents_by_marks ON documents (trashed_at, archived_at, read_at, sample);

    CREATE TABLE collections (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      -- The name in lower case (any script): two collections are not called the same but for case.
      name_key TEXT NOT NULL UNIQUE,
      created TEXT NOT NULL,
      modified TEXT NOT NULL
    ) STRICT;

    CREATE TABLE collection_documents (
      id TEXT PRIMARY KEY,
      collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE ON UPDATE CASCADE,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      UNIQUE (collection_id, document_id)
    ) STRICT;
    CREATE INDEX collection_documents_by_document ON collection_documents (document_id);

    CREATE TABLE document_tags (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE ON UPDATE CASCADE,
      tag TEXT NOT NULL,
      -- The tag in lower case (any script): "À suivre" and "à suivre" are one tag.
      tag_key TEXT NOT NULL,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      UNIQUE (document_id, tag_key)
    ) STRICT;
    CREATE INDEX document_tags_by_tag ON document_tags (tag_key, document_id);

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

    CREATE TABLE tombstones (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      deleted TEXT NOT NULL
    ) STRICT;
  `,
};
