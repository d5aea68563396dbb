import { isInside, spanOfChars, spanOfHit } from '../doc';
import { compilePattern } from '../safe-pattern';
import type { RequiresRule } from '../rule-schema';
import type { RuleKind } from './types';

/**
 * "If this then require that": e.g. a personal post that talks about the employer
 * must carry a personal-views phrase. Reports the first mention, once.
 */
export const requiresKind: RuleKind<RequiresRule> = {
  kind: 'requires',
  compile(rule, { terms, organisationList, disclaimer, untrusted }) {
    const patterns = rule.when.patterns.map((p) => compilePattern(p, { caseSensitive: false, untrusted }));
    const when = rule.when.terms.length ? terms.addList(rule.when.terms) : -1;
    // Exclusions are exact ("council house" must not also exclude "council housing officer").
    const exclude = rule.when.exclude.length ? terms.addList(rule.when.exclude, { inflect: false }) : -1;
    const required = terms.addList(rule.require.terms);
    return {
      find(doc) {
        if (doc.hits[required].length > 0) return [];
        const triggers = [
          ...(when >= 0 ? doc.hits[when] : []),
          ...(rule.when.organisation ? doc.hits[organisationList] : []),
        ]
          .map((h) => spanOfHit(doc, h))
          .concat(patterns.flatMap((p) => p.findAll(doc.text).map(([s, e]) => spanOfChars(doc, s, e))))
          .filter((s) => exclude < 0 || !isInside(doc, s, exclude))
          .sort((a, b) => a.start - b.start);
        return triggers.length ? [triggers[0]] : [];
      },
      fix(doc, platform) {
        if (rule.fix !== 'append-disclaimer') return undefined;
        const phrase = platform === 'x' ? disclaimer.short : disclaimer.text;
        // Already ends on a new line (its trailing blank run has one)? Found without a regex:
        // /\n\s*$/ retries from every line break, quadratic on a long run of blank lines.
        const body = doc.text.trimEnd();
        const separator = body === '' || doc.text.slice(body.length).includes('\n') ? '' : '\n\n';
        return { kind: 'append', label: `Add "${phrase}"`, text: separator + phrase };
      },
    };
  },
};
