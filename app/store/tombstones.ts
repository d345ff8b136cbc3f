import { cached, type Database } from './database.ts';

/** What can be deleted for good and so leaves a tombstone. */
export type TombstoneKind = 'document' | 'collection' | 'collection_document' | 'document_tag' | 'note_revision';

/**
 * Remembers that a row was deleted for good: its id, its kind and when, so that a copy of the library elsewhere can
 * delete it too instead of bringing it back.
 */
export function addTombstone(db: Database, id: string, kind: TombstoneKind, now = new Date().toISOString()): void {
  cached(db, 'INSERT OR REPLACE INTO tombstones (id, kind, deleted) VALUES (?, ?, ?)').run(id, kind, now);
}
