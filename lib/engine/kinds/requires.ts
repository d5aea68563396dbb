import { isInside, spanOfChars, spanOfHit, type Span } from '../doc';
import { hasPersonalViews } from '../doc-signals';
import { disclaimerFix } from './disclaimer-fix';
import { compilePattern } from '../safe-pattern';
import type { RequiresRule } from '../rule-schema';
import type { RuleKind } from './types';

/**
 * "If this then require that": e.g. a personal post that talks about the employer
 * must carry a personal-views phrase. Reports the first mention, once.
 */
export const requiresKind: RuleKind<RequiresRule> = {
  kind: 'requires',
  termLists: (rule) => [
    [rule.when.terms, {}],
    [rule.when.exclude, { inflect: false }],
    [rule.require.terms, {}],
  ],
  compile(rule, { terms, organisationList, itOrganisationList, disclaimer, untrusted }) {
    const patterns = rule.when.patterns.map((p) => compilePattern(p, { caseSensitive: false, untrusted }));
    const when = rule.when.terms.length ? terms.addList(rule.when.terms) : -1;
    // Exclusions are exact ("council house" must not also exclude "council housing officer").
    const exclude = rule.when.exclude.length ? terms.addList(rule.when.exclude, { inflect: false }) : -1;
    const required = terms.addList(rule.require.terms);
    return {
      find(doc) {
        if (doc.hits[required].length > 0) return [];
        if (rule.require.personalViews && hasPersonalViews(doc)) return [];
        // Only the first mention is reported: each source's first unexcluded one, then the earliest.
        const kept = (s: Span) => exclude < 0 || !isInside(doc, s, exclude);
        const candidates: Span[] = [];
        for (const list of [when, rule.when.organisation ? organisationList : -1]) {
          if (list < 0) continue;
          for (const h of doc.hits[list]) {
            const span = spanOfHit(doc, h);
            if (kept(span)) {
              candidates.push(span);
              break;
            }
          }
        }
        for (const p of patterns) {
          const first = p.findAll(doc.text).map(([s, e]) => spanOfChars(doc, s, e)).find(kept);
          if (first) candidates.push(first);
        }
        if (rule.when.organisation && itOrganisationList >= 0) {
          const named = doc.hits[itOrganisationList].map((h) => spanOfHit(doc, h)).find(kept);
          if (named) return [{ ...named, strong: true }];
        }
        candidates.sort((a, b) => a.start - b.start);
        return candidates.slice(0, 1);
      },
      fix: rule.fix === 'append-disclaimer' ? (doc, platform) => disclaimerFix(doc, platform, disclaimer) : undefined,
    };
  },
};
