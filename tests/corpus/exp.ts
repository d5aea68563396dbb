// Scratch experiment (not committed): train on older data, AP / recall on the latest blind sets.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { averagePrecision, prepare, probabilities, train, usable } from './train';
import { corpusFiles, loadCorpus } from './corpora';
import { CATEGORIES } from '../../lib/engine/types';

const CACHE = '/tmp/prep2.json';
type P = ReturnType<typeof prepare> & { file: string };
let all: P[];
if (existsSync(CACHE)) all = JSON.parse(readFileSync(CACHE, 'utf8'));
else {
  const files = [...corpusFiles('legacy'), ...corpusFiles('dev'), ...corpusFiles('blind'), ...corpusFiles('frozen')];
  all = files.flatMap((f) => loadCorpus(f).map((p) => ({ ...prepare(p), file: f.replace(/^.*\//, '') })));
  writeFileSync(CACHE, JSON.stringify(all));
}
const testFiles = new Set((process.env.TEST ?? 'blind-6.jsonl,blind-7.jsonl').split(','));
const trainSet = all.filter((p) => !testFiles.has(p.file) && p.file !== 'frozen-holdout.jsonl');
const testSet = all.filter((p) => testFiles.has(p.file) || (process.env.WITH_FROZEN && p.file === 'frozen-holdout.jsonl'));
const t0 = Date.now();
const model = train(trainSet);
console.log(process.env.TRAIN_OPTIONS, 'train', trainSet.length, 'test', testSet.length, 'in', ((Date.now() - t0) / 1000).toFixed(0), 's');
const probs = testSet.map((d) => probabilities(model, d));
const aps: number[] = [];
const recs: number[] = [];
for (const [ci, c] of CATEGORIES.entries()) {
  const idx = testSet.map((d, i) => (usable(c, d) ? i : -1)).filter((i) => i >= 0);
  const labels = idx.map((i) => (testSet[i].post.labels.includes(c) ? 1 : 0));
  const ap = averagePrecision(idx.map((i) => probs[i][ci]), labels);
  const clean = idx.filter((i) => testSet[i].post.labels.length === 0).map((i) => probs[i][ci]).sort((a, b) => b - a);
  const t = clean[Math.floor(clean.length * 0.01)] ?? 1;
  const pos = idx.filter((i) => testSet[i].post.labels.includes(c));
  const rec = pos.filter((i) => probs[i][ci] > t).length / pos.length;
  aps.push(ap);
  recs.push(rec);
  console.log(`  ${c.padEnd(14)} AP ${ap.toFixed(3)}  recall@1%clean ${rec.toFixed(2)}  (n=${pos.length})`);
}
console.log('  mean AP', (aps.reduce((a, b) => a + b, 0) / aps.length).toFixed(3), 'mean recall@1%', (recs.reduce((a, b) => a + b, 0) / recs.length).toFixed(3));
