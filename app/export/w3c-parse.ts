import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../contract/errors.ts';
import { normalisedValue, type Annotation, type NormalisedValueShape } from '../contract/schemas.ts';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../contract/shared/colors.ts';
import { ANNO_CONTEXT, DOCUMENT_URN } from './w3c.ts';

// Reading a W3C Web Annotation file (ours or another tool's): every item is checked against the model's rules before
// anything is written, and the first problem is reported with where it is (`$.first.items[3].target`).

/** Which article an annotation is about, as the file says it: an Apostille id, or the article's web address. */
export interface DocumentRef {
  ids: string[];
  urls: string[];
  /** How to name it in a report. */
  label: string;
}

/** The entity a mention names, as an Apostille export describes it (`apostille:entity` on its identifying body). */
export interface ParsedEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  note: string | null;
  externalId: string | null;
  created: string | null;
  modified: string | null;
  typeLabel: string | null;
  typeColor: string | null;
}

export interface ParsedPassage {
  kind: 'passage';
  ref: DocumentRef;
  annotation: Omit<Annotation, 'documentId' | 'start' | 'end' | 'exact' | 'prefix' | 'suffix'>;
  /** For a mention of an entity: that entity (`annotation.entityId` is its id in the file, until the import links it). */
  entity: ParsedEntity | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
  /** The last known position of an orphan (exported without a TextPositionSelector). */
  orphanPosition: { start: number; end: number } | null;
}

export interface ParsedArticleNote {
  kind: 'note';
  ref: DocumentRef;
  note: string;
}

/** A whole-article annotation with nothing Apostille keeps (no note): counted, not imported. */
export interface ParsedOther {
  kind: 'other';
  ref: DocumentRef;
}

export type ParsedItem = ParsedPassage | ParsedArticleNote | ParsedOther;

const MAX_NOTE = 100_000;
const MAX_TAG = 100;
const MAX_TAGS = 50;

/** One value or a list of them, always read as a list. */
const many = <T extends z.ZodType>(item: T, required?: string) => z.preprocess(
  (v) => (v === undefined || Array.isArray(v) ? v : [v]),
  required ? z.array(item, { error: required }).min(1, required) : z.array(item),
);

const iri = z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/, 'must be an IRI (scheme:…, without spaces)');
const dateTime = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date and time');
const position = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((p) => p.end > p.start, 'end must be after start');

const quoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'exact must not be empty'),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const positionSelector = z.looseObject({ type: z.literal('TextPositionSelector') }).and(position);

const selector = z.looseObject({ type: z.string({ error: 'a selector must have a type' }) }).superRefine((value, context) => {
  // Selectors Apostille does not use (CSS, XPath, fragments…) are allowed and left aside; the two it uses must be right.
  const schema = value.type === 'TextQuoteSelector' ? quoteSelector : value.type === 'TextPositionSelector' ? positionSelector : null;
  const result = schema?.safeParse(value);
  if (result && !result.success) for (const issue of result.error.issues) context.addIssue({ ...issue, path: issue.path } as never);
});

/** A target: an IRI (the resource itself), or an object with an id (the resource) or a source (a part of it). */
const target = z.preprocess((v) => (typeof v === 'string' ? { id: v } : v), z.looseObject({
  id: iri.optional(),
  source: iri.optional(),
  'apostille:document': z.string().regex(/^[0-9a-f]{4,64}$/, 'must be an Apostille article id').optional(),
  selector: many(selector).optional(),
}).refine((t) => t.id !== undefined || t.source !== undefined, 'a target must have a source or an id'));

const uuid = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const entityName = z.string().trim().min(1).max(300);
const entityRef = z.looseObject({
  id: z.string().regex(uuid, 'must be an entity id (urn:uuid:…)'),
  type: z.string().regex(/^[A-Z][A-Z0-9_]{0,23}$/, 'must be an entity type code in capitals (ORG, PER…)'),
  name: entityName,
  aliases: z.array(entityName).max(100).optional(),
  note: z.string().max(MAX_NOTE).nullable().optional(),
  externalId: z.string().trim().max(200).nullable().optional(),
  created: dateTime.optional(),
  modified: dateTime.optional(),
  typeLabel: z.string().trim().min(1).max(60).nullable().optional(),
  typeColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour #rrggbb').optional(),
});

const body = z.preprocess((v) => (typeof v === 'string' ? { id: v } : v), z.looseObject({
  id: iri.optional(),
  type: many(z.string()).optional(),
  value: z.string().optional(),
  purpose: many(z.string()).optional(),
  format: z.string().optional(),
  'apostille:entity': entityRef.optional(),
}).refine((b) => b.id !== undefined || b.value !== undefined, 'a body must have a value or an id'));

const types = (name: string) => many(z.string()).refine((list) => list.includes(name), `type must be "${name}"`);

const annotationSchema = z.looseObject({
  id: iri,
  type: types('Annotation'),
  motivation: many(z.string()).optional(),
  created: dateTime.optional(),
  modified: dateTime.optional(),
  body: many(body).optional(),
  bodyValue: z.string().optional(),
  target: many(target, 'an annotation must have a target'),
  'apostille:color': z.enum(HIGHLIGHT_COLORS).optional(),
  'apostille:orphan': z.boolean().optional(),
  'apostille:position': position.optional(),
  'apostille:articleNote': z.boolean().optional(),
  'apostille:value': normalisedValue.optional(),
});
type RawAnnotation = z.infer<typeof annotationSchema>;

function fail(path: string, issue: string): never {
  throw new AppError('invalid_annotations_file', `${path}: ${issue}`, { path, issue });
}

function pathOf(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((p, key) => (typeof key === 'number' ? `${p}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${p}.${String(key)}` : `${p}[${JSON.stringify(String(key))}]`), base);
}

function check<T extends z.ZodType>(schema: T, value: unknown, base: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const message = issue.code === 'invalid_type' && issue.input === undefined ? `${issue.path.length ? 'missing' : 'nothing here'} (${issue.message})` : issue.message;
  return fail(pathOf(base, issue.path), message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeList(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string');
}

/** The annotations of a collection (its embedded pages, in order), of a page, or a single annotation; with their paths. */
function itemsOf(root: Record<string, unknown>): { value: unknown; path: string }[] {
  const rootTypes = typeList(root.type);
  const pages: { page: unknown; path: string }[] = [];
  if (rootTypes.includes('AnnotationCollection')) {
    if (root.first !== undefined) pages.push({ page: root.first, path: '$.first' });
    else if (typeof root.total === 'number' && root.total > 0) fail('$.first', 'the collection has no first page');
  } else if (rootTypes.includes('AnnotationPage')) pages.push({ page: root, path: '$' });
  else if (rootTypes.includes('Annotation')) return [{ value: root, path: '$' }];
  else {
    fail('$.type', `must be "AnnotationCollection", "AnnotationPage" or "Annotation"${root.type === undefined ? ' (there is no type: this is not a Web Annotation file)' : `, not ${JSON.stringify(root.type)}`}`);
  }
  const items: { value: unknown; path: string }[] = [];
  for (let at = pages.shift(); at; at = pages.shift()) {
    const { page, path } = at;
    if (typeof page === 'string') fail(path, 'the page must be included in the file (Apostille does not fetch pages)');
    if (!isObject(page)) fail(path, 'must be an AnnotationPage object');
    if (!typeList(page.type).includes('AnnotationPage')) fail(`${path}.type`, 'must be "AnnotationPage"');
    if (!Array.isArray(page.items)) fail(`${path}.items`, 'must be a list of annotations');
    page.items.forEach((value, i) => items.push({ value, path: `${path}.items[${i}]` }));
    if (page.next !== undefined) pages.push({ page: page.next, path: `${path}.next` });
  }
  return items;
}

function hasContext(value: unknown): boolean {
  return value === ANNO_CONTEXT || (Array.isArray(value) && value.includes(ANNO_CONTEXT));
}

/** The annotation id Apostille keeps: the UUID of a `urn:uuid:` id, else a UUID derived from the id (stable across imports). */
export function annotationId(iriValue: string): string {
  const uuid = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/i.exec(iriValue);
  if (uuid) return uuid[1]!.toLowerCase();
  const hex = createHash('sha256').update(iriValue).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function documentRef(targets: RawAnnotation['target']): DocumentRef {
  const ids: string[] = [];
  const urls: string[] = [];
  for (const t of targets) {
    if (t['apostille:document']) ids.push(t['apostille:document']);
    for (const value of [t.source, t.id]) {
      if (value?.startsWith(DOCUMENT_URN)) ids.push(value.slice(DOCUMENT_URN.length));
      else if (value && /^https?:\/\//i.test(value)) urls.push(value);
    }
  }
  return { ids, urls, label: ids[0] ?? urls[0] ?? targets[0]?.source ?? targets[0]?.id ?? '?' };
}

const MOTIVATIONS = ['highlighting', 'commenting', 'tagging', 'identifying'] as const;

function toItem(raw: RawAnnotation, path: string, now: string): ParsedItem {
  const notes: string[] = [];
  const tags: string[] = [];
  let entity: ParsedEntity | null = null;
  if (raw.bodyValue !== undefined) notes.push(raw.bodyValue);
  for (const b of raw.body ?? []) {
    const described = b['apostille:entity'];
    if (described && !entity) {
      entity = {
        id: uuid.exec(described.id)![1]!.toLowerCase(), type: described.type, name: described.name.trim(), aliases: described.aliases ?? [],
        note: described.note ?? null, externalId: described.externalId?.trim() || null, created: described.created ?? null,
        modified: described.modified ?? null, typeLabel: described.typeLabel ?? null, typeColor: described.typeColor?.toLowerCase() ?? null,
      };
      continue;
    }
    if (b.value === undefined) continue;
    if (b.purpose?.includes('tagging')) {
      const tag = b.value;
      if (tag.length > MAX_TAG) fail(`${path}.body`, `a tag is longer than ${MAX_TAG} characters`);
      if (tag.trim() && !tags.includes(tag)) tags.push(tag);
    } else notes.push(b.value);
  }
  if (tags.length > MAX_TAGS) fail(`${path}.body`, `more than ${MAX_TAGS} tags`);
  const note = notes.length ? notes.join('\n\n') : null;
  if (note && note.length > MAX_NOTE) fail(`${path}.body`, `the note is longer than ${MAX_NOTE} characters`);
  const ref = documentRef(raw.target);
  const selectors = raw.target.flatMap((t) => t.selector ?? []);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as z.infer<typeof quoteSelector> | undefined;
  const place = selectors.find((s) => s.type === 'TextPositionSelector') as unknown as { start: number; end: number } | undefined;
  if (!quote && !place) {
    return note !== null && note.trim() ? { kind: 'note', ref, note } : { kind: 'other', ref };
  }
  const motivation = entity ? 'identifying' : raw.motivation?.find((m): m is Annotation['motivation'] => (MOTIVATIONS as readonly string[]).includes(m))
    ?? (note ? 'commenting' : 'highlighting');
  const created = raw.created ?? raw.modified ?? now;
  return {
    kind: 'passage',
    ref,
    annotation: {
      id: annotationId(raw.id),
      motivation,
      color: (raw['apostille:color'] ?? 'yellow') as HighlightColor,
      note,
      tags,
      created,
      modified: raw.modified ?? created,
      orphan: raw['apostille:orphan'] === true,
      entityId: entity?.id ?? null,
      value: entity ? ((raw['apostille:value'] as NormalisedValueShape | undefined) ?? null) : null,
      regions: null,
      area: null,
      snapshot: null,
    },
    entity,
    quote: quote ? { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' } : null,
    position: place ? { start: place.start, end: place.end } : null,
    orphanPosition: raw['apostille:position'] ?? null,
  };
}

/**
 * Reads a Web Annotation JSON-LD file: an AnnotationCollection with its pages embedded, an AnnotationPage or a single
 * Annotation. Throws `invalid_annotations_file` naming the first problem; returns every item ready to import.
 */
export function parseWebAnnotations(content: string, now = new Date().toISOString()): ParsedItem[] {
  let root: unknown;
  try {
    root = JSON.parse(content.replace(/^\ufeff/, ''));
  } catch (error) {
    fail('$', `not JSON (${(error as Error).message})`);
  }
  if (!isObject(root)) fail('$', 'must be a JSON object (an AnnotationCollection, AnnotationPage or Annotation)');
  if (!hasContext(root['@context'])) fail('$["@context"]', `must be or include "${ANNO_CONTEXT}": this is not a W3C Web Annotation file`);
  return itemsOf(root).map(({ value, path }) => toItem(check(annotationSchema, value, path), path, now));
}
