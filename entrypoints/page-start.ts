import { bootstrap } from '../lib/guard/bootstrap';
import { createLifecycle } from '../lib/guard/lifecycle';
import { adapterFor } from '../lib/sites';

/**
 * The page-start script, registered in the manifest as a plain content script at document_start
 * (see wxt.config.ts). It is an unlisted script rather than a WXT content script on purpose:
 * WXT's content-script wrapper builds a ContentScriptContext, which posts the extension id to
 * the page and can be invalidated by an event the page forges. See lib/guard/lifecycle.ts.
 */
export default defineUnlistedScript(() => {
  const adapter = adapterFor(location.hostname);
  if (adapter) bootstrap(createLifecycle(), adapter);
});
