// One DOMPurify configuration for article HTML, applied at import (app/import/html.ts) and again before display
// (the renderer), so both passes keep and drop the same things. Plain data: safe for the renderer to import.
export const SANITISE_CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'video',
    'audio', 'source', 'track', 'picture', 'link', 'meta', 'base', 'svg', 'math', 'template'],
  FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'sizes', 'loading', 'background', 'poster', 'ping', 'action', 'formaction'],
  // Links open outside the app (a new tab in the browser host, the system browser in Electron).
  ADD_ATTR: ['target'],
  ALLOW_DATA_ATTR: false,
};

/** Images are kept only when they are inline data; anything else would load from elsewhere at read time. */
export const INLINE_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp);base64,/i;
