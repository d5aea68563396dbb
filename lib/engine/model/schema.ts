import { z } from 'zod';
import { CATEGORIES } from '../types';

/**
 * A linear model over word n-grams and the recognisers' own hits, one logistic output per
 * category. Shipped as plain data (rules/models/), rebuilt by `npm run train` from the corpus,
 * scored by a few lines of arithmetic: no network, no downloaded weights, deterministic.
 */
export const modelSchema = z
  .object({
    version: z.literal(2),
    /** sha256 of the training corpora and the trainer's options: a test checks it is current. */
    trainedOn: z.string(),
    categories: z.array(z.enum(CATEGORIES)),
    bias: z.array(z.number()),
    /**
     * Per category: below `info` the model says no; from `info` a note; from `warning` a warning.
     * From `cue` (between the two) the model confirms a recogniser's cue: two independent pieces of
     * evidence, so the cue stands as a warning. Without it, a cue needs `warning` too.
     * From `pair`, cues from two different recognisers stand as a warning; without it they are
     * weighed one by one (in some categories two cues agree on clean posts too often).
     */
    thresholds: z.array(z.object({ info: z.number(), warning: z.number(), cue: z.number().optional(), pair: z.number().optional() })),
    /**
     * One row per feature, "feature<TAB>catIndex:weight,catIndex:weight", rows joined by newlines
     * (sparse, compact). One string rather than an object of ~100,000 keys: parsing that object
     * blocked a tab for ~100 ms, and a string is decoded in slices (see decodeModelInSlices).
     */
    weights: z.string(),
  })
  .strict()
  .refine((m) => m.bias.length === m.categories.length && m.thresholds.length === m.categories.length, {
    message: 'bias and thresholds need one entry per category',
  });
export type ModelFile = z.infer<typeof modelSchema>;

/** The "catIndex:weight,…" half of one row of `weights`; checked as each row is decoded. */
export const PACKED_ROW = /^\d+:-?\d+(\.\d+)?(e-?\d+)?(,\d+:-?\d+(\.\d+)?(e-?\d+)?)*$/;

/** Writes a feature → "catIndex:weight,…" map as the file's `weights` (what npm run train ships). */
export function packWeights(rows: Record<string, string>): string {
  return Object.entries(rows)
    .map(([feature, packed]) => {
      if (/[\t\n]/.test(feature)) throw new Error(`model feature ${JSON.stringify(feature)} contains a tab or newline`);
      return `${feature}\t${packed}`;
    })
    .join('\n');
}

/** The file's `weights` as a feature → "catIndex:weight,…" map, the inverse of packWeights (for tools and tests; a tab decodes rows in place). */
export function unpackWeights(weights: string): Record<string, string> {
  const rows: Record<string, string> = {};
  if (!weights) return rows;
  for (const line of weights.split('\n')) {
    const tab = line.indexOf('\t');
    rows[line.slice(0, tab)] = line.slice(tab + 1);
  }
  return rows;
}
