import type { IdentifierEnv } from './identifiers/types';
import { sentimentHits, type SentimentLevel } from './sentiment';
import type { Hit } from './term-index';
import type { Token } from './tokenize';

/** A span of the original text, with the tokens it covers (for proximity). */
export interface Span {
  start: number;
  end: number;
  from: number;
  to: number;
  /** Could be chance (see identifiers): reported as info unless context raises it. */
  weak?: boolean;
  /** Strong evidence whatever the rule's own: never weighed by the model (IT's organisation names). */
  strong?: boolean;
}

/** One post, analysed once and shared by every rule. */
export interface Doc {
  text: string;
  /** The text in lower case, for cheap prefilters. */
  lower: string;
  tokens: Token[];
  /** Hits of every term list, by list id. */
  hits: Hit[][];
  env: IdentifierEnv;
  /** Results shared between rules of the same identifier. */
  memo: Map<string, unknown>;
  /** The most tokens one term hit can cover (see TermIndex.maxSpan): bounds every hit search. */
  maxSpan: number;
}

export function spanOfHit(doc: Doc, hit: Hit): Span {
  return { start: doc.tokens[hit.from].start, end: doc.tokens[hit.to].end, from: hit.from, to: hit.to };
}

/** The tokens a character span touches, found by binary search. */
export function spanOfChars(doc: Doc, start: number, end: number): Span {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to + 1 < tokens.length && tokens[to + 1].start < end) to++;
  return { start, end, from: lo, to: Math.max(lo, to) };
}

/** Negative words in the post, computed once per post when a rule first asks. */
export function negativeHits(doc: Doc, level: SentimentLevel): Hit[] {
  const key = `sentiment:${level}`;
  let hits = doc.memo.get(key) as Hit[] | undefined;
  if (!hits) doc.memo.set(key, (hits = sentimentHits(doc.tokens, level)));
  return hits;
}

/** Whether any hit of `list` lies within `within` tokens of the span (the span's own words do not count). */
export function isNear(doc: Doc, span: Span, list: number | Hit[], within: number): boolean {
  const hits = typeof list === 'number' ? doc.hits[list] : list;
  // Hits are in token order and at most maxSpan long, so start that far before the window.
  const lo = span.from - within - doc.maxSpan;
  let i = firstFrom(hits, lo);
  for (; i < hits.length; i++) {
    const h = hits[i];
    if (h.from > span.to + within) break;
    const overlaps = h.from <= span.to && h.to >= span.from;
    if (!overlaps && h.to >= span.from - within) return true;
  }
  return false;
}

/** Index of the first hit starting at or after token `from` (binary search). */
function firstFrom(hits: Hit[], from: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].from < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the span lies inside (overlaps) a hit of `list`: a binary search, not a scan of every hit. */
export function isInside(doc: Doc, span: Span, list: number): boolean {
  const hits = doc.hits[list];
  for (let i = firstFrom(hits, span.from - doc.maxSpan); i < hits.length && hits[i].from <= span.to; i++)
    if (hits[i].to >= span.from) return true;
  return false;
}
