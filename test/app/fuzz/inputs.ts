// Valid inputs for every method and job of the contract, built from what the library holds now: the fuzz run
// (api.test.ts) sends some as they are and mutates the rest.
import { HIGHLIGHT_COLORS } from '../../../app/contract/shared/colors.ts';
import type { JobName, MethodName } from '../../../app/contract/index.ts';
import type { Database } from '../../../app/store/index.ts';
import type { Json, Random } from './random.ts';

export interface State {
  documents: { id: string; text: string; length: number }[];
  /** Annotations as the API gives them (a sample). */
  annotations: ({ id: string; documentId: string } & Record<string, Json>)[];
  entities: { id: string; type: string; name: string }[];
  types: string[];
  backups: string[];
  collections: { id: string }[];
  /** A W3C export of the library's annotations made at the start (for annotations.import). */
  exported: string;
  /** Ids of jobs started so far. */
  jobIds: string[];
}

export function readState(db: Database, exported: string, jobIds: string[], backups: string[]): State {
  const documents = (db.prepare('SELECT id, text FROM documents ORDER BY seq').all() as { id: string; text: string }[])
    .map((d) => ({ ...d, length: [...d.text].length }));
  const annotations = (db.prepare(`SELECT id, document_id AS documentId, motivation, exact, prefix, suffix, start, end, color, note, tags, created,
      modified, orphan, entity_id AS entityId, value FROM annotations ORDER BY seq LIMIT 300`).all() as Record<string, Json>[])
    .map((a) => ({ ...a, tags: JSON.parse(a.tags as string) as Json, orphan: a.orphan === 1, value: a.value === null ? null : (JSON.parse(a.value as string) as Json) })) as unknown as State['annotations'];
  const entities = db.prepare('SELECT id, type, name FROM entities ORDER BY seq LIMIT 300').all() as State['entities'];
  const types = (db.prepare('SELECT code FROM entity_types ORDER BY position').all() as { code: string }[]).map((t) => t.code);
  const collections = db.prepare('SELECT id FROM collections ORDER BY seq LIMIT 50').all() as State['collections'];
  return { documents, annotations, entities, types, backups, collections, exported, jobIds };
}

const WORDS = ['Orange', 'cloud', 'souverain', 'Lumenis', 'bond', 'Bordeaux', 'batterie', 'note', 'à vérifier', 'État', 'Harbor', 'Wind', '2012'];

function words(r: Random, n = r.int(1, 6)): string {
  return Array.from({ length: n }, () => r.pick(WORDS)).join(' ');
}

function someDocument(r: Random, s: State) {
  return s.documents.length ? r.pick(s.documents) : { id: r.hex(32), text: 'x', length: 1 };
}

/** A passage of an article: [start, end) in code points, within its text. */
function passage(r: Random, doc: { length: number }): { start: number; end: number } {
  if (doc.length < 2) return { start: 0, end: 1 };
  const start = r.int(0, doc.length - 2);
  return { start, end: r.int(start + 1, Math.min(doc.length, start + 40)) };
}

const someId = (r: Random, items: readonly { id: Json }[]) => (items.length ? (r.pick(items).id as string) : r.uuid());
const prefixOf = (r: Random, id: string) => (r.chance(0.2) ? id.slice(0, r.int(4, id.length)) : id);
const color = (r: Random) => r.pick(HIGHLIGHT_COLORS);
const hexColor = (r: Random) => `#${r.hex(6)}`;
const type = (r: Random, s: State) => (s.types.length ? r.pick(s.types) : 'ORG');
const documentIds = (r: Random, s: State, max = 3) => Array.from({ length: r.int(1, max) }, () => someDocument(r, s).id);
const value = (r: Random): Json => r.pick<Json>([
  { kind: 'money', amount: r.int(1, 1e9), currency: 'EUR' }, { kind: 'percent', ratio: r.next() }, { kind: 'date', date: '2012-01-26' }, null,
]);

function articleFile(r: Random): { name: string; base64: string } {
  const text = `${words(r, 4)}\n\n${words(r, 30)}. ${words(r, 20)}.\n`;
  return { name: `fuzz-${r.hex(6)}.${r.pick(['txt', 'md', 'html'])}`, base64: Buffer.from(text).toString('base64') };
}

export const METHOD_INPUTS: Record<Exclude<MethodName, 'jobs.start'>, (r: Random, s: State) => Json> = {
  'annotations.create': (r, s) => {
    const doc = someDocument(r, s);
    return {
      documentId: prefixOf(r, doc.id), ...passage(r, doc), color: color(r), ...(r.chance(0.5) && { note: words(r) }),
      ...(r.chance(0.3) && { tags: [words(r, 1), words(r, 1)] }), ...(r.chance(0.2) && { motivation: r.pick(['highlighting', 'commenting', 'tagging', 'identifying']) }),
      ...(r.chance(0.2) && { id: r.uuid() }),
    };
  },
  'annotations.list': (r, s) => ({ documentId: someDocument(r, s).id }),
  'annotations.update': (r, s) => ({ id: someId(r, s.annotations), color: color(r), note: r.chance(0.5) ? words(r) : null, tags: [words(r, 1)] }),
  'annotations.restore': (r, s) => {
    // An annotation of the library under a new id: valid as it is (a copy), interesting once mutated.
    const a = s.annotations.length ? structuredClone(r.pick(s.annotations)) : undefined;
    if (!a) {
      const doc = someDocument(r, s);
      const { start, end } = passage(r, doc);
      const exact = [...doc.text].slice(start, end).join('');
      return {
        id: r.uuid(), documentId: doc.id, motivation: 'highlighting', exact, prefix: '', suffix: '', start, end, color: color(r), note: null, tags: [],
        created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', orphan: false, entityId: null, value: null,
      };
    }
    const copy: Json = { ...a, id: r.uuid(), ...(r.chance(0.2) && { orphan: true }) };
    return copy;
  },
  'annotations.remove': (r, s) => ({ id: someId(r, s.annotations) }),
  'annotations.reattach': (r, s) => {
    const a = s.annotations.length ? r.pick(s.annotations) : undefined;
    const doc = s.documents.find((d) => d.id === a?.documentId) ?? someDocument(r, s);
    return { id: (a?.id as string | undefined) ?? r.uuid(), ...passage(r, doc) };
  },
  'annotations.import': (r, s) => ({ content: s.exported, ...(r.chance(0.5) && { fileName: 'annotations.jsonld' }) }),
  'entities.types': () => ({}),
  'entities.saveType': (r, s) => ({ code: r.chance(0.5) ? type(r, s) : `FUZZ_${r.hex(3).toUpperCase()}`, label: r.chance(0.7) ? words(r, 2) : null, color: hexColor(r) }),
  'entities.list': (r, s) => ({
    ...(r.chance(0.3) && { type: type(r, s) }), ...(r.chance(0.3) && { query: words(r, 1) }), ...(r.chance(0.3) && { documentIds: documentIds(r, s) }),
    ...(r.chance(0.3) && { limit: r.int(1, 1000) }),
  }),
  'entities.create': (r, s) => ({ type: type(r, s), name: words(r, 2), ...(r.chance(0.3) && { aliases: [words(r, 1)] }), ...(r.chance(0.3) && { note: words(r) }), ...(r.chance(0.2) && { externalId: `Q${r.int(1, 1e6)}` }) }),
  'entities.update': (r, s) => ({ id: someId(r, s.entities), ...(r.chance(0.5) && { name: words(r, 2) }), ...(r.chance(0.3) && { aliases: [words(r, 1)] }), ...(r.chance(0.3) && { type: type(r, s) }) }),
  'entities.merge': (r, s) => ({ into: someId(r, s.entities), from: someId(r, s.entities) }),
  'entities.remove': (r, s) => ({ id: someId(r, s.entities) }),
  'entities.page': (r, s) => ({ id: someId(r, s.entities) }),
  'entities.tag': (r, s) => {
    const doc = someDocument(r, s);
    const range = passage(r, doc);
    return r.chance(0.5) && s.entities.length
      ? { documentId: doc.id, ...range, entityId: someId(r, s.entities), ...(r.chance(0.2) && { value: value(r) }) }
      : { documentId: doc.id, ...range, type: type(r, s), name: [...doc.text].slice(range.start, range.end).join('').trim() || 'x' };
  },
  'entities.suggest': (r, s) => {
    const doc = someDocument(r, s);
    return { documentId: doc.id, ...(r.chance(0.5) && passage(r, doc)) };
  },
  'entities.reject': (r, s) => {
    const doc = someDocument(r, s);
    const range = passage(r, doc);
    return { documentId: doc.id, ...range, type: type(r, s), text: [...doc.text].slice(range.start, range.end).join('') };
  },
  'entities.shared': (r, s) => ({ documentIds: documentIds(r, s, 4) }),
  'entities.timeline': (r, s) => {
    const scopes: Json[] = [{ documentId: someDocument(r, s).id }, { collectionId: someId(r, s.collections) }, { entityId: someId(r, s.entities) }];
    return r.pick(scopes);
  },
  'entities.documents': (r, s) => ({ entityIds: Array.from({ length: r.int(1, 3) }, () => someId(r, s.entities)) }),
  'app.info': () => ({}),
  'documents.list': (r, s) => ({
    ...(r.chance(0.3) && { offset: r.int(0, 10) }), ...(r.chance(0.3) && { limit: r.int(1, 1000) }),
    ...(r.chance(0.3) && { sort: r.pick(['imported', 'title', 'published', 'source', 'words']) }), ...(r.chance(0.3) && { descending: r.chance(0.5) }),
    ...(r.chance(0.2) && { source: 'AFP' }), ...(r.chance(0.2) && { language: r.pick(['fr', 'en']) }),
    ...(r.chance(0.2) && { entityIds: [someId(r, s.entities)] }), ...(r.chance(0.2) && { view: r.pick(['library', 'archive', 'trash', 'all']) }),
    ...(r.chance(0.2) && { unread: r.chance(0.5) }), ...(r.chance(0.2) && { collectionId: someId(r, s.collections) }), ...(r.chance(0.2) && { tag: words(r, 1) }),
  }),
  'documents.mark': (r, s) => ({
    ids: documentIds(r, s), ...(r.chance(0.5) && { trashed: r.chance(0.5) }), ...(r.chance(0.5) && { archived: r.chance(0.5) }), ...(r.chance(0.5) && { read: r.chance(0.5) }),
  }),
  'documents.update': (r, s) => ({
    id: prefixOf(r, someDocument(r, s).id), ...(r.chance(0.5) && { title: words(r, 3) }), ...(r.chance(0.3) && { source: r.chance(0.7) ? words(r, 1) : null }),
    ...(r.chance(0.3) && { author: words(r, 2) }), ...(r.chance(0.3) && { published: r.pick(['2012', '2012-01', '2012-01-26', null]) }),
    ...(r.chance(0.3) && { language: r.pick(['fr', 'en', null]) }), ...(r.chance(0.3) && { url: r.pick(['https://example.org/a', null]) }),
  }),
  'documents.tag': (r, s) => ({ ids: documentIds(r, s), ...(r.chance(0.7) && { add: [words(r, 1)] }), ...(r.chance(0.4) && { remove: [words(r, 1)] }) }),
  'samples.remove': () => ({}),
  'collections.list': () => ({}),
  'collections.create': (r) => ({ name: words(r, 2), ...(r.chance(0.2) && { id: r.uuid() }) }),
  'collections.rename': (r, s) => ({ id: someId(r, s.collections), name: words(r, 2) }),
  'collections.remove': (r, s) => ({ id: someId(r, s.collections) }),
  'collections.file': (r, s) => ({ id: someId(r, s.collections), documentIds: documentIds(r, s), inside: r.chance(0.7) }),
  'documents.facets': () => ({}),
  'documents.get': (r, s) => ({ id: prefixOf(r, someDocument(r, s).id) }),
  'documents.images': (r, s) => ({ id: someDocument(r, s).id }),
  'documents.original': (r, s) => ({ id: someDocument(r, s).id }),
  'epub.cfis': (r, s) => ({ documentId: someDocument(r, s).id }),
  'epub.locate': (r, s) => ({ documentId: someDocument(r, s).id, cfi: 'epubcfi(/6/4!/4/2/4,/1:0,/1:5)' }),
  'documents.remove': (r, s) => ({ id: someDocument(r, s).id }),
  'documents.setNote': (r, s) => ({ id: someDocument(r, s).id, note: r.chance(0.8) ? words(r) : null }),
  'samples.load': () => ({}),
  'search.query': (r) => ({ query: r.pick([words(r, r.int(1, 3)), '"cloud souverain"', 'orange -thales', 'lum', '']), ...(r.chance(0.3) && { limit: r.int(1, 200) }) }),
  'library.settings': () => ({}),
  'library.updateSettings': (r) => ({ ...(r.chance(0.7) && { colorLabels: { [color(r)]: words(r, 1) } }), ...(r.chance(0.5) && { backupsKept: r.int(1, 100) }) }),
  'backups.list': () => ({}),
  'jobs.cancel': (r, s) => ({ id: s.jobIds.length && r.chance(0.5) ? r.pick(s.jobIds) : r.uuid() }),
  'jobs.list': () => ({}),
  'team.status': () => ({}),
  'notes.revisions': (r, s) => ({ targetId: s.annotations.length && r.chance(0.7) ? someId(r, s.annotations) : r.pick(WORDS) }),
  'notes.useRevision': () => ({ id: globalThis.crypto.randomUUID() }),
  'team.unlock': (r) => ({ password: r.chance(0.5) ? null : r.pick(WORDS) }),
  'settings.get': () => ({}),
  'libraries.list': () => ({}),
  'libraries.create': (r) => ({ name: words(r, 2) }),
  'libraries.open': (r) => ({ id: r.uuid() }),
  'libraries.forget': (r) => ({ id: r.uuid(), discard: r.chance(0.5) }),
  'settings.set': (r) => ({
    ...(r.chance(0.5) && { language: r.pick(['system', 'en', 'fr']) }), ...(r.chance(0.5) && { theme: r.pick(['system', 'light', 'dark']) }),
    ...(r.chance(0.5) && { layout: { panes: [], sizes: [], syncScroll: r.chance(0.5), libraryWidth: r.int(200, 900) } }),
  }),
};

const TEAM_ADDRESS = 'postgres://fuzz@127.0.0.1:1/fuzz';

export const JOB_INPUTS: Record<JobName, (r: Random, s: State) => Json> = {
  'documents.import': (r, s) => ({
    files: Array.from({ length: r.int(1, 2) }, () => articleFile(r)),
    ...(r.chance(0.1) && { paths: ['/etc/hostname'] }),
    ...(r.chance(0.1) && s.documents.length && { replaces: someDocument(r, s).id }),
  }),
  'entities.scan': (r, s) => ({ ...(r.chance(0.5) && { documentIds: documentIds(r, s) }) }),
  'entities.acceptAll': (r, s) => ({ type: type(r, s), text: r.pick(WORDS), ...(r.chance(0.3) && s.entities.length && { entityId: someId(r, s.entities) }) }),
  'annotations.export': (r, s) => ({
    format: r.pick(['md', 'csv', 'w3c', 'html']), ...(r.chance(0.5) && { documentIds: documentIds(r, s) }), ...(r.chance(0.3) && { language: r.pick(['en', 'fr']) }),
    ...(r.chance(0.1) && { out: '/tmp/apostille-fuzz-out' }), ...(r.chance(0.2) && { bundle: 'zip' }),
  }),
  'citations.export': (r, s) => ({ format: r.pick(['bibtex', 'biblatex', 'ris', 'csl']), ...(r.chance(0.5) && { documentIds: documentIds(r, s) }) }),
  'entities.export': (r, s) => ({ format: r.pick(['brat', 'conll', 'entities-csv', 'mentions-csv']), ...(r.chance(0.5) && { documentIds: documentIds(r, s) }) }),
  'pdf.annotated': (r, s) => ({ documentId: someDocument(r, s).id }),
  'backups.create': (r) => ({ reason: r.pick(['manual', 'daily']), ...(r.chance(0.1) && { path: '/tmp/apostille-fuzz-backup.sqlite' }) }),
  'backups.restore': (r, s): Json => (s.backups.length && r.chance(0.8) ? { name: r.pick(s.backups) } : { path: '/tmp/apostille-fuzz-backup.sqlite' }),
  'library.export': (r) => ({ format: r.pick(['archive', 'json']), path: '/tmp/apostille-fuzz-export' }),
  'library.check': (r) => ({ quick: r.chance(0.5) }),
  'library.emptyTrash': (r, s) => ({ ...(r.chance(0.5) && { ids: documentIds(r, s) }) }),
  'library.importArchive': () => ({ path: '/tmp/apostille-fuzz-archive.jsonl.gz' }),
  // A team on a port where nothing listens: refused at once, reported as team_unreachable.
  'team.init': () => ({ address: TEAM_ADDRESS }),
  'team.members': (r): Json => (r.chance(0.5) ? { action: 'list', address: TEAM_ADDRESS } : { action: 'remove', address: TEAM_ADDRESS, name: r.pick(WORDS) }),
  'team.join': () => ({ address: TEAM_ADDRESS }),
  'team.sync': () => ({}),
  'team.listen': () => ({}),
};
