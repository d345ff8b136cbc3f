/**
 * The one inline style the page allows: foliate-js's paginator writes its layout as a <style> in its shadow root (the
 * hash of that text, checked against the pinned foliate-js by a test). A book's chapters are drawn in frames made from
 * blob: addresses of the page's own making (frame-src blob:), which inherit this policy: a book's scripts and inline
 * styles never apply, its images (blob:) show.
 */
export const FOLIATE_PAGINATOR_STYLE = 'sha256-Sz1WKGLvM24279JLTqw+ZwzznUautFgg7stEu8sEF84=';

/**
 * The Content Security Policy of the app's page, sent by the loopback host and by Electron's session. The same policy
 * is written as a <meta> tag in renderer/index.html (what applies to file:// pages); a test keeps the two equal.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", `style-src 'self' '${FOLIATE_PAGINATOR_STYLE}'`, "img-src 'self' data: blob:", "font-src 'self'",
  "connect-src 'self'", "frame-src blob:", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

/**
 * The content type of each kind of file the built page is made of, as both hosts (the loopback host and app://)
 * serve them. A module (the PDF worker) must come as JavaScript, WebAssembly as application/wasm; the PDF reader's
 * data (character maps, fonts, colour profiles) goes as bytes.
 */
export const PAGE_FILE_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
  '.wasm': 'application/wasm',
};
