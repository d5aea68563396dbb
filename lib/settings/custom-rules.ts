import { z } from 'zod';
import { ruleSchema } from '../engine/rule-schema';
import { patternCost, patternProblem } from '../engine/safe-pattern';

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
  /**
   * Characters of regular expression in all custom rules together. RE2JS is linear but its
   * cost per character of post grows with the pattern (npm run bench:policy measures the worst
   * shapes): word lists belong in a terms rule, which costs the same for 5 terms or 50,000.
   */
  totalPatternLength: 2000,
  /** Automaton size (patternCost) of one pattern, and of all together: counted repetition multiplies. */
  patternCost: 600,
  totalPatternCost: 1200,
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

/** Every regular expression of a rule, with its path relative to the rule. */
function patternsOf(rule: Record<string, unknown>): [string, PropertyKey[]][] {
  const out: [string, PropertyKey[]][] = typeof rule.pattern === 'string' ? [[rule.pattern, ['pattern']]] : [];
  const when = rule.when as { patterns?: unknown } | undefined;
  if (Array.isArray(when?.patterns)) when.patterns.forEach((p, i) => typeof p === 'string' && out.push([p, ['when', 'patterns', i]]));
  return out;
}

/** Totals over all rules: many patterns each within bounds must not add up to a slow check. */
function checkTotals(rules: Record<string, unknown>[], ctx: Ctx) {
  let length = 0;
  let cost = 0;
  rules.forEach((rule, i) => {
    for (const [pattern, path] of patternsOf(rule)) {
      if (pattern.length > CUSTOM_RULE_LIMITS.patternLength) continue; // reported on its own
      const c = patternCost(pattern);
      if (c > CUSTOM_RULE_LIMITS.patternCost && Number.isFinite(c))
        ctx.addIssue({ code: 'custom', path: [i, ...path], message: `the pattern is too costly to run (size ${c} once repetitions are counted; at most ${CUSTOM_RULE_LIMITS.patternCost}): use smaller repeat counts` });
      length += pattern.length;
      cost += Number.isFinite(c) ? c : 0;
    }
  });
  if (length > CUSTOM_RULE_LIMITS.totalPatternLength)
    ctx.addIssue({ code: 'custom', path: [], message: `custom rules have ${length} characters of regular expression in all; at most ${CUSTOM_RULE_LIMITS.totalPatternLength} (put word lists in a "terms" rule, which has no such cost)` });
  else if (cost > CUSTOM_RULE_LIMITS.totalPatternCost)
    ctx.addIssue({ code: 'custom', path: [], message: `custom rules' patterns are too costly together (size ${cost} once repetitions are counted; at most ${CUSTOM_RULE_LIMITS.totalPatternCost})` });
}

export const customRulesSchema = z
  .array(strictRuleSchema)
  .max(CUSTOM_RULE_LIMITS.rules)
  .superRefine((rules, ctx) => {
    rules.forEach((rule, i) => checkBounds(rule as Record<string, unknown>, ctx, [i]));
    checkTotals(rules as Record<string, unknown>[], ctx);
  });
