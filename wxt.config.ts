import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/sites';

// Preact is used through its JSX runtime directly (tsconfig "jsxImportSource"),
// so no Babel preset is needed: Vite's own transform handles TSX.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Postwise',
    description:
      "Your council's social media policy beside the composer, as you type. Nothing leaves your machine.",
    // storage: settings; scripting + the four sites: load the guard into a page on first focus.
    permissions: ['storage', 'scripting'],
    host_permissions: SITE_MATCHES,
    // Declared by hand, not with defineContentScript: WXT's content-script wrapper announces the
    // extension to the page and can be switched off by a page-forged event (entrypoints/page-start.ts).
    // document_start: the submit interceptor must be registered before the page's own listeners.
    // all_frames: composers in same-origin iframes (LinkedIn's interop iframe) get their own copy,
    // whose listeners see that frame's events; match_about_blank: about:blank frames take the site's origin.
    content_scripts: [{ matches: SITE_MATCHES, js: ['page-start.js'], run_at: 'document_start', all_frames: true, match_about_blank: true }],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
