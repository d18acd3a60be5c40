/**
 * The renderer's Content Security Policy, sent as a header (the same text is in the page's
 * meta tag). The renderer makes no network calls of its own: `connect-src 'self'` only.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // No remote images: a product's image URL must not let a third party see the counter.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
