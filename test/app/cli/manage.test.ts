import { describe, expect, it } from 'vitest';
import { apostille, SAMPLE_FILES } from '../../support/cli.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

/** Runs the CLI on `dir`, failing on a non-zero exit; gives stdout. */
function run(dir: string, ...args: string[]): string {
  const result = apostille(['--library', dir, ...args]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

const idsOf = (dir: string, ...args: string[]) => (JSON.parse(run(dir, 'list', '--json', ...args)) as { items: { id: string; title: string }[] }).items.map((d) => d.id);

describe('managing the library from the CLI', () => {
  it('files articles in collections, tags them, lists by both, and works in French', () => {
    const dir = tempDir();
    run(dir, 'import', ...SAMPLE_FILES);
    const [a, b, c] = idsOf(dir, '--sort', 'title', '--asc') as [string, string, string];

    expect(run(dir, 'collections')).toContain('apostille collections create');
    expect(run(dir, '--lang', 'fr', 'collections', 'create', 'Énergie et industrie')).toContain('Dossier « Énergie et industrie » créé.');
    expect(apostille(['--library', dir, 'collections', 'create', 'énergie ET industrie']).code).not.toBe(0);
    expect(run(dir, 'collections', 'add', 'ÉNERGIE et industrie', a.slice(0, 8), b)).toContain('2 article(s) put in “Énergie et industrie”');
    expect(idsOf(dir, '--collection', 'énergie et industrie').sort()).toEqual([a, b].sort());
    expect(run(dir, 'collections')).toMatch(/\s+2 {2}Énergie et industrie/);
    run(dir, 'collections', 'take', 'Énergie et industrie', a);
    expect(idsOf(dir, '--collection', 'Énergie et industrie')).toEqual([b]);
    run(dir, 'collections', 'rename', 'Énergie et industrie', 'Industrie');
    expect(JSON.parse(run(dir, 'collections', '--json'))).toMatchObject([{ name: 'Industrie', count: 1 }]);

    run(dir, 'tag', a, c, '--add', 'À vérifier', '--add', 'chiffres');
    expect(idsOf(dir, '--tag', 'à vérifier').sort()).toEqual([a, c].sort());
    run(dir, 'tag', c, '--remove', 'À VÉRIFIER');
    expect(idsOf(dir, '--tag', 'à vérifier')).toEqual([a]);
    expect(JSON.parse(run(dir, 'tag', '--json'))).toEqual([{ value: 'chiffres', count: 2 }, { value: 'À vérifier', count: 1 }]);

    run(dir, 'collections', 'remove', 'Industrie');
    expect(run(dir, 'collections')).toContain('No collections yet');
    expect(idsOf(dir)).toHaveLength(SAMPLE_FILES.length);
  });

  it('puts articles in the Trash, says how to undo, takes them out, and empties it for good', () => {
    const dir = tempDir();
    run(dir, 'import', ...SAMPLE_FILES);
    const [a, b] = idsOf(dir) as [string, string];
    const trashed = run(dir, 'trash', a, b);
    expect(trashed).toContain('2 article(s) put in the Trash');
    expect(trashed).toContain(`apostille trash --restore ${a.slice(0, 12)} ${b.slice(0, 12)}`);
    expect(idsOf(dir)).not.toContain(a);
    expect(idsOf(dir, '--trash').sort()).toEqual([a, b].sort());
    run(dir, 'trash', '--restore', a);
    expect(idsOf(dir)).toContain(a);
    expect(run(dir, 'trash', '--empty')).toContain('1 article(s) deleted for good.');
    expect(run(dir, 'trash', '--list')).toContain('The Trash is empty.');
    expect(apostille(['--library', dir, 'show', b]).code).not.toBe(0);
  });

  it('corrects an article’s details and marks it read and archived', () => {
    const dir = tempDir();
    run(dir, 'import', SAMPLE_FILES[0]!);
    const [id] = idsOf(dir) as [string];
    const edited = JSON.parse(run(dir, 'edit', id, '--title', 'Un titre corrigé', '--source', 'Reuters', '--published', '2025-02-03', '--read', '--archive', '--json'));
    expect(edited).toMatchObject({ title: 'Un titre corrigé', source: 'Reuters', published: '2025-02-03' });
    expect(edited.readAt).not.toBeNull();
    expect(idsOf(dir)).toEqual([]);
    expect(idsOf(dir, '--archived')).toEqual([id]);
    expect(JSON.parse(run(dir, 'search', 'corrigé', '--json')).hits.map((h: { id: string }) => h.id)).toEqual([id]);
    run(dir, 'edit', id, '--source', '');
    expect(JSON.parse(run(dir, 'show', id, '--json')).source).toBeNull();
    const bad = apostille(['--library', dir, 'edit', id, '--published', 'hier']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('YYYY');
  });
});
