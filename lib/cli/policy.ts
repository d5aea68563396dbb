/**
 * npm run policy -- validate FILE
 * npm run policy -- schema
 * npm run policy -- template --pack ID --format chrome-linux|windows-reg|macos-mobileconfig|firefox|admin-console
 *     [--update-url URL] [--xpi-url URL] [--chrome-id ID] [--out FILE]
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { policySchema } from '../policy/schema';
import { validatePolicy } from '../policy/validate';
import { fail, parseArgv } from './args';
import { validatedTemplate } from '../deploy/template';
import { EXAMPLE_HOSTING, TEMPLATE_FORMATS } from '../deploy/templates';
import { writeFileSync } from 'node:fs';

const USAGE = [
  'usage: npm run policy -- validate FILE',
  '       npm run policy -- schema   (prints the policy JSON Schema)',
  `       npm run policy -- template --pack ID --format ${TEMPLATE_FORMATS.join('|')} [--update-url URL] [--xpi-url URL] [--chrome-id ID] [--out FILE]`,
].join('\n');

function main() {
  const { positionals, flags } = parseArgv(process.argv.slice(2));
  const [command, file] = positionals;
  if (command === 'template') {
    const arg = (name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);
    if (!arg('pack')) fail(`--pack: missing (a pack id)\n${USAGE}`);
    if (!arg('format')) fail(`--format: missing (one of ${TEMPLATE_FORMATS.join(', ')})\n${USAGE}`);
    let text: string;
    try {
      text = validatedTemplate(arg('pack')!, arg('format')!, {
        chromeId: arg('chrome-id') ?? EXAMPLE_HOSTING.chromeId,
        updateUrl: arg('update-url') ?? EXAMPLE_HOSTING.updateUrl,
        xpiUrl: arg('xpi-url') ?? EXAMPLE_HOSTING.xpiUrl,
      });
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
    if (arg('out')) writeFileSync(arg('out')!, text);
    else process.stdout.write(text);
    return;
  }
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
