/** npm run managed-schema: writes public/managed_schema.json from the policy schema. */
import { writeFileSync } from 'node:fs';
import { chromeManagedSchemaText } from '../../settings/chrome-schema';

writeFileSync(new URL('../../../public/managed_schema.json', import.meta.url), chromeManagedSchemaText());
