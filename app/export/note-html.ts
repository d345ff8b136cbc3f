import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked, type Tokens } from 'marked';
import { SANITISE_CONFIG } from '../contract/shared/sanitise-config.ts';

// Notes (Markdown) as safe HTML for the printable report, with the rules of the app's own note view: no images (a
// report never loads anything), links only to web and mail addresses, and anything else the article sanitiser
// (SANITISE_CONFIG) would remove, removed.
//
// A note written in plain Markdown needs no DOM: marked escapes all of its text, and the renderer below keeps links
// only to web and mail addresses, turns images into their text and task boxes into ☐/☑. Its HTML is then checked
// against the short list of tags and attributes marked writes; a note holding raw HTML (or anything off that list)
// goes through DOMPurify in a jsdom window. Only those pay for jsdom, which costs a fraction of a millisecond per
// note, and more for each further document a window parses: thousands of notes through it would take seconds.

const CONFIG = { ...SANITISE_CONFIG, FORBID_TAGS: [...SANITISE_CONFIG.FORBID_TAGS, 'img'] };
/** Windows are replaced after this many documents: each parse leaves a listener behind that slows the next. */
const DOCUMENTS_PER_WINDOW = 100;
const SAFE_LINK = /^(?:https?:|mailto:)/i;
/** Every tag marked writes for plain Markdown with the renderer below, with the attributes it may give them. */
const MARKED_TAG = /<\/?(?:p|em|strong|code|pre|ul|ol|li|blockquote|h[1-6]|hr|br|table|thead|tbody|tr|th|td|del|a)(?:\s+(?:start|align|class|href|rel)="[^"<>]*")*\s*\/?>/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** True when `html` holds only tags from marked's list, links only to web and mail addresses. */
function onlyMarkedTags(html: string): boolean {
  for (const link of html.matchAll(/<a\s[^>]*>/g)) if (!/^<a href="(?:https?:|mailto:)[^"<>]*" rel="noopener noreferrer">$/i.test(link[0])) return false;
  return !html.replace(MARKED_TAG, '').includes('<');
}

function markdownRenderer(): (markdown: string) => { html: string; raw: boolean } {
  let raw = false;
  const marked = new Marked({
    gfm: true,
    breaks: true,
    async: false,
    walkTokens: (token) => {
      if (token.type === 'html') raw = true;
    },
    renderer: {
      link(this: { parser: { parseInline(tokens: Tokens.Link['tokens']): string } }, token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        return SAFE_LINK.test(token.href) ? `<a href="${escape(token.href)}" rel="noopener noreferrer">${text}</a>` : text;
      },
      image: (token: Tokens.Image) => escape(token.text),
      checkbox: (token: Tokens.Checkbox) => (token.checked ? '☑ ' : '☐ '),
    },
  });
  return (markdown) => {
    raw = false;
    const html = marked.parse(markdown) as string;
    return { html, raw };
  };
}

/** DOMPurify over jsdom, with the app's link rules, its windows renewed as they slow down. */
function sanitiser() {
  let current: { win: { close(): void }; purify: ReturnType<typeof createDOMPurify> } | undefined;
  let documents = 0;
  const open = () => {
    const win = new JSDOM('').window;
    const purify = createDOMPurify(win as never);
    purify.addHook('afterSanitizeAttributes', (node: unknown) => {
      const element = node as { tagName: string; getAttribute(n: string): string | null; setAttribute(n: string, v: string): void; removeAttribute(n: string): void };
      if (element.tagName !== 'A') return;
      if (!SAFE_LINK.test(element.getAttribute('href') ?? '')) element.removeAttribute('href');
      element.setAttribute('rel', 'noopener noreferrer');
    });
    return { win, purify };
  };
  return {
    sanitise(html: string): string {
      if (!current || documents >= DOCUMENTS_PER_WINDOW) {
        current?.win.close();
        current = open();
        documents = 0;
      }
      documents++;
      return current.purify.sanitize(html, CONFIG) as unknown as string;
    },
    close: () => current?.win.close(),
  };
}

/** Each note's Markdown as safe HTML, in the same order. */
export function renderNotes(notes: readonly string[]): string[] {
  const toHtml = markdownRenderer();
  const purify = sanitiser();
  try {
    return notes.map((note) => {
      const { html, raw } = toHtml(note);
      return !raw && onlyMarkedTags(html) ? html : purify.sanitise(html);
    });
  } finally {
    purify.close();
  }
}
