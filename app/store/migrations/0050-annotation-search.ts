import type { Migration } from './types.ts';

// Highlighted passages and notes are searchable like the articles themselves.
export const annotationSearch: Migration = {
  version: 50,
  name: 'annotation search',
  up: `
    CREATE VIRTUAL TABLE annotations_fts USING fts5(
      exact, note, content = 'annotations', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
      INSERT INTO annotations_fts (rowid, exact, note) VALUES (new.seq, new.exact, new.note);
    END;
    CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
      INSERT INTO annotations_fts (annotations_fts, rowid, exact, note) VALUES ('delete', old.seq, old.exact, old.note);
    END;
    CREATE TRIGGER annotations_fts_update AFTER UPDATE OF exact, note ON annotations BEGIN
      INSERT INTO annotations_fts (annotations_fts, rowid, exact, note) VALUES ('delete', old.seq, old.exact, old.note);
      INSERT INTO annotations_fts (rowid, exact, note) VALUES (new.seq, new.exact, new.note);
    END;
    INSERT INTO annotations_fts (annotations_fts) VALUES ('rebuild');
  `,
};
