import type { Api, MethodName, MethodOutput } from '../contract/api.ts';
import { MAX_IMPORT_BYTES, MAX_PANES } from '../contract/schemas.ts';
import type { z } from 'zod';
import { createAnnotation, listAnnotations, reattachAnnotation, removeAnnotation, restoreAnnotation, updateAnnotation } from '../annotations/index.ts';
import { exportAnnotationsAsFile, exportEntities, importAnnotations } from '../export/index.ts';
import { importSources, sourceFromBytes } from '../import/import-batch.ts';
import { sampleSources } from '../samples/index.ts';
import { searchDocuments } from '../search/index.ts';
import { countDocuments, documentFacets, getDocument, listDocuments, removeDocument, resolveId, setDocumentNote } from '../store/documents.ts';
import {
  acceptAllIdentical, documentsMentioning, entityPage, rejectSuggestion, sharedBetween, suggestForDocument, suggestionGroups, tagMention,
} from '../entities/mentions.ts';
import { createEntity, listEntities, listEntityTypes, mergeEntities, removeEntity, saveEntityType, updateEntity } from '../entities/registry.ts';
import type { Library } from './library.ts';

export type Handlers = { [M in MethodName]: (input: z.output<Api[M]['input']>) => MethodOutput<M> };

export interface HandlerOptions {
  version: string;
  samplesDir?: string;
}

/** The core's implementation of every API method, over one open library. */
export function createHandlers(library: Library, options: HandlerOptions): Handlers {
  const { db, settings } = library;
  return {
    'annotations.create': (input) => createAnnotation(db, input),
    'annotations.list': ({ documentId }) => listAnnotations(db, resolveId(db, documentId)),
    'annotations.update': ({ id, ...change }) => updateAnnotation(db, id, change),
    'annotations.restore': (annotation) => restoreAnnotation(db, annotation),
    'annotations.remove': ({ id }) => ({ removed: removeAnnotation(db, id) }),
    'annotations.reattach': ({ id, start, end }) => reattachAnnotation(db, id, start, end),
    'annotations.export': ({ format, documentIds, language }) => {
      const { colorLabels, language: chosen } = settings.get();
      return exportAnnotationsAsFile(db, { format, documentIds, labels: colorLabels, language: language ?? (chosen === 'system' ? 'en' : chosen) });
    },
    'annotations.import': ({ content }) => importAnnotations(db, content),
    'entities.types': () => listEntityTypes(db),
    'entities.saveType': (type) => saveEntityType(db, type),
    'entities.list': ({ documentIds, ...query }) => listEntities(db, { ...query, ...(documentIds ? { documentIds: documentIds.map((d) => resolveId(db, d)) } : {}) }),
    'entities.create': (input) => createEntity(db, input),
    'entities.update': ({ id, ...change }) => updateEntity(db, id, change),
    'entities.merge': ({ into, from }) => mergeEntities(db, into, from),
    'entities.remove': ({ id }) => ({ removed: removeEntity(db, id) }),
    'entities.page': ({ id }) => entityPage(db, id),
    'entities.tag': (input) => tagMention(db, input),
    'entities.suggest': ({ documentId }) => suggestForDocument(db, documentId),
    'entities.reject': ({ documentId, ...s }) => (rejectSuggestion(db, documentId, s), { rejected: true }),
    'entities.acceptAll': (input) => acceptAllIdentical(db, input),
    'entities.shared': ({ documentIds }) => sharedBetween(db, documentIds),
    'entities.documents': ({ entityIds }) => documentsMentioning(db, entityIds),
    'entities.suggestGroups': ({ documentIds }) => suggestionGroups(db, documentIds.map((d) => resolveId(db, d))),
    'entities.export': ({ format, documentIds }) => ({ files: exportEntities(db, { format, documentIds }) }),
    'app.info': () => ({
      version: options.version,
      libraryPath: library.dir,
      documentCount: countDocuments(db),
      maxImportBytes: MAX_IMPORT_BYTES,
      maxPanes: MAX_PANES,
    }),
    'documents.list': (query) => listDocuments(db, query),
    'documents.facets': () => documentFacets(db),
    'documents.get': ({ id }) => getDocument(db, id),
    'documents.import': ({ files }) =>
      importSources(db, files.map((f) => sourceFromBytes(f.name, Buffer.from(f.base64, 'base64'), f.replaces))),
    'documents.remove': ({ id }) => ({ removed: removeDocument(db, id) }),
    'documents.setNote': ({ id, note }) => ({ note: setDocumentNote(db, id, note) }),
    'samples.load': () => {
      const report = importSources(db, sampleSources(options.samplesDir));
      settings.set({ samplesOffered: true });
      return report;
    },
    'search.query': ({ query, limit }) => searchDocuments(db, query, limit),
    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.set(patch),
  };
}
