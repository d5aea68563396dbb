/**
 * npm run check -- [--pack ID] [--policy FILE] [--account personal|council] [--platform P]
 *                  [--format text|jsonl] [--fail-on high|warning|never] [--date yyyy-mm-dd] [FILE|-]
 * The CLI is check-main.ts; this starts it from a bundle so a check does not wait for tsx
 * to load hundreds of modules one by one.
 */
import { runBundled } from './bundled';

await runBundled(new URL('./check-main.ts', import.meta.url));
