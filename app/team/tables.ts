// The tables a team shares, as sync sees them: the key that names a row everywhere, the columns that stay on this
// machine, the columns whose bytes travel as blobs, and the other unique keys on which two members' rows can meet.

export interface SyncedTable {
  name: string;
  key: string;
  /** Local row numbers: never sent. */
  local?: readonly string[];
  /** Bytes sent once, content-addressed (`blobs` on the server), named in the row by their hash. */
  blobs?: readonly string[];
  /**
   * Another unique key. Two members who made "the same" row offline (a tag, a collection's name) meet on it: the row
   * with the smaller id stays; the other is deleted (`merge`) or renamed (`rename`, a collection) by every member alike.
   */
  unique?: { columns: readonly string[]; onMeeting: 'merge' | 'rename' };
  /** Has an `author` column (local): the member the server says made the row, null for this member. */
  authored?: boolean;
}

/** In an order that satisfies the local foreign keys (a row's parents first). */
export const SYNCED_TABLES: readonly SyncedTable[] = [
  { name: 'entity_types', key: 'code' },
  { name: 'documents', key: 'id', local: ['seq'] },
  { name: 'document_redirects', key: 'old_id' },
  { name: 'images', key: 'id', blobs: ['bytes'] },
  { name: 'document_images', key: 'id', unique: { columns: ['document_id', 'image_id'], onMeeting: 'merge' } },
  { name: 'document_citations', key: 'id', unique: { columns: ['document_id'], onMeeting: 'merge' } },
  { name: 'entities', key: 'id', local: ['seq'] },
  { name: 'annotations', key: 'id', local: ['seq', 'author'], blobs: ['snapshot'], authored: true },
  { name: 'note_revisions', key: 'id' },
  { name: 'library_settings', key: 'key' },
  { name: 'collections', key: 'id', local: ['seq'], unique: { columns: ['name_key'], onMeeting: 'rename' } },
  { name: 'collection_documents', key: 'id', unique: { columns: ['collection_id', 'document_id'], onMeeting: 'merge' } },
  { name: 'document_tags', key: 'id', unique: { columns: ['document_id', 'tag_key'], onMeeting: 'merge' } },
];

const BY_NAME = new Map(SYNCED_TABLES.map((t) => [t.name, t]));

export function syncedTable(name: string): SyncedTable {
  const table = BY_NAME.get(name);
  if (!table) throw new Error(`${name} is not a synced table`);
  return table;
}

/** An article's original file travels with its row, under this field. */
export const ORIGINAL_FIELD = '$original';
/** A notes' column: when two members changed it at once, no text is lost (see VERSIONED_NOTES). */
export const NOTE_COLUMN = 'note';
/**
 * The tables whose notes keep their earlier versions (note_revisions, whose CHECK names the same tables; the server
 * accepts versions of these only). Another table's note changed by two members at once keeps both texts in one.
 */
export const VERSIONED_NOTES: readonly string[] = ['annotations', 'documents'];
