import { z } from 'zod';
import { ruleSchema } from '../engine/rule-schema';
import { patternProblem } from '../engine/safe-pattern';

/**
 * IT's custom rules: the engine's rule schema made strict at every depth (so `severityByAcount`
 * or `withn` is an error naming the field, not a silently ignored key), with bounds on patterns
 * and term lists so that no valid policy can make a check slow.
 */

export const CUSTOM_RULE_LIMITS = {
  rules: 100,
  /** Characters in one regular expression. */
  patternLength: 500,
  /** Regular expressions in one rule (pattern + when.patterns). */
  patternsPerRule: 20,
  /** Entries in one term list. */
  termsPerList: 500,
  /** Characters in one term. */
  termLength: 100,
} as const;

type AnySchema = z.core.$ZodType;

/** A copy of `schema` where every object rejects keys it does not declare. */
function strictDeep<T extends AnySchema>(schema: T): T {
  const s = schema as unknown as z.ZodType & { clone(def: unknown): z.ZodType };
  const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      const strictShape = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, strictDeep(v)]));
      return s.clone({ ...def, shape: strictShape, catchall: z.never() }) as unknown as T;
    }
    case 'array':
      return s.clone({ ...def, element: strictDeep(def.element as AnySchema) }) as unknown as T;
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return s.clone({ ...def, innerType: strictDeep(def.innerType as AnySchema) }) as unknown as T;
    case 'union':
      return s.clone({ ...def, options: (def.options as AnySchema[]).map(strictDeep) }) as unknown as T;
    default:
      return schema;
  }
}

export const strictRuleSchema = strictDeep(ruleSchema);

type Ctx = z.core.$RefinementCtx<unknown>;
const termListKeys = ['terms', 'exclude'] as const;

function checkTerms(list: unknown, path: PropertyKey[], ctx: Ctx) {
  if (!Array.isArray(list)) return;
  if (list.length > CUSTOM_RULE_LIMITS.termsPerList)
    ctx.addIssue({ code: 'custom', path, message: `at most ${CUSTOM_RULE_LIMITS.termsPerList} terms` });
  list.forEach((t, i) => {
    if (typeof t === 'string' && t.length > CUSTOM_RULE_LIMITS.termLength)
      ctx.addIssue({ code: 'custom', path: [...path, i], message: `a term has at most ${CUSTOM_RULE_LIMITS.termLength} characters` });
  });
}

function checkPattern(pattern: unknown, path: PropertyKey[], ctx: Ctx) {
  if (typeof pattern !== 'string') return;
  if (pattern.length > CUSTOM_RULE_LIMITS.patternLength) {
    ctx.addIssue({ code: 'custom', path, message: `a pattern has at most ${CUSTOM_RULE_LIMITS.patternLength} characters` });
    return;
  }
  const problem = patternProblem(pattern);
  if (problem) ctx.addIssue({ code: 'custom', path, message: problem });
}

/** Bounds every list and pattern of one rule (paths relative to the rule). */
function checkBounds(rule: Record<string, unknown>, ctx: Ctx, at: PropertyKey[]) {
  for (const key of termListKeys) checkTerms(rule[key], [...at, key], ctx);
  const when = rule.when as Record<string, unknown> | undefined;
  const require = rule.require as Record<string, unknown> | undefined;
  if (when) {
    checkTerms(when.terms, [...at, 'when', 'terms'], ctx);
    checkTerms(when.exclude, [...at, 'when', 'exclude'], ctx);
  }
  if (require) checkTerms(require.terms, [...at, 'require', 'terms'], ctx);
  (rule.context as Record<string, unknown>[] | undefined)?.forEach((m, i) => checkTerms(m.terms, [...at, 'context', i, 'terms'], ctx));
  checkTerms(rule.prefilter, [...at, 'prefilter'], ctx);

  // The top-level pattern of a pattern/identifier rule is reported by validatePolicy on the raw
  // input (so it shows even when other fields are wrong); here only its length and the rest.
  if (typeof rule.pattern === 'string' && rule.pattern.length > CUSTOM_RULE_LIMITS.patternLength)
    ctx.addIssue({ code: 'custom', path: [...at, 'pattern'], message: `a pattern has at most ${CUSTOM_RULE_LIMITS.patternLength} characters` });
  const patterns = Array.isArray(when?.patterns) ? when.patterns : [];
  if (patterns.length + (rule.pattern ? 1 : 0) > CUSTOM_RULE_LIMITS.patternsPerRule)
    ctx.addIssue({ code: 'custom', path: [...at, 'when', 'patterns'], message: `at most ${CUSTOM_RULE_LIMITS.patternsPerRule} patterns in one rule` });
  patterns.forEach((p, i) => checkPattern(p, [...at, 'when', 'patterns', i], ctx));
}

export const customRulesSchema = z
  .array(strictRuleSchema)
  .max(CUSTOM_RULE_LIMITS.rules)
  .superRefine((rules, ctx) => rules.forEach((rule, i) => checkBounds(rule as Record<string, unknown>, ctx, [i])));
