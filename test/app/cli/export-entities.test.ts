import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getDocument } from '../../../app/store/index.ts';
import { apostille } from '../../support/cli.ts';
import { useTempDir } from '../../support/tmp.ts';
import { entityLibrary } from '../export/entities-fixtures.ts';

const tempDir = useTempDir();

// One library with mentions for every test (each command is a process that takes a second to start).
const shared = mkdtempSync(join(tmpdir(), 'apostille-cli-entities-'));
let sharedLibrary: { library: string; recent: string; older: string; recentText: string } | undefined;
async function library() {
  if (!sharedLibrary) {
    const built = await entityLibrary(shared);
    const recentText = getDocument(built.library.db, built.recent).text;
    built.library.close();
    sharedLibrary = { library: shared, recent: built.recent, older: built.older, recentText };
  }
  return sharedLibrary;
}
afterAll(() => rmSync(shared, { recursive: true, force: true }));

describe('apostille export (entities)', () => {
  it('writes brat standoff into a folder, and needs --out for it', async () => {
    const { library: lib, recent, recentText } = await library();
    const dir = join(tempDir(), 'brat');
    const result = apostille(['--library', lib, 'export', '--format', 'brat', '--out', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`Wrote 7 file(s) of entities to ${dir}.`);
    expect(readdirSync(dir).sort()).toEqual([
      'annotation.conf', 'orange-reprend-cloudwatt.ann', 'orange-reprend-cloudwatt.txt', 'thales-et-orange-lancent-cloudwatt.ann',
      'thales-et-orange-lancent-cloudwatt.txt', 'tools.conf', 'visual.conf',
    ]);
    const txt = readFileSync(join(dir, 'orange-reprend-cloudwatt.txt'), 'utf8');
    expect(txt).toBe(recentText);
    const ann = readFileSync(join(dir, 'orange-reprend-cloudwatt.ann'), 'utf8');
    for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
      const [, middle, text] = line.split('\t');
      const [, start, end] = middle!.split(' ').map(Number);
      expect([...txt].slice(start, end).join('')).toBe(text);
    }
    expect(ann).toMatch(/\nN\d+\tReference T\d+ Wikidata:Q1431486\tOrange\n/);

    const one = join(tempDir(), 'one');
    const json = apostille(['--library', lib, 'export', '--format', 'brat', '--doc', recent.slice(0, 8), '--out', one, '--json', '--lang', 'fr']);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { files: string[] }).files.map((f) => f.slice(one.length + 1))).toEqual([
      'orange-reprend-cloudwatt.txt', 'orange-reprend-cloudwatt.ann', 'annotation.conf', 'visual.conf', 'tools.conf',
    ]);
    expect(json.stderr).toContain(`5 fichier(s) d’entités écrit(s) dans ${one}.`);

    const missing = apostille(['--library', lib, 'export', '--format', 'brat']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out DIR');
    expect(missing.stderr).toContain('Usage: apostille export');
  });

  it('writes CoNLL and the CSVs to stdout or to a file', async () => {
    const { library: lib, older } = await library();
    const conll = apostille(['--library', lib, 'export', '--format', 'conll']);
    expect(conll.code).toBe(0);
    expect(conll.stdout.startsWith('-DOCSTART- -X- O O\n\n')).toBe(true);
    expect(conll.stdout).toContain('d’ O\nOrange B-ORG\n');

    const entities = apostille(['--library', lib, 'export', '--format', 'entities-csv']);
    expect(entities.code).toBe(0);
    expect(entities.stdout.startsWith('\ufeffentity_id,type,name,aliases,note,external_id,mentions,articles\r\n')).toBe(true);
    expect(entities.stdout).toContain(",Orange,Orange SA,\"'=1+1 opérateur, « historique »\",Q1431486,4,2\r\n");

    const out = join(tempDir(), 'mentions.csv');
    const mentions = apostille(['--library', lib, 'export', '--format', 'mentions-csv', '--doc', older, '--out', out]);
    expect(mentions.code).toBe(0);
    expect(mentions.stdout).toBe('');
    expect(mentions.stderr).toContain(`Wrote 1 file(s) of entities to ${out}.`);
    const rows = readFileSync(out, 'utf8').split('\r\n');
    expect(rows[0]).toBe('\ufeffmention_id,entity_id,entity_name,type,document_id,document_title,text,start,end,value,value_kind,context_before,context_after,orphan');
    expect(rows).toHaveLength(1 + 5 + 1);
    expect(rows.every((r, i) => i === 0 || r === '' || r.includes(older))).toBe(true);

    const failed = apostille(['--library', lib, 'export', '--format', 'conll', '--out', join(tempDir(), 'absent', 'x.conll')]);
    expect(failed.code).toBe(1);
    expect(apostille(['--library', lib, 'export', '--format', 'conll', '--doc', 'ffffffff']).code).toBe(3);
    expect(existsSync(join(tempDir(), 'absent'))).toBe(false);
  });

  it('documents the entity formats in its usage', () => {
    const help = apostille(['export', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format archive|json|md|csv|w3c|html|pdf|brat|conll|entities-csv|mentions-csv');
    expect(help.stdout).toContain('-DOCSTART- -X- O O');
  });

  it('prints an article’s timeline, and says how to ask for one', async () => {
    const { library: lib, recent } = await library();
    const result = apostille(['--library', lib, 'entities', 'timeline', recent.slice(0, 8)]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^2015-07-27 +Orange reprend Cloudwatt 🙂\n +Stéphane Richard l’a annoncé lundi 27 juillet\.\n$/u);
    const json = JSON.parse(apostille(['--library', lib, 'entities', 'timeline', recent, '--json']).stdout) as { items: { date: string; sentence: string; at: number; length: number }[] };
    expect(json.items.map((i) => i.sentence.slice(i.at, i.at + i.length))).toEqual(['lundi 27 juillet']);
    const both = apostille(['--library', lib, 'entities', 'timeline', recent, '--entity', '00000000-0000-4000-8000-000000000000']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('timeline takes one article id, or --collection ID, or --entity ID');
  });
});
