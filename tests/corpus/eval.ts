/**
 * npm run eval [-- --group legacy|dev|blind|frozen] [--corpus FILE ...] [--by-rule] [--verbose] [--json]
 * Per corpus group (and per file with --files): recall per category at ≥ warning and at any
 * severity, false alarms (≥ warning) on posts without that label, clean-post and hard-negative
 * false alarms, and the rate of clean posts with any note. --by-rule: each rule's true and false
 * positives, noisiest first.
 */
import { fileURLToPath } from 'node:url';
import { check } from '../../lib/engine/check';
import { CATEGORIES, severityRank, type Category, type Finding } from '../../lib/engine/types';
import { parseArgv } from '../../lib/cli/args';
import { getPack } from '../../lib/packs';
import { corpusFiles, loadCorpus, type Group, type Labelled } from './corpora';

export { loadCorpus };

interface CategoryReport {
  labelled: number;
  /** Found at ≥ warning (what counts). */
  found: number;
  recall: number;
  foundAny: number;
  recallAny: number;
  /** Posts without this label that got a warning of this category. */
  falseAlarms: number;
  unlabelled: number;
}

export interface CorpusReport {
  corpus: string;
  posts: number;
  multiLabel: number;
  recall: Record<Category, CategoryReport>;
  clean: { posts: number; anyFinding: number; warningOrHigher: number; falseAlarmRate: number; anyFindingRate: number };
  hard: { posts: number; warningOrHigher: number; falseAlarmRate: number };
  byRule: Record<string, { truePositives: number; falsePositives: number }>;
  misses: { id: string; category: Category; text: string }[];
  falseAlarms: { id: string; text: string; findings: string[] }[];
}

const serious = (f: Finding) => severityRank(f.severity) >= severityRank('warning');

export function checkLabelled(post: Labelled, defaultPack = 'common'): Finding[] {
  return check(post.text, {
    pack: getPack(post.pack ?? defaultPack),
    platform: post.platform ?? 'facebook',
    account: post.account ?? 'personal',
    date: '2026-11-21',
  });
}

export function evaluate(corpus: string, posts: Labelled[], defaultPack = 'common'): CorpusReport {
  const recall = Object.fromEntries(
    CATEGORIES.map((c) => [c, { labelled: 0, found: 0, recall: 1, foundAny: 0, recallAny: 1, falseAlarms: 0, unlabelled: 0 }]),
  ) as CorpusReport['recall'];
  const clean = { posts: 0, anyFinding: 0, warningOrHigher: 0, falseAlarmRate: 0, anyFindingRate: 0 };
  const hard = { posts: 0, warningOrHigher: 0, falseAlarmRate: 0 };
  const byRule: CorpusReport['byRule'] = {};
  const misses: CorpusReport['misses'] = [];
  const falseAlarms: CorpusReport['falseAlarms'] = [];
  let multiLabel = 0;
  for (const post of posts) {
    const findings = checkLabelled(post, defaultPack);
    const warned = new Set(findings.filter(serious).map((f) => f.category));
    const noted = new Set(findings.map((f) => f.category));
    if (post.labels.length > 1) multiLabel++;
    for (const c of CATEGORIES) {
      const r = recall[c];
      if (post.labels.includes(c)) {
        r.labelled++;
        if (warned.has(c)) r.found++;
        else misses.push({ id: String(post.id), category: c, text: post.text });
        if (noted.has(c)) r.foundAny++;
      } else {
        r.unlabelled++;
        if (warned.has(c)) r.falseAlarms++;
      }
    }
    for (const f of findings.filter(serious)) {
      const entry = (byRule[f.ruleId] ??= { truePositives: 0, falsePositives: 0 });
      if (post.labels.includes(f.category)) entry.truePositives++;
      else entry.falsePositives++;
    }
    if (post.labels.length === 0) {
      clean.posts++;
      if (post.hard) hard.posts++;
      if (findings.length) clean.anyFinding++;
      if (warned.size) {
        clean.warningOrHigher++;
        if (post.hard) hard.warningOrHigher++;
        falseAlarms.push({ id: String(post.id), text: post.text, findings: findings.filter(serious).map((f) => `${f.ruleId} "${f.excerpt}"`) });
      }
    }
  }
  for (const c of CATEGORIES) {
    const r = recall[c];
    r.recall = r.labelled ? r.found / r.labelled : 1;
    r.recallAny = r.labelled ? r.foundAny / r.labelled : 1;
  }
  clean.falseAlarmRate = clean.posts ? clean.warningOrHigher / clean.posts : 0;
  clean.anyFindingRate = clean.posts ? clean.anyFinding / clean.posts : 0;
  hard.falseAlarmRate = hard.posts ? hard.warningOrHigher / hard.posts : 0;
  return { corpus, posts: posts.length, multiLabel, recall, clean, hard, byRule, misses, falseAlarms };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatReport(report: CorpusReport, options: { verbose?: boolean; byRule?: boolean } = {}): string {
  const lines = [
    `\n${report.corpus}: ${report.posts} posts (${pct(report.multiLabel / Math.max(1, report.posts))} with 2+ labels)`,
    '  category        labelled  recall≥warning  recall(any)  false alarms on posts without the label',
  ];
  for (const c of CATEGORIES) {
    const r = report.recall[c];
    const flag = r.labelled && r.recall < 0.9 ? '  < 0.90' : '';
    lines.push(
      `  ${c.padEnd(15)} ${String(r.labelled).padStart(8)}  ${pct(r.recall).padStart(14)}  ${pct(r.recallAny).padStart(11)}  ${String(r.falseAlarms).padStart(5)} / ${r.unlabelled} (${pct(r.falseAlarms / Math.max(1, r.unlabelled))})${flag}`,
    );
  }
  const present = CATEGORIES.filter((c) => report.recall[c].labelled);
  lines.push(`  minimum recall ≥ warning: ${present.length ? pct(Math.min(...present.map((c) => report.recall[c].recall))) : '—'}`);
  lines.push(
    `  clean posts: ${report.clean.posts}; with a warning: ${report.clean.warningOrHigher} (${pct(report.clean.falseAlarmRate)}); hard negatives with a warning: ${report.hard.warningOrHigher} / ${report.hard.posts} (${pct(report.hard.falseAlarmRate)}); clean posts with any note: ${report.clean.anyFinding} (${pct(report.clean.anyFindingRate)})`,
  );
  if (options.byRule) {
    lines.push('  rule                                   true+  false+  (at ≥ warning)');
    const rows = Object.entries(report.byRule).sort((a, b) => b[1].falsePositives - a[1].falsePositives || b[1].truePositives - a[1].truePositives);
    for (const [id, r] of rows) lines.push(`  ${id.padEnd(38)} ${String(r.truePositives).padStart(5)}  ${String(r.falsePositives).padStart(6)}`);
  }
  if (options.verbose) {
    for (const m of report.misses) lines.push(`  MISS ${m.category} ${m.id}: ${m.text}`);
    for (const f of report.falseAlarms) lines.push(`  FALSE ALARM ${f.id}: ${f.text}\n      ${f.findings.join('\n      ')}`);
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { flags, positionals } = parseArgv(process.argv.slice(2), ['verbose', 'json', 'by-rule', 'files']);
  const groups: Group[] = typeof flags.group === 'string' ? [flags.group as Group] : ['legacy', 'dev', 'blind', 'frozen'];
  const sets: { name: string; files: string[] }[] =
    typeof flags.corpus === 'string'
      ? [{ name: [flags.corpus, ...positionals].join(', '), files: [flags.corpus, ...positionals] }]
      : groups.flatMap((g) => {
          const files = corpusFiles(g);
          if (!files.length) return [];
          const perFile = flags.files ? files.map((f) => ({ name: f.replace(/^.*tests\/corpus\//, ''), files: [f] })) : [];
          return [...perFile, { name: `${g} (${files.length} file${files.length > 1 ? 's' : ''})`, files }];
        });
  const pack = typeof flags.pack === 'string' ? flags.pack : 'common';
  const reports = sets.map((s) => evaluate(s.name, s.files.flatMap(loadCorpus), pack));
  if (flags.json) process.stdout.write(JSON.stringify(reports.map(({ misses, falseAlarms, ...r }) => r), null, 2) + '\n');
  else for (const r of reports) process.stdout.write(formatReport(r, { verbose: Boolean(flags.verbose), byRule: Boolean(flags['by-rule']) }));
}
