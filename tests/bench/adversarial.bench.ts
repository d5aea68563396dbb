/**
 * npm run bench:adversarial [-- --sizes 10000,100000 --only at-run,digits --json]
 * Time of one check() of each adversarial input (shapes that make regexes backtrack or
 * scans go quadratic) at 10 KB, 100 KB and 1 MB, with the largest pack. The engine's
 * goal is linear time: 1 MB within 2 s (CLI), 60,000 characters well under 300 ms.
 * A benchmark reports numbers; it never fails a build.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkWith } from '../../lib/engine/check';
import { compileRuleset } from '../../lib/engine/compile';
import { DEFAULT_SETTINGS, type CheckContext } from '../../lib/engine/types';
import { getPack, packIds } from '../../lib/packs';
import { parseArgv } from '../../lib/cli/args';

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = readFileSync(`${here}../corpus/dev.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** `unit` repeated to exactly n characters. */
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const around = (middle: string, unit: string, n: number) => {
  const side = fill(unit, Math.max(0, (n - middle.length) >> 1));
  return side + middle + side;
};

/** Each input is built to the requested size in UTF-16 code units. */
const INPUTS: Record<string, (n: number) => string> = {
  'one-letter': (n) => fill('a', n),
  'at-run': (n) => around('@', 'a', n),
  'many-at': (n) => fill('a@', n),
  'email-dots': (n) => fill('a.b@c.', n),
  'council-tax': (n) => fill('council tax ', n),
  'repeated-phrase': (n) => fill('my manager at the council is ', n),
  'digits': (n) => fill('1', n),
  'spaced-digits': (n) => fill('1 ', n),
  'phone-like': (n) => fill('07911 123456 ', n),
  'zero-run': (n) => fill('0', n),
  'nhs-like': (n) => fill('943 476 5919 ', n),
  'nino-like': (n) => fill('AB 12 34 56 C ', n),
  'capitalised': (n) => fill('Anita Kaur Smith ', n),
  'spaced-letters': (n) => fill('a b ', n),
  'dotted-letters': (n) => fill('a.', n),
  'punctuation': (n) => fill('((([[[{{{.-.-', n),
  'dob-triggers': (n) => fill('born 12/03/1948 ', n),
  'nhs-label': (n) => fill('nhs number ', n),
  'obfuscated-at': (n) => fill('jo [at] gmail [dot] ', n),
  'english-at': (n) => fill('meet me at the dot of ', n),
  'zero-width': (n) => fill('\u200b', n),
  'blank-lines': (n) => `at work${fill('\n', n - 8)}x`,
  'emoji': (n) => fill('😀👩‍👩‍👧', n),
  'no-spaces-text': (n) => fill('theCouncilSaidConfidential', n),
  'mixed-text': (n) => {
    let out = '';
    for (let i = 0; out.length < n; i = (i + 7) % corpus.length) out += (out ? '\n' : '') + corpus[i];
    return out.slice(0, n);
  },
};

const { flags } = parseArgv(process.argv.slice(2), ['json']);
const sizes = typeof flags.sizes === 'string' ? flags.sizes.split(',').map(Number) : [10_000, 100_000, 1_000_000];
const only = typeof flags.only === 'string' ? flags.only.split(',') : Object.keys(INPUTS);

const largest = packIds()
  .map((id) => getPack(id))
  .sort((a, b) => b.rules.length - a.rules.length)[0];
const ruleset = compileRuleset(largest);
const context: CheckContext = { pack: largest, platform: 'facebook', account: 'personal', date: '2026-11-21' };
const run = (text: string) => checkWith(ruleset, text, context, DEFAULT_SETTINGS);

// Warm every path once on a small input so the first row is not paying for JIT and lazy tables.
for (const name of only) run(INPUTS[name](2_000));

// CPU time next to wall time: on a shared machine the wall clock also counts waiting for a core.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rows: { input: string; chars: number; ms: number; cpuMs: number; findings: number }[] = [];
if (!flags.json) process.stdout.write(`${'input'.padEnd(16)} ${'chars'.padStart(9)}  ${'wall'.padStart(12)}  ${'cpu'.padStart(12)}  findings\n`);
for (const name of only) {
  for (const chars of sizes) {
    const text = INPUTS[name](chars);
    const c = cpuMs();
    const t = performance.now();
    const findings = run(text).length;
    const row = { input: name, chars, ms: performance.now() - t, cpuMs: cpuMs() - c, findings };
    rows.push(row);
    if (!flags.json)
      process.stdout.write(`${name.padEnd(16)} ${String(chars).padStart(9)}  ${row.ms.toFixed(1).padStart(9)} ms  ${row.cpuMs.toFixed(1).padStart(9)} ms  ${findings}\n`);
  }
}
if (flags.json) process.stdout.write(JSON.stringify({ pack: largest.id, node: process.version, rows }) + '\n');
else {
  const worst = rows.reduce((a, b) => (b.cpuMs / b.chars > a.cpuMs / a.chars ? b : a));
  process.stdout.write(`pack "${largest.id}", ${process.version}; slowest per character (cpu): ${worst.input} (${((worst.cpuMs / worst.chars) * 1000).toFixed(2)} µs/char at ${worst.chars})\n`);
  process.stdout.write('goal: 1,000,000 chars <= 2 s through the CLI; 60,000 chars well under 300 ms\n');
}
