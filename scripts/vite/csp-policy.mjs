/**
 * The app's Content-Security-Policy: everything from its own origin, no inline script, no
 * eval. Written into index.html by csp-plugin.ts and sent as a header by scripts/serve.mjs.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
