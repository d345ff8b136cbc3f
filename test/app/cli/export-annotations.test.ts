import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../app/library/index.ts';
import { SAMPLES, SAMPLE_FILES, apostille } from '../../support/cli.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

/** A library of the samples with three annotations on two articles; returns the article ids. */
function annotatedLibrary(library: string): { batteries: string; lumenis: string } {
  const report = JSON.parse(apostille(['--library', library, 'import', ...SAMPLE_FILES, '--json']).stdout) as { imported: { id: string; title: string }[] };
  const batteries = report.imported.find((d) => d.title.startsWith('Batteries'))!.id;
  const lumenis = report.imported.find((d) => d.title.startsWith('“Optique'))!.id;
  for (const args of [
    [batteries, '--quote', "1,4 milliard d'euros", '--color', 'green', '--note', 'Montant **total**', '--tag', 'montant'],
    [batteries, '--quote', 'Lyon', '--note', '=1+1'],
    [lumenis, '--quote', 'Lumenis SA', '--color', 'pink', '--tag', 'cible du rachat'],
  ]) expect(apostille(['--library', library, 'annotate', ...args]).code).toBe(0);
  return { batteries, lumenis };
}

// One annotated library for the tests that only read it (each command is a process that takes a second to start).
const shared = mkdtempSync(join(tmpdir(), 'apostille-cli-export-'));
let sharedIds: { batteries: string; lumenis: string } | undefined;
function sharedLibrary(): { library: string; batteries: string; lumenis: string } {
  sharedIds ??= annotatedLibrary(shared);
  return { library: shared, ...sharedIds };
}
afterAll(() => rmSync(shared, { recursive: true, force: true }));

function annotationCount(library: string): number {
  const opened = openLibrary(library);
  try {
    return (opened.db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n;
  } finally {
    opened.close();
  }
}

describe('apostille export (annotations) and import-annotations', () => {
  it('exports Markdown: one article to stdout or a file, several to a folder of notes', () => {
    const { library, batteries } = sharedLibrary();
    const one = apostille(['--library', library, 'export', '--format', 'md', '--doc', batteries.slice(0, 8)]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^---\ntitle: "Batteries/);
    expect(one.stdout).toMatch(/> \[!quote\] Green\n> 1,4 milliard d’euros \^[0-9a-f-]{36}\n\nMontant \*\*total\*\*\n\n#montant/);
    const all = apostille(['--library', library, 'export', '--format', 'md', '--lang', 'fr']);
    expect(all.stdout).toContain('articles: 2');
    expect(all.stdout).toContain('#cible-du-rachat');

    const folder = join(tempDir(), 'notes');
    const written = apostille(['--library', library, 'export', '--format', 'md', '--out', folder]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`Wrote 2 notes (3 annotations) to ${folder}.`);
    expect(readdirSync(folder).sort()).toEqual([
      'Batteries Voltaïa va construire une usine près de Lyon, 1.200 emplois à la clé.md',
      '“Optique de précision” Ardentis Capital s’offre Lumenis pour 1,2 milliard d’euros.md',
    ]);
    const file = join(tempDir(), 'one.md');
    expect(apostille(['--library', library, 'export', '--format', 'md', '--doc', batteries, '--out', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(one.stdout);
  });

  it('exports CSV, W3C JSON-LD and an HTML report', () => {
    const { library, batteries } = sharedLibrary();
    const csv = apostille(['--library', library, 'export', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\ufeffannotation_id,document_id,')).toBe(true);
    expect(csv.stdout.split('\r\n')).toHaveLength(1 + 3 + 1);
    expect(csv.stdout).toContain(",'=1+1,");

    const out = join(tempDir(), 'annotations.jsonld');
    const w3c = apostille(['--library', library, 'export', '--format', 'w3c', '--out', out, '--lang', 'fr']);
    expect(w3c.code).toBe(0);
    expect(w3c.stderr).toContain(`Exporté : 3 annotation(s) de 2 article(s) dans ${out}.`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ type: 'AnnotationCollection', total: 3 });

    const html = apostille(['--library', library, 'export', '--format', 'html', '--doc', batteries]);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('<mark class="green">1,4 milliard d’euros</mark>');
  });

  it('reports wrong usage with exit code 2 and an unwritable file with 1', () => {
    const { library, batteries, lumenis } = sharedLibrary();
    for (const args of [['--format', 'pdf'], ['--format', 'html', '--doc', batteries, '--doc', lumenis], ['--format', 'json', '--doc', batteries]]) {
      const result = apostille(['--library', library, 'export', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: apostille export');
    }
    const dir = tempDir();
    const failed = apostille(['--library', library, 'export', '--format', 'csv', '--out', join(dir, 'absent', 'x.csv'), '--lang', 'fr']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Le fichier n’a pas pu être écrit : ce fichier n’existe pas');
    expect(readdirSync(dir)).toEqual([]);
    expect(apostille(['--library', library, 'export', '--format', 'md', '--doc', 'ffffffff']).code).toBe(3);
  });

  it('imports an export back into another library, with a summary in English or French', () => {
    const { library: source, batteries, lumenis } = sharedLibrary();
    const file = join(tempDir(), 'annotations.jsonld');
    expect(apostille(['--library', source, 'export', '--format', 'w3c', '--out', file]).code).toBe(0);

    const target = tempDir();
    apostille(['--library', target, 'import', join(SAMPLES, 'fr-batterie-lyon.txt')]);
    const partial = apostille(['--library', target, 'import-annotations', file]);
    expect(partial.code).toBe(4);
    expect(partial.stdout).toContain('Imported 2 annotations (0 orphans, 0 moved), already in the library 0, skipped 1');
    expect(partial.stderr).toContain(`skipped: article ${lumenis} is not in the library`);

    apostille(['--library', target, 'import', ...SAMPLE_FILES]);
    const again = apostille(['--library', target, 'import-annotations', file, '--lang', 'fr']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Annotations importées : 1 (dont 0 orphelines, 0 déplacées), déjà dans la bibliothèque : 2, ignorées : 0');
    const json = apostille(['--library', target, 'import-annotations', file, '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ imported: 0, orphans: 0, moved: 0, duplicates: 3, skipped: 0, missingDocuments: [], notesRestored: 0, notesKept: 0 });
    const listed = (library: string, id: string) => JSON.parse(apostille(['--library', library, 'annotations', id, '--json']).stdout) as unknown[];
    expect(listed(target, batteries)).toEqual(listed(source, batteries));
    expect(listed(target, lumenis)).toEqual(listed(source, lumenis));
  });

  it('refuses a malformed file, imports nothing, and says where the problem is', () => {
    const { library } = sharedLibrary();
    const dir = tempDir();
    const bad = join(dir, 'bad.jsonld');
    writeFileSync(bad, JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', id: 'urn:x:1', items: [{ id: 'urn:x:2', type: 'Annotation' }] }));
    const before = annotationCount(library);
    const refused = apostille(['--library', library, 'import-annotations', bad, '--lang', 'fr']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('rien n’a été importé. À $.items[0].target');
    const english = apostille(['--library', library, 'import-annotations', bad, '--json']);
    expect(JSON.parse(english.stdout)).toMatchObject({ ok: false, error: { code: 'invalid_annotations_file', details: { path: '$.items[0].target' } } });
    expect(annotationCount(library)).toBe(before);
    expect(apostille(['--library', library, 'import-annotations', join(dir, 'absent.jsonld')]).code).toBe(1);
    expect(apostille(['--library', library, 'import-annotations']).code).toBe(2);
    expect(existsSync(join(dir, 'absent.jsonld'))).toBe(false);
  });
});
