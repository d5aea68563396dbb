import { z } from 'zod';
import { CATEGORIES } from '../types';

/**
 * A linear model over word n-grams and the recognisers' own hits, one logistic output per
 * category. Shipped as plain data (rules/models/), rebuilt by `npm run train` from the corpus,
 * scored by a few lines of arithmetic: no network, no downloaded weights, deterministic.
 */
export const modelSchema = z
  .object({
    version: z.literal(1),
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
    /** feature → "catIndex:weight,catIndex:weight" (sparse, compact). */
    weights: z.custom<Record<string, string>>(isWeights, 'weights must map each feature to "catIndex:weight,…"'),
  })
  .strict()
  .refine((m) => m.bias.length === m.categories.length && m.thresholds.length === m.categories.length, {
    message: 'bias and thresholds need one entry per category',
  });
export type ModelFile = z.infer<typeof modelSchema>;

const PACKED = /^\d+:-?\d+(\.\d+)?(e-?\d+)?(,\d+:-?\d+(\.\d+)?(e-?\d+)?)*$/;
/**
 * One plain loop over ~75,000 entries: zod's record check took ~130 ms of every CLI start and
 * every tab's first check for a file that only npm run train writes.
 */
function isWeights(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) {
    const packed = (value as Record<string, unknown>)[key];
    if (typeof packed !== 'string' || !PACKED.test(packed)) return false;
  }
  return true;
}
