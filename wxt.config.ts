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
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
