import { spanOfChars, type Doc, type Span } from '../doc';
import type { PatternRule } from '../rule-schema';
import { compilePattern } from '../safe-pattern';
import type { RuleKind } from './types';

/** A regular expression over the original text. */
export const patternKind: RuleKind<PatternRule> = {
  kind: 'pattern',
  compile(rule, { untrusted, terms }) {
    const pattern = compilePattern(rule.pattern, { caseSensitive: rule.caseSensitive, untrusted });
    const hints = rule.prefilter?.map((h) => h.toLowerCase());
    const first = rule.startsWith ? terms.addList(rule.startsWith, { inflect: false }) : -1;
    const starts = (doc: Doc, s: Span) => first < 0 || doc.hits[first].some((h) => h.from === s.from);
    return {
      find(doc) {
        if (first >= 0 && doc.hits[first].length === 0) return [];
        if (!hints) return pattern.findAll(doc.text).map(([s, e]) => spanOfChars(doc, s, e)).filter((s) => starts(doc, s));
        // A match must contain a hint: run the pattern only on windows around the hints,
        // so a long post costs a few indexOf calls instead of a regex scan.
        const spans = [];
        for (const [from, to] of windows(doc.lower, hints)) {
          for (const [s, e] of pattern.findAll(doc.text.slice(from, to))) spans.push(spanOfChars(doc, from + s, from + e));
        }
        return spans.filter((s) => starts(doc, s));
      },
    };
  },
};

const WINDOW = 160;

/** Merged [from, to) windows of WINDOW characters either side of every hint occurrence. */
function windows(lower: string, hints: string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const hint of hints) {
    for (let at = lower.indexOf(hint); at >= 0; at = lower.indexOf(hint, at + 1)) {
      found.push([Math.max(0, at - WINDOW), Math.min(lower.length, at + hint.length + WINDOW)]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of found) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push(w);
  }
  return merged;
}
