import type { Migration } from './types.ts';

// A second, small full-text index of titles alone: finding which of many matching articles are named after a query
// reads only title words here, instead of every body occurrence of those words in documents_fts.
export const titleSearch: Migration = {
  version: 30,
  name: 'title search',
  up: `
    CREATE VIRTUAL TABLE titles_fts USING fts5(
      title, content = 'documents', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER titles_fts_insert AFTER INSERT ON documents BEGIN
      INSERT INTO titles_fts (rowid, title) VALUES (new.seq, new.title);
    END;
    CREATE TRIGGER titles_fts_delete AFTER DELETE ON documents BEGIN
      INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.seq, old.title);
    END;
    CREATE TRIGGER titles_fts_update AFTER UPDATE OF title ON documents BEGIN
      INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.seq, old.title);
      INSERT INTO titles_fts (rowid, title) VALUES (new.seq, new.title);
    END;
    INSERT INTO titles_fts (titles_fts) VALUES ('rebuild');
  `,
};
