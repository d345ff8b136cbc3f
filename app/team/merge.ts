import type { Base } from './bookkeeping.ts';
import { sameValue, type Fields } from './rows.ts';
import { NOTE_COLUMN, VERSIONED_NOTES } from './tables.ts';

/** A shared row as the server has it. */
export interface ServerRow {
  version: number;
  deleted: boolean;
  author: string;
  editedBy: string;
  modified: string;
  fields: Fields;
}

/** A note the server had, kept as an earlier version when this member's note replaces it. */
export interface KeptNote {
  note: string;
  author: string;
  modified: string;
}

/** What one pushed row does on the server, and what this library must then hold. */
export type Decision =
  | { kind: 'none' }
  | { kind: 'insert'; fields: Fields }
  /** `joined`: a note both sides changed, with no versions in its table, holds both texts. */
  | { kind: 'update'; fields: Fields; deleted: boolean; kept?: KeptNote; joined?: true; local?: Fields }
  /** An edit there wins over a delete here: the row comes back. */
  | { kind: 'restore'; server: ServerRow };

/**
 * Decides a pushed row against the server's copy: with no one else's change in between, this library's state wins;
 * otherwise edits are merged field by field, an edit wins over a delete on either side, and when both sides changed a
 * note, the server's note is kept as an earlier version, or, in a table whose notes have no versions, both texts stay
 * in it (no text is lost).
 */
export function decide(table: string, local: Fields | null, base: Base | null, server: ServerRow | null): Decision {
  const unchangedThere = server !== null && base !== null && base.version === server.version;
  if (local === null) {
    if (server === null || server.deleted) return { kind: 'none' };
    return unchangedThere ? { kind: 'update', fields: server.fields, deleted: true } : { kind: 'restore', server };
  }
  if (server === null) return { kind: 'insert', fields: local };
  if (server.deleted || unchangedThere) return { kind: 'update', fields: local, deleted: false };
  const merged: Fields = { ...server.fields };
  let kept: KeptNote | undefined;
  let joined = false;
  for (const [field, value] of Object.entries(local)) {
    const changedHere = base === null ? !sameValue(value, server.fields[field]) : !sameValue(value, base.fields[field]);
    if (!changedHere) continue;
    merged[field] = value;
    if (field !== NOTE_COLUMN) continue;
    const theirs = server.fields[field];
    const changedThere = base === null || !sameValue(theirs, base.fields[field]);
    if (changedThere && typeof theirs === 'string' && theirs.trim() && !sameValue(theirs, value)) {
      if (VERSIONED_NOTES.includes(table)) {
        kept = { note: theirs, author: server.editedBy, modified: server.modified };
      } else {
        merged[field] = typeof value === 'string' && value.trim() ? `${theirs}\n\n${value}` : theirs;
        joined = true;
      }
    }
  }
  const localChanges = Object.keys(merged).some((f) => !sameValue(merged[f], local[f]));
  return { kind: 'update', fields: merged, deleted: false, ...(kept && { kept }), ...(joined && { joined: true as const }), ...(localChanges && { local: merged }) };
}
