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
  // An about:blank frame (declared with match_about_blank) has no host of its own: it takes the site's origin.
  const adapter = adapterFor(location.hostname || hostOf(origin));
  if (adapter) bootstrap(createLifecycle(), adapter);
});

/** A frame's origin as a host name; "null" (a sandboxed frame) is no host. */
function hostOf(frameOrigin: string): string {
  try {
    return new URL(frameOrigin).hostname;
  } catch {
    return '';
  }
}
