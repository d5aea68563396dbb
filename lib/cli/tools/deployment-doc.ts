/** npm run docs:deployment: rewrites the template blocks in docs/deployment.md from the generator. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTemplateBlocks } from '../../deploy/doc-blocks';

const file = join(import.meta.dirname, '../../../docs/deployment.md');
writeFileSync(file, withTemplateBlocks(readFileSync(file, 'utf8')));
