import type { Category } from '../types';
import type { Featurised } from './features';
import { finish } from '../finish';
import { FeatureTable } from './feature-table';
import { PACKED_ROW, type ModelFile } from './schema';

export interface CategoryScore {
  category: Category;
  probability: number;
  level: 'none' | 'info' | 'warning';
  /** Sure enough to confirm a recogniser's cue as a warning (at or above the category's `cue`). */
  confirms: boolean;
  /** Two cues from different recognisers stand as a warning (at or above the category's `pair`). */
  pairs: boolean;
  /** The words that carried the decision (token range), strongest first. */
  evidence: { from: number; to: number; weight: number; feature: string }[];
}

/**
 * A model file decoded once into flat typed arrays: cheap to score and small on the heap (one
 * pair of arrays for ~100,000 weights, not a pair per feature, which cost ~20 MB and a second of
 * garbage collection per tab).
 */
export interface Model {
  categories: Category[];
  bias: Float64Array;
  thresholds: { info: number; warning: number; cue?: number; pair?: number }[];
  /** feature → its row i: its weights are at cats/values[start[i] .. start[i + 1]). */
  index: FeatureTable;
  start: Uint32Array;
  cats: Uint8Array;
  values: Float32Array;
}

const decoded = new WeakMap<ModelFile, Model>();

export function decodeModel(file: ModelFile): Model {
  return finish(decodeModelInSlices(file));
}

// Rows decoded between pauses: ~100,000 rows take ~150 ms in a tab, too long for one task (2,000 rows: a few ms).
const ROWS_PER_STEP = 2_000;

/** `decodeModel`, yielding every few thousand rows so that a tab's first check never blocks it. Cached like it. */
export function* decodeModelInSlices(file: ModelFile): Generator<void, Model> {
  let model = decoded.get(file);
  if (model) return model;
  const text = file.weights;
  // First pass: check each row and count features and weights, so the arrays are sized once.
  let rows = 0;
  let total = 0;
  for (let at = 0; at < text.length; ) {
    const row = rowAt(text, at);
    const packed = text.slice(row.tab + 1, row.end);
    if (row.tab < 0 || row.tab === at || !PACKED_ROW.test(packed))
      throw new Error(`model weights, row ${rows + 1}: expected "feature<TAB>catIndex:weight,…", got ${JSON.stringify(text.slice(at, Math.min(row.end, at + 40)))}`);
    total += countParts(packed);
    rows++;
    at = row.end + 1;
    if (rows % ROWS_PER_STEP === 0) yield;
  }
  yield;
  const index = new FeatureTable(text, rows);
  const start = new Uint32Array(rows + 1);
  const cats = new Uint8Array(total);
  const values = new Float32Array(total);
  let slot = 0;
  for (let i = 0, at = 0; i < rows; i++) {
    const row = rowAt(text, at);
    index.set(i, at, row.tab);
    start[i] = slot;
    slot = parseRow(text.slice(row.tab + 1, row.end), cats, values, slot);
    at = row.end + 1;
    if ((i + 1) % ROWS_PER_STEP === 0) yield;
  }
  start[rows] = slot;
  model = decoded.get(file) ?? { categories: file.categories, bias: Float64Array.from(file.bias), thresholds: file.thresholds, index, start, cats, values };
  decoded.set(file, model);
  return model;
}

/** Where the row starting at `at` has its tab (-1 if none) and ends (its newline, or the end). */
function rowAt(text: string, at: number): { tab: number; end: number } {
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const tab = text.indexOf('\t', at);
  return { tab: tab >= 0 && tab < end ? tab : -1, end };
}

/**
 * Parses "cat:value,cat:value" into cats/values from `at`; returns the next free slot. Read by
 * character codes, without a temporary string per number: ~230,000 numbers are most of a
 * CLI start. A decimal's digits over its power of ten is the same double as Number() gives
 * (both are the nearest double to the same fraction).
 */
function parseRow(packed: string, cats: Uint8Array, values: Float32Array, at: number): number {
  const rowStart = at;
  let i = 0;
  const n = packed.length;
  while (i < n) {
    let cat = 0;
    let c = packed.charCodeAt(i);
    while (c !== 58 /* : */) {
      cat = cat * 10 + (c - 48);
      c = packed.charCodeAt(++i);
    }
    c = packed.charCodeAt(++i);
    const negative = c === 45; /* - */
    if (negative) c = packed.charCodeAt(++i);
    let digits = 0;
    let scale = 1;
    let fraction = false;
    while (i < n && c !== 44 /* , */) {
      if (c === 46 /* . */) fraction = true;
      else if (c >= 48 && c <= 57) {
        digits = digits * 10 + (c - 48);
        if (fraction) scale *= 10;
      } else return parseRowSlowly(packed, cats, values, rowStart);
      c = packed.charCodeAt(++i);
    }
    if (digits > Number.MAX_SAFE_INTEGER) return parseRowSlowly(packed, cats, values, rowStart);
    cats[at] = cat;
    values[at] = (negative ? -digits : digits) / scale;
    at++;
    i++;
  }
  return at;
}

/** The general reader, for a value written some other way ("1e-5"): never the trainer's. */
function parseRowSlowly(packed: string, cats: Uint8Array, values: Float32Array, at: number): number {
  for (const part of packed.split(',')) {
    const [cat, value] = part.split(':');
    cats[at] = Number(cat);
    values[at] = Number(value);
    at++;
  }
  return at;
}

function countParts(packed: string): number {
  let n = 1;
  for (let i = packed.indexOf(','); i >= 0; i = packed.indexOf(',', i + 1)) n++;
  return n;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// Words that carry weight in the sum but would mean nothing to the person as the highlighted reason.
const FUNCTION_WORDS = new Set(
  'a an the and or but of to in on at for with from by as is are was were be been am im i me my we our us you your it its this that these those so just not no do did does have has had will would can could there here they them he she his her what who how all about up out if then than too very really get got <s> #1 #2 #3 #4 #5 #6'.split(' '),
);
const meaningful = (feature: string) => feature.split(' ').some((w) => !FUNCTION_WORDS.has(w) && !w.startsWith('~'));

// Whether a model row's feature can be shown as a reason, worked out once per row.
const shown = new WeakMap<Model, Int8Array>();
function showable(model: Model, row: number, name: string): boolean {
  let cache = shown.get(model);
  if (!cache) shown.set(model, (cache = new Int8Array(model.start.length).fill(-1)));
  if (cache[row] < 0) cache[row] = meaningful(name) ? 1 : 0;
  return cache[row] === 1;
}

const TOP = 5;
type Contribution = { index: number; weight: number };

/** Every category's probability for a featurised post, with the words behind each. */
export function scoreModel(model: Model, features: Featurised): CategoryScore[] {
  const k = model.categories.length;
  const logits = Float64Array.from(model.bias);
  // Word features seen more than once count once: a repeated word is not more evidence.
  // Marked by model row (a byte each), not by name: a 1 MB paste has ~10^6 feature names.
  const seen = new Uint8Array(model.start.length);
  // Per category, the strongest few positive word features (kept sorted, strongest first).
  const top: Contribution[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < features.names.length; i++) {
    const name = features.names[i];
    const row = model.index.get(name);
    if (row === undefined || seen[row]) continue;
    seen[row] = 1;
    for (let j = model.start[row]; j < model.start[row + 1]; j++) {
      const weight = model.values[j];
      logits[model.cats[j]] += weight;
      if (weight <= 0 || features.from[i] < 0) continue;
      const best = top[model.cats[j]];
      if (best.length === TOP && best[TOP - 1].weight >= weight) continue;
      if (!showable(model, row, name)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].weight < weight) at--;
      best.splice(at, 0, { index: i, weight });
      if (best.length > TOP) best.pop();
    }
  }
  const scores: CategoryScore[] = [];
  for (let c = 0; c < k; c++) {
    const probability = sigmoid(logits[c]);
    const t = model.thresholds[c];
    const level = probability >= t.warning ? 'warning' : probability >= t.info ? 'info' : 'none';
    const evidence = level === 'none' ? [] : top[c].map((x) => ({ from: features.from[x.index], to: features.to[x.index], weight: x.weight, feature: features.names[x.index] }));
    scores.push({ category: model.categories[c], probability, level, confirms: probability >= (t.cue ?? t.warning), pairs: t.pair !== undefined && probability >= t.pair, evidence });
  }
  return scores;
}
