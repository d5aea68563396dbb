import { hasPersonalViews, modelScores } from '../doc-signals';
import type { Span } from '../doc';
import type { ModelRule } from '../rule-schema';
import { disclaimerFix } from './disclaimer-fix';
import type { RuleKind } from './types';

/**
 * The learned layer for open-ended wording: reports the category when the model is confident
 * (a warning) or half-confident (an info note), pointing at the words that carried the score.
 */
export const modelKind: RuleKind<ModelRule> = {
  kind: 'model',
  compile(rule, { disclaimer }) {
    return {
      find(doc) {
        const score = modelScores(doc)?.find((s) => s.category === rule.category);
        if (!score || score.level === 'none' || doc.tokens.length === 0) return [];
        if (rule.unlessPersonalViews && hasPersonalViews(doc)) return [];
        const top = score.evidence[0] ?? { from: 0, to: Math.min(doc.tokens.length - 1, 3) };
        const span: Span = { start: doc.tokens[top.from].start, end: doc.tokens[top.to].end, from: top.from, to: top.to };
        if (score.level === 'info') span.weak = true;
        return [span];
      },
      fix: rule.fix === 'append-disclaimer' ? (doc, platform) => disclaimerFix(doc, platform, disclaimer) : undefined,
    };
  },
};
