import { compileRuleset } from '../engine/compile';
import { patternProblem } from '../engine/safe-pattern';
import { getPack, hasPack, packIds } from '../packs';
import { formatIssues } from '../schema-errors';
import { policySchema, type Policy } from './schema';

export type PolicyResult = { ok: true; policy: Policy; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Validates an IT policy: its shape (zod), then what only makes sense against the packs:
 * the pack exists, disabled rules exist in it, custom patterns compile and cannot hang.
 * Every error names the field.
 */
export function validatePolicy(raw: unknown): PolicyResult {
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues).split('; ') };
  const policy = parsed.data;
  const errors: string[] = [];
  const warnings: string[] = [];

  const packId = policy.pack ?? 'common';
  if (!hasPack(packId)) errors.push(`pack: unknown pack "${packId}" (known: ${packIds().join(', ')})`);

  policy.customRules?.forEach((rule, i) => {
    const check = (pattern: string | undefined, field: string) => {
      if (pattern === undefined) return;
      const problem = patternProblem(pattern);
      if (problem) errors.push(`customRules[${i}].${field}: ${problem}`);
    };
    if (rule.kind === 'pattern') check(rule.pattern, 'pattern');
    if (rule.kind === 'identifier') check(rule.pattern, 'pattern');
  });

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
      const compiled = compileRuleset(pack, {
        organisationNames: policy.organisationNames,
        settings: { customRules: policy.customRules ?? [], extraConfidentialTerms: policy.extraConfidentialTerms ?? [] },
      });
      errors.push(...compiled.problems);
    }
  }
  if (policy.enforcementMode === 'warn' && policy.pauseSeverity)
    warnings.push('pauseSeverity: has no effect while enforcementMode is "warn"');
  return errors.length ? { ok: false, errors } : { ok: true, policy, warnings };
}
