import type { DOMPurify } from 'dompurify';

// One DOMPurify configuration for article HTML, applied at import (app/import/html.ts) and again before display
// (the renderer), so both passes keep and drop the same things. Safe for the renderer to import: plain data, and a
// function that only uses the DOMPurify instance it is given.
export const SANITISE_CONFIG = {
  // title: hidden text in the body; dialog: an open one is drawn over the app; area: an image-map link, which the
  // link rules below would not see.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'video',
    'audio', 'source', 'track', 'picture', 'link', 'meta', 'base', 'svg', 'math', 'template', 'title', 'dialog', 'area'],
  // id and name: DOM clobbering. An element's id, and the name of an img, form, embed or object, become properties of
  // window and document: <img name="apostille"> in an imported page once hid the app's bridge. DOMPurify's own check
  // (SANITIZE_DOM) only drops values that already exist on document or a form, and the engine that sanitises at import
  // (jsdom) has other globals than the one that displays (Chromium), so no value is safe: both attributes go. An
  // article has no use for them (links to its own fragments are dropped anyway).
  // popover: like an open dialog, a layer above the app.
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcset', 'sizes', 'loading', 'background', 'poster', 'ping', 'action',
    'formaction', 'usemap', 'popover'],
  // Second line, should id or name ever be allowed again (say for footnote anchors): their values then come prefixed
  // with "user-content-", out of the way of every global.
  SANITIZE_NAMED_PROPS: true,
  // Links open outside the app (a new tab in the browser host, the system browser in Electron). data-image: an image
  // of a saved web page, stored in the library under this content hash and drawn from there (never from the web).
  ADD_ATTR: ['target', 'data-image'],
  ALLOW_DATA_ATTR: false,
};

/** Images are kept only when they are inline data; anything else would load from elsewhere at read time. */
export const INLINE_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp);base64,/i;
/** An image stored in the library: the SHA-256 of its bytes, which the reader draws from the library. */
export const LIBRARY_IMAGE = /^[0-9a-f]{64}$/;
/** Links keep only addresses that open outside the app by themselves. */
export const OPENABLE_LINK = /^(?:https?:|mailto:)/i;

const ARTICLE_RULES = new WeakSet<DOMPurify>();

/** The parts of a DOM element the rules use (app/ is compiled without the DOM typings, the renderer with them). */
interface HookElement {
  readonly nodeName: string;
  readonly parentNode: { removeChild(child: never): unknown } | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
}

/**
 * Article HTML made safe to show: DOMPurify with SANITISE_CONFIG, plus the rules a config cannot say per element:
 * an image stays only with an inline data source or the hash of an image stored in the library (anything else would
 * be fetched when the article is shown), a link
 * keeps only an http(s) or mailto address, and every link opens in a new browsing context without an opener. Both
 * passes use it, so stored HTML shows exactly as stored, and markup that never went through the import (an older
 * version's, an archive's) is held to the same rules. Give it a DOMPurify instance of its own: the rules are hooks.
 */
export function sanitiseArticleHtml(purify: DOMPurify, html: string): string {
  if (!ARTICLE_RULES.has(purify)) {
    ARTICLE_RULES.add(purify);
    purify.addHook('uponSanitizeAttribute', (node, data) => {
      if (node.nodeName === 'IMG' && data.attrName === 'src' && !INLINE_IMAGE.test(data.attrValue)) data.keepAttr = false;
      if (data.attrName === 'data-image' && (node.nodeName !== 'IMG' || !LIBRARY_IMAGE.test(data.attrValue))) data.keepAttr = false;
      if (node.nodeName === 'A' && data.attrName === 'href' && !OPENABLE_LINK.test(data.attrValue)) data.keepAttr = false;
    });
    purify.addHook('afterSanitizeAttributes', (node) => {
      const element = node as unknown as HookElement;
      if (element.nodeName === 'IMG' && !element.hasAttribute('src') && !element.hasAttribute('data-image')) element.parentNode?.removeChild(element as never);
      if (element.nodeName === 'A') {
        element.setAttribute('target', '_blank');
        element.setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  return purify.sanitize(html, SANITISE_CONFIG) as unknown as string;
}
