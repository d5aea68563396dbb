import type { Category } from '../types';
import type { Featurised } from './features';
import type { ModelFile } from './schema';

export interface CategoryScore {
  category: Category;
  probability: number;
  level: 'none' | 'info' | 'warning';
  /** The words that carried the decision (token range), strongest first. */
  evidence: { from: number; to: number; weight: number; feature: string }[];
}

/** A model file decoded once into typed arrays: cheap to score, small on the heap. */
export interface Model {
  categories: Category[];
  bias: Float64Array;
  thresholds: { info: number; warning: number }[];
  weights: Map<string, { cats: Uint8Array; values: Float32Array }>;
}

const decoded = new WeakMap<ModelFile, Model>();

export function decodeModel(file: ModelFile): Model {
  let model = decoded.get(file);
  if (model) return model;
  const weights = new Map<string, { cats: Uint8Array; values: Float32Array }>();
  for (const [feature, packed] of Object.entries(file.weights)) {
    const parts = packed.split(',');
    const cats = new Uint8Array(parts.length);
    const values = new Float32Array(parts.length);
    parts.forEach((p, i) => {
      const colon = p.indexOf(':');
      cats[i] = Number(p.slice(0, colon));
      values[i] = Number(p.slice(colon + 1));
    });
    weights.set(feature, { cats, values });
  }
  model = { categories: file.categories, bias: Float64Array.from(file.bias), thresholds: file.thresholds, weights };
  decoded.set(file, model);
  return model;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// Words that carry weight in the sum but would mean nothing to the person as the highlighted reason.
const FUNCTION_WORDS = new Set(
  'a an the and or but of to in on at for with from by as is are was were be been am im i me my we our us you your it its this that these those so just not no do did does have has had will would can could there here they them he she his her what who how all about up out if then than too very really get got <s> #1 #2 #3 #4 #5 #6'.split(' '),
);
const meaningful = (feature: string) => feature.split(' ').some((w) => !FUNCTION_WORDS.has(w) && !w.startsWith('~'));

/** Every category's probability for a featurised post, with the words behind each. */
export function scoreModel(model: Model, features: Featurised): CategoryScore[] {
  const k = model.categories.length;
  const logits = Float64Array.from(model.bias);
  // Word features seen more than once count once: a repeated word is not more evidence.
  const seen = new Set<string>();
  const contributions: { index: number; cat: number; weight: number }[] = [];
  for (let i = 0; i < features.names.length; i++) {
    const name = features.names[i];
    if (seen.has(name)) continue;
    seen.add(name);
    const w = model.weights.get(name);
    if (!w) continue;
    for (let j = 0; j < w.cats.length; j++) {
      logits[w.cats[j]] += w.values[j];
      if (w.values[j] > 0 && features.from[i] >= 0 && meaningful(name)) contributions.push({ index: i, cat: w.cats[j], weight: w.values[j] });
    }
  }
  const scores: CategoryScore[] = [];
  for (let c = 0; c < k; c++) {
    const probability = sigmoid(logits[c]);
    const t = model.thresholds[c];
    const level = probability >= t.warning ? 'warning' : probability >= t.info ? 'info' : 'none';
    const evidence =
      level === 'none'
        ? []
        : contributions
            .filter((x) => x.cat === c)
            .sort((a, b) => b.weight - a.weight)
            .slice(0, 5)
            .map((x) => ({ from: features.from[x.index], to: features.to[x.index], weight: x.weight, feature: features.names[x.index] }));
    scores.push({ category: model.categories[c], probability, level, evidence });
  }
  return scores;
}
