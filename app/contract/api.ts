import { z } from 'zod';
import {
  annotation, annotationChange, appInfo, documentFull, documentId, facets, importFile, importReport, listPage, listQuery,
  entity, entityChange, entityType, entityTypeCode, color, mentionInContext, newEntity, normalisedValue, suggestion,
  MAX_IMPORT_BYTES, newAnnotation, searchQuery, searchResult, settings, settingsPatch,
} from './schemas.ts';

/** What an import of annotations did (see app/export/import-annotations.ts). */
export const annotationsImportReport = z.object({
  imported: z.number().int(),
  /** Of those imported, how many could not be placed in their article's text (kept as orphans). */
  orphans: z.number().int(),
  /** Of those imported, how many were found elsewhere than their recorded position (the text differs). */
  moved: z.number().int(),
  /** Already in the library (same id), left as they were. */
  duplicates: z.number().int(),
  /** Not imported because their article is not in the library (listed in missingDocuments). */
  skipped: z.number().int(),
  missingDocuments: z.array(z.string()),
  /** Notes on whole articles restored, and those kept because the article already had a different one. */
  notesRestored: z.number().int(),
  notesKept: z.number().int(),
});
export type AnnotationsImportReport = z.infer<typeof annotationsImportReport>;

/**
 * The whole API between a front end and the core: one entry per method, each with runtime schemas for its input and
 * output. The IPC handler, the HTTP routes and the renderer's client type are all derived from this map.
 */
export const api = {
  'annotations.create': { input: newAnnotation.strict(), output: annotation },
  'annotations.list': { input: z.object({ documentId }).strict(), output: z.array(annotation) },
  'annotations.update': { input: annotationChange.strict(), output: annotation },
  'annotations.restore': { input: annotation.strict(), output: annotation },
  'annotations.remove': { input: z.object({ id: z.uuid() }).strict(), output: z.object({ removed: z.boolean() }) },
  'annotations.reattach': {
    input: z.object({ id: z.uuid(), start: z.number().int().nonnegative(), end: z.number().int().positive() }).strict(),
    output: annotation,
  },
  'annotations.export': {
    input: z.object({
      format: z.enum(['md', 'csv', 'w3c', 'html']),
      documentIds: z.array(documentId).min(1).max(100_000).optional(),
      /** The language of the export's own words (colour names, headings); by default the settings' language. */
      language: z.enum(['en', 'fr']).optional(),
    }).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  },
  'annotations.import': {
    input: z.object({ content: z.string().max(MAX_IMPORT_BYTES), fileName: z.string().max(1024).optional() }).strict(),
    output: annotationsImportReport,
  },
  'entities.types': { input: z.object({}).strict(), output: z.array(entityType) },
  'entities.saveType': {
    input: z.object({ code: entityTypeCode, label: z.string().trim().min(1).max(60).nullable(), color }).strict(),
    output: entityType,
  },
  'entities.list': {
    input: z.object({
      type: entityTypeCode.optional(), query: z.string().max(300).optional(), documentIds: z.array(documentId).max(1000).optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
    }).strict(),
    output: z.array(entity),
  },
  'entities.create': { input: newEntity.strict(), output: entity },
  'entities.update': { input: entityChange.strict(), output: entity },
  'entities.merge': { input: z.object({ into: z.uuid(), from: z.uuid() }).strict(), output: entity },
  'entities.remove': { input: z.object({ id: z.uuid() }).strict(), output: z.object({ removed: z.boolean() }) },
  'entities.page': {
    input: z.object({ id: z.uuid() }).strict(),
    output: z.object({
      entity,
      mentions: z.array(mentionInContext),
      documents: z.array(z.object({ id: z.string(), title: z.string(), published: z.string().nullable(), mentions: z.number().int() })),
      cooccurring: z.array(z.object({ entity, documents: z.number().int() })),
    }),
  },
  'entities.tag': {
    input: z.object({
      documentId, start: z.number().int().nonnegative(), end: z.number().int().positive(),
      entityId: z.uuid().optional(), type: entityTypeCode.optional(), name: z.string().trim().min(1).max(300).optional(),
      value: normalisedValue.nullable().optional(),
    }).strict(),
    output: z.object({ mention: annotation, entity }),
  },
  'entities.suggest': { input: z.object({ documentId }).strict(), output: z.array(suggestion) },
  'entities.reject': {
    input: z.object({ documentId, start: z.number().int().nonnegative(), end: z.number().int().positive(), type: entityTypeCode, text: z.string().max(1000) }).strict(),
    output: z.object({ rejected: z.boolean() }),
  },
  'entities.acceptAll': {
    input: z.object({ type: entityTypeCode, text: z.string().trim().min(1).max(300), entityId: z.uuid().optional(), value: normalisedValue.nullable().optional() }).strict(),
    output: z.object({ entity, tagged: z.number().int(), documents: z.number().int() }),
  },
  'entities.shared': {
    input: z.object({ documentIds: z.array(documentId).min(1).max(4) }).strict(),
    output: z.object({
      entities: z.array(z.object({ entity, documentIds: z.array(z.string()) })),
      values: z.array(z.object({ type: z.string(), value: normalisedValue, texts: z.array(z.string()), documentIds: z.array(z.string()) })),
    }),
  },
  'entities.suggestGroups': {
    input: z.object({ documentIds: z.array(documentId).min(1).max(500) }).strict(),
    output: z.array(z.object({
      type: entityTypeCode, text: z.string(), count: z.number().int(), documents: z.number().int(),
      entityId: z.string().optional(), value: normalisedValue.optional(),
    })),
  },
  'entities.documents': { input: z.object({ entityIds: z.array(z.uuid()).min(1).max(20) }).strict(), output: z.array(z.string()) },
  /** Entities and mentions for other tools: brat standoff (a .txt and .ann per article, and its .conf files), CoNLL BIO, CSV. */
  'entities.export': {
    input: z.object({
      format: z.enum(['brat', 'conll', 'entities-csv', 'mentions-csv']),
      documentIds: z.array(documentId).min(1).max(100_000).optional(),
    }).strict(),
    output: z.object({ files: z.array(z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() })) }),
  },
  'app.info': { input: z.object({}).strict(), output: appInfo },
  'documents.list': { input: listQuery.strict(), output: listPage },
  'documents.facets': { input: z.object({}).strict(), output: facets },
  'documents.get': { input: z.object({ id: documentId }).strict(), output: documentFull },
  'documents.import': { input: z.object({ files: z.array(importFile).min(1).max(500) }).strict(), output: importReport },
  'documents.remove': { input: z.object({ id: documentId }).strict(), output: z.object({ removed: z.boolean() }) },
  'documents.setNote': {
    input: z.object({ id: documentId, note: z.string().max(100_000).nullable() }).strict(),
    output: z.object({ note: z.string().nullable() }),
  },
  'samples.load': { input: z.object({}).strict(), output: importReport },
  'search.query': { input: searchQuery.strict(), output: searchResult },
  'settings.get': { input: z.object({}).strict(), output: settings },
  'settings.set': { input: settingsPatch.strict(), output: settings },
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

/** What a front end holds: one function that reaches the core, whatever carries the call. */
export interface ApostilleClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}
