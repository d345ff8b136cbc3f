import { randomUUID } from 'node:crypto';
import { AppError } from '../contract/errors.ts';
import type { Collection } from '../contract/schemas.ts';
import { cached, type Database } from './database.ts';
import { notTrashed, resolveId } from './documents.ts';
import { addTombstone } from './tombstones.ts';

// Collections ("dossiers": one per story or project) and tags group articles; an article may be in several of each.
// Counts leave out articles in the Trash.

/** Names and tags are told apart without regard to case, in any script (SQLite's NOCASE folds only A to Z). */
export const caseKey = (name: string): string => name.normalize('NFC').toLocaleLowerCase();

const COLLECTION_COLUMNS = `c.id, c.name, c.created, c.modified,
  (SELECT count(*) FROM collection_documents m WHERE m.collection_id = c.id AND ${notTrashed('m.document_id')}) AS count`;

export function listCollections(db: Database): Collection[] {
  return cached(db, `SELECT ${COLLECTION_COLUMNS} FROM collections c ORDER BY c.name COLLATE NOCASE`).all() as unknown as Collection[];
}

export function getCollection(db: Database, id: string): Collection {
  const row = cached(db, `SELECT ${COLLECTION_COLUMNS} FROM collections c WHERE c.id = ?`).get(id) as unknown as Collection | undefined;
  if (!row) throw new AppError('collection_not_found', `no collection ${id}`, { id });
  return row;
}

function checkNameFree(db: Database, name: string, except?: string): void {
  const other = cached(db, 'SELECT id FROM collections WHERE name_key = ?').get(caseKey(name)) as { id: string } | undefined;
  if (other && other.id !== except) throw new AppError('name_taken', `a collection is already called ${name}`, { name });
}

export function createCollection(db: Database, name: string, id: string = randomUUID(), now = new Date().toISOString()): Collection {
  const trimmed = name.trim();
  checkNameFree(db, trimmed);
  cached(db, 'INSERT INTO collections (id, name, name_key, created, modified) VALUES (?, ?, ?, ?, ?)').run(id, trimmed, caseKey(trimmed), now, now);
  return getCollection(db, id);
}

export function renameCollection(db: Database, id: string, name: string, now = new Date().toISOString()): Collection {
  getCollection(db, id);
  const trimmed = name.trim();
  checkNameFree(db, trimmed, id);
  cached(db, 'UPDATE collections SET name = ?, name_key = ?, modified = ? WHERE id = ?').run(trimmed, caseKey(trimmed), now, id);
  return getCollection(db, id);
}

/** Deletes a collection (its articles stay in the library); it and its memberships leave tombstones. */
export function removeCollection(db: Database, id: string, now = new Date().toISOString()): boolean {
  const members = cached(db, 'SELECT id FROM collection_documents WHERE collection_id = ?').all(id) as { id: string }[];
  for (const member of members) addTombstone(db, member.id, 'collection_document', now);
  const removed = cached(db, 'DELETE FROM collections WHERE id = ?').run(id).changes > 0;
  if (removed) addTombstone(db, id, 'collection', now);
  return removed;
}

/** Puts articles in a collection, or takes them out of it; returns how many changed. */
export function setInCollection(db: Database, collectionId: string, documentIds: readonly string[], inside: boolean, now = new Date().toISOString()): number {
  getCollection(db, collectionId);
  let changed = 0;
  for (const documentId of new Set(documentIds.map((d) => resolveId(db, d)))) {
    if (inside) {
      changed += Number(cached(db, `INSERT INTO collection_documents (id, collection_id, document_id, created, modified) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (collection_id, document_id) DO NOTHING`).run(randomUUID(), collectionId, documentId, now, now).changes);
    } else {
      const row = cached(db, 'DELETE FROM collection_documents WHERE collection_id = ? AND document_id = ? RETURNING id').get(collectionId, documentId) as { id: string } | undefined;
      if (row) {
        addTombstone(db, row.id, 'collection_document', now);
        changed++;
      }
    }
  }
  if (changed > 0) cached(db, 'UPDATE collections SET modified = ? WHERE id = ?').run(now, collectionId);
  return changed;
}

/** Adds and removes tags on articles (a tag is kept as first written in the library; matched without regard to case). */
export function tagDocuments(db: Database, documentIds: readonly string[], add: readonly string[], remove: readonly string[], now = new Date().toISOString()): number {
  let changed = 0;
  const adding = [...new Set(add.map((t) => t.trim()).filter(Boolean))];
  const removing = [...new Set(remove.map((t) => t.trim()).filter(Boolean))];
  for (const documentId of new Set(documentIds.map((d) => resolveId(db, d)))) {
    for (const tag of removing) {
      const rows = cached(db, 'DELETE FROM document_tags WHERE document_id = ? AND tag_key = ? RETURNING id').all(documentId, caseKey(tag)) as { id: string }[];
      for (const row of rows) addTombstone(db, row.id, 'document_tag', now);
      changed += rows.length;
    }
    for (const tag of adding) {
      // One spelling of a tag across the library: the one already in use, if any.
      const key = caseKey(tag);
      const known = cached(db, 'SELECT tag FROM document_tags WHERE tag_key = ? LIMIT 1').get(key) as { tag: string } | undefined;
      changed += Number(cached(db, `INSERT INTO document_tags (id, document_id, tag, tag_key, created, modified) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (document_id, tag_key) DO NOTHING`).run(randomUUID(), documentId, known?.tag ?? tag, key, now, now).changes);
    }
  }
  return changed;
}

/** An article's tags and the collections it is in. */
export function documentGroups(db: Database, documentId: string): { tags: string[]; collectionIds: string[] } {
  const tags = (cached(db, 'SELECT tag FROM document_tags WHERE document_id = ? ORDER BY tag COLLATE NOCASE').all(documentId) as { tag: string }[]).map((r) => r.tag);
  const collectionIds = (cached(db, 'SELECT collection_id FROM collection_documents WHERE document_id = ?').all(documentId) as { collection_id: string }[]).map((r) => r.collection_id);
  return { tags, collectionIds };
}

/** A new version of an article keeps its collections and tags. */
export function moveGroups(db: Database, fromId: string, toId: string): void {
  cached(db, 'UPDATE OR IGNORE collection_documents SET document_id = ? WHERE document_id = ?').run(toId, fromId);
  cached(db, 'UPDATE OR IGNORE document_tags SET document_id = ? WHERE document_id = ?').run(toId, fromId);
}
