import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../app/import/index.ts';
import { readAddressLine } from '../../../app/import/address-line.ts';
import { CORPUS_DIR, wikinewsFiles } from '../../support/corpus.ts';

const WIKINEWS_DIR = join(CORPUS_DIR, 'wikinews');
const wikinewsPresent = existsSync(WIKINEWS_DIR);
const WIKINEWS_SKIP = `../shared/corpus/wikinews is absent (looked in ${WIKINEWS_DIR}); Wikinews address tests skipped`;
if (!wikinewsPresent) console.log(`SKIPPED: ${WIKINEWS_SKIP}`);

const BODY = 'Le conseil d’administration a validé mercredi le rachat de la société, pour un montant de 1,2 milliard d’euros.';

function importText(text: string, fileName = 'article.txt') {
  return parseFile(fileName, new TextEncoder().encode(text));
}

/** Invisible and non-ASCII characters as \\u escapes, for test names. */
function visible(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** The stored text of each block of a kind. */
function blockTexts(doc: ReturnType<typeof importText>, kind: string): string[] {
  return doc.blocks.filter((b) => b.kind === kind).map((b) => doc.text.slice(b.start, b.end));
}

describe('an address line under the title (Wikinews style)', () => {
  it('gives the article its address and its site as the source; the line stays in the text as a source block', () => {
    const text = 'Un titre\nSOURCE: https://fr.wikinews.org/wiki/Un_titre\n7 novembre 2012. - ' + BODY + '\n';
    const doc = importText(text);
    expect(doc.url).toBe('https://fr.wikinews.org/wiki/Un_titre');
    expect(doc.source).toBe('fr.wikinews.org');
    expect(doc.published).toBe('2012-11-07');
    expect(doc.text).toBe(text);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['title', 'source', 'paragraph']);
    expect(blockTexts(doc, 'source')).toEqual(['SOURCE: https://fr.wikinews.org/wiki/Un_titre']);
  });

  it('reads the other labels there too, and keeps the address exactly as written', () => {
    const doc = importText('A title\r\n\r\nLien\u00a0: https://WWW.Example.ORG/News/A%C3%A9?id=3\r\n\r\n' + BODY);
    expect(doc.url).toBe('https://WWW.Example.ORG/News/A%C3%A9?id=3');
    expect(doc.source).toBe('example.org');
  });

  it('does not overwrite the source the article names: the agency of a dateline, the site of a byline', () => {
    const agency = importText('Titre\nSOURCE: https://www.example.fr/depeche-1\n\n[26/01/2012 11:18:42] PARIS (AFP) - ' + BODY);
    expect(agency.source).toBe('AFP');
    expect(agency.url).toBe('https://www.example.fr/depeche-1');
    const byline = importText('Titre\n\nPar latribune.fr  |   |  370  mots\n' + BODY + '\n\nSource : https://www.example.fr/article-2');
    expect(byline.source).toBe('latribune.fr');
    expect(byline.url).toBe('https://www.example.fr/article-2');
  });

  it('does not take an address line once the body has begun (that is the article’s own text)', () => {
    const doc = importText(`Titre\n\n${BODY}\n\nSource : https://www.example.fr/au-milieu\n\n${BODY}`);
    expect(doc.url).toBeNull();
    expect(doc.source).toBeNull();
    expect(blockTexts(doc, 'source')).toEqual([]);
  });
});

describe('an address line at the end of the article', () => {
  const lines = [
    'Source : https://www.example.fr/article',
    'Source: https://www.example.fr/article',
    'SOURCES\u00a0:\u00a0https://www.example.fr/article',
    'Lien\u202f: https://www.example.fr/article',
    'link: https://www.example.fr/article',
    'URL: https://www.example.fr/article',
    'Origine : https://www.example.fr/article',
    'Original: https://www.example.fr/article',
    'Via : https://www.example.fr/article',
    'https://www.example.fr/article',
    '   \tSource : https://www.example.fr/article\u00a0 ',
  ];
  for (const line of lines) {
    it(`takes ${visible(line)}`, () => {
      const text = `Titre de l’article\n\n${BODY}\n${line}\n\n  \n`;
      const doc = importText(text);
      expect(doc.url).toBe('https://www.example.fr/article');
      expect(doc.source).toBe('example.fr');
      expect(doc.text).toBe(text);
      expect(doc.blocks.at(-1)!.kind).toBe('source');
      expect(blockTexts(doc, 'source')).toEqual([line.trim()]);
      // The paragraph it closed ends before it.
      expect(blockTexts(doc, 'paragraph')).toEqual([BODY]);
    });
  }

  it('sets the line apart even from a hard-wrapped paragraph it closes, with CRLF line ends', () => {
    const wrapped = ['Le conseil d’administration a validé mercredi le rachat de la', 'société, pour un montant de 1,2 milliard d’euros, a-t-on appris.'];
    const text = `Titre\r\n\r\n${wrapped[0]!.padEnd(60, ' ')}\r\n${wrapped[1]}\r\nURL: https://news.example.org:8443/a/b\r\n`;
    const doc = importText(text);
    expect(doc.url).toBe('https://news.example.org:8443/a/b');
    expect(doc.source).toBe('news.example.org');
    expect(blockTexts(doc, 'source')).toEqual(['URL: https://news.example.org:8443/a/b']);
    expect(blockTexts(doc, 'paragraph')).toHaveLength(1);
    expect(blockTexts(doc, 'paragraph')[0]).not.toContain('URL');
  });

  it('the address under the title wins over the one at the end; their sites likewise', () => {
    const doc = importText(`Titre\nSOURCE: https://fr.wikinews.org/wiki/Titre\n\n${BODY}\n\nVia : https://www.example.fr/reprise`);
    expect(doc.url).toBe('https://fr.wikinews.org/wiki/Titre');
    expect(doc.source).toBe('fr.wikinews.org');
    expect(blockTexts(doc, 'source')).toHaveLength(2);
  });

  it('an address naming only a site gives the source, but no address (two articles citing one site are not one article)', () => {
    for (const address of ['https://www.lemonde.fr', 'https://www.lemonde.fr/', 'http://lemonde.fr/#une']) {
      const doc = importText(`Titre\n\n${BODY}\n\nSource : ${address}`);
      expect(doc.url, address).toBeNull();
      expect(doc.source, address).toBe('lemonde.fr');
    }
    expect(importText(`Titre\n\n${BODY}\n\nhttps://www.lemonde.fr/?p=12`).url).toBe('https://www.lemonde.fr/?p=12');
  });

  it('leaves alone a last line that is more than a label and an address, or another label', () => {
    const last = [
      'Read more at https://www.example.fr/article',
      'Voir https://www.example.fr/article',
      'Source : AFP',
      'Source : https://www.example.fr/a et https://www.example.fr/b',
      'Source : https://www.example.fr/a.',
      'Photo : https://www.example.fr/image.jpg',
      'Source - https://www.example.fr/article',
      'Source : www.example.fr/article',
      '« https://www.example.fr/article »',
      `${BODY} https://www.example.fr/article`,
    ];
    for (const line of last) {
      const doc = importText(`Titre\n\n${BODY}\n\n${line}\n`);
      if (line === 'Source : https://www.example.fr/a.') {
        // One address, ending with a full stop as URLs may (https://en.wikinews.org/wiki/U.S.): taken as written.
        expect(doc.url).toBe('https://www.example.fr/a.');
        continue;
      }
      expect(doc.url, line).toBeNull();
      expect(doc.source, line).toBeNull();
      expect(doc.blocks.at(-1)!.kind, line).not.toBe('source');
    }
  });

  it('does not take an address that is the only line (it is the title)', () => {
    const doc = importText('https://www.example.fr/article\n\n\n');
    expect(doc.url).toBeNull();
    expect(doc.title).toBe('https://www.example.fr/article');
  });
});

describe('the site', () => {
  it('is the host name without www., lower case, without port or final dot, in Unicode', () => {
    const site = (address: string) => readAddressLine(`Source : ${address}`)?.site;
    expect(site('https://en.wikinews.org/wiki/X')).toBe('en.wikinews.org');
    expect(site('https://www.lemonde.fr/economie/article/x.html')).toBe('lemonde.fr');
    expect(site('HTTPS://WWW.Example.ORG./X')).toBe('example.org');
    expect(site('https://www2.example.org/x')).toBe('www2.example.org');
    expect(site('https://www.com/x')).toBe('www.com');
    expect(site('https://www.xn--lyse-9oad.fr/x')).toBe('élysée.fr');
    expect(site('https://www.élysée.fr/x')).toBe('élysée.fr');
    expect(site('http://192.0.2.7/x')).toBe('192.0.2.7');
  });
});

describe('hostile address lines', () => {
  const refused = [
    'javascript:alert(1)',
    'JavaScript://www.example.fr/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://ftp.example.fr/file',
    'file:///etc/passwd',
    'https://user:secret@www.example.fr/a',
    'https://www.example.fr@evil.example/a',
    'https://www.example.fr/a\u2028b',
    'https://www.example.fr/a\u00adb',
    'https://www.example.fr/a\u202eb',
    'https://www.example.fr/a\u200bb',
    'https://www.example.fr/a\u00a0b',
    'https://www.example.fr/<script>',
    'https://www.example.fr/a"onmouseover="x',
    'https://www.example.fr\\@evil.example/a',
    'https://localhost/a',
    'https://[::1]/a',
    'https://',
    'https:///a',
    'https://exa mple.fr/a',
    'https://..example.fr/a',
    `https://www.example.fr/${'a'.repeat(1990)}`,
  ];
  for (const address of refused) {
    it(`refuses ${visible(address.slice(0, 60))}, under the title and at the end`, () => {
      const text = `Titre\nSOURCE: ${address}\n\n${BODY}\n\nSource : ${address}\n${address}\n`;
      const doc = importText(text);
      expect(doc.url).toBeNull();
      expect(doc.source).toBeNull();
      expect(blockTexts(doc, 'source')).toEqual([]);
      expect(doc.text).toBe(text.normalize('NFC'));
    });
  }

  it('refuses control characters the decoder would let through in a longer file, and never throws', () => {
    for (const control of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ufeff', '\ud800']) {
      for (const line of [`Source : https://www.example.fr/a${control}b`, `https://www.example.fr/a${control}b`, `Source : https://www.exam${control}ple.fr/a`]) {
        expect(readAddressLine(line, { bare: true }), JSON.stringify(line)).toBeNull();
      }
    }
    const control = 'Titre\n\n' + `${BODY}\n`.repeat(200) + '\nSource : https://www.example.fr/a\u001bb\n';
    const doc = importText(control);
    expect(doc.text).toBe(control);
    expect(doc.url).toBeNull();
  });

  it('takes an address of 2,000 characters, not one longer', () => {
    const at = (length: number) => `https://www.example.fr/${'a'.repeat(length - 'https://www.example.fr/'.length)}`;
    expect(importText(`Titre\n\n${BODY}\n\nSource : ${at(2000)}`).url).toBe(at(2000));
    expect(importText(`Titre\n\n${BODY}\n\nSource : ${at(2001)}`).url).toBeNull();
  });

  it('reads a 5 MB last line quickly and takes nothing from it', () => {
    // Short words: one 5-million-letter word is another matter (see countWords).
    const huge = `Source : https://www.example.fr/${'a/'.repeat(2_500_000)}`;
    const started = performance.now();
    const doc = importText(`Titre\n\n${BODY}\n\n${huge}`);
    expect(doc.url).toBeNull();
    expect(doc.blocks.at(-1)!.kind).not.toBe('source');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe.skipIf(!wikinewsPresent)(`Wikinews articles (${wikinewsPresent ? '../shared/corpus/wikinews' : WIKINEWS_SKIP})`, () => {
  it('each takes its SOURCE line as its address, its wiki as its source, and keeps the line in its text', () => {
    const files = wikinewsFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(file);
      const doc = parseFile(file, bytes);
      const sourceLine = new TextDecoder().decode(bytes).split(/\r?\n/)[1]!;
      expect(sourceLine, file).toMatch(/^SOURCE: /);
      expect(doc.url, file).toBe(sourceLine.slice('SOURCE: '.length));
      expect(doc.source, file).toBe(`${basename(file).slice(0, 2)}.wikinews.org`);
      expect(doc.blocks[1], file).toMatchObject({ kind: 'source' });
      expect(doc.text.slice(doc.blocks[1]!.start, doc.blocks[1]!.end), file).toBe(sourceLine);
      expect(doc.text, file).toBe(new TextDecoder().decode(bytes));
      // None ends with an address line: only the one under the title is taken.
      expect(doc.blocks.filter((b) => b.kind === 'source'), file).toHaveLength(1);
    }
  });
});
