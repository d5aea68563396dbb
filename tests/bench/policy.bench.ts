/**
 * npm run bench:policy [-- --runs 200 --seed 1]
 * The custom-rule limits (lib/settings/custom-rules.ts) promise that no valid policy can make a
 * check slow. This measures it: the worst shapes we know, built up to the limits, then a property
 * run — random custom rules from fast-check, and for each one validatePolicy ACCEPTS, the time
 * of one check of a 10 KB post. It prints numbers (and flags any accepted policy over budget);
 * it is not a timed unit test.
 */
import fc from 'fast-check';
import { checkWith } from '../../lib/engine/check';
import { compileRuleset } from '../../lib/engine/compile';
import { DEFAULT_SETTINGS, type ResolvedSettings } from '../../lib/engine/types';
import { getPack } from '../../lib/packs';
import { validatePolicy } from '../../lib/policy/validate';
import { parseArgv } from '../../lib/cli/args';
import { CUSTOM_RULE_LIMITS } from '../../lib/settings/custom-rules';
import { patternCost } from '../../lib/engine/safe-pattern';

/** An accepted policy that takes longer than this on a 10 KB post is reported as a failure. */
const BUDGET_MS = 1000;
const { flags: options } = parseArgv(process.argv.slice(2));
const runs = Number(options.runs ?? 150);
const seed = Number(options.seed ?? 1);

const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const POSTS = {
  prose: fill('The budget for the depot review is due next week and residents asked about it. ', 10_000),
  letters: fill('a', 10_000),
  words: fill('the the the the tho thx ', 10_000),
  digits: fill('12 345 6789 ', 10_000),
};

const base = { category: 'confidential', severity: 'high', message: 'm', advice: 'a', sources: [{ doc: 'd', clause: 'c' }] };
const patternRule = (id: string, pattern: string) => ({ ...base, id, kind: 'pattern', pattern });
const termsRule = (id: string, terms: string[]) => ({ ...base, id, kind: 'terms', terms });

/** Longest time of one check over the posts (after a warm-up, best of two), or null when the policy is rejected. */
function measure(policy: Record<string, unknown>): { ms: number; post: string } | { rejected: string } {
  const r = validatePolicy(policy);
  if (!r.ok) return { rejected: r.errors[0] };
  const pack = getPack(r.policy.pack ?? 'common');
  const settings: ResolvedSettings = {
    ...DEFAULT_SETTINGS,
    customRules: r.policy.customRules ?? [],
    extraConfidentialTerms: r.policy.extraConfidentialTerms ?? [],
  };
  const ruleset = compileRuleset(pack, { settings });
  const ctx = { pack, platform: 'facebook' as const, account: 'personal' as const };
  let worst = { ms: 0, post: '' };
  for (const [name, post] of Object.entries(POSTS)) {
    checkWith(ruleset, post.slice(0, 500), ctx, settings);
    // The better of two runs: a garbage-collection pause is not the policy's cost.
    let ms = Infinity;
    for (let run = 0; run < 2; run++) {
      const started = performance.now();
      checkWith(ruleset, post, ctx, settings);
      ms = Math.min(ms, performance.now() - started);
    }
    if (ms > worst.ms) worst = { ms, post: name };
  }
  return worst;
}

// The pack alone, for comparison: what the custom rules add is the difference.
const baseline = measure({});
let failures = 0;
const report = (name: string, policy: Record<string, unknown>) => {
  const m = measure(policy);
  if ('rejected' in m) return console.log(`${name.padEnd(44)} rejected: ${m.rejected.slice(0, 110)}`);
  const over = m.ms > BUDGET_MS;
  if (over) failures++;
  console.log(`${name.padEnd(44)} ${m.ms.toFixed(0).padStart(6)} ms  (worst post: ${m.post})${over ? '  OVER BUDGET' : ''}`);
};

console.log(`check() of a 10 KB post, worst of ${Object.keys(POSTS).join('/')} posts; budget ${BUDGET_MS} ms\n`);
if (!('rejected' in baseline)) console.log(`${'pack "common" alone'.padEnd(44)} ${baseline.ms.toFixed(0).padStart(6)} ms`);

const L = CUSTOM_RULE_LIMITS;
/** As many copies of `pattern` as the limits allow, one rule each. */
const atLimit = (pattern: string) => {
  const n = Math.min(L.rules, Math.floor(L.totalPatternLength / pattern.length), Math.floor(L.totalPatternCost / patternCost(pattern)));
  return Array.from({ length: n }, (_, i) => patternRule(`acme.p${i}`, pattern));
};
const wordAlt = `\\b(?:${Array.from({ length: 200 }, (_, i) => ['the', 'tho', 'budget', 'depot', 'week'][i % 5] + 'q' + i).join('|')})\\b`.slice(0, L.patternLength).replace(/\|[^|]*$/, ')\\b');
for (const [name, pattern] of [
  ['500-char word alternation', wordAlt],
  ['\\b\\w+\\s+\\w+\\b', '\\b\\w+\\s+\\w+\\b'],
  ['(?:.{0,40}[bt]){5}', '(?:.{0,40}[bt]){5}'],
  ['[a-z]{1,40}\\s+ chain', '[a-z]{1,40}\\s+[a-z]{1,40}\\s+[a-z]{1,40}'],
  ['[a-z]{0,598}x', '[a-z]{0,598}x'],
]) {
  const rules = atLimit(pattern);
  report(`${rules.length} × ${name} (at the limits)`, { customRules: rules });
}
const terms = Array.from({ length: L.termsPerList }, (_, i) => `secret${i} thing`);
report(`${L.rules} terms rules × ${L.termsPerList} terms + 500 extra`, {
  customRules: Array.from({ length: L.rules }, (_, i) => termsRule(`acme.t${i}`, terms.map((t) => `${t}${i}`))),
  extraConfidentialTerms: terms.map((t) => `${t} extra`),
});
const huge = Array.from({ length: 150_000 }, (_, i) => `w${i}`).join('|');
report('one 1 MB alternation', { customRules: [patternRule('acme.huge', huge)] });
report('[a-z]{0,999}x (over the per-pattern size)', { customRules: [patternRule('acme.big', '[a-z]{0,999}x')] });
report('(a|aa)+ catastrophic shape', { customRules: [patternRule('acme.cat', '^(a|aa)+$')] });

// The property: random rules from a small regex grammar and random term lists.
const atom = fc.constantFrom('a', 'the', '\\w', '\\d', '.', '[a-z]', '[^ ]', '\\s', 'b', 'x');
const quant = fc.constantFrom('', '*', '+', '?', '{0,40}', '{2,9}', '{1,200}');
const piece = fc.tuple(atom, quant).map(([a, q]) => (a.length > 1 && !a.startsWith('\\') && !a.startsWith('[') ? `(?:${a})${q}` : a + q));
const regex: fc.Arbitrary<string> = fc.letrec<{ re: string }>((tie) => ({
  re: fc.oneof(
    { depthSize: 'small' },
    fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join('')),
    fc.tuple(tie('re'), tie('re')).map(([a, b]) => `(?:${a}|${b})`),
    fc.tuple(tie('re'), quant).map(([a, q]) => `(?:${a})${q}`),
  ),
})).re;
const rule = fc.oneof(
  fc.array(regex, { minLength: 1, maxLength: 6 }).map((ps) => ps.map((p, i) => patternRule(`acme.r${i}`, p))),
  fc.array(fc.array(fc.constantFrom('the', 'budget', 'a', 'depot', 'week', 'tho', 'secret'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 500 }).map((t) => [termsRule('acme.t', t)]),
);
const times: number[] = [];
let rejected = 0;
let slowest = { ms: 0, policy: '' };
for (const customRules of fc.sample(rule, { numRuns: runs, seed })) {
  const m = measure({ customRules });
  if ('rejected' in m) {
    rejected++;
    continue;
  }
  times.push(m.ms);
  if (m.ms > slowest.ms) slowest = { ms: m.ms, policy: JSON.stringify(customRules.map((r) => ('pattern' in r ? r.pattern : `${r.terms.length} terms`))).slice(0, 160) };
  if (m.ms > BUDGET_MS) failures++;
}
times.sort((a, b) => a - b);
const q = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(0) : '-');
console.log(`\nproperty: ${runs} random custom rule sets (seed ${seed}): ${times.length} accepted, ${rejected} rejected`);
console.log(`  accepted, 10 KB post: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${slowest.ms.toFixed(0)} ms`);
console.log(`  slowest: ${slowest.policy}`);
console.log(failures ? `\n${failures} accepted polic${failures > 1 ? 'ies' : 'y'} over ${BUDGET_MS} ms` : `\nevery accepted policy within ${BUDGET_MS} ms`);
process.exitCode = failures ? 1 : 0;
