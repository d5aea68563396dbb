/**
 * npm run bench [-- --json]
 * Median and p99 time for check() on 280, 1,000, 3,000 and 60,000-character posts with the
 * largest pack, and the same posts through alex (a popular prose linter) for scale; and the
 * heap the compiled rulesets take (what each tab holds), measured with --expose-gc.
 * A benchmark reports numbers; it never fails a build.
 */
import { text as alexText } from 'alex';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkWith } from '../../lib/engine/check';
import { compileRuleset } from '../../lib/engine/compile';
import { DEFAULT_SETTINGS, type CheckContext } from '../../lib/engine/types';
import { getPack, packIds } from '../../lib/packs';

const SIZES = [280, 1_000, 3_000, 60_000];
const here = fileURLToPath(new URL('.', import.meta.url));

/** Realistic text: labelled corpus posts (with their findings) joined until the size is reached. */
function postOfLength(n: number): string {
  const posts = readFileSync(`${here}../corpus/dev.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  let out = '';
  for (let i = 0; out.length < n; i = (i + 7) % posts.length) out += (out ? ' ' : '') + posts[i];
  return out.slice(0, n);
}

function time(fn: () => void, budgetMs: number, maxRuns: number): number[] {
  for (let i = 0; i < 3; i++) fn(); // warm the JIT
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < 5 || performance.now() - started < budgetMs)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b);
}
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const gc = (globalThis as { gc?: () => void }).gc;
/** Heap growth (bytes) while building `make`'s result, after full collections either side; null without --expose-gc. */
function heapOf<T>(make: () => T): { value: T; bytes: number | null } {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  gc?.();
  return { value, bytes: gc ? process.memoryUsage().heapUsed - before : null };
}

const packs = packIds().map((id) => getPack(id));
const largest = [...packs].sort((a, b) => b.rules.length - a.rules.length)[0];
// A tab compiles one pack, with the tables every pack shares (profanity matcher, sentiment
// scores); its first check then builds what is lazily memoised (word verdicts, caches).
const compiled = heapOf(() => compileRuleset(largest));
const ruleset = compiled.value;
const firstCheck = heapOf(() => checkWith(ruleset, 'warm-up: the council is rubbish, my manager is an idiot', { pack: largest, platform: 'facebook', account: 'personal' }));
const heap = {
  rulesetMB: compiled.bytes === null ? null : compiled.bytes / 1e6,
  sharedTablesMB: firstCheck.bytes === null ? null : firstCheck.bytes / 1e6,
};
const context: CheckContext = { pack: largest, platform: 'facebook', account: 'personal', date: '2026-11-21' };

const rows = SIZES.map((size) => {
  const post = postOfLength(size);
  const ours = time(() => checkWith(ruleset, post, context, DEFAULT_SETTINGS), 1500, 20_000);
  const alex = time(() => alexText(post), size > 10_000 ? 6000 : 2500, 200);
  const row = {
    chars: size,
    findings: checkWith(ruleset, post, context, DEFAULT_SETTINGS).length,
    ours: { runs: ours.length, medianUs: quantile(ours, 0.5) * 1000, p99Us: quantile(ours, 0.99) * 1000 },
    alex: { runs: alex.length, medianUs: quantile(alex, 0.5) * 1000, p99Us: quantile(alex, 0.99) * 1000 },
  };
  return { ...row, speedup: row.alex.medianUs / row.ours.medianUs };
});

const result = { pack: largest.id, rules: largest.rules.length, node: process.version, heap, goal: '3,000 chars: median <= 50 us and >= 100x faster than alex', rows };

if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(result) + '\n');
else {
  const us = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(1)} µs`);
  const lines = [
    `check() with pack "${result.pack}" (${result.rules} rules), ${result.node}`,
    'chars     findings  median      p99         alex median  alex p99     speed-up',
  ];
  for (const r of rows)
    lines.push(
      `${String(r.chars).padEnd(9)} ${String(r.findings).padEnd(9)} ${us(r.ours.medianUs).padEnd(11)} ${us(r.ours.p99Us).padEnd(11)} ${us(r.alex.medianUs).padEnd(12)} ${us(r.alex.p99Us).padEnd(12)} ${r.speedup.toFixed(0)}x`,
    );
  const mb = (x: number | null) => (x === null ? 'n/a (run with node --expose-gc)' : `${x.toFixed(1)} MB`);
  lines.push(`heap: compiled ruleset (with the shared profanity and sentiment tables) ${mb(heap.rulesetMB)}; built by the first check ${mb(heap.sharedTablesMB)}`);
  lines.push(`goal: ${result.goal}`);
  process.stdout.write(lines.join('\n') + '\n');
}
