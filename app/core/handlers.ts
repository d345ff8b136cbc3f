import { bookCfis, locateInBook } from '../epub/book-passages.ts';
import { createAnnotation, listAnnotations, reattachAnnotation, removeAnnotation, restoreAnnotation, updateAnnotation } from '../annotations/index.ts';
import { listBackups } from '../backup/backups.ts';
import { MAX_IMPORT_BYTES, MAX_PANES } from '../contract/schemas.ts';
import { createEntity, listEntities, listEntityTypes, mergeEntities, removeEntity, saveEntityType, updateEntity } from '../entities/registry.ts';
import { timeline } from '../entities/timeline.ts';
import { getLibrarySettings, updateLibrarySettings } from '../library/library-settings.ts';
import type { Library } from '../library/library.ts';
import { searchDocuments } from '../search/index.ts';
import { createCollection, listCollections, removeCollection, renameCollection, setInCollection, tagDocuments } from '../store/collections.ts';
import { transaction } from '../store/database.ts';
import { markDocuments, trashSamples, updateDocumentDetails } from '../store/document-marks.ts';
import { countDocuments, documentFacets, getDocument, getOriginal, hasDrawnOriginal, listDocuments, removeDocument, resolveId, setDocumentNote } from '../store/documents.ts';
import { documentImages } from '../store/page-assets.ts';
import type { Handlers } from './dispatch.ts';
import { load } from './lazy.ts';
import { listRevisions, useRevision } from '../annotations/revisions.ts';
import { rememberPassword } from '../team/session.ts';
import { teamStatus } from '../team/status.ts';

/** What the core's handlers work on: one open library, and facts about the running app. */
export interface CoreContext {
  library: Library;
  version: string;
  samplesDir?: string;
}

/** The methods answered on a library connection (jobs, this machine's settings and its list of libraries are served elsewhere). */
export type LibraryHandlers = Omit<Handlers, `jobs.${string}` | `settings.${string}` | `libraries.${string}`>;

/**
 * The core's implementation of every library method. Light domains (store, search, annotations, the entity registry)
 * are imported at start; heavy ones (importing, suggestions, exports) when first used, so that a command-line call
 * loads only what it needs.
 */
export function createHandlers({ library, version, samplesDir }: CoreContext): LibraryHandlers {
  const { db } = library;
  return {
    'annotations.create': (input) => createAnnotation(db, input),
    'annotations.list': ({ documentId }) => listAnnotations(db, resolveId(db, documentId)),
    'annotations.update': ({ id, ...change }) => updateAnnotation(db, id, change),
    'annotations.restore': (annotation) => restoreAnnotation(db, annotation),
    'annotations.remove': ({ id }) => ({ removed: removeAnnotation(db, id) }),
    'annotations.reattach': ({ id, start, end }) => reattachAnnotation(db, id, start, end),
    'annotations.import': async ({ content }) => (await load.exports()).importAnnotations(db, content),
    'entities.types': () => listEntityTypes(db),
    'entities.saveType': (type) => saveEntityType(db, type),
    'entities.list': ({ documentIds, ...query }) => listEntities(db, { ...query, ...(documentIds ? { documentIds: documentIds.map((d) => resolveId(db, d)) } : {}) }),
    'entities.create': (input) => createEntity(db, input),
    'entities.update': ({ id, ...change }) => updateEntity(db, id, change),
    'entities.merge': ({ into, from }) => mergeEntities(db, into, from),
    'entities.remove': ({ id }) => ({ removed: removeEntity(db, id) }),
    'entities.page': async ({ id }) => (await load.mentions()).entityPage(db, id),
    'entities.tag': async (input) => (await load.mentions()).tagMention(db, input),
    'entities.suggest': async ({ documentId, start, end }) => (await load.mentions()).suggestForDocument(db, documentId, start, end),
    'entities.reject': async ({ documentId, ...s }) => ((await load.mentions()).rejectSuggestion(db, documentId, s), { rejected: true }),
    'entities.shared': async ({ documentIds }) => (await load.mentions()).sharedBetween(db, documentIds),
    'entities.timeline': (scope) => timeline(db, 'documentId' in scope ? { documentId: resolveId(db, scope.documentId) } : scope),
    'entities.documents': async ({ entityIds }) => (await load.mentions()).documentsMentioning(db, entityIds),
    'app.info': () => ({
      version,
      libraryPath: library.dir,
      documentCount: countDocuments(db),
      maxImportBytes: MAX_IMPORT_BYTES,
      maxPanes: MAX_PANES,
    }),
    'documents.list': (query) => listDocuments(db, query),
    'documents.facets': () => documentFacets(db),
    'documents.get': ({ id }) => getDocument(db, id),
    'documents.images': ({ id }) => ({
      images: documentImages(db, resolveId(db, id)).map((i) => ({ hash: i.hash, mediaType: i.mediaType, base64: Buffer.from(i.bytes).toString('base64') })),
    }),
    'documents.original': ({ id }) => {
      const full = resolveId(db, id);
      return { base64: hasDrawnOriginal(db, full) ? Buffer.from(getOriginal(db, full)).toString('base64') : null };
    },
    'epub.cfis': ({ documentId }) => ({ cfis: bookCfis(db, resolveId(db, documentId)) }),
    'epub.locate': ({ documentId, cfi }) => locateInBook(db, resolveId(db, documentId), cfi),
    'documents.remove': ({ id }) => {
      const full = resolveId(db, id);
      return { removed: removeDocument(db, full), id: full };
    },
    'documents.setNote': ({ id, note }) => ({ note: setDocumentNote(db, id, note) }),
    'documents.mark': ({ ids, ...marks }) => transaction(db, () => markDocuments(db, ids, marks)),
    'documents.update': ({ id, ...details }) => updateDocumentDetails(db, id, details),
    'documents.tag': ({ ids, add, remove }) => ({ changed: transaction(db, () => tagDocuments(db, ids, add, remove)) }),
    'samples.load': async () => (await load.samples()).loadSamples(db, samplesDir),
    'samples.remove': () => transaction(db, () => trashSamples(db)),
    'collections.list': () => listCollections(db),
    'collections.create': ({ name, id }) => createCollection(db, name, id),
    'collections.rename': ({ id, name }) => renameCollection(db, id, name),
    'collections.remove': ({ id }) => ({ removed: transaction(db, () => removeCollection(db, id)) }),
    'collections.file': ({ id, documentIds, inside }) => ({ changed: transaction(db, () => setInCollection(db, id, documentIds, inside)) }),
    'search.query': ({ query, limit }) => searchDocuments(db, query, limit),
    'library.settings': () => getLibrarySettings(db),
    'library.updateSettings': (patch) => updateLibrarySettings(db, patch),
    'backups.list': () => listBackups(library.dir),
    'team.status': () => teamStatus(db),
    'notes.revisions': ({ targetId }) => listRevisions(db, targetId),
    'notes.useRevision': ({ id }) => useRevision(db, id),
    'team.unlock': ({ password }) => (rememberPassword(db, password), { unlocked: password !== null }),
  };
}
