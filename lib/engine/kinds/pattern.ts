import { spanOfChars } from '../doc';
import type { PatternRule } from '../rule-schema';
import { compilePattern } from '../safe-pattern';
import type { RuleKind } from './types';

/** A regular expression over the original text. */
export const patternKind: RuleKind<PatternRule> = {
  kind: 'pattern',
  compile(rule, { untrusted }) {
    const pattern = compilePattern(rule.pattern, { caseSensitive: rule.caseSensitive, untrusted });
    return { find: (doc) => pattern.findAll(doc.text).map(([s, e]) => spanOfChars(doc, s, e)) };
  },
};
