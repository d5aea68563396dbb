import { startGuard } from '../lib/guard/start';

// Loaded on demand into a site's isolated world by the background (see lib/guard/bootstrap.ts).
export default defineUnlistedScript(() => {
  globalThis.__postwiseGuard = { start: startGuard };
});
