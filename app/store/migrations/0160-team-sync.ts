import type { Migration } from './types.ts';

// A library can follow a team library on PostgreSQL (docs/team-library.md). What a push needs is kept here, beside
// the rows: an outbox of the rows changed since the last push (filled by triggers, so that every way of writing is
// caught), the server version and fields each row is based on (to merge field by field), the link to the team (one
// row; none in a private library, whose triggers then write nothing), and the earlier versions of notes that two
// members changed at once (synced like any row). The synced tables and their keys are listed here as they were at this
// step: a later table gets its triggers in a later step.
const SYNCED: ReadonlyArray<readonly [table: string, key: string]> = [
  ['documents', 'id'],
  ['document_redirects', 'old_id'],
  ['images', 'id'],
  ['document_images', 'id'],
  ['document_citations', 'id'],
  ['entity_types', 'code'],
  ['entities', 'id'],
  ['annotations', 'id'],
  ['library_settings', 'key'],
  ['collections', 'id'],
  ['collection_documents', 'id'],
  ['document_tags', 'id'],
  ['note_revisions', 'id'],
];

const RECORDING = 'EXISTS (SELECT 1 FROM team_link WHERE applying = 0)';

function triggers(table: string, key: string): string {
  const add = (value: string) => `INSERT INTO sync_outbox (tbl, row_id) VALUES ('${table}', ${value});`;
  return `
    CREATE TRIGGER ${table}_sync_insert AFTER INSERT ON ${table} WHEN ${RECORDING}
    BEGIN ${add(`NEW.${key}`)} END;
    CREATE TRIGGER ${table}_sync_update AFTER UPDATE ON ${table} WHEN ${RECORDING}
    BEGIN
      ${add(`NEW.${key}`)}
      INSERT INTO sync_outbox (tbl, row_id) SELECT '${table}', OLD.${key} WHERE OLD.${key} IS NOT NEW.${key};
    END;
    CREATE TRIGGER ${table}_sync_delete AFTER DELETE ON ${table} WHEN ${RECORDING}
    BEGIN ${add(`OLD.${key}`)} END;`;
}

export const teamSync: Migration = {
  version: 160,
  name: 'team sync',
  up: `
    CREATE TABLE team_link (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      -- The server's address, never with a password.
      address TEXT NOT NULL,
      member TEXT NOT NULL,
      -- This copy of the library, as the server knows it (its outbox positions are this client's).
      client_id TEXT NOT NULL,
      pulled_version INTEGER NOT NULL DEFAULT 0,
      -- Set while pulled rows are applied, inside that transaction: the triggers leave them out of the outbox.
      applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
      last_sync TEXT,
      last_error TEXT,
      -- The batch being pushed, until this library has recorded it: after a crash, the server tells whether it landed.
      pending_batch TEXT,
      created TEXT NOT NULL,
      modified TEXT NOT NULL
    ) STRICT;
    -- Positions only grow, even once the outbox is emptied: the server remembers how far each client pushed.
    CREATE TABLE sync_outbox (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      tbl TEXT NOT NULL,
      row_id TEXT NOT NULL
    ) STRICT;
    CREATE INDEX sync_outbox_by_row ON sync_outbox (tbl, row_id, seq);
    CREATE TABLE sync_rows (
      tbl TEXT NOT NULL,
      row_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      -- The row's fields as the server had them at that version (JSON).
      base TEXT NOT NULL,
      PRIMARY KEY (tbl, row_id)
    ) STRICT;
    -- Rows from the team this library could not take yet (a parent not here, a value it does not know): tried again
    -- at each sync, and said until they go in.
    CREATE TABLE sync_parked (
      tbl TEXT NOT NULL,
      row_id TEXT NOT NULL,
      reason TEXT NOT NULL,
      PRIMARY KEY (tbl, row_id)
    ) STRICT;
    CREATE TABLE note_revisions (
      id TEXT PRIMARY KEY,
      target_table TEXT NOT NULL CHECK (target_table IN ('annotations', 'documents')),
      target_id TEXT NOT NULL,
      note TEXT NOT NULL,
      -- The member who wrote this version.
      author TEXT,
      created TEXT NOT NULL,
      modified TEXT NOT NULL
    ) STRICT;
    CREATE INDEX note_revisions_by_target ON note_revisions (target_id);
    -- Who made an annotation that came from the team (null: this member): the server stamps it, so it is not sent.
    ALTER TABLE annotations ADD COLUMN author TEXT;
    ${SYNCED.map(([table, key]) => triggers(table, key)).join('\n')}
    -- An original file is part of its article's row as the team sees it.
    CREATE TRIGGER document_originals_sync AFTER INSERT ON document_originals WHEN ${RECORDING}
    BEGIN INSERT INTO sync_outbox (tbl, row_id) SELECT 'documents', id FROM documents WHERE seq = NEW.document_seq; END;
  `,
};
