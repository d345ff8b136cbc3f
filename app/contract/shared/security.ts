/**
 * The Content Security Policy of the app's page, sent by the loopback host and by Electron's session. The same policy
 * is written as a <meta> tag in renderer/index.html (what applies to file:// pages); a test keeps the two equal.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
  "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');
