import type { Migration } from './types.ts';

// remove_diacritics 2 makes `etat` find `État`; triggers keep the index in step with the documents table.
export const search: Migration = {
  version: 20,
  name: 'full-text search',
  up: `
    CREATE VIRTUAL TABLE documents_fts USING fts5(
      title, text,
      content = 'documents', content_rowid = 'seq',
      tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
      INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    -- Title matches weigh four times as much as body matches.
    INSERT INTO documents_fts (documents_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
    INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
  `,
};
