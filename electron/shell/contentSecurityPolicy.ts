/**
 * The Content-Security-Policy the app:// handler sends with every response. It is the
 * same policy renderer/index.html declares in its meta tag (a test keeps the two
 * equal): the header covers what a meta tag cannot (frame-ancestors) and protects a
 * page even if the meta tag were lost. No remote origin, no eval; inline styles stay
 * allowed because AG Grid and AG Charts set style attributes at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
