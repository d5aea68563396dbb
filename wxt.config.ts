import { defineConfig } from 'wxt';
import { CHROME_PUBLIC_KEY, GECKO_ID, MINIMUM_CHROME_VERSION } from './lib/identity';
import { SITE_MATCHES } from './lib/sites';

// Preact is used through its JSX runtime directly (tsconfig "jsxImportSource"),
// so no Babel preset is needed: Vite's own transform handles TSX.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // MV3 everywhere, Firefox included: `npm run lint:firefox` (web-ext lint) is clean with it, and
  // the guard's loader uses scripting.executeScript in both browsers.
  manifestVersion: 3,
  // UI strings go through the browser's i18n (lib/i18n/locales/<locale>.yml); en-GB is the default.
  i18n: { localesDir: 'lib/i18n/locales' },
  // Icons come from public/icon/{16,32,48,128}.png (npm run icons), which WXT adds itself.
  manifest: ({ browser }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en_GB',
    // storage: settings; scripting + the four sites: load the guard into a page on first focus.
    permissions: ['storage', 'scripting'],
    host_permissions: SITE_MATCHES,
    // Declared by hand, not with defineContentScript: WXT's content-script wrapper announces the
    // extension to the page and can be switched off by a page-forged event (entrypoints/page-start.ts).
    // document_start: the submit interceptor must be registered before the page's own listeners.
    // all_frames: composers in same-origin iframes (LinkedIn's interop iframe) get their own copy,
    // whose listeners see that frame's events; match_about_blank: about:blank frames take the site's origin.
    content_scripts: [{ matches: SITE_MATCHES, js: ['page-start.js'], run_at: 'document_start', all_frames: true, match_about_blank: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions (no data collected) is read from Firefox 140 (ESR 140 is
            // what managed desktops run) and from Firefox for Android 142.
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // The fixed id IT's policies name. Store uploads must not carry a key (the store assigns
          // its own id), so `npm run zip` builds without it.
          ...(process.env.POSTWISE_STORE_BUILD ? {} : { key: CHROME_PUBLIC_KEY }),
          minimum_chrome_version: MINIMUM_CHROME_VERSION,
          // IT's settings, read from storage.managed (Chrome and Edge policy).
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // Rule packs and the 1.4 MB model ship as JSON.parse("…") rather than object literals: V8
    // parses JSON several times faster, which shortens the guard's load on first focus.
    json: { stringify: true },
  }),
});
