/**
 * npm run check -- [--pack ID] [--policy FILE] [--account personal|council] [--platform P]
 *                  [--format text|jsonl] [--fail-on high|warning|never] [--date yyyy-mm-dd] [FILE|-]
 * The CLI is check-main.ts; this plain-JavaScript launcher starts it from a bundle so a check
 * waits neither for a TypeScript loader nor for hundreds of modules to load one by one.
 */
import { runBundled } from './bundled.mjs';

await runBundled(new URL('./check-main.ts', import.meta.url));
