import { describe, expect, it } from 'vitest';
import { toCodePointOffset } from '../../../app/anchoring/index.ts';
import { searchDocuments } from '../../../app/search/index.ts';
import { filesOf, openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

const ARTICLE = `Orange et Thales lancent Cloudwatt

PARIS (AFP) Orange et Thales ont lancé jeudi Cloudwatt, une société de « cloud souverain » dotée de 225 millions d’euros, a annoncé le groupe. Le projet Andromède avait échoué en 2011.
`;
const OTHER = `Harbor Wind prices green bond

Harbor Wind Partners priced a green bond on Tuesday, the company said in London, with Thales as adviser.
`;

describe('an article’s annotation count', () => {
  it('is the same in the library list, the article, and search hits (ranked, recent and found by a note): highlights and notes, not mentions', async () => {
    const { call, db, job, close } = await openTestCore(tempDir());
    const ids = (await job('documents.import', { files: filesOf({ 'a.txt': ARTICLE, 'b.txt': OTHER }) })).imported.map((d) => d.id);
    const id = ids[0]!;
    const { text } = await call('documents.get', { id });
    const span = (passage: string) => {
      const at = text.lastIndexOf(passage);
      return { start: toCodePointOffset(text, at), end: toCodePointOffset(text, at + passage.length) };
    };
    await call('annotations.create', { documentId: id, ...span('Cloudwatt') });
    await call('annotations.create', { documentId: id, ...span('225 millions d’euros'), note: 'Capital de départ, selon Badrinath' });
    await call('annotations.create', { documentId: id, ...span('cloud souverain'), color: 'green', tags: ['souveraineté'] });
    await call('entities.tag', { documentId: id, ...span('Orange'), type: 'ORG', name: 'Orange' });
    await call('entities.tag', { documentId: id, ...span('Thales'), type: 'ORG', name: 'Thales' });
    await call('entities.tag', { documentId: id, ...span('2011'), type: 'DATE', name: '2011', value: { kind: 'date', date: '2011' } });

    const expected = 3;
    const listed = (await call('documents.list', {})).items.find((d) => d.id === id)!;
    expect(listed.annotationCount).toBe(expected);
    // One of the three carries a note: the library says "3 highlights, 1 note".
    expect(listed.noteCount).toBe(1);
    expect((await call('documents.get', { id })).annotationCount).toBe(expected);
    // A word of the text: ranked exactly (few matches)…
    const ranked = (await call('search.query', { query: 'andromède' })).hits.find((h) => h.id === id)!;
    expect(ranked.annotationCount).toBe(expected);
    // …or taken from the most recent matches and titles (more matches than candidates: here 2 articles for 1).
    const recent = searchDocuments(db, 'thales', 50, 1);
    expect(recent.totalIsExact).toBe(false);
    expect(recent.hits.find((h) => h.id === id)!.annotationCount).toBe(expected);
    // A word only in a note: found through the annotation.
    const byNote = (await call('search.query', { query: 'badrinath' })).hits.find((h) => h.id === id)!;
    expect(byNote.annotationCount).toBe(expected);
    // An article with none says none everywhere.
    expect((await call('documents.list', {})).items.find((d) => d.id === ids[1])!.annotationCount).toBe(0);
    expect((await call('search.query', { query: 'harbor' })).hits.find((h) => h.id === ids[1])!.annotationCount).toBe(0);
    await close();
  });
});
