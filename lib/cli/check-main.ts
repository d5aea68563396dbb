/**
 * The check CLI itself; lib/cli/check.mjs starts it from a bundle (see bundled.mjs).
 * npm run check -- [--pack ID] [--policy FILE] [--account personal|council] [--platform P]
 *                  [--format text|jsonl] [--fail-on high|warning|never] [--date yyyy-mm-dd] [FILE|-]
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { check } from '../engine/check';
import { accountKindSchema, platformSchema, severityRank, type Finding, type Severity } from '../engine/types';
import { getPack, hasPack, packIds } from '../packs';
import type { Policy } from '../policy/schema';
import { validatePolicy } from '../policy/validate';
import { formatIssues } from '../schema-errors';
import { settingsFromPolicy } from '../settings/resolve';
import { fail, parseArgv } from './args';
import { isJsonl, parseJsonl, readInput, type InputItem } from './input';
import { formatText } from './report';

const USAGE = `usage: npm run check -- [--pack ID] [--policy FILE] [--account personal|council]
                      [--platform facebook|x|instagram|linkedin] [--format text|jsonl]
                      [--fail-on high|warning|never] [--date yyyy-mm-dd] [FILE|-]
Input is plain text (one post) or JSONL lines {"id","text","account"?,"platform"?,"pack"?}.`;

const optionsSchema = z
  .object({
    pack: z.string().optional(),
    policy: z.string().optional(),
    account: accountKindSchema.default('personal'),
    platform: platformSchema.default('facebook'),
    format: z.enum(['text', 'jsonl']).default('text'),
    'fail-on': z.enum(['high', 'warning', 'never']).default('never'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use yyyy-mm-dd').optional(),
    explain: z.literal(true).optional(),
    help: z.literal(true).optional(),
  })
  .strict();

function main() {
  const { flags, positionals } = parseArgv(process.argv.slice(2), ['help', 'explain']);
  const parsed = optionsSchema.safeParse(flags);
  if (!parsed.success) fail(`${formatIssues(parsed.error.issues, '--').replace(/--\./g, '--')}\n${USAGE}`);
  const opts = parsed.data;
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length > 1) fail(`expected at most one input file, got ${positionals.length}\n${USAGE}`);

  let policy: Policy = {};
  if (opts.policy) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(opts.policy, 'utf8'));
    } catch (e) {
      fail(`--policy ${opts.policy}: ${e instanceof Error ? e.message : e}`);
    }
    const result = validatePolicy(raw);
    if (!result.ok) fail(`--policy ${opts.policy} is not valid:\n  ${result.errors.join('\n  ')}`);
    policy = result.policy;
  }
  const defaultPack = opts.pack ?? policy.pack ?? 'common';
  if (!hasPack(defaultPack)) fail(`--pack: unknown pack "${defaultPack}" (known: ${packIds().join(', ')})`);

  let raw: string;
  try {
    raw = readInput(positionals[0]);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  const items: InputItem[] = isJsonl(raw, positionals[0])
    ? parseJsonl(raw)
    : [{ line: 1, post: { id: positionals[0] && positionals[0] !== '-' ? positionals[0] : 'stdin', text: raw.replace(/\n$/, '') } }];

  const settings = settingsFromPolicy(policy);
  const failAt: Severity | null = opts['fail-on'] === 'never' ? null : opts['fail-on'];
  let inputErrors = 0;
  let failing = 0;
  const out: string[] = [];

  for (const item of items) {
    if ('error' in item) {
      inputErrors++;
      process.stderr.write(`error: ${item.error}\n`);
      if (opts.format === 'jsonl') out.push(JSON.stringify({ id: item.id ?? null, line: item.line, error: item.error }));
      continue;
    }
    const { post } = item;
    const packId = post.pack ?? defaultPack;
    if (!hasPack(packId)) {
      inputErrors++;
      const error = `line ${item.line}: pack: unknown pack "${packId}" (known: ${packIds().join(', ')})`;
      process.stderr.write(`error: ${error}\n`);
      if (opts.format === 'jsonl') out.push(JSON.stringify({ id: post.id, line: item.line, error }));
      continue;
    }
    const account = post.account ?? opts.account;
    const platform = post.platform ?? opts.platform;
    const findings: Finding[] = check(post.text, {
      pack: getPack(packId),
      platform,
      account,
      organisationNames: policy.organisationNames,
      date: opts.date,
      settings,
      explain: opts.explain,
    });
    if (failAt && findings.some((f) => severityRank(f.severity) >= severityRank(failAt))) failing++;
    out.push(
      opts.format === 'jsonl'
        ? JSON.stringify({ id: post.id, findings })
        : formatText(String(post.id), `${account}, ${platform}, ${packId}`, post.text, findings),
    );
  }
  process.stdout.write(out.join(opts.format === 'jsonl' ? '\n' : '\n\n') + (out.length ? '\n' : ''));
  if (inputErrors) process.exitCode = 2;
  else if (failing) process.exitCode = 1;
}

main();
