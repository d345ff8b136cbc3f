import { randomUUID } from 'node:crypto';
import { describe } from '../anchoring/describe.ts';
import { foldForMatching } from '../anchoring/fold.ts';
import { offsetConverter } from '../contract/shared/code-points.ts';
import { AppError } from '../contract/errors.ts';
import type { Annotation } from '../contract/schemas.ts';
import { cached, type Database } from '../store/database.ts';
import { getDocument } from '../store/documents.ts';

export interface NewAnnotation {
  id?: string;
  /** For a mention: the entity it names and its normalised value. */
  entityId?: string | null;
  value?: Annotation['value'];
  documentId: string;
  /** Code point offsets over the document's canonical text. */
  start: number;
  end: number;
  color: Annotation['color'];
  note: string | null;
  tags: string[];
  motivation?: Annotation['motivation'];
  /** Made on a PDF's page: where the page drew it. */
  regions?: Annotation['regions'];
  /** An area highlight: its rectangle on its page, and its picture (a data: address). */
  area?: Annotation['area'];
  snapshot?: Annotation['snapshot'];
}

export type AnnotationChange = Partial<Pick<Annotation, 'color' | 'note' | 'tags'>>;

type Row = Omit<Annotation, 'tags' | 'documentId' | 'orphan' | 'value' | 'regions' | 'area' | 'snapshot'> & {
  tags: string; documentId: string; orphan: number; value: string | null; regions: string | null; area: string | null; snapshot: Uint8Array | null;
};

// `author`: who made it, when it came from a team library (null: this reader); `revisions`: earlier versions of its
// note kept when two members changed it at once.
const COLUMNS = `id, document_id AS documentId, motivation, exact, prefix, suffix, start, end, color, note, tags, created, modified, orphan, entity_id AS entityId, value, regions, area, snapshot,
  author, (SELECT count(*) FROM note_revisions r WHERE r.target_id = annotations.id) AS revisions`;

/** A snapshot's bytes as a data: address (PNG or JPEG, told by its first bytes), and back. */
function snapshotUrl(bytes: Uint8Array): string {
  const type = bytes[0] === 0xff && bytes[1] === 0xd8 ? 'jpeg' : 'png';
  return `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
const MAX_SNAPSHOT_BYTES = 3_000_000;

/** The bytes of a snapshot, refused unless they are a PNG or JPEG of at most 3 MB. */
function snapshotBytes(url: string | null | undefined): Buffer | null {
  if (!url) return null;
  const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (bytes.length > MAX_SNAPSHOT_BYTES || !(starts(PNG) || starts(JPEG))) {
    throw new AppError('invalid_request', 'snapshot: not a PNG or JPEG of at most 3 MB', { issue: 'snapshot: must be a PNG or JPEG of at most 3 MB' });
  }
  return bytes;
}

// In place: listing an article's thousands of annotations should not copy each row once more.
function fromRow(row: Row): Annotation {
  const annotation = row as unknown as Annotation;
  annotation.tags = row.tags === '[]' ? [] : (JSON.parse(row.tags) as string[]);
  annotation.orphan = row.orphan === 1;
  annotation.value = row.value === null ? null : (JSON.parse(row.value) as Annotation['value']);
  annotation.regions = row.regions === null ? null : (JSON.parse(row.regions) as Annotation['regions']);
  annotation.area = row.area === null ? null : (JSON.parse(row.area) as Annotation['area']);
  annotation.snapshot = row.snapshot === null ? null : snapshotUrl(row.snapshot);
  // Only said when there is something to say (a team member's annotation, a note in several versions).
  if (annotation.author === null) delete annotation.author;
  if (!annotation.revisions) delete annotation.revisions;
  return annotation;
}

/** Annotates [start, end) of a document: its selectors are taken from the document's text. */
export function createAnnotation(db: Database, input: NewAnnotation, now = new Date().toISOString()): Annotation {
  return createAnnotationIn(db, getDocument(db, input.documentId), input, now);
}

/**
 * `createAnnotation` on a document already read (many annotations on one text: pass one `offsetConverter(text)`).
 * `input.documentId` is ignored: the annotation belongs to `doc`.
 */
export function createAnnotationIn(
  db: Database, doc: { id: string; text: string }, input: NewAnnotation, now = new Date().toISOString(), convert = offsetConverter(doc.text),
): Annotation {
  const selectors = selectorsOf(doc.text, input.start, input.end, convert);
  if (input.id !== undefined && cached(db, 'SELECT 1 FROM annotations WHERE id = ?').get(input.id)) {
    throw new AppError('invalid_request', `annotation ${input.id} exists`, { issue: `annotation ${input.id} already exists` });
  }
  const annotation: Annotation = {
    id: input.id ?? randomUUID(),
    documentId: doc.id,
    motivation: input.motivation ?? (input.note ? 'commenting' : 'highlighting'),
    exact: selectors.quote.exact,
    prefix: selectors.quote.prefix,
    suffix: selectors.quote.suffix,
    start: input.start,
    end: input.end,
    color: input.color,
    note: input.note,
    tags: [...new Set(input.tags)],
    created: now,
    modified: now,
    orphan: false,
    entityId: input.entityId ?? null,
    value: input.value ?? null,
    regions: input.regions ?? null,
    area: input.area ?? null,
    snapshot: input.snapshot ?? null,
  };
  insert(db, annotation);
  return annotation;
}

function insert(db: Database, annotation: Annotation): void {
  cached(
    db,
    `INSERT INTO annotations (id, document_id, motivation, exact, prefix, suffix, start, end, color, note, tags, created, modified, orphan, entity_id, value, regions, area, snapshot)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(annotation.id, annotation.documentId, annotation.motivation, annotation.exact, annotation.prefix, annotation.suffix,
    annotation.start, annotation.end, annotation.color, annotation.note, JSON.stringify(annotation.tags), annotation.created, annotation.modified, annotation.orphan ? 1 : 0,
    annotation.entityId ?? null, annotation.value ? JSON.stringify(annotation.value) : null, annotation.regions?.length ? JSON.stringify(annotation.regions) : null,
    annotation.area ? JSON.stringify(annotation.area) : null, snapshotBytes(annotation.snapshot));
}

/**
 * Puts back an annotation exactly as it was (undo of a deletion, import of an export): same id, same times. It must
 * still fit its article: a placed annotation's range lies within the text and its quote is the text there (compared as
 * anchoring compares them: NFC, and quote, dash and space variants made one; the text's own is kept, with its context);
 * an orphan keeps its quote and its old range, which need not match the text. Its note and tags are held to what
 * annotations.create and update accept, a mention's entity must exist, and its times must be ISO 8601.
 */
export function restoreAnnotation(db: Database, annotation: Annotation): Annotation {
  const doc = getDocument(db, annotation.documentId);
  annotation = { ...annotation, documentId: doc.id, tags: [...new Set(annotation.tags.map((tag) => tag.trim()))] };
  checkRange(annotation.start, annotation.end);
  checkNoteAndTags(annotation.note, annotation.tags);
  for (const field of ['created', 'modified'] as const) {
    const time = annotation[field];
    if (time.length > 64 || !/^\d{4}-\d{2}-\d{2}T/.test(time) || Number.isNaN(Date.parse(time))) {
      throw new AppError('invalid_request', `${field}: not an ISO 8601 date and time`, { issue: `${field}: must be an ISO 8601 date and time` });
    }
  }
  if (annotation.entityId !== null && !cached(db, 'SELECT 1 FROM entities WHERE id = ?').get(annotation.entityId)) {
    throw new AppError('not_found', `no entity ${annotation.entityId}`, { id: annotation.entityId });
  }
  if (!annotation.orphan) {
    const { quote } = selectorsOf(doc.text, annotation.start, annotation.end);
    if (foldForMatching(annotation.exact) !== foldForMatching(quote.exact)) {
      throw new AppError('quote_not_found', `the quote is not the text at [${annotation.start}, ${annotation.end})`, {
        quote: clip(annotation.exact), found: clip(quote.exact), start: annotation.start, end: annotation.end,
      });
    }
    annotation = { ...annotation, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  }
  if (cached(db, 'SELECT 1 FROM annotations WHERE id = ?').get(annotation.id)) {
    throw new AppError('invalid_request', `annotation ${annotation.id} exists`, { issue: `annotation ${annotation.id} already exists` });
  }
  insert(db, annotation);
  return annotation;
}

/** A range of code points, refused (rather than left to the table's CHECK, an internal error) unless end > start ≥ 0. */
function checkRange(start: number, end: number): void {
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && end > start)) {
    throw new AppError('invalid_request', `not a passage: [${start}, ${end})`, { issue: `not a passage: [${start}, ${end}) (end must be after start)`, start, end });
  }
}

/** The limits of annotations.create and update (newAnnotation in the contract), for calls whose schema has none. */
const MAX_NOTE = 100_000;
const MAX_TAGS = 50;
const MAX_TAG = 100;

function checkNoteAndTags(note: string | null, tags: readonly string[]): void {
  if (note !== null && note.length > MAX_NOTE) {
    throw new AppError('invalid_request', `note: longer than ${MAX_NOTE} characters`, { issue: `note: at most ${MAX_NOTE} characters` });
  }
  if (tags.length > MAX_TAGS) throw new AppError('invalid_request', `tags: more than ${MAX_TAGS}`, { issue: `tags: at most ${MAX_TAGS}` });
  for (const tag of tags) {
    if (tag.length === 0 || tag.length > MAX_TAG) {
      throw new AppError('invalid_request', `tags: a tag is 1 to ${MAX_TAG} characters`, { issue: `tags: 1 to ${MAX_TAG} characters` });
    }
  }
}

/**
 * Refuses, with a typed error, a range [start, end) of code points that is not a passage of `text`: empty or reversed,
 * or reaching beyond its end.
 */
export function checkPassage(text: string, start: number, end: number, convert = offsetConverter(text)): void {
  selectorsOf(text, start, end, convert);
}

/** The selectors of [start, end) of `text`, or a typed refusal of a range that is not a passage of it. */
function selectorsOf(text: string, start: number, end: number, convert = offsetConverter(text)) {
  checkRange(start, end);
  try {
    return describe(text, start, end, convert);
  } catch (error) {
    const message = (error as Error).message;
    throw new AppError('invalid_request', message, { issue: message, start, end });
  }
}

/** A quote short enough for an error's details. */
const clip = (text: string, max = 200): string => ([...text].length > max ? `${[...text].slice(0, max).join('')}…` : text);

export function getAnnotation(db: Database, id: string): Annotation {
  const row = cached(db, `SELECT ${COLUMNS} FROM annotations WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', `no annotation ${id}`, { id });
  return fromRow(row);
}

/** A document's annotations in text order, orphans (whose passage is lost) last. */
export function listAnnotations(db: Database, documentId: string): Annotation[] {
  const rows = cached(db, `SELECT ${COLUMNS} FROM annotations WHERE document_id = ? ORDER BY orphan, start, end, seq`).all(documentId) as unknown as Row[];
  return rows.map(fromRow);
}

export function updateAnnotation(db: Database, id: string, change: AnnotationChange, now = new Date().toISOString()): Annotation {
  const current = getAnnotation(db, id);
  const next: Annotation = {
    ...current,
    ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
    modified: now,
  };
  if (change.tags) next.tags = [...new Set(change.tags)];
  if (current.motivation === 'highlighting' && next.note) next.motivation = 'commenting';
  cached(db, 'UPDATE annotations SET color = ?, note = ?, tags = ?, motivation = ?, modified = ? WHERE id = ?')
    .run(next.color, next.note, JSON.stringify(next.tags), next.motivation, now, id);
  return next;
}

/**
 * Places an orphan (or any annotation) on a new passage [start, end) of its article, chosen by the reader: its quote
 * and context become that passage's, and it is an orphan no more.
 */
export function reattachAnnotation(db: Database, id: string, start: number, end: number, now = new Date().toISOString()): Annotation {
  const current = getAnnotation(db, id);
  const doc = getDocument(db, current.documentId);
  const selectors = selectorsOf(doc.text, start, end);
  const next: Annotation = { ...current, exact: selectors.quote.exact, prefix: selectors.quote.prefix, suffix: selectors.quote.suffix, start, end, orphan: false, modified: now, regions: null, area: null };
  placeAnnotation(db, next);
  return next;
}

/** Writes an annotation's target (after re-anchoring or re-attaching); where a PDF's page drew it no longer holds. */
export function placeAnnotation(db: Database, a: Pick<Annotation, 'id' | 'documentId' | 'exact' | 'prefix' | 'suffix' | 'start' | 'end' | 'orphan' | 'modified'>): void {
  cached(db, 'UPDATE annotations SET document_id = ?, exact = ?, prefix = ?, suffix = ?, start = ?, end = ?, orphan = ?, modified = ?, regions = NULL, area = NULL WHERE id = ?')
    .run(a.documentId, a.exact, a.prefix, a.suffix, a.start, a.end, a.orphan ? 1 : 0, a.modified, a.id);
}

export function removeAnnotation(db: Database, id: string): boolean {
  return cached(db, 'DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
}
