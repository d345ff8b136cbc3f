import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSources, sourceFromBytes } from '../../../app/import/index.ts';
import { makeSnippet, MARK_END, MARK_START, parseQuery, searchDocuments, snippetMatcher, toFtsQuery } from '../../../app/search/index.ts';
import { openDatabase, removeDocument, type Database } from '../../../app/store/index.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

const ARTICLES: Record<string, string> = {
  'etat.txt': 'L’État confie son cloud à Orange\n\nLe groupe de télécoms Orange gérera les services numériques de l’État et des ministères.',
  'societe.txt': 'La Société générale rachète un courtier\n\nLa banque française Société générale a annoncé mardi le rachat d’un courtier londonien.',
  'thales.txt': 'Thales et Orange s’allient\n\nLe groupe Thales rejoint le projet Andromède de cloud souverain avec Orange et l’État.',
  'english.txt': 'Harbor Wind prices green bond\n\nHarbor Wind Partners priced a green bond on Tuesday, the company said in London.',
};

async function library() {
  const db = openDatabase(join(tempDir(), 'library.sqlite'));
  await importSources(db, Object.entries(ARTICLES).map(([name, text]) => sourceFromBytes(name, new TextEncoder().encode(text))));
  return db;
}

const titles = (db: Database, q: string) => searchDocuments(db, q).hits.map((h) => h.title);

describe('search', () => {
  it('ignores accents and case: etat finds État, societe finds Société', async () => {
    const db = await library();
    expect(titles(db, 'etat')).toEqual(expect.arrayContaining(['L’État confie son cloud à Orange', 'Thales et Orange s’allient']));
    expect(titles(db, 'SOCIETE')).toEqual(['La Société générale rachète un courtier']);
    db.close();
  });

  it('ranks a title match above a body-only match', async () => {
    const db = await library();
    expect(titles(db, 'thales')[0]).toBe('Thales et Orange s’allient');
    expect(titles(db, 'etat')[0]).toBe('L’État confie son cloud à Orange');
    db.close();
  });

  it('leaves the title, the photo’s file name and the byline out of snippets', async () => {
    const db = openDatabase(join(tempDir(), 'library.sqlite'));
    const agency = [
      'Lumenis change de mains',
      '',
      'photo_1678782130101-1-1.jpg',
      '',
      'Le siège de Lumenis à Grenoble (Photo : Claire Dubois)',
      '',
      '[14/03/2023 09:42:10] GRENOBLE (AFP) Le fabricant Lumenis passe sous le contrôle du fonds Ardentis.',
      '',
      'Par AFP | | 120 mots',
      '',
    ].join('\n');
    await importSources(db, [sourceFromBytes('agence.txt', new TextEncoder().encode(agency))]);
    const [hit] = searchDocuments(db, 'lumenis').hits;
    expect(hit?.snippet).toContain(`${MARK_START}Lumenis${MARK_END}`);
    expect(hit?.snippet).not.toMatch(/photo_1678|Par AFP|change de mains/);
    const [byTitleOnly] = searchDocuments(db, 'mains').hits;
    expect(byTitleOnly?.title).toBe('Lumenis change de mains');
    expect(byTitleOnly?.snippet).not.toContain(MARK_START);
    db.close();
  });

  it('marks matched words in snippets with control characters, never HTML', async () => {
    const db = await library();
    const [hit] = searchDocuments(db, 'andromede').hits;
    expect(hit?.snippet).toContain(`${MARK_START}Andromède${MARK_END}`);
    db.close();
  });

  it('supports phrases, exclusion and prefix of the last word', async () => {
    const db = await library();
    expect(titles(db, '"green bond"')).toEqual(['Harbor Wind prices green bond']);
    expect(titles(db, '"bond green"')).toEqual([]);
    expect(titles(db, 'orange -thales')).toEqual(['L’État confie son cloud à Orange']);
    expect(titles(db, 'androm')).toEqual(['Thales et Orange s’allient']);
    expect(searchDocuments(db, 'nothing-like-this').total).toBe(0);
    db.close();
  });

  it('keeps the index in step with deletions', async () => {
    const db = await library();
    const id = searchDocuments(db, 'societe').hits[0]!.id;
    removeDocument(db, id);
    expect(searchDocuments(db, 'societe').total).toBe(0);
    // FTS5's own check compares the index with the documents table and throws on any difference.
    expect(() => db.exec("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    db.exec('DELETE FROM documents_fts WHERE rowid = (SELECT min(seq) FROM documents)');
    expect(() => db.exec("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)")).toThrow();
    db.close();
  });

  it('never lets typed syntax reach FTS5', async () => {
    // An unclosed quote runs to the end as a phrase; operators become plain words.
    expect(toFtsQuery('a" OR * NEAR(')).toBe('"a" "OR NEAR"');
    expect(toFtsQuery('thales OR orange')).toBe('"thales" "OR" "orange" *');
    expect(toFtsQuery('   ')).toBeNull();
    expect(toFtsQuery('-seulement')).toBeNull();
    const db = await library();
    for (const q of ['"', '*', 'AND', 'col:thing', '(', 'NOT', '^x', "d'orange"]) expect(() => searchDocuments(db, q)).not.toThrow();
    db.close();
  });
});

describe('search over many matches', () => {
  it('counts up to the candidate limit, then ranks title matches and the newest matches', async () => {
    const db = openDatabase(join(tempDir(), 'library.sqlite'));
    const body = (i: number) => `Dépêche ${i}\n\nLe groupe Orange a publié ses résultats trimestriels, numéro ${i} de la série ${'x'.repeat(i % 7)}.`;
    const sources = [sourceFromBytes('old-title.txt', new TextEncoder().encode('Orange et Thales : l’alliance\n\nUn accord signé entre les deux groupes orange.'))];
    for (let i = 0; i < 40; i++) sources.push(sourceFromBytes(`d${i}.txt`, new TextEncoder().encode(body(i))));
    await importSources(db, sources);

    const exact = searchDocuments(db, 'orange', 5, 100);
    expect(exact).toMatchObject({ total: 41, totalIsExact: true });
    const bounded = searchDocuments(db, 'orange', 5, 10);
    expect(bounded).toMatchObject({ total: 10, totalIsExact: false });
    // The oldest article is outside the newest-10 window but its title matches, so it still ranks first.
    expect(bounded.hits[0]!.title).toBe('Orange et Thales : l’alliance');
    expect(bounded.hits).toHaveLength(5);
    for (const hit of bounded.hits) expect(hit.snippet).toMatch(/\u0002[Oo]range\u0003/);
    db.close();
  });

  it('builds snippets around the densest cluster of query words, accents ignored', () => {
    const text = 'Début sans intérêt. '.repeat(20) + 'Plus loin, l’État et la société Orange signent un contrat avec l’État.';
    const snippet = makeSnippet(text, snippetMatcher(parseQuery('etat societe')));
    expect(snippet).toContain(`${MARK_START}État${MARK_END}`);
    expect(snippet).toContain(`${MARK_START}société${MARK_END}`);
    expect(snippet.startsWith('…')).toBe(true);
    expect(makeSnippet('Rien à voir ici.', snippetMatcher(parseQuery('orange')))).toBe('Rien à voir ici.');
    expect(makeSnippet('Les investissements massifs.', snippetMatcher(parseQuery('invest')))).toContain(`${MARK_START}investissements${MARK_END}`);
  });
});

describe('search over many matches: phrases and exclusions', () => {
  it('keeps phrase and exclusion semantics on the bounded path', async () => {
    const db = openDatabase(join(tempDir(), 'library.sqlite'));
    const sources = [
      sourceFromBytes('a.txt', new TextEncoder().encode('Conférence de presse d’Orange\n\nLe groupe a tenu une conférence de presse à Paris.')),
      sourceFromBytes('b.txt', new TextEncoder().encode('Orange et Thales\n\nLa presse était absente de la conférence, selon Thales.')),
    ];
    for (let i = 0; i < 30; i++) sources.push(sourceFromBytes(`n${i}.txt`, new TextEncoder().encode(`Note ${i}\n\nUne conférence de presse numéro ${i} a eu lieu, dit la presse.`)));
    await importSources(db, sources);
    const phrase = searchDocuments(db, '"conférence de presse"', 50, 5);
    expect(phrase.totalIsExact).toBe(false);
    expect(phrase.hits.map((h) => h.title)).toContain('Conférence de presse d’Orange');
    expect(phrase.hits.map((h) => h.title)).not.toContain('Orange et Thales');
    for (const hit of phrase.hits) expect(hit.snippet).toMatch(/\u0002[Cc]onférence de presse\u0003/);
    const excluded = searchDocuments(db, 'orange -thales', 50, 1);
    expect(excluded.hits.map((h) => h.title)).toEqual(['Conférence de presse d’Orange']);
    db.close();
  });
});

describe('snippets of long texts', () => {
  it('stay fast with tens of thousands of matches', () => {
    const text = 'la part de marché de la société de '.repeat(20_000);
    const started = performance.now();
    const snippet = makeSnippet(text, snippetMatcher(parseQuery('de')));
    expect(snippet).toContain(`${MARK_START}de${MARK_END}`);
    expect(performance.now() - started).toBeLessThan(500); // was 1.3 s when every window recounted every match
  });
});
