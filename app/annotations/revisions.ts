import { randomUUID } from 'node:crypto';
import { AppError } from '../contract/errors.ts';
import { cached, transaction, type Database } from '../store/database.ts';
import { setDocumentNote } from '../store/documents.ts';
import { addTombstone } from '../store/tombstones.ts';
import { updateAnnotation } from './store.ts';

// Earlier versions of a note: when two members of a team changed one note at once, the text that was replaced is kept
// here (app/team/push.ts), and the reader can take it back; nothing is lost either way.

export interface NoteRevision {
  id: string;
  targetId: string;
  note: string;
  /** Who wrote it (a member's name), when known. */
  author: string | null;
  created: string;
}

export function listRevisions(db: Database, targetId: string): NoteRevision[] {
  return cached(db, 'SELECT id, target_id AS targetId, note, author, created FROM note_revisions WHERE target_id = ? ORDER BY created DESC, id')
    .all(targetId) as unknown as NoteRevision[];
}

/** The note becomes this earlier version, and the note it replaces is kept as a version in its turn. */
export function useRevision(db: Database, id: string, now = new Date().toISOString()): { note: string } {
  return transaction(db, () => {
    const revision = cached(db, 'SELECT target_table, target_id, note FROM note_revisions WHERE id = ?').get(id) as
      { target_table: 'annotations' | 'documents'; target_id: string; note: string } | undefined;
    if (!revision) throw new AppError('not_found', `no note version ${id}`, { id });
    const current = (cached(db, `SELECT note FROM ${revision.target_table} WHERE id = ?`).get(revision.target_id) as { note: string | null } | undefined)?.note;
    if (current === undefined) throw new AppError('not_found', `no ${revision.target_table} ${revision.target_id}`, { id: revision.target_id });
    // The note replaced is kept first: a team's server, seeing the row still hold that text, names who wrote it.
    if (current?.trim()) {
      cached(db, 'INSERT INTO note_revisions (id, target_table, target_id, note, author, created, modified) VALUES (?, ?, ?, ?, NULL, ?, ?)')
        .run(randomUUID(), revision.target_table, revision.target_id, current, now, now);
    }
    if (revision.target_table === 'annotations') updateAnnotation(db, revision.target_id, { note: revision.note }, now);
    else setDocumentNote(db, revision.target_id, revision.note);
    cached(db, 'DELETE FROM note_revisions WHERE id = ?').run(id);
    addTombstone(db, id, 'note_revision', now);
    return { note: revision.note };
  });
}
