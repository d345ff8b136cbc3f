import { documents } from './0010-documents.ts';
import { search } from './0020-search.ts';
import { titleSearch } from './0030-title-search.ts';
import { annotations } from './0040-annotations.ts';
import { annotationSearch } from './0050-annotation-search.ts';
import { versions } from './0060-versions.ts';
import { entities } from './0070-entities.ts';
import { librarySettings } from './0080-library-settings.ts';
import { libraryManagement } from './0090-library-management.ts';
import { entityColours } from './0100-entity-colours.ts';
import { webPages } from './0110-web-pages.ts';
import { pagedDocuments } from './0120-paged-documents.ts';
import { pdfRegions } from './0130-pdf-regions.ts';
import { pdfAreas } from './0140-pdf-areas.ts';
import { decisionTimes } from './0150-decision-times.ts';
import { teamSync } from './0160-team-sync.ts';
import type { Migration } from './types.ts';

export type { Migration } from './types.ts';

/** Every schema step in order. Shipped steps are never edited: add a new one. */
export const MIGRATIONS: readonly Migration[] = [documents, search, titleSearch, annotations, annotationSearch, versions, entities, librarySettings, libraryManagement, entityColours, webPages, pagedDocuments, pdfRegions, pdfAreas, decisionTimes, teamSync];
