import { bootstrap } from '../lib/guard/bootstrap';
import { adapterFor, SITE_MATCHES } from '../lib/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (adapter) bootstrap(ctx, adapter);
  },
});
