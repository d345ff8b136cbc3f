import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/api.ts';
import { corpusPresent, seedFiles, SKIP_REASON } from '../../support/corpus.ts';
import { spanOf } from '../../support/library-data.ts';
import { useTempDir } from '../../support/tmp.ts';

const tempDir = useTempDir();

/** Each note's front matter, read back by a YAML parser. */
function frontMatterOf(note: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(note);
  if (!match) throw new Error('no front matter');
  return load(match[1]!) as Record<string, unknown>;
}

describe.skipIf(!corpusPresent)(`Markdown for Obsidian, on the two seed articles${corpusPresent ? '' : ` (${SKIP_REASON})`}`, () => {
  it('ends each quote callout with its block id, and carries url, aliases, tags and collections in the front matter', async () => {
    const t = await openTestCore(tempDir());
    try {
      const { imported } = await t.job('documents.import', { paths: seedFiles() });
      expect(imported).toHaveLength(2);
      const dossier = await t.call('collections.create', { name: 'Cloud souverain' });
      const highlights = new Map<string, string>();
      for (const { id } of imported) {
        const { text, blocks } = await t.call('documents.get', { id });
        // A passage of the body: the first words of its second paragraph, cut at a space.
        const paragraph = blocks.filter((b) => b.kind === 'paragraph')[1]!;
        const start = text.slice(paragraph.start, paragraph.start + 90);
        const sentence = start.slice(0, start.lastIndexOf(' '));
        const made = await t.call('annotations.create', { documentId: id, ...(await spanOf(t, id, sentence)), color: 'green', note: 'À recouper', tags: ['à vérifier'] });
        highlights.set(id, made.id);
        await t.call('collections.file', { id: dossier.id, documentIds: [id], inside: true });
      }
      const [first, second] = imported.map((d) => d.id) as [string, string];
      await t.call('documents.update', { id: first, url: 'https://www.example.fr/cloud-2012' });
      await t.call('documents.tag', { ids: [second], add: ['Orange SA'] });

      const { files } = await t.job('annotations.export', { format: 'md', documentIds: [first], language: 'fr' });
      const note = files[0]!.content;
      const id = highlights.get(first)!;
      // The block id is on the callout's last line, so that ![[note#^id]] embeds the quote; nothing else carries it.
      const lines = note.split('\n');
      const withId = lines.filter((line) => line.includes(`^${id}`));
      expect(withId).toHaveLength(1);
      expect(withId[0]).toMatch(new RegExp(`^> .+ \\^${id}$`));
      const at = lines.indexOf(withId[0]!);
      expect(lines[at + 1]).toBe('');
      expect(lines.slice(0, at).reverse().find((line) => line.startsWith('> [!quote]'))).toBe('> [!quote] Vert');
      // Where apostille:// cannot be followed, the article's address at the passage (a text fragment).
      expect(note).toMatch(/\[Sur le web\]\(<https:\/\/www\.example\.fr\/cloud-2012#:~:text=[^>]+>\)/);
      const title = (await t.call('documents.get', { id: first })).title;
      expect(frontMatterOf(note)).toMatchObject({
        title, aliases: [title], url: 'https://www.example.fr/cloud-2012', tags: ['à-vérifier'], collections: ['Cloud souverain'], apostille: first,
      });

      const other = (await t.job('annotations.export', { format: 'md', documentIds: [second] })).files[0]!.content;
      expect(frontMatterOf(other)).toMatchObject({ tags: ['Orange-SA', 'à-vérifier'], collections: ['Cloud souverain'] });
      expect(frontMatterOf(other).url).toBeUndefined();
      expect(other).not.toContain('On the web');
    } finally {
      await t.close();
    }
  });
});

describe('Markdown of several articles for a page', () => {
  it('comes as a .zip of notes, one per article with its own front matter, named after its title', async () => {
    const t = await openTestCore(tempDir());
    try {
      const files = { 'a.txt': 'Orange et le cloud\n\nOrange lance un cloud souverain.', 'b.txt': 'Orange et le cloud\n\nUn autre article du même titre.', 'c.txt': 'Thales\n\nThales investit.' };
      const { imported } = await t.job('documents.import', { files: Object.entries(files).map(([name, text]) => ({ name, base64: Buffer.from(text).toString('base64') })) });
      for (const { id } of imported) await t.call('annotations.create', { documentId: id, start: 0, end: 6, color: 'yellow', note: `Note ${id.slice(0, 4)}` });
      const done = await t.job('annotations.export', { format: 'md', bundle: 'zip', language: 'fr' });
      expect(done).toMatchObject({ documents: 3, annotations: 3 });
      const [file] = done.files;
      expect(file).toMatchObject({ fileName: 'apostille-notes.zip', mimeType: 'application/zip', encoding: 'base64' });
      const notes = unzipSync(Buffer.from(file!.content, 'base64'));
      const names = Object.keys(notes).sort();
      expect(names).toHaveLength(3);
      expect(names).toContain('Thales.md');
      expect(names.filter((n) => n.startsWith('Orange et le cloud'))).toHaveLength(2);
      for (const name of names) {
        const note = strFromU8(notes[name]!);
        expect(frontMatterOf(note).title).toBe(name.startsWith('Thales') ? 'Thales' : 'Orange et le cloud');
        expect(note).toMatch(/> \[!quote\] Jaune\n> .+ \^[0-9a-f-]{36}\n/);
      }
      expect((await t.outcome('annotations.export', { format: 'csv', bundle: 'zip' })).error).toMatchObject({ code: 'invalid_request' });
    } finally {
      await t.close();
    }
  });
});

describe('W3C JSON-LD', () => {
  it('names what each colour means, as the reader labelled it', async () => {
    const t = await openTestCore(tempDir());
    try {
      const { imported } = await t.job('documents.import', { files: [{ name: 'a.txt', base64: Buffer.from('Titre\n\nUn passage à garder et un autre.').toString('base64') }] });
      const id = imported[0]!.id;
      await t.call('library.updateSettings', { colorLabels: { green: 'À vérifier' } });
      await t.call('annotations.create', { documentId: id, ...(await spanOf(t, id, 'passage')), color: 'green' });
      await t.call('annotations.create', { documentId: id, ...(await spanOf(t, id, 'autre')), color: 'pink' });
      const { files } = await t.job('annotations.export', { format: 'w3c', documentIds: [id] });
      const items = (JSON.parse(files[0]!.content) as { first: { items: Record<string, unknown>[] } }).first.items;
      expect(items.map((i) => [i['apostille:color'], i['apostille:colorLabel']])).toEqual([['green', 'À vérifier'], ['pink', undefined]]);
    } finally {
      await t.close();
    }
  });
});
