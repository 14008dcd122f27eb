import type { Plugin } from 'vite';
import { CSP } from './csp-policy.mjs';

export { CSP };

/**
 * A strict Content-Security-Policy for the built app (csp-policy.mjs). Only in the build:
 * the dev server needs inline scripts for HMR.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
