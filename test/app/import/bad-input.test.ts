import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../app/contract/schemas.ts';
import { importSources, sourceFromBytes, sourcesFromPaths } from '../../../app/import/index.ts';
import { countDocuments, listDocuments, openDatabase } from '../../../app/store/index.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();
const GOOD = 'Un titre d’essai\n\n[02/03/2021 10:00:00] LYON (AFP) Le groupe Voltaïa a annoncé un investissement de 500 millions d’euros.\n';

function library() {
  return openDatabase(join(tempDir(), 'library.sqlite'));
}

describe('bad input in a batch', () => {
  it('reports each bad file with its reason and still imports every good one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), GOOD);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '  \n\n  ');
    writeFileSync(join(dir, 'binary.txt'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    writeFileSync(join(dir, 'image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'report.pdf'), '%PDF-1.4');
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(MAX_IMPORT_BYTES + 1, 'a'));
    writeFileSync(join(dir, 'second.md'), '# Deuxième article\n\nLe *texte* d’un deuxième article, assez long pour être lu.\n');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'secret.txt'), GOOD.replace('essai', 'secret'));
    chmodSync(join(dir, 'locked', 'secret.txt'), 0o000);
    const db = library();

    const report = await importSources(db, sourcesFromPaths([dir, join(dir, 'missing.txt')]));
    const failures = Object.fromEntries(report.failed.map((f) => [f.file.split('/').pop(), f.error.code]));
    expect(failures).toMatchObject({
      'empty.txt': 'empty_file',
      'blank.txt': 'empty_file',
      'binary.txt': 'binary_file',
      'image.png': 'unsupported_type',
      'report.pdf': 'pdf_damaged',
      'huge.txt': 'too_large',
      'missing.txt': 'unreadable_file',
    });
    // Root reads any file regardless of permissions; elsewhere the locked file must be reported as unreadable.
    if (process.getuid?.() !== 0) expect(failures['secret.txt']).toBe('unreadable_file');
    expect(report.imported.map((i) => i.title).sort()).toEqual(expect.arrayContaining(['Deuxième article', 'Un titre d’essai']));
    expect(countDocuments(db)).toBe(report.imported.length);
    db.close();
  });

  it('detects a re-import of the same article, even with other line ends or encoding, and keeps one copy', async () => {
    const db = library();
    const first = await importSources(db, [sourceFromBytes('a.txt', new TextEncoder().encode(GOOD))]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(GOOD.replaceAll('\n', '\r\n'))]);
    const again = await importSources(db, [sourceFromBytes('b.txt', bom)]);
    expect(first.imported).toHaveLength(1);
    expect(again.imported).toHaveLength(0);
    expect(again.duplicates).toEqual([{ file: 'b.txt', id: first.imported[0]!.id, title: 'Un titre d’essai' }]);
    expect(countDocuments(db)).toBe(1);
    db.close();
  });

  it('leaves the library as it was when a write fails mid-batch', async () => {
    const db = library();
    await importSources(db, [sourceFromBytes('a.txt', new TextEncoder().encode(GOOD))]);
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON document_originals WHEN (SELECT count(*) FROM documents) > 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const report = await importSources(db, [sourceFromBytes('b.txt', new TextEncoder().encode(GOOD.replace('essai', 'autre')))]);
    expect(report.failed[0]?.error.message).toMatch(/disk full/);
    expect(listDocuments(db).items.map((d) => d.title)).toEqual(['Un titre d’essai']);
    // Neither a half-written row nor a stray search entry is left behind.
    expect(db.prepare("SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'autre'").get()).toEqual({ n: 0 });
    db.close();
  });
});
