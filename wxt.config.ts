import { defineConfig } from 'wxt';

// Preact is used through its JSX runtime directly (tsconfig "jsxImportSource"),
// so no Babel preset is needed: Vite's own transform handles TSX.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Postwise',
    description:
      "Your council's social media policy beside the composer, as you type. Nothing leaves your machine.",
    permissions: ['storage'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
