import { z } from 'zod';
import {
  annotation, annotationChange, appInfo, documentFull, documentId, facets, importFile, importReport, listPage, listQuery,
  newAnnotation, searchQuery, searchResult, settings, settingsPatch,
} from './schemas.ts';

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
