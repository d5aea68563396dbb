/**
 * The labelled corpora and how they are used:
 *  - legacy (tests/corpus/*.jsonl): the first short posts, tuned on, kept for regression;
 *  - dev/: the realistic development corpus, written by independent writers; trained on;
 *  - blind/: each round's blind holdout — evaluated once on first sight (figures in the README),
 *    then trained on like dev;
 *  - frozen/: the frozen holdout: never trained on; only thresholds are chosen on it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { categorySchema } from '../../lib/engine/types';
import { postLineSchema } from '../../lib/cli/input';

export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));

export const labelledSchema = postLineSchema.extend({
  labels: z.array(categorySchema),
  hard: z.boolean().optional(),
  surface: z.enum(['post', 'comment', 'reply', 'dm']).optional(),
});
export type Labelled = z.infer<typeof labelledSchema>;

export type Group = 'legacy' | 'dev' | 'blind' | 'frozen';

export function corpusFiles(group: Group): string[] {
  // Experiments compare options on a fixed copy of the development corpus (train --cv).
  const snapshot = process.env.CORPUS_SNAPSHOT;
  if (snapshot && group === 'blind') return [];
  const dir = group === 'legacy' ? CORPUS_DIR : snapshot && group === 'dev' ? `${snapshot}/` : `${CORPUS_DIR}${group}/`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => `${dir}${f}`);
}

export function loadCorpus(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        throw new Error(`${path}:${i + 1}: not JSON (${String(e)})`);
      }
      const parsed = labelledSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return parsed.data;
    });
}

/** What the model is trained on: everything but the frozen holdout. */
export const TRAINING_GROUPS: Group[] = ['legacy', 'dev', 'blind'];

/** A fingerprint of the files training reads (corpora and rule packs), in a fixed order. */
export function fingerprint(files: string[], extra: string): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f.replace(CORPUS_DIR, '').replace(/^.*\/rules\//, 'rules/'));
    hash.update('\0');
    hash.update(readFileSync(f));
    hash.update('\0');
  }
  hash.update(extra);
  return hash.digest('hex');
}
