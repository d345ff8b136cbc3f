import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api } from '../../../app/contract/index.ts';
import type { AppError } from '../../../app/contract/errors.ts';
import { exportAnnotationsToFile, exportMarkdownToFolder } from '../../../app/export/index.ts';
import { createHandlers, dispatch, openLibrary } from '../../../app/library/index.ts';
import { getDocument } from '../../../app/store/index.ts';
import { listAnnotations } from '../../../app/annotations/index.ts';
import { useTempDir } from '../../support/tmp.ts';
import { annotatedLibrary, loadArticles } from './fixtures.ts';

const tempDir = useTempDir();
const options = { labels: {}, language: 'en' } as const;

function thrown(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('did not throw');
}

describe('annotation exports to disk', () => {
  it('writes each format to a file atomically', () => {
    const { library, lumenis } = annotatedLibrary(tempDir());
    const dir = tempDir();
    for (const format of ['md', 'csv', 'w3c', 'html'] as const) {
      const path = join(dir, `export.${format}`);
      const count = exportAnnotationsToFile(library.db, { ...options, format, documentIds: [lumenis] }, path);
      expect(count).toEqual({ documents: 1, annotations: 5 });
      expect(readFileSync(path, 'utf8').length).toBeGreaterThan(500);
    }
    expect(readdirSync(dir).sort()).toEqual(['export.csv', 'export.html', 'export.md', 'export.w3c']);
    library.close();
  });

  it('refuses a path that cannot be written with unwritable_file, leaving no file and the library unchanged', () => {
    const { library } = annotatedLibrary(tempDir());
    const dir = tempDir();
    const before = library.db.prepare('SELECT count(*) AS n FROM annotations').get();
    const missingFolder = thrown(() => exportAnnotationsToFile(library.db, { ...options, format: 'csv' }, join(dir, 'absent', 'out.csv')));
    expect(missingFolder).toMatchObject({ code: 'unwritable_file', details: { reason: 'ENOENT' } });
    mkdirSync(join(dir, 'a-folder'));
    writeFileSync(join(dir, 'a-folder', 'inside.txt'), 'x');
    const folder = thrown(() => exportAnnotationsToFile(library.db, { ...options, format: 'w3c' }, join(dir, 'a-folder')));
    expect(folder.code).toBe('unwritable_file');
    expect(readdirSync(dir).sort()).toEqual(['a-folder']);
    expect(readdirSync(join(dir, 'a-folder'))).toEqual(['inside.txt']);
    // A failure inside the export (here: an unknown article) leaves no partial file either.
    expect(thrown(() => exportAnnotationsToFile(library.db, { ...options, format: 'md', documentIds: ['ffffffff'] }, join(dir, 'x.md'))).code).toBe('not_found');
    expect(existsSync(join(dir, 'x.md')) || existsSync(join(dir, 'x.md.partial'))).toBe(false);
    expect(library.db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual(before);
    library.close();
  });

  it('writes several articles as one Markdown note each in a folder', () => {
    const { library, lumenis, hostile } = annotatedLibrary(tempDir());
    const dir = join(tempDir(), 'vault', 'Apostille');
    const result = exportMarkdownToFolder(library.db, options, dir);
    expect(result).toMatchObject({ documents: 2, annotations: 8 });
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).not.toMatch(/[<>:"/\\|?*#^[\]]/);
    expect(files).toContain('script alert( titre ) script « Le “grand” débat » 50 % des élus l’ont dit.md');
    const note = readFileSync(join(dir, files.find((f) => f.startsWith('“Optique'))!), 'utf8');
    expect(note).toMatch(new RegExp(`^---\\ntitle: .*\\n[\\s\\S]*apostille: "${lumenis}"`));
    expect(readFileSync(join(dir, files.find((f) => f.startsWith('script'))!), 'utf8')).toContain(`apostille: "${hostile}"`);
    // Exporting again replaces the notes.
    expect(exportMarkdownToFolder(library.db, options, dir).files).toHaveLength(2);
    expect(readdirSync(dir)).toHaveLength(2);
    library.close();
  });
});

describe('annotations through the API', () => {
  it('exports with the settings’ colour labels and language, and imports back', () => {
    const source = annotatedLibrary(tempDir());
    source.library.settings.set({ language: 'fr', colorLabels: { yellow: 'Chiffre clé' } });
    const handlers = createHandlers(source.library, { version: 'test' });
    const call = (method: keyof typeof api, input: unknown) => {
      const result = dispatch(handlers, method, input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return api[method].output.parse(result.value) as never;
    };
    const md = call('annotations.export', { format: 'md', documentIds: [source.lumenis] }) as { fileName: string; mimeType: string; content: string };
    expect(md.fileName).toBe(`${getDocument(source.library.db, source.lumenis).title.replace(/[:]/g, ' ').replace(/\s+/g, ' ')}.md`);
    expect(md.mimeType).toBe('text/markdown');
    expect(md.content).toContain('> [!quote] Chiffre clé');
    expect(md.content).toContain('## Passages surlignés');
    const csv = call('annotations.export', { format: 'csv' }) as { fileName: string; mimeType: string; content: string };
    expect(csv).toMatchObject({ fileName: 'apostille-annotations.csv', mimeType: 'text/csv' });
    expect(csv.content.startsWith('\ufeffannotation_id,')).toBe(true);
    const html = call('annotations.export', { format: 'html', documentIds: [source.hostile] }) as { mimeType: string; content: string };
    expect(html.mimeType).toBe('text/html');
    expect(dispatch(handlers, 'annotations.export', { format: 'html' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(dispatch(handlers, 'annotations.export', { format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const w3c = call('annotations.export', { format: 'w3c' }) as { fileName: string; mimeType: string; content: string };
    expect(w3c).toMatchObject({ fileName: 'apostille-annotations.jsonld', mimeType: 'application/ld+json' });

    const target = openLibrary(tempDir());
    loadArticles(target);
    const targetHandlers = createHandlers(target, { version: 'test' });
    expect(dispatch(targetHandlers, 'annotations.import', { content: w3c.content, fileName: 'apostille-annotations.jsonld' }))
      .toEqual({ ok: true, value: { imported: 8, orphans: 1, moved: 0, duplicates: 0, skipped: 0, missingDocuments: [], notesRestored: 2, notesKept: 0 } });
    for (const [id, list] of source.annotations()) expect(listAnnotations(target.db, id)).toEqual(list);
    expect(dispatch(targetHandlers, 'annotations.import', { content: '{"nope": true}' })).toMatchObject({ ok: false, error: { code: 'invalid_annotations_file', details: { path: '$["@context"]' } } });
    source.library.close();
    target.close();
  });
});
