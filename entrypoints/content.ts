import { bootstrap } from '../lib/guard/bootstrap';
import { adapterFor, SITE_MATCHES } from '../lib/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  // document_start: the submit interceptor must be registered before the page's own listeners.
  runAt: 'document_start',
  // Composers in same-origin iframes (LinkedIn's interop iframe) get their own copy, whose
  // listeners see that frame's events; about:blank frames take the site's origin.
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const adapter = adapterFor(location.hostname || hostOf(origin));
    if (adapter) bootstrap(ctx, adapter);
  },
});

/** A frame's origin as a host name; "null" (a sandboxed frame) is no host. */
function hostOf(frameOrigin: string): string {
  try {
    return new URL(frameOrigin).hostname;
  } catch {
    return '';
  }
}
