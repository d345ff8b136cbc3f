import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, SAMPLES, SAMPLE_FILES, apostille } from '../../support/cli.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

describe('apostille CLI', () => {
  it('imports, lists, searches, shows, removes and exports over one library', () => {
    const library = tempDir();
    const imported = apostille(['--library', library, 'import', ...SAMPLE_FILES, '--json']);
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout) as { imported: { id: string; title: string }[] };
    expect(report.imported).toHaveLength(4);

    const list = JSON.parse(apostille(['--library', library, 'list', '--json', '--language', 'en']).stdout) as { total: number; items: { title: string }[] };
    expect(list.items.map((d) => d.title)).toEqual(['Harbor Wind prices £420m green bond to fund North Sea expansion']);

    const search = JSON.parse(apostille(['--library', library, 'search', 'etat', '--json']).stdout) as { hits: { snippet: string }[] };
    expect(search.hits.length).toBeGreaterThan(0);
    expect(search.hits[0]!.snippet).toMatch(/\u0002[EÉ]tat/);

    const id = report.imported.find((d) => d.title.startsWith('Batteries'))!.id;
    const shown = apostille(['--library', library, 'show', id.slice(0, 8)]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('place      Lyon');
    expect(shown.stdout).toContain('source     AFP');

    const out = join(tempDir(), 'export.json');
    expect(apostille(['--library', library, 'export', '--format', 'json', '--out', out]).code).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8')) as { documents: { id: string }[] };
    expect(exported.documents).toHaveLength(4);

    const annotated = apostille(['--library', library, 'annotate', id.slice(0, 8), '--quote', "1,4 milliard d'euros", '--color', 'green', '--note', 'Montant total', '--tag', 'montant', '--json']);
    expect(annotated.code).toBe(0);
    expect(JSON.parse(annotated.stdout)).toMatchObject({ exact: '1,4 milliard d’euros', color: 'green', note: 'Montant total', tags: ['montant'], motivation: 'commenting' });
    const listed = apostille(['--library', library, 'annotations', id]);
    expect(listed.stdout).toContain('green   “1,4 milliard d’euros”  #montant');
    expect(listed.stdout).toContain('Montant total');
    const absent = apostille(['--library', library, 'annotate', id, '--quote', 'une phrase absente de l’article', '--lang', 'fr']);
    expect(absent.code).toBe(3);
    expect(absent.stderr).toContain('Le passage « une phrase absente de l’article » ne figure pas dans cet article.');
    expect(apostille(['--library', library, 'annotate', id, '--quote', 'Lyon', '--color', 'black']).code).toBe(2);

    expect(apostille(['--library', library, 'remove', id]).code).toBe(0);
    expect(apostille(['--library', library, 'show', id]).code).toBe(3);
  });

  it('reads the library from APOSTILLE_LIBRARY when --library is not given', () => {
    const library = tempDir();
    apostille(['import', join(SAMPLES, 'fr-batterie-lyon.txt')], { APOSTILLE_LIBRARY: library });
    expect(existsSync(join(library, 'library.sqlite'))).toBe(true);
    expect(apostille(['list'], { APOSTILLE_LIBRARY: library }).stdout).toContain('Voltaïa');
  });

  it('reports failures in the user’s language with meaningful exit codes', () => {
    const library = tempDir();
    const dir = tempDir();
    writeFileSync(join(dir, 'vide.txt'), '');
    writeFileSync(join(dir, 'bon.txt'), 'Un titre\n\nUn texte assez long pour être un article.');
    const partial = apostille(['--library', library, 'import', dir], { LANG: 'fr_FR.UTF-8' });
    expect(partial.code).toBe(4);
    expect(partial.stderr).toContain('vide.txt: Le fichier est vide.');
    expect(partial.stdout).toContain('Importés : 1');
    const missing = apostille(['--library', library, 'import', join(dir, 'absent.txt')], { LANG: 'fr_FR.UTF-8' });
    expect(missing.stderr).toContain('Le fichier n’a pas pu être lu : ce fichier n’existe pas');
    const failed = apostille(['--library', library, 'import', join(dir, 'vide.txt')]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('The file is empty.');
    expect(apostille(['--library', library, 'show', 'ffffffff', '--lang', 'fr']).stderr).toContain('Aucun article');
    expect(apostille(['--library', library, 'frobnicate']).code).toBe(2);
    expect(apostille(['--library', library, 'list', '--sort', 'colour']).code).toBe(2);
    expect(apostille(['--library', library, 'export']).code).toBe(2);
  });

  it('reports an export path that cannot be written and leaves nothing behind', () => {
    const library = tempDir();
    const result = apostille(['--library', library, 'export', '--format', 'json', '--out', '/nonexistent-dir/x.json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('could not be written');
  });

  it('prints help for the program and for each command', () => {
    const help = apostille(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['import', 'list', 'search', 'show', 'remove', 'annotate', 'annotations', 'export', 'serve', 'start']) {
      expect(help.stdout).toContain(command);
      const own = apostille([command, '--help']);
      expect(own.code, command).toBe(0);
      expect(own.stdout, command).toContain(`apostille ${command}`);
    }
  });
});

describe('the apostille launcher', () => {
  // `npm install -g .` runs the bin with whatever node is on the PATH; an older one must hand over to the pinned Node 24.
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout?.startsWith('v'));
  const major = systemNode ? Number(spawnSync(systemNode, ['--version'], { encoding: 'utf8' }).stdout.slice(1).split('.')[0]) : 0;
  const reason = systemNode ? `the system node (${systemNode}) is already Node ${major}` : 'no system node outside the project';
  if (!systemNode || major >= 24) console.warn(`SKIPPED: launcher hand-over test: ${reason}`);

  it.skipIf(!systemNode || major >= 24)('re-runs the CLI on the pinned Node 24 when started by an older node', () => {
    const result = spawnSync(systemNode!, [CLI, '--help'], { encoding: 'utf8', env: { ...process.env, PATH: '/usr/bin:/bin' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: apostille');
  });
});
