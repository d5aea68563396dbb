import { checkWith } from '../engine/check';
import type { Ruleset } from '../engine/compile';
import type { Rule, RuleExample } from '../engine/rule-schema';
import type { ResolvedSettings } from '../engine/types';

/** The date examples are checked on when they give none: inside no pre-election period IT is likely to set. */
const EXAMPLE_DATE = '2026-11-21';

/**
 * Runs each custom rule's own examples against the compiled policy, as the packs' tests do for
 * the shipped rules: every `flag` example must produce a finding of the rule, every `pass`
 * example none. A rule that does not do what its author showed is an error naming both.
 */
export function exampleProblems(rules: Rule[], ruleset: Ruleset, settings: ResolvedSettings, organisationNames: string[]): string[] {
  const problems: string[] = [];
  rules.forEach((rule, i) => {
    if (!ruleset.byId.has(rule.id)) return; // disabled, or already reported as unusable
    const verdict = (example: RuleExample) => {
      const e = typeof example === 'string' ? { text: example } : example;
      const findings = checkWith(
        ruleset,
        e.text,
        {
          pack: ruleset.pack,
          organisationNames,
          platform: e.platform ?? rule.platforms?.[0] ?? 'facebook',
          account: e.account ?? 'personal',
          date: e.date ?? EXAMPLE_DATE,
          // A model rule speaks through the learned layer; every other kind is checked on its own.
          calibrate: rule.kind === 'model',
        },
        { ...settings, politicallyRestricted: e.politicallyRestricted ?? settings.politicallyRestricted },
      );
      return rule.kind === 'model'
        ? findings.some((f) => f.category === rule.category && f.severity !== 'info')
        : findings.some((f) => f.ruleId === rule.id);
    };
    const text = (e: RuleExample) => JSON.stringify(typeof e === 'string' ? e : e.text).slice(0, 120);
    rule.examples.flag.forEach((e, j) => {
      if (!verdict(e)) problems.push(`customRules[${i}].examples.flag[${j}]: rule "${rule.id}" does not flag its example ${text(e)}`);
    });
    rule.examples.pass.forEach((e, j) => {
      if (verdict(e)) problems.push(`customRules[${i}].examples.pass[${j}]: rule "${rule.id}" flags ${text(e)}, which its examples say must pass`);
    });
  });
  return problems;
}
