import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSources, sourceFromBytes } from '../../../app/import/index.ts';
import { MARK_END, MARK_START, searchDocuments, toFtsQuery } from '../../../app/search/index.ts';
import { openDatabase, removeDocument } from '../../../app/store/index.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

const ARTICLES: Record<string, string> = {
  'etat.txt': 'L’État confie son cloud à Orange\n\nLe groupe de télécoms Orange gérera les services numériques de l’État et des ministères.',
  'societe.txt': 'La Société générale rachète un courtier\n\nLa banque française Société générale a annoncé mardi le rachat d’un courtier londonien.',
  'thales.txt': 'Thales et Orange s’allient\n\nLe groupe Thales rejoint le projet Andromède de cloud souverain avec Orange et l’État.',
  'english.txt': 'Harbor Wind prices green bond\n\nHarbor Wind Partners priced a green bond on Tuesday, the company said in London.',
};

function library() {
  const db = openDatabase(join(tempDir(), 'library.sqlite'));
  importSources(db, Object.entries(ARTICLES).map(([name, text]) => sourceFromBytes(name, new TextEncoder().encode(text))));
  return db;
}

const titles = (db: ReturnType<typeof library>, q: string) => searchDocuments(db, q).hits.map((h) => h.title);

describe('search', () => {
  it('ignores accents and case: etat finds État, societe finds Société', () => {
    const db = library();
    expect(titles(db, 'etat')).toEqual(expect.arrayContaining(['L’État confie son cloud à Orange', 'Thales et Orange s’allient']));
    expect(titles(db, 'SOCIETE')).toEqual(['La Société générale rachète un courtier']);
    db.close();
  });

  it('ranks a title match above a body-only match', () => {
    const db = library();
    expect(titles(db, 'thales')[0]).toBe('Thales et Orange s’allient');
    expect(titles(db, 'etat')[0]).toBe('L’État confie son cloud à Orange');
    db.close();
  });

  it('marks matched words in snippets with control characters, never HTML', () => {
    const db = library();
    const [hit] = searchDocuments(db, 'andromede').hits;
    expect(hit?.snippet).toContain(`${MARK_START}Andromède${MARK_END}`);
    db.close();
  });

  it('supports phrases, exclusion and prefix of the last word', () => {
    const db = library();
    expect(titles(db, '"green bond"')).toEqual(['Harbor Wind prices green bond']);
    expect(titles(db, '"bond green"')).toEqual([]);
    expect(titles(db, 'orange -thales')).toEqual(['L’État confie son cloud à Orange']);
    expect(titles(db, 'androm')).toEqual(['Thales et Orange s’allient']);
    expect(searchDocuments(db, 'nothing-like-this').total).toBe(0);
    db.close();
  });

  it('keeps the index in step with deletions', () => {
    const db = library();
    const id = searchDocuments(db, 'societe').hits[0]!.id;
    removeDocument(db, id);
    expect(searchDocuments(db, 'societe').total).toBe(0);
    // FTS5's own check compares the index with the documents table and throws on any difference.
    expect(() => db.exec("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    db.exec('DELETE FROM documents_fts WHERE rowid = (SELECT min(seq) FROM documents)');
    expect(() => db.exec("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)")).toThrow();
    db.close();
  });

  it('never lets typed syntax reach FTS5', () => {
    // An unclosed quote runs to the end as a phrase; operators become plain words.
    expect(toFtsQuery('a" OR * NEAR(')).toBe('"a" "OR NEAR"');
    expect(toFtsQuery('thales OR orange')).toBe('"thales" "OR" "orange" *');
    expect(toFtsQuery('   ')).toBeNull();
    expect(toFtsQuery('-seulement')).toBeNull();
    const db = library();
    for (const q of ['"', '*', 'AND', 'col:thing', '(', 'NOT', '^x', "d'orange"]) expect(() => searchDocuments(db, q)).not.toThrow();
    db.close();
  });
});
