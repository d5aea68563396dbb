/**
 * npm run lint:firefox (after `wxt build -b firefox`): runs Mozilla's `web-ext lint`, the
 * add-ons store's own linter, on the Firefox build and fails on any error, warning or notice
 * of ours. The one known third-party warning is allowed, and only where it is: Preact's
 * renderer assigns innerHTML for `dangerouslySetInnerHTML`, which no code of ours uses.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sourceDir = `${root}.output/firefox-mv3`;

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface Report {
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}

function lint(): Report {
  try {
    return JSON.parse(execFileSync(`${root}node_modules/.bin/web-ext`, ['lint', '--source-dir', sourceDir, '--output', 'json'], { encoding: 'utf8' }));
  } catch (e) {
    // web-ext exits non-zero when there are errors but still prints the report.
    const stdout = (e as { stdout?: string }).stdout;
    if (stdout) return JSON.parse(stdout);
    throw e;
  }
}

/** Preact's `t.innerHTML = d.__html` sits just after its `dangerouslySetInnerHTML` branch in the minified diff. */
function isPreactInnerHtml(m: Message): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line || m.column === undefined) return false;
  const line = readFileSync(`${sourceDir}/${m.file}`, 'utf8').split('\n')[m.line - 1] ?? '';
  const around = line.slice(Math.max(0, m.column - 300), m.column + 40);
  return around.includes('"dangerouslySetInnerHTML"') && /\.innerHTML=\w+\.__html/.test(around);
}

const report = lint();
const all = [...report.errors.map((m) => ['error', m] as const), ...report.warnings.map((m) => ['warning', m] as const), ...report.notices.map((m) => ['notice', m] as const)];
const allowed = all.filter(([, m]) => isPreactInnerHtml(m));
const ours = all.filter(([, m]) => !isPreactInnerHtml(m));
const where = (m: Message) => (m.file ? `${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}` : '');

for (const [level, m] of ours) console.error(`${level} ${m.code} ${where(m)}: ${m.message}`);
for (const [, m] of allowed) console.log(`allowed (Preact's dangerouslySetInnerHTML) ${m.code} ${where(m)}`);
console.log(`web-ext lint ${sourceDir}: ${ours.length} problems of ours, ${allowed.length} known third-party warnings`);
process.exit(ours.length ? 1 : 0);
