import { isInside, spanOfHit } from '../doc';
import type { TermsRule } from '../rule-schema';
import type { RuleKind } from './types';

/** A list of words and phrases, matched on folded tokens with inflections. */
export const termsKind: RuleKind<TermsRule> = {
  kind: 'terms',
  compile(rule, { terms }) {
    const list = terms.addList(rule.terms, { inflect: rule.inflect, capitalised: rule.capitalised });
    const exclude = rule.exclude.length ? terms.addList(rule.exclude) : -1;
    return {
      find: (doc) =>
        doc.hits[list].map((h) => spanOfHit(doc, h)).filter((s) => exclude < 0 || !isInside(doc, s, exclude)),
    };
  },
};
