import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobInput } from '../../../app/contract/index.ts';
import type { AppError } from '../../../app/contract/errors.ts';
import { exportAnnotationsToFile, exportMarkdownToFolder } from '../../../app/export/index.ts';
import { openLibrary } from '../../../app/library/index.ts';
import { getDocument } from '../../../app/store/index.ts';
import { listAnnotations } from '../../../app/annotations/index.ts';
import { openTestCore } from '../../support/api.ts';
import { useTempDir } from '../../support/tmp.ts';
import { annotatedLibrary, loadArticles } from './fixtures.ts';

const tempDir = useTempDir();
const options = { labels: {}, language: 'en' } as const;

async function thrown(work: () => Promise<unknown>): Promise<AppError> {
  try {
    await work();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('did not throw');
}

describe('annotation exports to disk', () => {
  it('writes each format to a file atomically', async () => {
    const { library, lumenis } = await annotatedLibrary(tempDir());
    const dir = tempDir();
    for (const format of ['md', 'csv', 'w3c', 'html'] as const) {
      const path = join(dir, `export.${format}`);
      const count = await exportAnnotationsToFile(library.db, { ...options, format, documentIds: [lumenis] }, path);
      expect(count).toEqual({ documents: 1, annotations: 5 });
      expect(readFileSync(path, 'utf8').length).toBeGreaterThan(500);
    }
    expect(readdirSync(dir).sort()).toEqual(['export.csv', 'export.html', 'export.md', 'export.w3c']);
    library.close();
  });

  it('refuses a path that cannot be written with unwritable_file, leaving no file and the library unchanged', async () => {
    const { library } = await annotatedLibrary(tempDir());
    const dir = tempDir();
    const before = library.db.prepare('SELECT count(*) AS n FROM annotations').get();
    const missingFolder = await thrown(() => exportAnnotationsToFile(library.db, { ...options, format: 'csv' }, join(dir, 'absent', 'out.csv')));
    expect(missingFolder).toMatchObject({ code: 'unwritable_file', details: { reason: 'ENOENT' } });
    mkdirSync(join(dir, 'a-folder'));
    writeFileSync(join(dir, 'a-folder', 'inside.txt'), 'x');
    const folder = await thrown(() => exportAnnotationsToFile(library.db, { ...options, format: 'w3c' }, join(dir, 'a-folder')));
    expect(folder.code).toBe('unwritable_file');
    expect(readdirSync(dir).sort()).toEqual(['a-folder']);
    expect(readdirSync(join(dir, 'a-folder'))).toEqual(['inside.txt']);
    // A failure inside the export (here: an unknown article) leaves no partial file either.
    expect((await thrown(() => exportAnnotationsToFile(library.db, { ...options, format: 'md', documentIds: ['ffffffff'] }, join(dir, 'x.md')))).code).toBe('not_found');
    expect(existsSync(join(dir, 'x.md')) || existsSync(join(dir, 'x.md.partial'))).toBe(false);
    expect(library.db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual(before);
    library.close();
  });

  it('writes several articles as one Markdown note each in a folder', async () => {
    const { library, lumenis, hostile } = await annotatedLibrary(tempDir());
    const dir = join(tempDir(), 'vault', 'Apostille');
    const result = await exportMarkdownToFolder(library.db, options, dir);
    expect(result).toMatchObject({ documents: 2, annotations: 8 });
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).not.toMatch(/[<>:"/\\|?*#^[\]]/);
    expect(files).toContain('script alert( titre ) script « Le “grand” débat » 50 % des élus l’ont dit.md');
    const note = readFileSync(join(dir, files.find((f) => f.startsWith('“Optique'))!), 'utf8');
    expect(note).toMatch(new RegExp(`^---\\ntitle: .*\\n[\\s\\S]*apostille: "${lumenis}"`));
    expect(readFileSync(join(dir, files.find((f) => f.startsWith('script'))!), 'utf8')).toContain(`apostille: "${hostile}"`);
    // Exporting again replaces the notes.
    expect((await exportMarkdownToFolder(library.db, options, dir)).files).toHaveLength(2);
    expect(readdirSync(dir)).toHaveLength(2);
    library.close();
  });
});

describe('annotations through the API', () => {
  it('exports with the library’s colour labels in the language asked, and imports back', async () => {
    const dir = tempDir();
    const source = await annotatedLibrary(dir);
    const { call, job, outcome, close } = await openTestCore(dir);
    await call('library.updateSettings', { colorLabels: { yellow: 'Chiffre clé' } });
    const exported = async (input: JobInput<'annotations.export'>) => {
      const { files: [file] } = await job('annotations.export', input);
      return file!;
    };
    const md = await exported({ format: 'md', documentIds: [source.lumenis], language: 'fr' });
    expect(md.fileName).toBe(`${getDocument(source.library.db, source.lumenis).title.replace(/[:]/g, ' ').replace(/\s+/g, ' ')}.md`);
    expect(md.mimeType).toBe('text/markdown');
    expect(md.content).toContain('> [!quote] Chiffre clé');
    expect(md.content).toContain('## Passages surlignés');
    const csv = await exported({ format: 'csv', language: 'fr' });
    expect(csv).toMatchObject({ fileName: 'apostille-annotations.csv', mimeType: 'text/csv' });
    expect(csv.content.startsWith('\ufeffannotation_id,')).toBe(true);
    const html = await exported({ format: 'html', documentIds: [source.hostile], language: 'fr' });
    expect(html.mimeType).toBe('text/html');
    expect(await outcome('annotations.export', { format: 'html' })).toMatchObject({ state: 'failed', error: { code: 'invalid_request' } });
    expect(await outcome('annotations.export', { format: 'pdf' })).toMatchObject({ state: 'failed', error: { code: 'invalid_request' } });
    const w3c = await exported({ format: 'w3c', language: 'fr' });
    expect(w3c).toMatchObject({ fileName: 'apostille-annotations.jsonld', mimeType: 'application/ld+json' });

    const targetDir = tempDir();
    const target = openLibrary(targetDir);
    await loadArticles(target);
    const targetCore = await openTestCore(targetDir);
    expect(await targetCore.core.call('annotations.import', { content: w3c.content, fileName: 'apostille-annotations.jsonld' }))
      .toEqual({ ok: true, value: { imported: 8, orphans: 1, moved: 0, duplicates: 0, skipped: 0, missingDocuments: [], notesRestored: 2, notesKept: 0 } });
    for (const [id, list] of source.annotations()) expect(listAnnotations(target.db, id)).toEqual(list);
    expect(await targetCore.core.call('annotations.import', { content: '{"nope": true}' })).toMatchObject({ ok: false, error: { code: 'invalid_annotations_file', details: { path: '$["@context"]' } } });
    await close();
    await targetCore.close();
    source.library.close();
    target.close();
  });
});
