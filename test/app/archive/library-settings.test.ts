import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/api.ts';
import { apostille } from '../../support/cli.ts';
import { spanOf } from '../../support/library-data.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

/** A library with a green and a pink highlight on one article, and labels for the colours given. */
async function labelled(dir: string, labels: Record<string, string>): Promise<string> {
  const t = await openTestCore(dir);
  try {
    const { imported } = await t.job('documents.import', { files: [{ name: 'a.txt', base64: Buffer.from('Un titre\n\nLe premier passage, puis le second passage.').toString('base64') }] });
    const id = imported[0]!.id;
    await t.call('annotations.create', { documentId: id, ...(await spanOf(t, id, 'premier passage')), color: 'green' });
    await t.call('annotations.create', { documentId: id, ...(await spanOf(t, id, 'second passage')), color: 'pink' });
    await t.call('library.updateSettings', { colorLabels: labels });
    return id;
  } finally {
    await t.close();
  }
}

describe('colour labels live in the library', () => {
  it('reach the Markdown export of the CLI, which has no settings of its own', async () => {
    const dir = tempDir();
    const id = await labelled(dir, { green: 'Chiffre à vérifier' });
    const md = apostille(['--library', dir, 'export', '--format', 'md', '--doc', id]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('> [!quote] Chiffre à vérifier\n> premier passage');
    // A colour without a label shows its name.
    expect(md.stdout).toContain('> [!quote] Pink\n> second passage');
  });

  it('travel with the library in its archive', async () => {
    const dir = tempDir();
    const id = await labelled(dir, { pink: 'Citation' });
    const archive = join(tempDir(), 'library.apostille');
    expect(apostille(['--library', dir, 'export', '--format', 'archive', '--out', archive]).code).toBe(0);
    const target = tempDir();
    expect(apostille(['--library', target, 'import', archive]).code).toBe(0);
    const md = apostille(['--library', target, 'export', '--format', 'md', '--doc', id, '--lang', 'fr']);
    expect(md.stdout).toContain('> [!quote] Citation\n> second passage');
    expect(md.stdout).toContain('> [!quote] Vert\n> premier passage');
  });
});
