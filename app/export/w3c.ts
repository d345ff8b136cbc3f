import { randomUUID } from 'node:crypto';
import type { Annotation } from '../contract/schemas.ts';
import type { HighlightColor } from '../contract/shared/colors.ts';
import type { AnnotatedDocument, ExportedDocument, MentionedEntity } from './annotated-documents.ts';
import { words } from './words.ts';

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), as JSON-LD: an AnnotationCollection whose
// one embedded AnnotationPage holds every annotation. What the model has no word for is said with properties in an
// `apostille:` namespace declared in each @context: the highlight colour, the article's Apostille id on each target
// (so an export re-imports onto the same article even when its source is the article's web address), orphans (whose
// passage was not found again: they keep their quote, and their last known position in `apostille:position` rather
// than a TextPositionSelector that would point at the wrong text), and the note on a whole article (an annotation
// whose target is the article itself).
//
// A mention of an entity is an annotation with the motivation `identifying` whose first body identifies the entity:
// a TextualBody (purpose `identifying`) whose value is the entity's name and whose `apostille:entity` holds the entity
// itself ({ id: urn:uuid:…, type, name, aliases, note, externalId, created, modified, typeLabel, typeColor }), so that
// an import restores the same entity; when the entity's external id is a Wikidata QID, a second body is the Wikidata
// entity ({ id: http://www.wikidata.org/entity/Q…, purpose: identifying }). A normalised value (an amount, a
// percentage, a date) is the annotation's `apostille:value` ({ kind: 'money', amount, currency }…).

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const APOSTILLE_VOCAB = 'urn:apostille:vocab:';
export const JSONLD_CONTEXT = [ANNO_CONTEXT, { apostille: APOSTILLE_VOCAB }] as const;
export const DOCUMENT_URN = 'urn:apostille:document:';

export function documentIri(id: string): string {
  return `${DOCUMENT_URN}${id}`;
}

export function articleNoteIri(id: string): string {
  return `${DOCUMENT_URN}${id}:note`;
}

/** What an annotation points at: the article's address when it has one, else its Apostille IRI; its id either way. */
function source(doc: ExportedDocument): string {
  return doc.url && /^https?:\/\//i.test(doc.url) ? doc.url : documentIri(doc.id);
}

export const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';

/** The Wikidata QID in an external id (`Q1431486`, `wd:Q1431486`, `wikidata:Q1431486`, a Wikidata address), if any. */
export function wikidataId(externalId: string | null): string | null {
  if (!externalId) return null;
  const match = /^\s*(?:(?:wd|wikidata):)?(Q[1-9]\d*)\s*$/i.exec(externalId)
    ?? /^\s*https?:\/\/(?:www\.|m\.)?wikidata\.org\/(?:wiki|entity)\/(Q[1-9]\d*)\s*$/i.exec(externalId);
  return match ? match[1]!.toUpperCase() : null;
}

/** The bodies that say which entity a mention names. */
export function entityBodies(entity: MentionedEntity): Record<string, unknown>[] {
  const described: Record<string, unknown> = {
    id: `urn:uuid:${entity.id}`, type: entity.type, name: entity.name, aliases: entity.aliases, note: entity.note, externalId: entity.externalId,
    created: entity.created, modified: entity.modified, typeColor: entity.typeColor,
  };
  if (!entity.typeBuiltin && entity.typeLabel) described.typeLabel = entity.typeLabel;
  const bodies: Record<string, unknown>[] = [{ type: 'TextualBody', value: entity.name, purpose: 'identifying', 'apostille:entity': described }];
  const qid = wikidataId(entity.externalId);
  if (qid) bodies.push({ id: `${WIKIDATA_ENTITY}${qid}`, purpose: 'identifying' });
  return bodies;
}

/** An annotation; for a mention, `entity` is the entity it names. */
/** What each colour means to the reader. */
type ColorLabels = Partial<Record<HighlightColor, string>>;

export function annotationJsonLd(a: Annotation, doc: ExportedDocument, entity?: MentionedEntity, labels: ColorLabels = {}, page?: number, viewRect?: readonly number[], cfi?: string): Record<string, unknown> {
  const body: Record<string, unknown>[] = entity ? entityBodies(entity) : [];
  if (a.note !== null) body.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const quote: Record<string, unknown> = { type: 'TextQuoteSelector', exact: a.exact };
  if (a.prefix) quote.prefix = a.prefix;
  if (a.suffix) quote.suffix = a.suffix;
  const item: Record<string, unknown> = {
    '@context': JSONLD_CONTEXT,
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.motivation,
    created: a.created,
    modified: a.modified,
    'apostille:color': a.color,
  };
  // What the colour means to the reader ("To check"), when it has been named: other tools see the meaning, not "yellow".
  if (!entity && labels[a.color]?.trim()) item['apostille:colorLabel'] = labels[a.color]!.trim();
  if (entity && a.value) item['apostille:value'] = a.value;
  if (a.orphan) {
    item['apostille:orphan'] = true;
    item['apostille:position'] = { start: a.start, end: a.end };
  }
  if (body.length) item.body = body.length === 1 ? body[0] : body;
  item.target = {
    source: source(doc),
    'apostille:document': doc.id,
    selector: a.orphan ? quote : [
      quote, { type: 'TextPositionSelector', start: a.start, end: a.end },
      // On a PDF, the page it is on (an area highlight: and its rectangle), as PDF fragment identifiers say it (RFC 8118).
      ...(page === undefined ? [] : [{ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc8118', value: `page=${page}${viewRect ? `&viewrect=${viewRect.join(',')}` : ''}` }]),
      // In a book, where it is in the book's own files, as an EPUB CFI.
      ...(cfi === undefined ? [] : [{ type: 'FragmentSelector', conformsTo: 'http://www.idpf.org/epub/linking/cfi/epub-cfi.html', value: cfi }]),
    ],
  };
  return item;
}

/** The reader's note on a whole article: a commenting annotation whose target is the article itself. */
export function articleNoteJsonLd(doc: ExportedDocument & { note: string }): Record<string, unknown> {
  return {
    '@context': JSONLD_CONTEXT,
    id: articleNoteIri(doc.id),
    type: 'Annotation',
    motivation: 'commenting',
    'apostille:articleNote': true,
    body: { type: 'TextualBody', value: doc.note, format: 'text/markdown', purpose: 'commenting' },
    target: { id: source(doc), 'apostille:document': doc.id },
  };
}

/** Writes the collection head; items follow, each through `writeItem`, then `end` closes it. */
export function w3cWriter(total: number, language: string, write: (chunk: string) => void) {
  const head: Record<string, unknown> = {
    '@context': JSONLD_CONTEXT,
    id: `urn:uuid:${randomUUID()}`,
    type: 'AnnotationCollection',
    label: words(language).collectionTitle,
    total,
  };
  const text = JSON.stringify(head, null, 2);
  write(text.slice(0, -2));
  let written = 0;
  return {
    writeItem(item: Record<string, unknown>): void {
      if (written === 0) {
        const page = JSON.stringify({ id: `urn:uuid:${randomUUID()}`, type: 'AnnotationPage', startIndex: 0 }, null, 2).replace(/\n/g, '\n  ');
        write(`,\n  "first": ${page.slice(0, -4)},\n    "items": [\n      ${JSON.stringify(item)}`);
      } else write(`,\n      ${JSON.stringify(item)}`);
      written++;
    },
    end(): number {
      write(written ? '\n    ]\n  }\n}\n' : '\n}\n');
      return written;
    },
  };
}

export function writeArticleW3c(item: AnnotatedDocument, writer: ReturnType<typeof w3cWriter>, labels: ColorLabels = {}): void {
  const { doc, annotations, mentions } = item;
  if (doc.note?.trim()) writer.writeItem(articleNoteJsonLd({ ...doc, note: doc.note }));
  for (const a of annotations) writer.writeItem(annotationJsonLd(a, doc, undefined, labels, item.pageOf[a.id], item.viewRectOf[a.id], item.cfiOf[a.id]));
  const entities = new Map(item.entities.map((e) => [e.id, e]));
  for (const m of mentions) writer.writeItem(annotationJsonLd(m, doc, entities.get(m.entityId!), {}, item.pageOf[m.id], undefined, item.cfiOf[m.id]));
}
