import { z } from 'zod';
import {
  annotation, annotationChange, appInfo, backupInfo, documentFull, documentId, facets, librarySettings, librarySettingsPatch,
  listPage, listQuery, entity, entityChange, entityType, entityTypeCode, color, mentionInContext, timelineItem, timelineScope, newEntity, normalisedValue,
  suggestion, MAX_IMPORT_BYTES, MAX_MARKED, collection, collectionName, documentDetails, documentMarks, documentSummary, tagName, importReport, annotationsImportReport, newAnnotation, searchQuery, searchResult, settings, settingsPatch,
} from './schemas.ts';
import { JOB_NAMES, jobSummary } from './jobs.ts';
import { forgetLibrary, libraryEntry, libraryList, libraryRef, newLibrary } from './libraries.ts';
import { noteRevision, teamStatus, teamUnlock } from './team.ts';

/**
 * Where a method runs. `read`: on a reading connection, answered even while a write or a job runs; `compute`: a read
 * that works hard (an article's suggestions, an entity's page), on a reading connection of its own so that it never
 * holds up the others; `write`: on the one writing connection, short; `job`: the job runner (long work with progress
 * and cancel, see jobs.ts); `host`: on the host itself, because it holds this machine's preferences (electron-store in
 * the desktop app).
 */
export type Access = 'read' | 'compute' | 'write' | 'job' | 'host';

const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, access: 'read' as const });
const compute = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, access: 'compute' as const });
const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output, access: 'write' as const });
const none = z.object({}).strict();
/** A passage ends after it starts: refused by the contract, before any handler. */
const endAfterStart = (range: { start: number; end: number }) => range.end > range.start;
const endAfterStartIssue = { message: 'a passage ends after it starts', path: ['end'] };
/** An annotation put back as it was (undo, import): the same limits as one made by hand. */
const restoredAnnotation = annotation.extend({
  note: z.string().max(100_000).nullable(),
  tags: z.array(z.string().trim().min(1).max(100)).max(50),
  exact: z.string().max(100_000),
  prefix: z.string().max(1000),
  suffix: z.string().max(1000),
}).strict().refine(endAfterStart, endAfterStartIssue);

/**
 * The whole API between a front end and the core: one entry per method, each with runtime schemas for its input and
 * output and where it runs. The IPC handler, the HTTP routes, the CLI and the renderer's client are all derived from
 * this map; long work is declared beside it, in jobs.ts.
 */
export const api = {
  'annotations.create': write(newAnnotation.strict().refine(endAfterStart, endAfterStartIssue), annotation),
  'annotations.list': read(z.object({ documentId }).strict(), z.array(annotation)),
  'annotations.update': write(annotationChange.strict(), annotation),
  'annotations.restore': write(restoredAnnotation, annotation),
  'annotations.remove': write(z.object({ id: z.uuid() }).strict(), z.object({ removed: z.boolean() })),
  'annotations.reattach': write(
    z.object({ id: z.uuid(), start: z.number().int().nonnegative(), end: z.number().int().positive() }).strict().refine(endAfterStart, endAfterStartIssue),
    annotation,
  ),
  'annotations.import': write(
    z.object({ content: z.string().max(MAX_IMPORT_BYTES), fileName: z.string().max(1024).optional() }).strict(),
    annotationsImportReport,
  ),
  'entities.types': read(none, z.array(entityType)),
  'entities.saveType': write(
    z.object({ code: entityTypeCode, label: z.string().trim().min(1).max(60).nullable(), color }).strict(),
    entityType,
  ),
  'entities.list': read(
    z.object({
      type: entityTypeCode.optional(), query: z.string().max(300).optional(), documentIds: z.array(documentId).max(1000).optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
    }).strict(),
    z.array(entity),
  ),
  'entities.create': write(newEntity.strict(), entity),
  'entities.update': write(entityChange.strict(), entity),
  'entities.merge': write(z.object({ into: z.uuid(), from: z.uuid() }).strict(), entity),
  'entities.remove': write(z.object({ id: z.uuid() }).strict(), z.object({ removed: z.boolean() })),
  'entities.page': compute(
    z.object({ id: z.uuid() }).strict(),
    z.object({
      entity,
      mentions: z.array(mentionInContext),
      documents: z.array(z.object({ id: z.string(), title: z.string(), published: z.string().nullable(), mentions: z.number().int() })),
      cooccurring: z.array(z.object({ entity, documents: z.number().int() })),
    }),
  ),
  'entities.tag': write(
    z.object({
      documentId, start: z.number().int().nonnegative(), end: z.number().int().positive(),
      entityId: z.uuid().optional(), type: entityTypeCode.optional(), name: z.string().trim().min(1).max(300).optional(),
      value: normalisedValue.nullable().optional(),
    }).strict().refine(endAfterStart, endAfterStartIssue),
    z.object({ mention: annotation, entity }),
  ),
  /**
   * Suggested mentions in an article; with `start` and `end` (code points), only in that part of it, so that a long
   * article is worked through in pieces, what is on screen first.
   */
  'entities.suggest': compute(
    z.object({ documentId, start: z.number().int().nonnegative().optional(), end: z.number().int().positive().optional() }).strict()
      .refine((part) => part.start === undefined || part.end === undefined || part.end > part.start, endAfterStartIssue),
    z.array(suggestion),
  ),
  'entities.reject': write(
    z.object({ documentId, start: z.number().int().nonnegative(), end: z.number().int().positive(), type: entityTypeCode, text: z.string().max(1000) }).strict()
      .refine(endAfterStart, endAfterStartIssue),
    z.object({ rejected: z.boolean() }),
  ),
  'entities.shared': read(
    z.object({ documentIds: z.array(documentId).min(1).max(4) }).strict(),
    z.object({
      entities: z.array(z.object({ entity, documentIds: z.array(z.string()) })),
      values: z.array(z.object({ type: z.string(), value: normalisedValue, texts: z.array(z.string()), documentIds: z.array(z.string()) })),
    }),
  ),
  /** Dated mentions in the order of their dates, each in its sentence (at most 2,000; `undated`: those with no year). */
  'entities.timeline': compute(timelineScope, z.object({ items: z.array(timelineItem), undated: z.number().int(), truncated: z.boolean() })),
  'entities.documents': read(z.object({ entityIds: z.array(z.uuid()).min(1).max(20) }).strict(), z.array(z.string())),
  'app.info': read(none, appInfo),
  'documents.list': read(listQuery.strict(), listPage),
  'documents.facets': read(none, facets),
  'documents.get': read(z.object({ id: documentId }).strict(), documentFull),
  /**
   * A saved web page's images, to draw it (its HTML names them by hash): everything comes from the library, nothing
   * from the web.
   */
  'documents.images': read(
    z.object({ id: documentId }).strict(),
    z.object({ images: z.array(z.object({ hash: z.string(), mediaType: z.string(), base64: z.string() })) }),
  ),
  /**
   * A PDF's or a book's file as imported, for the page to draw its pages (an article's original is not drawn: null).
   */
  'documents.original': read(z.object({ id: documentId }).strict(), z.object({ base64: z.string().nullable() })),
  /** A book's placed annotations as EPUB CFIs in its own chapter files, by annotation id (none for an article). */
  'epub.cfis': read(z.object({ documentId }).strict(), z.object({ cfis: z.record(z.string(), z.string()) })),
  /** The passage of a book's text (code points) that an EPUB CFI range names, or null where it is not in the text. */
  'epub.locate': read(
    z.object({ documentId, cfi: z.string().max(10_000).regex(/^epubcfi\(.*\)$/, 'an EPUB CFI: epubcfi(…)') }).strict(),
    z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  ),
  'documents.remove': write(z.object({ id: documentId }).strict(), z.object({ removed: z.boolean(), id: z.string() })),
  'documents.setNote': write(
    z.object({ id: documentId, note: z.string().max(100_000).nullable() }).strict(),
    z.object({ note: z.string().nullable() }),
  ),
  /** Puts articles in the Trash or takes them out, archives, marks read: undone by the opposite marks on the same ids. */
  'documents.mark': write(
    z.object({ ids: z.array(documentId).min(1).max(MAX_MARKED) }).extend(documentMarks.shape).strict(),
    z.object({ ids: z.array(z.string()), changed: z.number().int() }),
  ),
  'documents.update': write(z.object({ id: documentId }).extend(documentDetails.shape).strict(), documentSummary),
  /** Adds and removes tags on articles. */
  'documents.tag': write(
    z.object({ ids: z.array(documentId).min(1).max(MAX_MARKED), add: z.array(tagName).max(20).default([]), remove: z.array(tagName).max(20).default([]) }).strict(),
    z.object({ changed: z.number().int() }),
  ),
  'samples.load': write(none, importReport),
  /** Moves the sample articles to the Trash (undone by taking the same ids out of it). */
  'samples.remove': write(none, z.object({ ids: z.array(z.string()), changed: z.number().int() })),
  'collections.list': read(none, z.array(collection)),
  'collections.create': write(z.object({ name: collectionName, id: z.uuid().optional() }).strict(), collection),
  'collections.rename': write(z.object({ id: z.uuid(), name: collectionName }).strict(), collection),
  'collections.remove': write(z.object({ id: z.uuid() }).strict(), z.object({ removed: z.boolean() })),
  /** Puts articles in a collection (`inside`: true) or takes them out of it. */
  'collections.file': write(
    z.object({ id: z.uuid(), documentIds: z.array(documentId).min(1).max(MAX_MARKED), inside: z.boolean() }).strict(),
    z.object({ changed: z.number().int() }),
  ),
  'search.query': read(searchQuery.strict(), searchResult),
  /** What the library itself holds for every front end and machine alike (colour labels, backups kept). */
  'library.settings': read(none, librarySettings),
  'library.updateSettings': write(librarySettingsPatch.strict(), librarySettings),
  'backups.list': read(none, z.array(backupInfo)),
  /** The team library this library follows (null: a private library); its sync is the job team.sync. */
  'team.status': read(none, teamStatus.nullable()),
  /** The earlier versions of an annotation's or an article's note, newest first. */
  'notes.revisions': read(z.object({ targetId: z.string().min(1).max(128) }).strict(), z.array(noteRevision)),
  /** The note becomes this earlier version; the note it replaces is kept as a version. */
  'notes.useRevision': write(z.object({ id: z.uuid() }).strict(), z.object({ note: z.string() })),
  /** Gives the core the member's password for this session (it syncs in the job lane, which keeps it). */
  'team.unlock': { input: teamUnlock, output: z.object({ unlocked: z.boolean() }), access: 'job' as const },
  /** Starts long work (see jobs.ts): the answer comes at once; progress and the result follow as job events. */
  'jobs.start': {
    /** The front end may name the job itself, to follow its events from the first one. */
    input: z.object({ job: z.enum(JOB_NAMES), input: z.unknown(), id: z.uuid().optional() }).strict(),
    output: z.object({ id: z.string() }),
    access: 'job' as const,
  },
  'jobs.cancel': { input: z.object({ id: z.string().max(64) }).strict(), output: z.object({ cancelled: z.boolean() }), access: 'job' as const },
  'jobs.list': { input: none, output: z.array(jobSummary), access: 'job' as const },
  /** This machine's preferences (language, theme, layout): electron-store in the desktop app, a file beside the library otherwise. */
  'settings.get': { input: none, output: settings, access: 'host' as const },
  'settings.set': { input: settingsPatch.strict(), output: settings, access: 'host' as const },
  /** The libraries on this machine and the one open (the host's own list, with this machine's preferences). */
  'libraries.list': { input: none, output: libraryList, access: 'host' as const },
  /** A new, empty library in a folder of its own beside the others; not opened yet. */
  'libraries.create': { input: newLibrary, output: libraryEntry, access: 'host' as const },
  /** Closes the library open and opens this one; every page of this host is told (event `library-switched`). */
  'libraries.open': { input: libraryRef, output: libraryEntry, access: 'host' as const },
  /** Takes a library off the list (its folder stays, unless `discard` and the switcher made it); never the one open. */
  'libraries.forget': { input: forgetLibrary, output: z.object({ forgotten: z.boolean() }), access: 'host' as const },
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

export function accessOf(method: MethodName): Access {
  return api[method].access;
}
