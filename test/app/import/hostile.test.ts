import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import createDOMPurify from 'dompurify';
import { JSDOM, type DomElement } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { INLINE_IMAGE, SANITISE_CONFIG, sanitiseArticleHtml } from '../../../app/contract/shared/sanitise-config.ts';
import { parseFile } from '../../../app/import/index.ts';

const CORPUS = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));
const FILES = readdirSync(CORPUS).filter((f) => /^\d\d-/.test(f)).sort();
const DOT = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4YaMBAAL8AS3/gzpXAAAAAElFTkSuQmCC';

// Elements that run script, load something, submit something or change how the page is parsed: none may be stored.
const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'template', 'noscript', 'noembed', 'noframes', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea',
  'video', 'audio', 'source', 'track', 'picture', 'portal', 'image', 'isindex', 'keygen', 'xmp', 'title', 'dialog'];
// Attributes that load, name (clobber), style or otherwise reach outside the article.
const FORBIDDEN_ATTRIBUTES = ['id', 'name', 'style', 'class', 'srcset', 'sizes', 'ping', 'action', 'formaction', 'background',
  'poster', 'lowsrc', 'dynsrc', 'srcdoc', 'xlink:href', 'data', 'codebase', 'usemap', 'form', 'popover', 'popovertarget', 'is', 'contenteditable'];

/** An element as tag and attributes, for messages (the jsdom typings of app/ stop short of outerHTML). */
function describeElement(el: DomElement): string {
  return [el.nodeName.toLowerCase(), ...Array.from(el.attributes).map((a) => `${a.name}="${a.value.slice(0, 40)}"`)].join(' ');
}

/** Everything in stored or displayed article HTML that could run, load, clobber or mislead; [] when it is clean. */
function dangers(html: string): string[] {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const found: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const tag = el.nodeName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.includes(tag)) found.push(`<${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      // DOMPurify empties an is="" it cannot remove (an element's type is fixed at creation): empty, it means nothing.
      if (name === 'is' && value === '') continue;
      if (FORBIDDEN_ATTRIBUTES.includes(name) || name.startsWith('data-')) found.push(`${tag}[${name}=${value}]`);
      if (name === 'src' && !(tag === 'img' && INLINE_IMAGE.test(value))) found.push(`${tag}[src=${value.slice(0, 40)}]`);
      if (name === 'href' && !(tag === 'a' && /^(?:https?:|mailto:)/i.test(value))) found.push(`${tag}[href=${value.slice(0, 40)}]`);
    }
    if (tag === 'a' && (el.getAttribute('target') !== '_blank' || el.getAttribute('rel') !== 'noopener noreferrer')) found.push(`a without target/rel: ${describeElement(el)}`);
  }
  return found;
}

/** The display pass (what ArticleView does with stored HTML), run here in jsdom. */
function displayPass(html: string): string {
  return sanitiseArticleHtml(createDOMPurify(new JSDOM('').window as never), html);
}

describe('DOM clobbering', () => {
  const page = `<!doctype html><html><head><title>Clobbering</title></head><body><article><h1>Le rapport</h1>
    <p>Un paragraphe assez long pour que Readability retienne l’article comme le contenu principal de cette page de test.</p>
    <p><img name="apostille" src="${DOT}" alt="a"><img name="getElementById" src="${DOT}" alt="b"><img id="cookie" src="${DOT}" alt="c"></p>
    <form name="x"><input name="attributes"></form>
    <p><a id="location" href="https://example.org/">un lien</a>, <a name="apostille" href="https://example.org/b">un autre</a>
    et <a id="defaultView" name="onEvent">une ancre</a>.</p>
    <p>Un second paragraphe, lui aussi assez long pour que la page ressemble à un article que l’on voudrait lire.</p></article></body></html>`;

  it('keeps no name or id that could shadow a global, at import', () => {
    const html = parseFile('clobber.html', new TextEncoder().encode(page)).html!;
    const { document } = new JSDOM(`<body>${html}</body>`).window;
    expect(Array.from(document.querySelectorAll('[name], [id]')).map(describeElement)).toEqual([]);
    // The images and links themselves stay: only their names go.
    expect(document.querySelectorAll('img')).toHaveLength(3);
    expect(document.querySelector('a[href="https://example.org/"]')?.textContent).toBe('un lien');
  });

  it('keeps no clobbering name or id at display either, even from markup that was never sanitised at import', () => {
    const raw = `<p><img name="apostille" src="${DOT}"><a id="location" href="https://example.org/">x</a><form name="x"></form></p>`;
    expect(dangers(displayPass(raw))).toEqual([]);
    // The bare shared config (what any other DOMPurify call site passes) drops them too.
    const purify = createDOMPurify(new JSDOM('').window as never);
    expect(purify.sanitize(raw, SANITISE_CONFIG)).not.toMatch(/\b(?:name|id)=/);
  });

  it('would prefix id and name out of the way of globals, were they ever allowed again', () => {
    const purify = createDOMPurify(new JSDOM('').window as never);
    const allowing = { ...SANITISE_CONFIG, FORBID_ATTR: SANITISE_CONFIG.FORBID_ATTR.filter((a) => a !== 'id' && a !== 'name') };
    expect(purify.sanitize(`<img name="apostille" src="${DOT}"><a id="location">x</a>`, allowing))
      .toBe(`<img src="${DOT}" name="user-content-apostille"><a id="user-content-location">x</a>`);
  });
});

describe('hostile pages', () => {
  it('has a corpus to import', () => expect(FILES.length).toBeGreaterThanOrEqual(15));

  for (const file of FILES) {
    it(`${file}: stores an article with nothing that runs, loads or clobbers, and displays it unchanged`, () => {
      const doc = parseFile(file, readFileSync(CORPUS + file));
      const bird = /Hostile \d\d — (\w+)/.exec(doc.title)?.[1];
      expect(bird, `title ${doc.title}`).toBeTruthy();
      expect(doc.text).toContain(`${bird} `);
      expect(dangers(doc.html!)).toEqual([]);
      // The display pass finds nothing more to remove, so the page shows exactly what was stored (and annotated).
      expect(displayPass(doc.html!)).toBe(doc.html);
    });
  }

  it('the display pass alone makes raw hostile markup safe (stored HTML is never trusted)', () => {
    for (const file of FILES.filter((f) => /\.html$/.test(f))) {
      const body = readFileSync(CORPUS + file, 'utf8');
      expect(dangers(displayPass(body)), file).toEqual([]);
    }
  });

  it('keeps what is safe: links that open outside the app, inline images, escaped markup as text', () => {
    const urls = parseFile('03-urls.html', readFileSync(CORPUS + '03-urls.html'));
    expect(urls.html).toContain('href="https://example.org/cormorants"');
    expect(urls.html).toContain('href="mailto:wardens@example.org"');
    expect(urls.html).toContain(`src="${DOT}"`);
    const comments = parseFile('08-comments-cdata.html', readFileSync(CORPUS + '08-comments-cdata.html'));
    expect(comments.text).toContain("<script>top.__pwned='escaped'</script>");
  });
});
