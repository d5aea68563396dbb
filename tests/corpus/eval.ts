/**
 * npm run eval [-- --corpus FILE ... --pack ID --verbose --json]
 * Recall per category and false alarms on clean posts, for each labelled corpus.
 * Labels: {"id","text","account"?,"platform"?,"pack"?,"labels":[categories]}; [] means clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { check } from '../../lib/engine/check';
import { CATEGORIES, categorySchema, severityRank, type Category, type Finding } from '../../lib/engine/types';
import { parseArgv } from '../../lib/cli/args';
import { postLineSchema } from '../../lib/cli/input';
import { getPack } from '../../lib/packs';

const labelledSchema = postLineSchema.extend({ labels: z.array(categorySchema) });
type Labelled = z.infer<typeof labelledSchema>;

export interface CorpusReport {
  corpus: string;
  posts: number;
  recall: Record<Category, { labelled: number; found: number; recall: number }>;
  clean: { posts: number; anyFinding: number; warningOrHigher: number; falseAlarmRate: number; anyFindingRate: number };
  misses: { id: string; category: Category; text: string }[];
  falseAlarms: { id: string; text: string; findings: string[] }[];
}

export function evaluate(corpus: string, posts: Labelled[], defaultPack: string): CorpusReport {
  const recall = Object.fromEntries(CATEGORIES.map((c) => [c, { labelled: 0, found: 0, recall: 1 }])) as CorpusReport['recall'];
  const clean = { posts: 0, anyFinding: 0, warningOrHigher: 0, falseAlarmRate: 0, anyFindingRate: 0 };
  const misses: CorpusReport['misses'] = [];
  const falseAlarms: CorpusReport['falseAlarms'] = [];
  for (const post of posts) {
    const findings: Finding[] = check(post.text, {
      pack: getPack(post.pack ?? defaultPack),
      platform: post.platform ?? 'facebook',
      account: post.account ?? 'personal',
      date: '2026-11-21',
    });
    const found = new Set(findings.map((f) => f.category));
    for (const category of post.labels) {
      recall[category].labelled++;
      if (found.has(category)) recall[category].found++;
      else misses.push({ id: String(post.id), category, text: post.text });
    }
    if (post.labels.length === 0) {
      clean.posts++;
      if (findings.length) clean.anyFinding++;
      const serious = findings.filter((f) => severityRank(f.severity) >= severityRank('warning'));
      if (serious.length) {
        clean.warningOrHigher++;
        falseAlarms.push({ id: String(post.id), text: post.text, findings: serious.map((f) => `${f.ruleId} "${f.excerpt}"`) });
      }
    }
  }
  for (const c of CATEGORIES) recall[c].recall = recall[c].labelled ? recall[c].found / recall[c].labelled : 1;
  clean.falseAlarmRate = clean.posts ? clean.warningOrHigher / clean.posts : 0;
  clean.anyFindingRate = clean.posts ? clean.anyFinding / clean.posts : 0;
  return { corpus, posts: posts.length, recall, clean, misses, falseAlarms };
}

export function loadCorpus(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      const parsed = labelledSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return parsed.data;
    });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function print(report: CorpusReport, verbose: boolean) {
  const lines = [`\n${report.corpus}: ${report.posts} posts`, '  category        labelled  found  recall'];
  for (const c of CATEGORIES) {
    const r = report.recall[c];
    const flag = r.recall < 0.9 ? '  < 0.90' : '';
    lines.push(`  ${c.padEnd(15)} ${String(r.labelled).padStart(8)} ${String(r.found).padStart(6)}  ${pct(r.recall).padStart(6)}${flag}`);
  }
  const minRecall = Math.min(...CATEGORIES.filter((c) => report.recall[c].labelled).map((c) => report.recall[c].recall));
  lines.push(`  minimum recall: ${pct(minRecall)}`);
  lines.push(
    `  clean posts: ${report.clean.posts}; with a warning or higher: ${report.clean.warningOrHigher} (${pct(report.clean.falseAlarmRate)}); with any finding incl. info: ${report.clean.anyFinding} (${pct(report.clean.anyFindingRate)})`,
  );
  if (verbose) {
    for (const m of report.misses) lines.push(`  MISS ${m.category} ${m.id}: ${m.text}`);
    for (const f of report.falseAlarms) lines.push(`  FALSE ALARM ${f.id}: ${f.text}\n      ${f.findings.join('\n      ')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { flags, positionals } = parseArgv(process.argv.slice(2), ['verbose', 'json']);
  const here = fileURLToPath(new URL('.', import.meta.url));
  const corpora =
    typeof flags.corpus === 'string'
      ? [flags.corpus, ...positionals]
      : readdirSync(here)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => `${here}${f}`);
  const pack = typeof flags.pack === 'string' ? flags.pack : 'common';
  const reports = corpora.map((path) => evaluate(path.replace(here, 'tests/corpus/'), loadCorpus(path), pack));
  if (corpora.length > 1) reports.push(evaluate('all corpora', corpora.flatMap(loadCorpus), pack));
  if (flags.json) process.stdout.write(JSON.stringify(reports.map(({ misses, falseAlarms, ...r }) => r), null, 2) + '\n');
  else reports.forEach((r) => print(r, Boolean(flags.verbose)));
}
