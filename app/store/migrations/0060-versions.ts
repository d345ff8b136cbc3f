import type { Migration } from './types.ts';

// Re-importing a changed article makes it a new version: its annotations move to the new text (those that cannot be
// placed are kept as orphans), and the old id redirects to the new one so panes, exports and scripts keep working.
// An article also carries one note of its own.
export const versions: Migration = {
  version: 60,
  name: 'versions, orphans and article notes',
  up: `
    ALTER TABLE annotations ADD COLUMN orphan INTEGER NOT NULL DEFAULT 0 CHECK (orphan IN (0, 1));
    ALTER TABLE documents ADD COLUMN note TEXT;
    CREATE TABLE document_redirects (
      old_id TEXT PRIMARY KEY,
      new_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      replaced_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX document_redirects_by_new ON document_redirects (new_id);
    -- Finding the article an import is a new version of, without reading the whole table each time.
    CREATE INDEX documents_by_url ON documents (url) WHERE url IS NOT NULL;
    CREATE INDEX documents_by_file ON documents (file_name, title) WHERE file_name IS NOT NULL;
    -- An article's annotations in the order they are listed (placed ones by position, orphans last), with no sort.
    DROP INDEX annotations_by_document;
    CREATE INDEX annotations_in_order ON annotations (document_id, orphan, start, end, seq);
  `,
};
