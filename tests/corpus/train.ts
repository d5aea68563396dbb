/**
 * npm run train [-- --check]
 * Rebuilds rules/models/baseline.json from the labelled corpora, deterministically: the same
 * corpora and rule packs always give the same file (a unit test checks the fingerprint).
 *  1. Each training post (legacy + dev + blind, never frozen) is featurised exactly as the engine
 *     does at run time: folded words, word pairs, and which recognisers fired on it.
 *  2. One L2-regularised logistic regression per category, full-batch Adam, fixed iterations.
 *  3. Thresholds are chosen on out-of-writer scores (writers in folds, each scored by a model
 *     trained without it, plus the frozen holdout) by simulating the engine's decision, trading
 *     recall against warnings on clean posts (target: ≤ 5 % clean posts with a warning).
 * --check: retrain and fail if the result differs from the shipped file.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDoc, check, corroboratedCategories, evidenceOf, modelFeatures } from '../../lib/engine/check';
import { compileRuleset } from '../../lib/engine/compile';
import { packWeights, type ModelFile } from '../../lib/engine/model/schema';
import { personalViews } from '../../lib/engine/personal-views';
import type { ModelRule, Rule } from '../../lib/engine/rule-schema';
import { CATEGORIES, severityRank, type Category, type Severity } from '../../lib/engine/types';
import { getPack } from '../../lib/packs';
import { corpusFiles, fingerprint, loadCorpus, TRAINING_GROUPS, type Labelled } from './corpora';

export const MODEL_PATH = fileURLToPath(new URL('../../rules/models/baseline.json', import.meta.url));
const RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

const OPTIONS = {
  minCount: 3,
  l2: 2e-4,
  iterations: 200,
  learningRate: 0.05,
  prune: 0.03,
  /**
   * Warnings on clean posts the thresholds may spend on the out-of-writer pool, across all
   * categories. The bar is 5 % on unseen writers. Blind-7 and blind-8 (first sight, thresholds
   * at 5 % here, 18–24 writers) drew 9.1 % and 8.7 %, so the budget went to 3 %; blind-11 at 4 %
   * drew 6.2 %. With 60+ writers the pool overstates what the final model spends: at 4 % the
   * fold models warned on 3.8 % of the pool's clean posts, while the model trained on all of
   * them warned on 1.9 % of blind-18's and 0.6 % of the frozen holdout's, and recall at ≥ warning
   * on blind-18 rose by up to 0.15 a category over 3 % (blind-15 to blind-18, first sight at 3 %:
   * 2.8 %, 4.5 %, 3.6 %, 0.9 %).
   */
  cleanWarningBudget: 0.04,
  /**
   * Thresholds are chosen on scores the model gives to writers it was not trained on: the
   * development writers split into this many folds (each scored by a model trained without it),
   * pooled with the frozen holdout. A few hundred frozen posts alone gave thresholds that spent
   * 3 × the budget on the next unseen writer.
   */
  thresholdFolds: 4,
  /** Notes (info) on clean posts one category may add. */
  cleanNoteBudget: 0.02,
  /**
   * Weight of a clean post's loss in every category. The budget is spent on clean posts (most of
   * them hard negatives), so training leans on them the way the thresholds must. On the
   * out-of-writer pool at 4 % (45,748 posts), recall ≥ warning per category (disclaimer …
   * advertising) and clean posts warned:
   *   2 ×  .60/.74/.75/.77/.94/.75/.71/.87/.90  3.8 %
   *   3 ×  .63/.75/.76/.79/.94/.75/.76/.87/.90  3.9 %
   *   4 ×  .65/.75/.77/.80/.94/.75/.76/.87/.92  3.9 %
   *   6 ×  .67/.76/.76/.80/.94/.76/.74/.86/.92  3.6 %
   * and on this round's 46,948 posts the README's "This round" compares the heavier weights.
   * (Naive Bayes scaled features ranked better overall but bought less recall at the budget.)
   */
  cleanWeight: 10,
};
// Experiments only (npm run train -- --cv): try other options without editing the file.
if (process.argv.includes('--cv') && process.env.TRAIN_OPTIONS) Object.assign(OPTIONS, JSON.parse(process.env.TRAIN_OPTIONS));

export interface Prepared {
  post: Labelled;
  features: string[];
  raw: { ruleId: string; category: Category; severity: Severity; strong: boolean }[];
  personalViews: boolean;
}

function packOf(post: Labelled) {
  return getPack(post.pack ?? 'common');
}

export function prepare(post: Labelled): Prepared {
  const pack = packOf(post);
  const account = post.account ?? 'personal';
  const context = { pack, platform: post.platform ?? 'facebook', account, date: '2026-11-21', calibrate: false } as const;
  const findings = check(post.text, context);
  const ruleset = compileRuleset(pack);
  const doc = buildDoc(ruleset, post.text, context);
  const tokens = doc.tokens;
  const f = modelFeatures(doc, ruleset, new Set(findings.map((x) => x.ruleId)), account);
  return {
    post,
    features: [...new Set(f.names)],
    raw: findings.map((x) => {
      const compiled = ruleset.byId.get(x.ruleId);
      const strong = !compiled || compiled.custom || evidenceOf(compiled) === 'strong';
      return { ruleId: x.ruleId, category: x.category, severity: x.severity, strong };
    }),
    personalViews: personalViews(tokens).length > 0,
  };
}

/** Posts a category's model learns from: the disclaimer model never sees posts that carry one. */
export function usable(c: Category, p: Prepared): boolean {
  return c !== 'disclaimer' || !p.personalViews;
}

export function train(data: Prepared[]) {
  const counts = new Map<string, number>();
  for (const d of data) for (const f of d.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([f, n]) => n >= OPTIONS.minCount || f.includes(':')).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const K = CATEGORIES.length;
  const F = vocab.length;
  const rows = data.map((d) => Int32Array.from(d.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : []))));
  const y = data.map((d) => CATEGORIES.map((c) => (d.post.labels.includes(c) ? 1 : 0)));
  const mask = data.map((d) => CATEGORIES.map((c) => (usable(c, d) ? 1 : 0)));
  const clean = data.map((d) => d.post.labels.length === 0);
  // Positives are rare: weigh them up (square root of the imbalance, at most 4×).
  const positiveWeight = CATEGORIES.map((_, c) => {
    const pos = y.reduce((s, r, i) => s + r[c] * mask[i][c], 0);
    const all = mask.reduce((s, m) => s + m[c], 0);
    return pos ? Math.min(4, Math.sqrt((all - pos) / pos)) : 1;
  });

  const w = new Float64Array(F * K);
  const b = new Float64Array(K);
  const m = new Float64Array(F * K + K);
  const v = new Float64Array(F * K + K);
  const grad = new Float64Array(F * K + K);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const n = data.length;
  for (let t = 1; t <= OPTIONS.iterations; t++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const row = rows[i];
      for (let c = 0; c < K; c++) {
        if (!mask[i][c]) continue;
        let z = b[c];
        for (let j = 0; j < row.length; j++) z += w[row[j] * K + c];
        const p = 1 / (1 + Math.exp(-z));
        const g = (p - y[i][c]) * (y[i][c] ? positiveWeight[c] : clean[i] ? OPTIONS.cleanWeight : 1);
        if (g === 0) continue;
        for (let j = 0; j < row.length; j++) grad[row[j] * K + c] += g;
        grad[F * K + c] += g;
      }
    }
    for (let k = 0; k < F * K + K; k++) {
      const param = k < F * K ? w[k] : b[k - F * K];
      const g = grad[k] / n + (k < F * K ? OPTIONS.l2 * param : 0);
      m[k] = beta1 * m[k] + (1 - beta1) * g;
      v[k] = beta2 * v[k] + (1 - beta2) * g * g;
      const step = (OPTIONS.learningRate * (m[k] / (1 - beta1 ** t))) / (Math.sqrt(v[k] / (1 - beta2 ** t)) + 1e-8);
      if (k < F * K) w[k] -= step;
      else b[k - F * K] -= step;
    }
  }
  const weights: Record<string, string> = {};
  for (let f = 0; f < F; f++) {
    const parts: string[] = [];
    for (let c = 0; c < K; c++) {
      const x = Math.round(w[f * K + c] * 1000) / 1000;
      if (Math.abs(x) >= OPTIONS.prune) parts.push(`${c}:${x}`);
    }
    if (parts.length) weights[vocab[f]] = parts.join(',');
  }
  return { weights, bias: Array.from(b, (x) => Math.round(x * 1000) / 1000) };
}

/** Probabilities for a prepared post under the packed weights (as lib/engine/model/score does). */
export function probabilities(model: { weights: Record<string, string>; bias: number[] }, d: Prepared): number[] {
  const z = [...model.bias];
  for (const f of d.features) {
    const packed = model.weights[f];
    if (!packed) continue;
    for (const part of packed.split(',')) {
      const [c, x] = part.split(':');
      z[Number(c)] += Number(x);
    }
  }
  return z.map((x) => 1 / (1 + Math.exp(-x)));
}

function modelRuleFor(post: Labelled, c: Category): { rule: ModelRule; severity: Severity } | undefined {
  // A category may have one model rule per kind of account (advertising: the council's page, a person's role).
  const account = post.account ?? 'personal';
  for (const rule of packOf(post).rules) {
    if (rule.kind !== 'model' || rule.category !== c) continue;
    const severity = rule.severityByAccount?.[account] ?? rule.severity;
    if (severity !== 'off') return { rule, severity };
  }
  return undefined;
}

/**
 * What decides one category's verdict on one post, whatever the thresholds: the severity of its
 * strong findings, of its cue findings (weighed by the model), whether cues came from two
 * different rules (they may stand from a lower `pair` score), and of the category's model rule.
 */
interface Sides {
  strong: number;
  cue: number;
  /** Cues from two different rules reach a warning (they stand from the category's `pair`). */
  paired: boolean;
  own: number;
}

export function sidesOf(d: Prepared, c: Category): Sides {
  const sides = { strong: -1, cue: -1, paired: false, own: -1 };
  const cues: Prepared['raw'] = [];
  for (const f of d.raw) {
    if (f.category !== c) continue;
    const rank = severityRank(f.severity);
    if (f.strong) sides.strong = Math.max(sides.strong, rank);
    else {
      sides.cue = Math.max(sides.cue, rank);
      cues.push(f);
    }
  }
  sides.paired = corroboratedCategories(cues).has(c);
  const own = modelRuleFor(d.post, c);
  if (own && !(own.rule.unlessPersonalViews && d.personalViews)) sides.own = severityRank(own.severity);
  return sides;
}

/**
 * The engine's verdict at thresholds (warning, info, cue, pair): the highest severity or -1. A
 * cue stands when the model reaches `warning`, or `cue` (it confirms the cue); a note from
 * `info`. Two different cues stand from `pair`, when the category has one.
 */
export function verdict(s: Sides, p: number, warning: number, info: number, cue = warning, pair = Infinity): number {
  let best = s.strong;
  if (s.cue >= 0) best = Math.max(best, p >= warning || p >= cue || (s.paired && p >= pair) ? s.cue : p >= info ? 0 : -1);
  if (s.own >= 0) best = Math.max(best, p >= warning ? s.own : p >= info ? 0 : -1);
  return best;
}

// Up to 0.99: the disclaimer model was pinned at 0.95 with clean posts still above it, which spent
// budget the other categories could use.
const GRID = Array.from({ length: 95 }, (_, i) => Math.round((0.05 + i * 0.01) * 100) / 100);
/** How far below the warning threshold a confirming score may go, in steps of 0.05. */
const CUE_STEPS = Array.from({ length: 11 }, (_, i) => i * 0.05);
/**
 * Where two different cues may stand, as a share of the cue threshold (Infinity: never). Last
 * round they stood from half of it in every category; on out-of-writer scores, two grievance or
 * offensive cues agreed on enough clean posts that the budget bought more recall elsewhere.
 */
const PAIR_SHARES = [Infinity, 0.5, 0.75];
/**
 * What a category's recall is worth when budget is shared out: the square root, so a point of
 * recall buys more in a weak category than in a strong one. The bar is per category (≥ 0.90 in
 * every one); summing plain recall let the disclaimer, the category with most posts and the
 * lowest out-of-writer recall, sit at 0.50 on the pool while others spent the budget. On this
 * round's pool at 4 %: min recall 0.50 → 0.60, clean posts warned 3.5 % → 3.8 %.
 */
const utility = (recall: number) => Math.sqrt(recall);
/** Prices of a clean post's warning, in recall, tried from cheap to dear until the budget holds. */
const PRICES = Array.from({ length: 60 }, (_, i) => Math.round(0.25 * 1.2 ** i * 1000) / 1000);

export function chooseThresholds(holdout: Prepared[], probs: number[][]) {
  const cleanIdx = holdout.map((d, i) => (d.post.labels.length === 0 ? i : -1)).filter((i) => i >= 0);
  const cleanN = Math.max(1, cleanIdx.length);
  const sides = CATEGORIES.map((c) => holdout.map((d) => sidesOf(d, c)));
  // Per category and candidate (warning, cue, pair): recall at ≥ warning and which clean posts
  // it warns on (the note threshold cannot change a warning, so it is chosen afterwards).
  const table = CATEGORIES.map((c, k) => {
    const labelled = holdout.map((d, i) => (d.post.labels.includes(c) ? i : -1)).filter((i) => i >= 0);
    return GRID.flatMap((t) =>
      CUE_STEPS.map((step) => Math.round((t - step) * 100) / 100)
        .filter((u) => u >= 0.05)
        .flatMap((u) =>
          PAIR_SHARES.map((share) => {
            const pair = share === Infinity ? Infinity : Math.round(u * share * 100) / 100;
            const warns = (i: number) => verdict(sides[k][i], probs[i][k], t, u, u, pair) >= 1;
            const found = labelled.filter(warns).length;
            return { t, u, pair, recall: labelled.length ? found / labelled.length : 1, warned: cleanIdx.filter(warns) };
          }),
        ),
    );
  });
  let chosen = table.map((rows) => rows[rows.length - 1]);
  let cleanWarned = 1;
  for (const mu of PRICES) {
    const gain = (r: { recall: number; warned: number[] }) => utility(r.recall) - (mu * r.warned.length) / cleanN;
    const pick = table.map((rows) => rows.reduce((best, r) => (gain(r) > gain(best) + 1e-9 ? r : best)));
    chosen = pick;
    cleanWarned = new Set(pick.flatMap((r) => r.warned)).size / cleanN;
    if (cleanWarned <= OPTIONS.cleanWarningBudget) break;
  }
  const thresholds = chosen.map((row, k) => {
    let info = row.u;
    for (const t of GRID.filter((x) => x >= row.u * 0.5 && x <= row.u)) {
      const noted = cleanIdx.filter((i) => verdict(sides[k][i], probs[i][k], row.t, t, row.u, row.pair) >= 0).length;
      if (noted / cleanN <= OPTIONS.cleanNoteBudget) {
        info = t;
        break;
      }
    }
    return { info, warning: row.t, ...(row.u < row.t ? { cue: row.u } : {}), ...(row.pair === Infinity ? {} : { pair: row.pair }) };
  });
  return { thresholds, recall: chosen.map((r) => r.recall), cleanWarned };
}

export function trainingFingerprint(): string {
  const files = [...TRAINING_GROUPS.flatMap(corpusFiles), ...corpusFiles('frozen')];
  // Rule packs decide which recognisers fire, so they are part of what the model was trained on.
  const rules = (readdirSync(RULES_DIR, { recursive: true }) as string[])
    .filter((f) => /\.(json|ts)$/.test(f) && !f.startsWith('models'))
    .sort()
    .map((f) => `${RULES_DIR}${f}`);
  return fingerprint([...files, ...rules], JSON.stringify(OPTIONS) + readFileSync(fileURLToPath(import.meta.url), 'utf8'));
}

export function buildModel(): ModelFile {
  const legacy = corpusFiles('legacy').flatMap(loadCorpus).map(prepare);
  const writers = TRAINING_GROUPS.filter((g) => g !== 'legacy').flatMap(corpusFiles).map((f) => loadCorpus(f).map(prepare));
  const holdout = corpusFiles('frozen').flatMap(loadCorpus).map(prepare);
  const { weights, bias } = train([...legacy, ...writers.flat()]);
  // Out-of-writer scores: each fold of writers scored by a model that never saw them.
  const pool: Prepared[] = [...holdout];
  const probs = holdout.map((d) => probabilities({ weights, bias }, d));
  const folds = Math.min(OPTIONS.thresholdFolds, writers.length);
  for (let k = 0; k < folds; k++) {
    const held = writers.filter((_, j) => j % folds === k).flat();
    const model = train([...legacy, ...writers.filter((_, j) => j % folds !== k).flat()]);
    for (const d of held) {
      pool.push(d);
      probs.push(probabilities(model, d));
    }
  }
  const chosen = pool.length ? chooseThresholds(pool, probs) : undefined;
  if (chosen) console.log(`  out-of-writer pool (${pool.length} posts): recall ≥ warning ${chosen.recall.map((r) => r.toFixed(2)).join('/')}; clean posts warned ${(100 * chosen.cleanWarned).toFixed(1)} %`);
  const thresholds = chosen?.thresholds ?? CATEGORIES.map(() => ({ info: 0.4, warning: 0.6 }));
  return { version: 2, trainedOn: trainingFingerprint(), categories: [...CATEGORIES], bias, thresholds, weights: packWeights(weights) };
}

/** Average precision of a ranking (threshold-free): how well scores put labelled posts first. */
export function averagePrecision(scores: number[], labels: number[]): number {
  const order = scores.map((s, i) => [s, labels[i]] as const).sort((a, b) => b[0] - a[0]);
  let hits = 0;
  let sum = 0;
  order.forEach(([, y], i) => {
    if (y) sum += ++hits / (i + 1);
  });
  return hits ? sum / hits : NaN;
}

/**
 * Leave-one-writer-out on the development corpus: train without one writer's file, rank that
 * writer's posts. An honest estimate of ranking quality on unseen wording, for choosing
 * features and options without touching the frozen holdout.
 */
function crossValidate() {
  const legacy = corpusFiles('legacy').flatMap(loadCorpus).map(prepare);
  const files = [...corpusFiles('dev'), ...corpusFiles('blind')];
  const prepared = files.map((f) => loadCorpus(f).map(prepare));
  const ap = CATEGORIES.map(() => [] as number[]);
  files.forEach((f, k) => {
    const model = train([...legacy, ...prepared.filter((_, j) => j !== k).flat()]);
    const test = prepared[k];
    const probs = test.map((d) => probabilities(model, d));
    if (process.env.CV_DUMP) for (let i = 0; i < test.length; i++) appendFileSync(process.env.CV_DUMP, JSON.stringify({ id: test[i].post.id, text: test[i].post.text, labels: test[i].post.labels, account: test[i].post.account, pv: test[i].personalViews, p: Object.fromEntries(CATEGORIES.map((c, ci) => [c, Math.round(probs[i][ci] * 1000) / 1000])) }) + '\n');
    CATEGORIES.forEach((c, ci) => {
      const rows = test.filter((d) => usable(c, d));
      const idx = test.map((d, i) => (usable(c, d) ? i : -1)).filter((i) => i >= 0);
      const a = averagePrecision(idx.map((i) => probs[i][ci]), rows.map((d) => (d.post.labels.includes(c) ? 1 : 0)));
      if (!Number.isNaN(a)) ap[ci].push(a);
    });
    console.log(`  held out ${f.replace(/^.*corpus\//, '')}: ${test.length} posts`);
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  CATEGORIES.forEach((c, ci) => console.log(`  ${c.padEnd(14)} average precision ${mean(ap[ci]).toFixed(3)}`));
  console.log(`  mean over categories: ${mean(ap.map(mean)).toFixed(3)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--cv')) {
  crossValidate();
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const model = buildModel();
  const json = JSON.stringify(model, null, 0) + '\n';
  if (process.argv.includes('--check')) {
    const shipped = readFileSync(MODEL_PATH, 'utf8');
    if (shipped !== json) {
      console.error(`${MODEL_PATH} is out of date: run npm run train`);
      process.exit(1);
    }
    console.log('rules/models/baseline.json matches the corpora');
  } else {
    writeFileSync(MODEL_PATH, json);
    console.log(
      `trained in ${((Date.now() - started) / 1000).toFixed(1)} s: ${model.weights.split('\n').length} features, ${(json.length / 1024).toFixed(0)} KB\n` +
        model.categories.map((c, i) => `  ${c.padEnd(14)} info ≥ ${model.thresholds[i].info.toFixed(2)}  warning ≥ ${model.thresholds[i].warning.toFixed(2)}`).join('\n'),
    );
  }
}
