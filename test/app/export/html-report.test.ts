import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../app/contract/errors.ts';
import { escapeHtml } from '../../../app/export/html-report.ts';
import { exportAnnotations } from '../../../app/export/index.ts';
import { renderNotes } from '../../../app/export/note-html.ts';
import type { Library } from '../../../app/library/index.ts';
import { getDocument } from '../../../app/store/index.ts';
import { useTempDir } from '../../support/tmp.ts';
import { annotatedLibrary } from './fixtures.ts';

const tempDir = useTempDir();

async function report(library: Library, documentIds?: string[]): Promise<string> {
  let out = '';
  await exportAnnotations(library.db, { format: 'html', documentIds, labels: { purple: 'Citation <à vérifier>' }, language: 'fr' }, (chunk) => (out += chunk));
  return out;
}

describe('printable HTML report', () => {
  it('escapes everything from the library and sanitises notes: no script, handler or javascript: link survives', async () => {
    const { library, hostile } = await annotatedLibrary(tempDir());
    const html = await report(library, [hostile]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror|javascript:/i);
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;titre&quot;)&lt;/script&gt; « Le “grand” débat » : 50 % des élus l’ont dit</title>');
    expect(html).toContain('<span class="label">— Citation &lt;à vérifier&gt;</span>');
    const { document } = new JSDOM(html).window;
    expect(document.querySelectorAll('script, img, iframe, object, embed, link, base, form').length).toBe(0);
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) expect(attribute.name).not.toMatch(/^on/i);
    }
    // The note's safe link is kept; the article note's script is gone, its text is not.
    expect(document.querySelector('a[href="https://example.org/page"]')).not.toBeNull();
    expect(document.querySelector('.article-note')!.textContent).toContain('Note d’article');
    expect(document.querySelector('.article-note')!.textContent).not.toContain('alert');
  });

  it('renders notes from Markdown safely, with or without raw HTML in them', () => {
    const [plain, raw] = renderNotes([
      '[a](JaVaScRiPt:alert(1)) <javascript:alert(2)> ![pixel](https://tracker.example/p.png) [t](https://ok.example "x\\" onmouseover=\\"y")\n\n'
        + '```js"><script>alert(3)</script>\ncode\n```\n\n- [x] fait\n\n| a |\n|:-|\n| `<b>` |',
      'Raw <b onclick="x()">gras</b> <svg onload=alert(4)></svg> <a href="javascript:alert(5)">j</a> <iframe src="https://x.example"></iframe> <style>*{}</style>',
    ]);
    for (const html of [plain!, raw!]) {
      expect(html).not.toMatch(/<(?:script|img|svg|iframe|style|input)\b|href="\s*javascript:|<[^>]*\son\w+=/i);
    }
    expect(plain).toContain('<a href="https://ok.example" rel="noopener noreferrer">t</a>');
    expect(plain).toContain('pixel');
    expect(plain).toContain('☑ fait');
    expect(raw).toContain('<b>gras</b>');
  });

  it('is self-contained: nothing remote, styles allowed only by their hash in a strict CSP', async () => {
    const { library, hostile, lumenis } = await annotatedLibrary(tempDir());
    for (const id of [hostile, lumenis]) {
      const html = await report(library, [id]);
      expect(html).not.toMatch(/\b(?:src|srcset|poster|data|action|background)\s*=\s*["']?\s*(?:https?:)?\/\//i);
      expect(html).not.toMatch(/url\(|@import|<link\b/i);
      expect(html).not.toContain('tracker.example');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
      expect(csp).toMatch(/^default-src 'none'; /);
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
      expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
      expect(style).toContain('@page { size: A4');
      expect(style).toMatch(/@media print \{[\s\S]*\.note[^{]*\{ break-inside: avoid; page-break-inside: avoid; \}/);
    }
  });

  it('marks every passage in its colour, overlaps included, numbered as in the notes below', async () => {
    const { library, lumenis, annotations } = await annotatedLibrary(tempDir());
    const html = await report(library, [lumenis]);
    expect(html).toContain('<mark class="green">Ardentis </mark><mark class="pink overlap">Capital a annoncé</mark><sup class="ref" id="ref-2"><a href="#note-2">2</a></sup><mark class="pink"> mardi</mark><sup class="ref" id="ref-3"><a href="#note-3">3</a></sup>');
    const { document } = new JSDOM(html).window;
    const list = annotations().get(lumenis)!;
    const placed = list.filter((a) => !a.orphan);
    expect(document.querySelectorAll('.article sup.ref').length).toBe(placed.length);
    const notes = Array.from(document.querySelectorAll('.notes:not(.orphans) li.note'));
    expect(notes.map((li) => li.getAttribute('id'))).toEqual(placed.map((_, i) => `note-${i + 1}`));
    expect(notes.map((li) => li.querySelector('.quote')!.textContent)).toEqual(placed.map((a, i) => expect.stringContaining(`${i + 1}. «\u00a0${a.exact}\u00a0»`)));
    expect(notes[1]!.querySelector('.note-body')!.innerHTML).toContain('<strong>Acheteur</strong> : un fonds, « prudent »');
    // The article's text is all there, block by block, whatever the marks cut it into (its title block too, since
    // a passage of it is highlighted; an unmarked title block is left to the header).
    for (const sup of Array.from(document.querySelectorAll('.article sup.ref'))) sup.remove();
    const doc = getDocument(library.db, lumenis);
    expect(Array.from(document.querySelectorAll('.article > *')).map((b) => b.textContent))
      .toEqual(doc.blocks.map((b) => doc.text.slice(b.start, b.end)));
    // The orphan is listed apart, not marked in the text.
    const orphans = document.querySelector('.notes.orphans')!;
    expect(orphans.textContent).toContain('Les syndicats étaient inquiets');
    expect(orphans.querySelector('a')).toBeNull();
  });

  it('keeps French typography: no-break spaces, guillemets, apostrophes, emoji', async () => {
    const { library, hostile } = await annotatedLibrary(tempDir());
    const html = await report(library, [hostile]);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('Premier paragraphe\u00a0: <mark');
    expect(html).toContain('<mark class="purple">le ministre a déclaré «\u202fnous verrons\u202f» 🙂</mark>');
    expect(html).toContain('l’ont dit');
    expect(escapeHtml('a < b & "c" \'d\' > e')).toBe('a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e');
  });

  it('is of exactly one article', async () => {
    const { library, hostile, lumenis } = await annotatedLibrary(tempDir());
    for (const ids of [undefined, [hostile, lumenis]]) {
      await expect(report(library, ids)).rejects.toThrow(expect.objectContaining({ code: 'invalid_request' }) as unknown as AppError);
    }
  });
});
