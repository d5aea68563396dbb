import { isInside, spanOfHit } from '../doc';
import type { TermsRule } from '../rule-schema';
import type { RuleKind } from './types';

/** A list of words and phrases, matched on folded tokens with inflections. */
export const termsKind: RuleKind<TermsRule> = {
  kind: 'terms',
  termLists: (rule) => [
    [rule.terms, { inflect: rule.inflect, capitalised: rule.capitalised }],
    [rule.exclude, {}],
  ],
  compile(rule, { terms }) {
    const list = terms.addList(rule.terms, { inflect: rule.inflect, capitalised: rule.capitalised });
    const exclude = rule.exclude.length ? terms.addList(rule.exclude) : -1;
    return {
      // Lazy: a post repeating a term 100,000 times yields only the spans the engine keeps.
      *find(doc) {
        for (const h of doc.hits[list]) {
          const span = spanOfHit(doc, h);
          if (exclude < 0 || !isInside(doc, span, exclude)) yield span;
        }
      },
    };
  },
};
