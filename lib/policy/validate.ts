import { compileRuleset } from '../engine/compile';
import { patternProblem } from '../engine/safe-pattern';
import { DEFAULT_SETTINGS } from '../engine/types';
import { exampleProblems } from './examples';
import { getPack, hasPack, packIds } from '../packs';
import { formatIssues } from '../schema-errors';
import { CUSTOM_RULE_LIMITS } from '../settings/custom-rules';
import { policySchema, type Policy } from './schema';

export type PolicyResult = { ok: true; policy: Policy; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Validates an IT policy: its shape (zod), then what only makes sense against the packs:
 * the pack exists, disabled rules exist in it, custom patterns compile and cannot hang.
 * Every error names the field.
 */
export function validatePolicy(raw: unknown): PolicyResult {
  const parsed = policySchema.safeParse(raw);
  // Regex problems are reported even when other fields are wrong, so IT sees them all at once.
  const patternErrors = rawPatternProblems(raw);
  if (!parsed.success) return { ok: false, errors: [...formatIssues(parsed.error.issues).split('; '), ...patternErrors] };
  const policy = parsed.data;
  const errors: string[] = [...patternErrors];
  const warnings: string[] = [];

  const packId = policy.pack ?? 'common';
  if (!hasPack(packId)) errors.push(`pack: unknown pack "${packId}" (known: ${packIds().join(', ')})`);


  if (errors.length === 0) {
    const pack = getPack(packId);
    const known = new Set([...pack.rules.map((r) => r.id), ...(policy.customRules ?? []).map((r) => r.id)]);
    policy.disabledRules?.forEach((id, i) => {
      if (!known.has(id)) errors.push(`disabledRules[${i}]: no rule "${id}" in pack "${packId}"`);
    });
    const ids = new Set(pack.rules.map((r) => r.id));
    policy.customRules?.forEach((r, i) => {
      if (ids.has(r.id)) errors.push(`customRules[${i}].id: "${r.id}" is already a rule in pack "${packId}"`);
      ids.add(r.id);
    });
    if (errors.length === 0) {
      const settings = {
        ...DEFAULT_SETTINGS,
        customRules: policy.customRules ?? [],
        extraConfidentialTerms: policy.extraConfidentialTerms ?? [],
        disabledRules: policy.disabledRules ?? [],
        preElectionPeriods: policy.preElectionPeriods ?? [],
        politicallyRestricted: policy.politicallyRestricted ?? false,
      };
      const compiled = compileRuleset(pack, { organisationNames: policy.organisationNames, settings });
      errors.push(...compiled.problems);
      if (errors.length === 0) errors.push(...exampleProblems(policy.customRules ?? [], compiled, settings, policy.organisationNames ?? []));
    }
  }
  if (policy.enforcementMode === 'warn' && policy.pauseSeverity)
    warnings.push('pauseSeverity: has no effect while enforcementMode is "warn"');
  return errors.length ? { ok: false, errors } : { ok: true, policy, warnings };
}

function rawPatternProblems(raw: unknown): string[] {
  const rules = (raw as { customRules?: unknown } | null)?.customRules;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule, i) => {
    const pattern = (rule as { pattern?: unknown } | null)?.pattern;
    // An over-long pattern is reported by the schema; parsing a 1 MB one here would take seconds.
    if (typeof pattern !== 'string' || pattern.length > CUSTOM_RULE_LIMITS.patternLength) return [];
    const problem = patternProblem(pattern);
    return problem ? [`customRules[${i}].pattern: ${problem}`] : [];
  });
}
