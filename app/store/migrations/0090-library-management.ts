import type { Migration } from './types.ts';

// Managing the library. An article can be put in the Trash (and taken out again), archived, marked read; sample
// articles say so, to be removed in one go; edited details carry a time. Collections ("dossiers") and tags group
// articles. Every new row has a stable id and created/modified times; what is deleted for good leaves a tombstone
// (its id, its kind and when), so that a shared library can pass the deletion on.
// An article in the Trash leaves the search indexes (search then never ranks what it cannot show) and comes back into
// them when taken out: the index triggers are recreated to follow trashed_at, and to touch only indexed rows.
export const libraryManagement: Migration = {
  version: 90,
  name: 'library management',
  up: `
    ALTER TABLE documents ADD COLUMN trashed_at TEXT;
    ALTER TABLE documents ADD COLUMN archived_at TEXT;
    ALTER TABLE documents ADD COLUMN read_at TEXT;
    ALTER TABLE documents ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
    ALTER TABLE documents ADD COLUMN modified TEXT;
    UPDATE documents SET modified = imported_at;
    UPDATE documents SET sample = 1
      WHERE file_name IN ('en-harbor-wind-bond.txt', 'fr-batterie-lyon.txt', 'fr-lumenis-rachat.txt', 'fr-vins-bordeaux-export.txt');
    -- The marks apart from the row, whose text comes before them: counting the library's views reads this index only.
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

    DROP TRIGGER documents_fts_insert;
    DROP TRIGGER documents_fts_delete;
    DROP TRIGGER documents_fts_update;
    DROP TRIGGER titles_fts_insert;
    DROP TRIGGER titles_fts_delete;
    DROP TRIGGER titles_fts_update;
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
