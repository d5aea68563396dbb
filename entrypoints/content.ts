import { bootstrap } from '../lib/guard/bootstrap';
import { adapterFor, SITE_MATCHES } from '../lib/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  // document_start: the submit interceptor must be registered before the page's own listeners.
  runAt: 'document_start',
  main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (adapter) bootstrap(ctx, adapter);
  },
});
