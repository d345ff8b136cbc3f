import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { exportAnnotations } from '../../../app/export/index.ts';
import { escapeMarkdown, obsidianTag, yamlString } from '../../../app/export/markdown.ts';
import { getDocument } from '../../../app/store/index.ts';
import type { Library } from '../../../app/library/index.ts';
import { useTempDir } from '../../support/tmp.ts';
import { annotatedLibrary } from './fixtures.ts';

const tempDir = useTempDir();

async function markdown(library: Library, documentIds?: string[], language = 'fr'): Promise<string> {
  let out = '';
  await exportAnnotations(library.db, { format: 'md', documentIds, labels: { green: 'Chiffre clé : "à citer"' }, language }, (chunk) => (out += chunk));
  return out;
}

/** The front matter of a note, parsed by a strict YAML parser (duplicate keys and bad escapes throw). */
function frontMatter(note: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(note);
  if (!match) throw new Error('no front matter');
  return load(match[1]!) as Record<string, unknown>;
}

describe('Markdown export', () => {
  it('writes one Obsidian note per article, with front matter any YAML parser reads back exactly', async () => {
    const { library, hostile, lumenis } = await annotatedLibrary(tempDir());
    const doc = getDocument(library.db, hostile);
    const note = await markdown(library, [hostile]);
    expect(frontMatter(note)).toEqual({
      title: doc.title,
      aliases: [doc.title],
      file: 'hostile.txt',
      ...(doc.language ? { language: doc.language } : {}),
      apostille: hostile,
      tags: ['citation-directe', 'multi-ligne'],
      collections: [],
    });
    const lumenisNote = frontMatter(await markdown(library, [lumenis]));
    expect(lumenisNote).toMatchObject({ title: getDocument(library.db, lumenis).title, source: 'AFP', place: 'Grenoble', apostille: lumenis });
    expect(lumenisNote.tags).toEqual(['montant', 'à-vérifier', 'fonds', '-emploi', 'rh', 'orphelin']);
    library.close();
  });

  it('quotes each passage in a callout titled with its colour’s label, its note as written, its tags and a block id', async () => {
    const { library, lumenis, annotations } = await annotatedLibrary(tempDir());
    const note = await markdown(library, [lumenis]);
    const [amount] = annotations().get(lumenis)!;
    expect(note).toContain('## Note sur l’article\n\nDossier **rachat** : suivre l’avis de l’AMF.\n\n');
    // The block id ends the callout's last line: `![[note#^id]]` embeds the quote itself.
    expect(note).toContain(`> [!quote] Jaune\n> 1,2 milliard d’euros ^${amount!.id}\n\nMontant, dette comprise;\n\nsur "deux" lignes\n\n#montant [Apostille](apostille://document/${lumenis}#${amount!.id})\n`);
    expect(note).toMatch(/> \[!quote\] Chiffre clé : "à citer"\n> Ardentis Capital a annoncé \^[0-9a-f-]{36}\n\n\*\*Acheteur\*\* : un fonds, « prudent »\n\n#à-vérifier #fonds \[Apostille\]/);
    // Passages come in text order; orphans last, under their own heading.
    expect(note.indexOf('1,2 milliard d’euros\n')).toBeLessThan(note.indexOf('> Ardentis Capital a annoncé'));
    const orphans = note.indexOf('## Annotations orphelines');
    expect(orphans).toBeGreaterThan(note.indexOf('> Lumenis emploie 3.600 salariés'));
    expect(note.slice(orphans)).toMatch(/> \[!quote\] Rose\n> Les syndicats étaient inquiets \^[0-9a-f-]{36}\n\nPassage perdu\n\n#orphelin/);
    library.close();
  });

  it('keeps passages literal: Markdown and Obsidian syntax in a quote is escaped, line breaks stay in the quote', async () => {
    const { library, hostile } = await annotatedLibrary(tempDir());
    const note = await markdown(library, [hostile], 'en');
    expect(note).toMatch(/> \[!quote\] Chiffre clé : "à citer"\n> un retour\n> à la ligne \^[0-9a-f-]{36}\n\n#multi-ligne/);
    expect(note).toContain('# \\<script\\>alert("titre")\\</script\\> « Le “grand” débat » : 50 % des élus l’ont dit\n');
    expect(note).toContain('le ministre a déclaré «\u202fnous verrons\u202f» 🙂');
    expect(escapeMarkdown('*gras* _x_ [lien](y) <b> #tag ==surligné== %%commentaire%% $x$ a|b')).toBe(
      '\\*gras\\* \\_x\\_ \\[lien\\](y) \\<b\\> \\#tag \\==surligné\\== \\%%commentaire\\%% \\$x\\$ a\\|b');
    expect(escapeMarkdown('- pas une liste\n1. ni celle-ci')).toBe('\\- pas une liste\n1\\. ni celle-ci');
    library.close();
  });

  it('writes several articles as one combined stream with a single front matter', async () => {
    const { library, lumenis, hostile } = await annotatedLibrary(tempDir());
    const all = await markdown(library);
    expect(frontMatter(all)).toMatchObject({ title: 'Annotations exportées d’Apostille', articles: 2 });
    expect(all.match(/^---$/gm)).toHaveLength(2);
    expect(all).toContain(`- Identifiant Apostille\u00a0: \`${lumenis}\``);
    expect(all).toContain(`- Identifiant Apostille\u00a0: \`${hostile}\``);
    expect(all.match(/^# /gm)).toHaveLength(2);
    library.close();
  });

  it('quotes YAML strings so that nothing in them is read as syntax', () => {
    for (const value of ['a: b', '"quoted"', '« guillemets »', '‘curly’ “quotes”', '- dash', '#hash', 'back\\slash', 'line\nbreak', 'tab\there', '\u0007bell', '\u2028sep', 'yes', '0123', '']) {
      expect(load(`key: ${yamlString(value)}`)).toEqual({ key: value });
    }
    expect(obsidianTag('  #à vérifier  plus tard! ')).toBe('à-vérifier-plus-tard');
    expect(obsidianTag('mot/sous-mot_1')).toBe('mot/sous-mot_1');
  });
});
