import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotations, updateAnnotation } from '../../../app/annotations/index.ts';
import type { AppError } from '../../../app/contract/errors.ts';
import { formatError } from '../../../app/contract/index.ts';
import { exportLibraryJson } from '../../../app/archive/index.ts';
import { exportAnnotations, importAnnotations } from '../../../app/export/index.ts';
import { importSources, sourceFromBytes } from '../../../app/import/import-batch.ts';
import { openLibrary, type Library } from '../../../app/library/index.ts';
import { getDocument } from '../../../app/store/index.ts';
import { useTempDir } from '../../support/tmp.ts';
import { annotatedLibrary, loadArticles } from './fixtures.ts';

const tempDir = useTempDir();
const schema = JSON.parse(readFileSync(new URL('./web-annotation.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
ajv.addSchema(schema);
const validateCollection = ajv.getSchema('urn:apostille:test:web-annotation')!;
const validateAnnotation = ajv.getSchema('urn:apostille:test:web-annotation#/$defs/annotation')!;

interface Collection { total: number; first: { items: Record<string, unknown>[] } }

async function w3c(library: Library, documentIds?: string[]): Promise<string> {
  let out = '';
  await exportAnnotations(library.db, { format: 'w3c', documentIds, labels: {}, language: 'fr' }, (chunk) => (out += chunk));
  return out;
}

function countRows(library: Library): { annotations: number; notes: number } {
  return {
    annotations: (library.db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n,
    notes: (library.db.prepare('SELECT count(*) AS n FROM documents WHERE note IS NOT NULL').get() as { n: number }).n,
  };
}

function importError(library: Library, content: string): AppError {
  try {
    importAnnotations(library.db, content);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('the import did not fail');
}

describe('W3C Web Annotation export', () => {
  it('writes a collection whose every annotation meets the model’s MUST requirements', async () => {
    const { library, lumenis } = await annotatedLibrary(tempDir());
    const collection = JSON.parse(await w3c(library)) as Collection;
    expect(validateCollection(collection), JSON.stringify(validateCollection.errors)).toBe(true);
    expect(collection.total).toBe(collection.first.items.length);
    expect(collection.total).toBe(8 + 2);
    for (const item of collection.first.items) expect(validateAnnotation(item), JSON.stringify(validateAnnotation.errors)).toBe(true);
    // The schema itself tells a broken annotation apart.
    const sample = collection.first.items.find((i) => i.body && !i['apostille:orphan'] && !i['apostille:articleNote'])!;
    const selectors = (sample.target as { selector: Record<string, unknown>[] }).selector;
    for (const broken of [
      { ...sample, target: undefined },
      { ...sample, '@context': 'http://example.org/context' },
      { ...sample, id: 'not an iri' },
      { ...sample, type: 'Note' },
      { ...sample, target: { ...(sample.target as object), selector: [{ ...selectors[0], exact: undefined }, selectors[1]] } },
      { ...sample, target: { ...(sample.target as object), selector: [selectors[0], { ...selectors[1], start: -1 }] } },
      { ...sample, target: { 'apostille:document': 'abcd' } },
      { ...sample, bodyValue: 'both body and bodyValue' },
    ]) expect(validateAnnotation(JSON.parse(JSON.stringify(broken)))).toBe(false);

    const first = listAnnotations(library.db, lumenis).find((a) => a.exact === 'Ardentis Capital a annoncé');
    const item = collection.first.items.find((i) => i.id === `urn:uuid:${first!.id}`)!;
    expect(item).toMatchObject({
      type: 'Annotation', motivation: 'commenting', created: first!.created, modified: first!.modified, 'apostille:color': 'green',
      body: [
        { type: 'TextualBody', value: first!.note, format: 'text/markdown', purpose: 'commenting' },
        { type: 'TextualBody', value: 'à vérifier', purpose: 'tagging' },
        { type: 'TextualBody', value: 'fonds', purpose: 'tagging' },
      ],
      target: {
        source: `urn:apostille:document:${lumenis}`,
        'apostille:document': lumenis,
        selector: [
          { type: 'TextQuoteSelector', exact: 'Ardentis Capital a annoncé', prefix: first!.prefix, suffix: first!.suffix },
          { type: 'TextPositionSelector', start: first!.start, end: first!.end },
        ],
      },
    });
    // The note on the article: a commenting annotation on the article itself.
    expect(collection.first.items).toContainEqual(expect.objectContaining({
      motivation: 'commenting', 'apostille:articleNote': true,
      body: { type: 'TextualBody', value: 'Dossier **rachat** : suivre l’avis de l’AMF.', format: 'text/markdown', purpose: 'commenting' },
      target: { id: `urn:apostille:document:${lumenis}`, 'apostille:document': lumenis },
    }));
    // The orphan keeps its quote but no position selector that would point at the wrong text.
    const orphan = collection.first.items.find((i) => i['apostille:orphan'] === true)!;
    expect((orphan.target as { selector: unknown }).selector).toEqual({ type: 'TextQuoteSelector', exact: 'Les syndicats étaient inquiets', prefix: 'trimestre.\n\n', suffix: '. « Nous attendons' });
    library.close();
  });

  it('writes a valid empty collection when there is nothing to export', async () => {
    const library = openLibrary(tempDir());
    await loadArticles(library);
    const collection = JSON.parse(await w3c(library)) as Collection;
    expect(validateCollection(collection)).toBe(true);
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 0 });
    expect(collection.first).toBeUndefined();
    library.close();
  });
});

describe('W3C Web Annotation import', () => {
  it('round-trips exactly: export, a fresh library with the same articles, import', async () => {
    const source = await annotatedLibrary(tempDir());
    // Edge values survive too: an empty note, a tag with spaces around it.
    const pink = source.annotations().get(source.lumenis)!.find((a) => a.color === 'pink' && !a.orphan)!;
    updateAnnotation(source.library.db, pink.id, { note: '', tags: [' espacé '] }, '2024-02-01T00:00:00.000Z');
    const exported = await w3c(source.library);
    const target = openLibrary(tempDir());
    await loadArticles(target);
    const report = importAnnotations(target.db, exported);
    expect(report).toEqual({ imported: 8, orphans: 1, moved: 0, duplicates: 0, skipped: 0, missingDocuments: [], notesRestored: 2, notesKept: 0 });
    for (const [id, annotations] of source.annotations()) {
      expect(listAnnotations(target.db, id)).toEqual(annotations);
      expect(getDocument(target.db, id).note).toBe(getDocument(source.library.db, id).note);
    }
    // Again: everything is already there.
    expect(importAnnotations(target.db, exported)).toMatchObject({ imported: 0, duplicates: 10, notesRestored: 0 });
    expect(countRows(target).annotations).toBe(8);
    source.library.close();
    target.close();
  });

  it('re-anchors annotations on another version of the article; lost passages become orphans', async () => {
    const source = await annotatedLibrary(tempDir());
    const exported = await w3c(source.library, [source.lumenis]);
    const original = getDocument(source.library.db, source.lumenis).text;
    const edited = original
      .replace('Ardentis, qui détient', 'Nouveau paragraphe ajouté en tête de la dépêche.\n\nArdentis, qui détient')
      .replace('Ardentis Capital a annoncé mardi', 'Ardentis Capital annonçait mardi');
    const target = openLibrary(tempDir());
    await importSources(target.db, [sourceFromBytes('edited.txt', Buffer.from(edited))]);
    const editedId = (target.db.prepare('SELECT id FROM documents').get() as { id: string }).id;
    const report = importAnnotations(target.db, exported.replaceAll(source.lumenis, editedId));
    expect(report).toMatchObject({ imported: 5, skipped: 0, notesRestored: 1 });
    const placed = listAnnotations(target.db, editedId);
    const text = getDocument(target.db, editedId).text;
    const amount = placed.find((a) => a.exact === '1,2 milliard d’euros')!;
    expect(amount.orphan).toBe(false);
    expect([...text].slice(amount.start, amount.end).join('')).toBe('1,2 milliard d’euros');
    const staff = placed.find((a) => a.exact === 'Lumenis emploie 3.600 salariés')!;
    expect(staff.start).toBeGreaterThan(source.annotations().get(source.lumenis)!.find((a) => a.exact === staff.exact)!.start);
    expect(report.moved).toBeGreaterThanOrEqual(1);
    // The edited passage is found approximately or not at all; the orphan of the export stays one.
    expect(report.orphans).toBeGreaterThanOrEqual(1);
    expect(placed.filter((a) => a.orphan).map((a) => a.exact)).toContain('Les syndicats étaient inquiets');
    source.library.close();
    target.close();
  });

  it('skips annotations whose article is not in the library, and says which', async () => {
    const source = await annotatedLibrary(tempDir());
    const exported = await w3c(source.library);
    const target = openLibrary(tempDir());
    await importSources(target.db, [sourceFromBytes('hostile.txt', Buffer.from(getDocument(source.library.db, source.hostile).text))]);
    const report = importAnnotations(target.db, exported);
    expect(report).toMatchObject({ imported: 3, skipped: 6, missingDocuments: [source.lumenis], notesRestored: 1 });
    source.library.close();
    target.close();
  });

  it('keeps an article note the library already has', async () => {
    const source = await annotatedLibrary(tempDir());
    const exported = await w3c(source.library, [source.lumenis]);
    source.library.db.prepare('DELETE FROM annotations').run();
    source.library.db.prepare("UPDATE documents SET note = 'Autre note' WHERE id = ?").run(source.lumenis);
    expect(importAnnotations(source.library.db, exported)).toMatchObject({ imported: 5, notesRestored: 0, notesKept: 1 });
    expect(getDocument(source.library.db, source.lumenis).note).toBe('Autre note');
    source.library.close();
  });

  it('points at an article’s web address when it has one, and finds the article by it', async () => {
    const text = 'Un titre avec adresse\n\nSOURCE: https://presse.example/article-1\n\nLe corps de l’article, assez long pour être un article, cite la Banque de France.';
    const source = openLibrary(tempDir());
    const id = (await importSources(source.db, [sourceFromBytes('adresse.txt', Buffer.from(text))])).imported[0]!.id;
    expect(getDocument(source.db, id).url).toBe('https://presse.example/article-1');
    const at = getDocument(source.db, id).text.indexOf('Banque de France'); // no character outside the BMP: code points = UTF-16 units
    createAnnotation(source.db, { documentId: id, start: at, end: at + 'Banque de France'.length, color: 'blue', note: null, tags: [] });
    const collection = JSON.parse(await w3c(source)) as Collection;
    const target = collection.first.items[0]!.target as Record<string, unknown>;
    expect(target).toMatchObject({ source: 'https://presse.example/article-1', 'apostille:document': id });
    delete target['apostille:document'];
    const other = openLibrary(tempDir());
    await importSources(other.db, [sourceFromBytes('adresse.txt', Buffer.from(text))]);
    expect(importAnnotations(other.db, JSON.stringify(collection))).toMatchObject({ imported: 1, skipped: 0 });
    expect(listAnnotations(other.db, id)).toEqual(listAnnotations(source.db, id));
    source.close();
    other.close();
  });

  it('reads a minimal annotation written by another tool', async () => {
    const library = openLibrary(tempDir());
    const { lumenis } = await loadArticles(library);
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example/anno/1',
      type: 'Annotation',
      bodyValue: 'Un commentaire',
      target: { source: `urn:apostille:document:${lumenis}`, selector: { type: 'TextQuoteSelector', exact: 'Lumenis SA' } },
    };
    expect(importAnnotations(library.db, JSON.stringify(file), '2024-05-01T00:00:00.000Z')).toMatchObject({ imported: 1, moved: 1 });
    const [annotation] = listAnnotations(library.db, lumenis);
    expect(annotation).toMatchObject({ exact: 'Lumenis SA', note: 'Un commentaire', motivation: 'commenting', color: 'yellow', created: '2024-05-01T00:00:00.000Z', orphan: false });
    // The same foreign id gives the same annotation id: a second import is a duplicate.
    expect(importAnnotations(library.db, JSON.stringify(file))).toMatchObject({ imported: 0, duplicates: 1 });
    library.close();
  });

  it('refuses a malformed or foreign file with the place of its first problem, and imports nothing', async () => {
    const source = await annotatedLibrary(tempDir());
    const exported = JSON.parse(await w3c(source.library)) as Collection & Record<string, unknown>;
    const target = openLibrary(tempDir());
    await loadArticles(target);
    let library = '';
    await exportLibraryJson(target.db, (chunk) => (library += chunk));
    const broken = (change: (items: Record<string, unknown>[]) => void) => {
      const copy = structuredClone(exported);
      change(copy.first.items);
      return JSON.stringify(copy);
    };
    const cases: [string, string, RegExp][] = [
      ['not JSON', '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": ', /not JSON/],
      ['another JSON file', library, /this is not a W3C Web Annotation file/],
      ['a list', '[1, 2]', /must be a JSON object/],
      ['no type', JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', items: [] }), /there is no type/],
      ['missing target', broken((items) => delete items.at(-1)!.target), /an annotation must have a target/],
      ['wrong type', broken((items) => (items[3]!.type = 'Note')), /type must be "Annotation"/],
      ['quote without exact', broken((items) => delete ((items[2]!.target as { selector: Record<string, unknown>[] }).selector[0]!.exact)), /exact/],
      ['negative position', broken((items) => (((items[2]!.target as { selector: Record<string, unknown>[] }).selector[1]!.start) = -4)), /start|>=0|too small/i],
      ['unknown colour', broken((items) => (items[1]!['apostille:color'] = 'red')), /apostille:color|Invalid option/],
    ];
    const paths: Record<string, string> = {
      'not JSON': '$', 'another JSON file': '$["@context"]', 'a list': '$', 'no type': '$.type',
      'missing target': `$.first.items[${exported.first.items.length - 1}].target`, 'wrong type': '$.first.items[3].type',
      'quote without exact': '$.first.items[2].target[0].selector[0].exact', 'negative position': '$.first.items[2].target[0].selector[1].start',
      'unknown colour': '$.first.items[1]["apostille:color"]',
    };
    const before = countRows(target);
    for (const [name, content, message] of cases) {
      const error = importError(target, content);
      expect(error.code, name).toBe('invalid_annotations_file');
      expect(error.message, name).toMatch(message);
      expect(error.details?.path, name).toBe(paths[name]);
      expect(countRows(target), name).toEqual(before);
    }
    const worded = formatError('fr', importError(target, broken((items) => delete items.at(-1)!.target)).toJSON());
    expect(worded).toContain('rien n’a été importé');
    expect(worded).toContain(`$.first.items[${exported.first.items.length - 1}].target`);
    expect(before).toEqual({ annotations: 0, notes: 0 });
    source.library.close();
    target.close();
  });
});
