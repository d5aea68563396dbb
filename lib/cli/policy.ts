/** npm run policy -- validate FILE   |   npm run policy -- schema */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { policySchema } from '../policy/schema';
import { validatePolicy } from '../policy/validate';
import { fail, parseArgv } from './args';

const USAGE = 'usage: npm run policy -- validate FILE\n       npm run policy -- schema   (prints the policy JSON Schema)';

function main() {
  const { positionals } = parseArgv(process.argv.slice(2));
  const [command, file] = positionals;
  if (command === 'schema') {
    process.stdout.write(JSON.stringify(z.toJSONSchema(policySchema, { io: 'input' }), null, 2) + '\n');
    return;
  }
  if (command !== 'validate' || !file) fail(USAGE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${file}: ${e instanceof Error ? e.message : e}`, 1);
  }
  const result = validatePolicy(raw);
  if (!result.ok) {
    process.stderr.write(`${file}: invalid policy, ${result.errors.length} problem${result.errors.length > 1 ? 's' : ''}:\n`);
    for (const e of result.errors) process.stderr.write(`  ${e}\n`);
    process.exitCode = 1;
    return;
  }
  const p = result.policy;
  const summary = [
    `pack ${p.pack ?? 'common'}`,
    `${p.organisationNames?.length ?? 0} organisation names`,
    `${p.councilAccounts?.length ?? 0} council accounts`,
    `${p.customRules?.length ?? 0} custom rule${p.customRules?.length === 1 ? '' : 's'}`,
    `enforcement ${p.enforcementMode ?? 'confirm'}`,
  ];
  process.stdout.write(`${file}: valid (${summary.join(', ')})\n`);
  for (const w of result.warnings) process.stdout.write(`  warning: ${w}\n`);
}

main();
