/**
 * The Content Security Policy of the app's page, sent by the loopback host and by Electron's session. The same policy
 * is written as a <meta> tag in renderer/index.html (what applies to file:// pages); a test keeps the two equal.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
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
