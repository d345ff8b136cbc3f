import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { listAnnotations } from '../../../app/annotations/index.ts';
import { createEntity, getEntity, listEntities, listEntityTypes } from '../../../app/entities/registry.ts';
import { conllDocument, DOCSTART, ENTITY_CSV_COLUMNS, MENTION_CSV_COLUMNS, sentences, tokenize } from '../../../app/export/entities/index.ts';
import { exportAnnotations, exportEntities, importAnnotations, type EntityExportFile } from '../../../app/export/index.ts';
import { openLibrary, type Library } from '../../../app/library/index.ts';
import { getDocument } from '../../../app/store/index.ts';
import { openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';
import { at, entityLibrary, loadCloudwattArticles } from './entities-fixtures.ts';
import { parseCsv } from './parse-csv.ts';

const tempDir = useTempDir();

/** A code point slice, as brat (Python) and Apostille count. */
const slice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

interface BratTextBound { id: string; type: string; spans: [number, number][]; text: string }

/** A small reader of brat standoff: T (text-bound, with fragments), N (normalisation) and # (note) lines. */
function parseAnn(content: string) {
  const textBound = new Map<string, BratTextBound>();
  const references: { id: string; target: string; db: string; key: string; text: string }[] = [];
  const notes: { id: string; target: string; text: string }[] = [];
  expect(content.endsWith('\n') || content === '').toBe(true);
  for (const line of content.split('\n').slice(0, -1)) {
    const [id, middle, text, ...rest] = line.split('\t');
    expect(rest, line).toEqual([]);
    if (id!.startsWith('T')) {
      const [type, ...offsets] = middle!.split(' ');
      const spans = offsets.join(' ').split(';').map((s) => s.split(' ').map(Number) as [number, number]);
      textBound.set(id!, { id: id!, type: type!, spans, text: text! });
    } else if (id!.startsWith('N')) {
      const [kind, target, ref] = middle!.split(' ');
      expect(kind).toBe('Reference');
      const [db, key] = ref!.split(':');
      references.push({ id: id!, target: target!, db: db!, key: key!, text: text! });
    } else if (id!.startsWith('#')) {
      const [kind, target] = middle!.split(' ');
      expect(kind).toBe('AnnotatorNotes');
      notes.push({ id: id!, target: target!, text: text! });
    } else throw new Error(`unexpected line ${line}`);
  }
  return { textBound, references, notes };
}

function file(files: EntityExportFile[], name: string): string {
  const found = files.find((f) => f.fileName === name);
  if (!found) throw new Error(`no ${name} among ${files.map((f) => f.fileName).join(', ')}`);
  return found.content;
}

/** CoNLL lines as sentences of [token, tag], per document. */
function parseConll(content: string): [string, string][][][] {
  const docs: [string, string][][][] = [];
  for (const block of content.split('\n\n')) {
    if (!block.trim()) continue;
    if (block === DOCSTART) {
      docs.push([]);
      continue;
    }
    docs.at(-1)!.push(block.split('\n').map((line) => {
      const columns = line.split(' ');
      expect(columns, line).toHaveLength(2);
      return columns as [string, string];
    }));
  }
  return docs;
}

/** The mentions a BIO sequence spells: type and tokens. */
function bioMentions(sentence: [string, string][]): { type: string; tokens: string[] }[] {
  const out: { type: string; tokens: string[] }[] = [];
  for (const [token, tag] of sentence) {
    if (tag === 'O') continue;
    const [bio, type] = tag.split('-') as ['B' | 'I', string];
    if (bio === 'B') out.push({ type, tokens: [token] });
    else {
      expect(out.at(-1)?.type, `${token} ${tag} follows its mention`).toBe(type);
      out.at(-1)!.tokens.push(token);
    }
  }
  return out;
}

describe('brat standoff export', () => {
  it('writes each article’s text as it is and its mentions at code point offsets brat reads back', async () => {
    const { library, recent, older, annotations } = await entityLibrary(tempDir());
    const files = await exportEntities(library.db, { format: 'brat' });
    expect(files.map((f) => f.fileName)).toEqual([
      'orange-reprend-cloudwatt.txt', 'orange-reprend-cloudwatt.ann', 'thales-et-orange-lancent-cloudwatt.txt', 'thales-et-orange-lancent-cloudwatt.ann',
      'annotation.conf', 'visual.conf', 'tools.conf',
    ]);
    for (const [id, name] of [[recent, 'orange-reprend-cloudwatt'], [older, 'thales-et-orange-lancent-cloudwatt']] as const) {
      const txt = file(files, `${name}.txt`);
      expect(txt).toBe(getDocument(library.db, id).text);
      const { textBound } = parseAnn(file(files, `${name}.ann`));
      const mentions = annotations().get(id)!.filter((a) => a.entityId && !a.orphan);
      expect(textBound.size).toBe(mentions.length);
      for (const t of textBound.values()) {
        // The text of each fragment is where the offsets say, counted in code points.
        expect(t.text).toBe(t.spans.map(([s, e]) => slice(txt, s, e)).join(' '));
        const m = mentions.find((a) => a.start === t.spans[0]![0] && a.end === t.spans.at(-1)![1])!;
        expect(m, JSON.stringify(t)).toBeDefined();
        expect(t.type).toBe(getEntity(library.db, m.entityId!).type);
        expect(slice(txt, m.start, m.end).replace(/\n/g, ' ')).toBe(t.text);
      }
    }
    // After an emoji and accented letters, UTF-16 offsets would be off by one: brat's are code points.
    const recentTxt = file(files, 'orange-reprend-cloudwatt.txt');
    const { textBound, references, notes } = parseAnn(file(files, 'orange-reprend-cloudwatt.ann'));
    const richard = [...textBound.values()].find((t) => t.type === 'PER')!;
    expect(richard.text).toBe('Stéphane Richard');
    const [start, end] = richard.spans[0]!;
    expect(slice(recentTxt, start, end)).toBe('Stéphane Richard');
    expect(recentTxt.slice(start, end)).not.toBe('Stéphane Richard');
    expect(start).toBe(recentTxt.indexOf('Stéphane Richard') - 2);
    // A mention across a line break: two fragments, as brat writes one.
    const rive = [...parseAnn(file(files, 'thales-et-orange-lancent-cloudwatt.ann')).textBound.values()].find((t) => t.type === 'LOC')!;
    expect(rive.text).toBe('Rive Gauche');
    expect(rive.spans).toHaveLength(2);
    expect(rive.spans[1]![0]).toBe(rive.spans[0]![1] + 1);
    // Normalised values are annotator notes; entities are references to Apostille's registry and to Wikidata.
    const byText = (text: string) => [...textBound.values()].find((t) => t.text === text)!.id;
    expect(notes.map((n) => [n.target, n.text])).toEqual([
      [byText('500 millions d’euros'), '500000000 EUR'], [byText('44,4 %'), '44.4%'], [byText('lundi 27 juillet'), '2015-07-27'],
    ]);
    const orangeT = [...textBound.values()].filter((t) => t.text === 'Orange').map((t) => t.id);
    expect(orangeT).toHaveLength(3);
    for (const t of orangeT) {
      expect(references.filter((r) => r.target === t).map((r) => [r.db, r.key, r.text])).toEqual([
        ['Apostille', listEntities(library.db, { type: 'ORG' }).find((e) => e.name === 'Orange')!.id, 'Orange'],
        ['Wikidata', 'Q1431486', 'Orange'],
      ]);
    }
    expect(references.filter((r) => r.db === 'Wikidata')).toHaveLength(3);
    // Every id is unique within a file.
    const ids = [...textBound.keys(), ...references.map((r) => r.id), ...notes.map((n) => n.id)];
    expect(new Set(ids).size).toBe(ids.length);
    library.close();
  });

  it('lists the types in use in annotation.conf, their colours in visual.conf, the references in tools.conf', async () => {
    const { library, recent } = await entityLibrary(tempDir());
    const all = await exportEntities(library.db, { format: 'brat' });
    expect(file(all, 'annotation.conf')).toBe(
      '# Entity types of an Apostille export\n[entities]\nPER\nORG\nLOC\nMONEY\nPERCENT\nDATE\nPRODUCT\n\n[relations]\n\n[events]\n\n[attributes]\n',
    );
    const visual = file(all, 'visual.conf');
    expect(visual).toContain('[labels]\nPER | PER\n');
    expect(visual).toContain('PRODUCT | Produit\n');
    expect(visual).toContain('[drawing]\n');
    expect(visual).toContain('ORG\tbgColor:#4338ca, fgColor:white\n');
    expect(visual).toContain('PRODUCT\tbgColor:#0f766e, fgColor:white\n');
    expect(file(all, 'tools.conf')).toMatch(/^\[normalization\]\nApostille\t<URL>:.*\nWikidata\t<URL>:https:\/\/www\.wikidata\.org\/, <URLBASE>:https:\/\/www\.wikidata\.org\/wiki\/%s\n$/);
    // One article: its files only, and its types (the orphan's MISC is in no .ann).
    const one = await exportEntities(library.db, { format: 'brat', documentIds: [recent.slice(0, 8)] });
    expect(one.filter((f) => f.fileName.endsWith('.ann'))).toHaveLength(1);
    expect(file(one, 'annotation.conf')).toContain('[entities]\nPER\nORG\nMONEY\nPERCENT\nDATE\nPRODUCT\n\n');
    library.close();
  });
});

describe('CoNLL export', () => {
  it('tokenises French: elisions split off, decimal numbers and hyphenated words whole, titles keep their stop', () => {
    const text = 'La filiale d’Orange a réalisé 44,4 % de 500 millions d’euros, aujourd’hui à Saint-Étienne. M. Richard l’a dit le 26/01/2012 à 11:18:42 🙂. « Oui ! » Fin';
    const tokens = (t: string, language = 'fr') => sentences(t, language).map((s) => tokenize(t, s, language).map((token) => token.text));
    expect(tokens(text)).toEqual([
      ['La', 'filiale', 'd’', 'Orange', 'a', 'réalisé', '44,4', '%', 'de', '500', 'millions', 'd’', 'euros', ',', 'aujourd’hui', 'à', 'Saint-Étienne', '.'],
      ['M.', 'Richard', 'l’', 'a', 'dit', 'le', '26/01/2012', 'à', '11:18:42', '🙂', '.'],
      ['«', 'Oui', '!', '»'],
      ['Fin'],
    ]);
    expect(tokens("Orange's chief said: we don't know.", 'en')).toEqual([['Orange', "'s", 'chief', 'said', ':', 'we', 'do', "n't", 'know', '.']]);
    // Every token is where its offsets say.
    for (const s of sentences(text, 'fr')) for (const t of tokenize(text, s, 'fr')) expect(text.slice(t.start, t.end)).toBe(t.text);
    // A line break ends a sentence (headlines have no full stop).
    expect(tokens('Orange reprend Cloudwatt\nLe groupe reprend la main.')).toEqual([['Orange', 'reprend', 'Cloudwatt'], ['Le', 'groupe', 'reprend', 'la', 'main', '.']]);
  });

  it('tags d’Orange and the values in IOB2, cuts a token a mention ends inside, and separates articles and sentences', async () => {
    const { library, recent, older } = await entityLibrary(tempDir());
    const [conll] = await exportEntities(library.db, { format: 'conll' });
    expect(conll!.fileName).toBe('apostille-entities.conll');
    const content = conll!.content;
    expect(content.startsWith(`${DOCSTART}\n\n`)).toBe(true);
    expect(content.endsWith('\n\n')).toBe(true);
    expect(content.split(DOCSTART)).toHaveLength(3);
    expect(content).toContain('la O\nfiliale O\nd’ O\nOrange B-ORG\n, O\nqui O\nvisait O\n500 B-MONEY\nmillions I-MONEY\nd’ I-MONEY\neuros I-MONEY\nde O\n');
    expect(content).toContain('que O\n44,4 B-PERCENT\n% I-PERCENT\nde O\n');
    expect(content).toContain('M. O\nStéphane B-PER\nRichard I-PER\nl’ O\na O\nannoncé O\nlundi B-DATE\n27 I-DATE\njuillet I-DATE\n. O\n\n');
    // Orange-Business is one token, cut where the mention of Orange ends.
    expect(content).toContain('\n\nOrange B-ORG\n-Business O\nreprend O\n');
    // The title line is a sentence of its own.
    expect(content).toContain(`${DOCSTART}\n\nOrange B-ORG\nreprend O\nCloudwatt B-PRODUCT\n🙂 O\n\n`);

    const docs = parseConll(content);
    expect(docs).toHaveLength(2);
    for (const [doc, id] of [[docs[0]!, recent], [docs[1]!, older]] as const) {
      // The mentions spelt by the tags are the article's placed mentions, in order (the orphan left out).
      const spelt = doc.flatMap(bioMentions).map((m) => [m.type, m.tokens.join('')]);
      const expected = listAnnotations(library.db, id).filter((a) => a.entityId && !a.orphan)
        .map((a) => [getEntity(library.db, a.entityId!).type, a.exact.replace(/\s+/g, '')]);
      expect(spelt).toEqual(expected);
      for (const sentence of doc) expect(sentence.length).toBeGreaterThan(0);
    }
    // The mention across a line break keeps its two words in one sentence.
    expect(content).toContain('Rive B-LOC\nGauche I-LOC\n');
    library.close();
  });

  it('leaves out a mention overlapping another, BIO cannot nest', () => {
    const text = 'Le groupe Orange Business Services recrute.';
    const o = text.indexOf('Orange');
    const out = conllDocument(text, 'fr', [
      { start: o, end: o + 'Orange Business Services'.length, type: 'ORG' },
      { start: o, end: o + 'Orange'.length, type: 'MISC' },
      { start: o + 7, end: o + 15, type: 'PER' },
    ]);
    expect(out).toBe(`${DOCSTART}\n\nLe O\ngroupe O\nOrange B-ORG\nBusiness I-ORG\nServices I-ORG\nrecrute O\n. O\n\n`);
  });
});

describe('CSV of entities and of mentions', () => {
  it('lists every entity with its aliases, note, external id and counts, as the annotation CSV writes cells', async () => {
    const { library, recent, ids } = await entityLibrary(tempDir());
    const [entities] = await exportEntities(library.db, { format: 'entities-csv' });
    expect(entities).toMatchObject({ fileName: 'apostille-entities.csv', mimeType: 'text/csv' });
    expect(entities!.content.startsWith('\ufeffentity_id,type,name,')).toBe(true);
    const [header, ...rows] = parseCsv(entities!.content.slice(1));
    expect(header).toEqual([...ENTITY_CSV_COLUMNS]);
    const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    expect(records).toHaveLength(listEntities(library.db).length);
    expect(records[0]).toEqual({
      entity_id: ids.orange, type: 'ORG', name: 'Orange', aliases: 'Orange SA', note: "'=1+1 opérateur, « historique »", external_id: 'Q1431486',
      mentions: '4', articles: '2',
    });
    expect(records.find((r) => r.name === 'Cloudwatt')).toMatchObject({ type: 'PRODUCT', mentions: '2', articles: '2' });
    // For some articles: the entities they mention, counted there.
    const [some] = await exportEntities(library.db, { format: 'entities-csv', documentIds: [recent] });
    const counted = parseCsv(some!.content.slice(1)).slice(1);
    expect(counted.map((r) => [r[2], r[6], r[7]])).toContainEqual(['Orange', '3', '1']);
    expect(counted.map((r) => r[2])).not.toContain('Thales');
    library.close();
  });

  it('lists every mention with its article, offsets in code points, normalised value and context', async () => {
    const { library, recent, older, ids } = await entityLibrary(tempDir());
    const [mentions] = await exportEntities(library.db, { format: 'mentions-csv' });
    expect(mentions!.fileName).toBe('apostille-mentions.csv');
    expect(mentions!.content.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
    const [header, ...rows] = parseCsv(mentions!.content.slice(1));
    expect(header).toEqual([...MENTION_CSV_COLUMNS]);
    const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
    const all = [...listAnnotations(library.db, recent), ...listAnnotations(library.db, older)].filter((a) => a.entityId);
    expect(records.map((r) => r.mention_id)).toEqual(all.map((a) => a.id));
    const text = getDocument(library.db, recent).text;
    const richard = records.find((r) => r.entity_id === ids.richard) as Record<(typeof MENTION_CSV_COLUMNS)[number], string>;
    expect(richard).toMatchObject({ entity_name: 'Stéphane Richard', type: 'PER', document_id: recent, document_title: 'Orange reprend Cloudwatt 🙂', text: 'Stéphane Richard', value: '', value_kind: '', orphan: 'false' });
    expect(slice(text, Number(richard.start), Number(richard.end))).toBe('Stéphane Richard');
    expect(richard.context_before.endsWith('de son objectif. M. ')).toBe(true);
    expect(richard.context_after.startsWith(' l’a annoncé lundi 27 juillet.')).toBe(true);
    expect([...richard.context_before].length).toBeLessThanOrEqual(60);
    expect(records.find((r) => r.text === '500 millions d’euros')).toMatchObject({ value: '500000000 EUR', value_kind: 'money' });
    expect(records.find((r) => r.text === '44,4 %')).toMatchObject({ value: '44.4%', value_kind: 'percent' });
    expect(records.find((r) => r.text === 'lundi 27 juillet')).toMatchObject({ value: '2015-07-27', value_kind: 'date' });
    expect(records.find((r) => r.text === 'Rive\nGauche')).toMatchObject({ type: 'LOC', context_after: '. Le projet Andromède avait échoué.' });
    expect(records.at(-1)).toMatchObject({ text: 'le consortium Numergy', orphan: 'true', context_before: 'Ailleurs, ', context_after: ' se retire' });
    library.close();
  });
});

describe('entity mentions in the annotation exports', () => {
  async function md(library: Library, documentIds: string[], language = 'fr'): Promise<string> {
    let out = '';
    await exportAnnotations(library.db, { format: 'md', documentIds, labels: {}, language }, (chunk) => (out += chunk));
    return out;
  }

  it('lists entities in Markdown as Obsidian links, never as highlighted passages', async () => {
    const { library, recent } = await entityLibrary(tempDir());
    const note = await md(library, [recent]);
    // Amounts, percentages and dates with their values.
    expect(note).toContain('## Entités\n\n- [[Orange]] (ORG) ×3\n- [[Cloudwatt]] (Produit) ×1\n- 500 millions d’euros (MONEY) = 500000000 EUR ×1\n'
      + '- 44,4 % (PERCENT) = 44.4% ×1\n- [[Stéphane Richard]] (PER) ×1\n- lundi 27 juillet (DATE) = 2015-07-27 ×1\n\n## Passages surlignés\n\n');
    // The one highlight is the only passage.
    expect(note.match(/\[!quote\]/g)).toHaveLength(1);
    expect(note).toMatch(/> \[!quote\] Vert\n> cloud souverain \^[0-9a-f-]{36}\n/);
    expect(await md(library, [recent], 'en')).toContain('## Entities\n\n- [[Orange]] (ORG) ×3\n');
    library.close();
  });

  it('keeps mentions out of the annotation CSV and of the HTML report’s marks', async () => {
    const { library, recent } = await entityLibrary(tempDir());
    let csv = '';
    await exportAnnotations(library.db, { format: 'csv', labels: {}, language: 'fr' }, (chunk) => (csv += chunk));
    const rows = parseCsv(csv.slice(1)).slice(1);
    expect(rows.map((r) => r[3])).toEqual(['cloud souverain']);
    let html = '';
    const count = await exportAnnotations(library.db, { format: 'html', documentIds: [recent], labels: {}, language: 'fr' }, (chunk) => (html += chunk));
    expect(count).toEqual({ documents: 1, annotations: 1 });
    expect(html.match(/<mark /g)).toHaveLength(1);
    expect(html).toContain('<mark class="green">cloud souverain</mark>');
    expect(html).toContain('<h2>Entités</h2>\n<ul>\n<li>Orange <span class="label">(ORG)</span> ×3</li>\n');
    expect(html).toContain('<li>lundi 27 juillet <span class="label">(DATE)</span> = 2015-07-27 ×1</li>');
    library.close();
  });
});

describe('W3C export and import of mentions', () => {
  const schema = JSON.parse(readFileSync(new URL('./web-annotation.schema.json', import.meta.url), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  ajv.addSchema(schema);
  const validateCollection = ajv.getSchema('urn:apostille:test:web-annotation')!;
  const validateAnnotation = ajv.getSchema('urn:apostille:test:web-annotation#/$defs/annotation')!;

  async function w3c(library: Library): Promise<string> {
    let out = '';
    await exportAnnotations(library.db, { format: 'w3c', labels: {}, language: 'fr' }, (chunk) => (out += chunk));
    return out;
  }

  it('exports mentions as identifying annotations naming their entity, valid Web Annotations', async () => {
    const { library, recent, ids } = await entityLibrary(tempDir());
    const collection = JSON.parse(await w3c(library)) as { total: number; first: { items: Record<string, unknown>[] } };
    expect(validateCollection(collection), JSON.stringify(validateCollection.errors)).toBe(true);
    for (const item of collection.first.items) expect(validateAnnotation(item), JSON.stringify(validateAnnotation.errors)).toBe(true);
    expect(collection.total).toBe(collection.first.items.length);
    expect(collection.total).toBe(13 + 1);
    const orange = listAnnotations(library.db, recent).find((a) => a.entityId === ids.orange)!;
    const entity = getEntity(library.db, ids.orange);
    expect(collection.first.items.find((i) => i.id === `urn:uuid:${orange.id}`)).toMatchObject({
      motivation: 'identifying',
      body: [
        {
          type: 'TextualBody', value: 'Orange', purpose: 'identifying',
          'apostille:entity': {
            id: `urn:uuid:${ids.orange}`, type: 'ORG', name: 'Orange', aliases: ['Orange SA'], note: entity.note, externalId: 'Q1431486',
            created: entity.created, modified: entity.modified, typeColor: '#4338ca',
          },
        },
        { id: 'http://www.wikidata.org/entity/Q1431486', purpose: 'identifying' },
      ],
      target: { 'apostille:document': recent, selector: [{ type: 'TextQuoteSelector', exact: 'Orange' }, { type: 'TextPositionSelector', start: orange.start, end: orange.end }] },
    });
    const money = collection.first.items.find((i) => (i.body as { value?: string }).value === '500 millions d’euros')!;
    expect(money['apostille:value']).toEqual({ kind: 'money', amount: 500_000_000, currency: 'EUR' });
    const product = collection.first.items.find((i) => (i.body as { value?: string }).value === 'Cloudwatt')!;
    expect((product.body as Record<string, Record<string, unknown>>)['apostille:entity']).toMatchObject({ type: 'PRODUCT', typeLabel: 'Produit', typeColor: '#0f766e' });
    library.close();
  });

  it('round-trips: the same mentions linked to the same entities (and their type) in a library with the same articles', async () => {
    const source = await entityLibrary(tempDir());
    const exported = await w3c(source.library);
    const target = openLibrary(tempDir());
    await loadCloudwattArticles(target);
    expect(listEntityTypes(target.db).map((t) => t.code)).not.toContain('PRODUCT');
    const report = importAnnotations(target.db, exported);
    expect(report).toMatchObject({ imported: 14, orphans: 1, moved: 0, duplicates: 0, skipped: 0 });
    for (const [id, annotations] of source.annotations()) expect(listAnnotations(target.db, id)).toEqual(annotations);
    expect(listEntities(target.db)).toEqual(listEntities(source.library.db));
    expect(listEntityTypes(target.db).find((t) => t.code === 'PRODUCT')).toEqual({ code: 'PRODUCT', label: 'Produit', color: '#0f766e', builtin: false });
    // Again: nothing new, no second entity.
    expect(importAnnotations(target.db, exported)).toMatchObject({ imported: 0, duplicates: 14 });
    expect(listEntities(target.db)).toHaveLength(listEntities(source.library.db).length);
    source.library.close();
    target.close();
  });

  it('links mentions to an entity of the same type and name the library already has', async () => {
    const source = await entityLibrary(tempDir());
    const exported = await w3c(source.library);
    const target = openLibrary(tempDir());
    const { recent, older } = await loadCloudwattArticles(target);
    const own = createEntity(target.db, { type: 'ORG', name: 'Orange' });
    importAnnotations(target.db, exported);
    const orange = [...listAnnotations(target.db, recent), ...listAnnotations(target.db, older)].filter((a) => a.exact === 'Orange');
    expect(orange).toHaveLength(4);
    expect(new Set(orange.map((a) => a.entityId))).toEqual(new Set([own.id]));
    expect(listEntities(target.db).filter((e) => e.name === 'Orange')).toHaveLength(1);
    expect(getEntity(target.db, own.id).mentionCount).toBe(4);
    source.library.close();
    target.close();
  });

  it('refuses a file whose entity is malformed, naming where', async () => {
    const source = await entityLibrary(tempDir());
    const collection = JSON.parse(await w3c(source.library)) as { first: { items: { body: unknown }[] } };
    const index = collection.first.items.findIndex((i) => Array.isArray(i.body) && (i.body[0] as Record<string, unknown>)['apostille:entity']);
    ((collection.first.items[index]!.body as Record<string, Record<string, unknown>>[])[0]!['apostille:entity']!).type = 'org';
    const target = openLibrary(tempDir());
    await loadCloudwattArticles(target);
    expect(() => importAnnotations(target.db, JSON.stringify(collection))).toThrow(`$.first.items[${index}].body[0]["apostille:entity"].type`);
    expect(listEntities(target.db)).toEqual([]);
    source.library.close();
    target.close();
  });
});

describe('entities.export', () => {
  it('answers the files of each format through the API', async () => {
    const dir = tempDir();
    const { library, recent } = await entityLibrary(dir);
    const { job, outcome, close } = await openTestCore(dir);
    expect((await job('entities.export', { format: 'brat', documentIds: [recent] })).files.map((f) => f.fileName)).toEqual([
      'orange-reprend-cloudwatt.txt', 'orange-reprend-cloudwatt.ann', 'annotation.conf', 'visual.conf', 'tools.conf',
    ]);
    expect((await job('entities.export', { format: 'conll' })).files).toEqual([expect.objectContaining({ fileName: 'apostille-entities.conll', mimeType: 'text/plain' })]);
    expect((await job('entities.export', { format: 'mentions-csv', documentIds: [recent] })).files[0]!.content.split('\r\n')).toHaveLength(1 + 8 + 1);
    expect(await outcome('entities.export', { format: 'xml' })).toMatchObject({ state: 'failed', error: { code: 'invalid_request' } });
    expect(await outcome('entities.export', { format: 'brat', documentIds: ['ffffffff'] })).toMatchObject({ state: 'failed', error: { code: 'not_found' } });
    // Prefixes resolve; the article appears once.
    expect((await job('entities.export', { format: 'brat', documentIds: [recent.slice(0, 6), recent] })).files.filter((f) => f.fileName.endsWith('.txt'))).toHaveLength(1);
    expect(at(library, recent, 'Orange').start).toBe(0);
    await close();
    library.close();
  });
});
