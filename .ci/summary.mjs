// One closing line for CI: "Tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (existsSync('test-results/e2e.json')) {
  const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  // Where the end-to-end minutes go, so the suite can be kept under its 20-minute budget.
  const bySpec = new Map();
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? []) for (const r of t.results ?? []) bySpec.set(spec.file, (bySpec.get(spec.file) ?? 0) + r.duration);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of e2e.suites ?? []) walk(suite);
  const rows = [...bySpec].sort((a, b) => b[1] - a[1]).map(([file, ms]) => `${file} ${(ms / 1000).toFixed(0)} s`);
  console.log(`End-to-end: ${(e2e.stats.duration / 60000).toFixed(1)} min (${rows.join(', ')})`);
}
if (existsSync('test-results/firefox.tap')) {
  // node --test's TAP summary: "# pass N", "# fail N" (npm run test:firefox).
  const tap = readFileSync('test-results/firefox.tap', 'utf8');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
