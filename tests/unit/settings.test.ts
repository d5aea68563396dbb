import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { getPack } from '../../lib/packs';
import { validatePolicy } from '../../lib/policy/validate';
import { chromeManagedSchema, chromeManagedSchemaText, type ChromeSchema } from '../../lib/settings/chrome-schema';
import { CUSTOM_RULE_LIMITS } from '../../lib/settings/custom-rules';
import { decodeManaged } from '../../lib/settings/managed';
import { checkSettings, resolveSettings } from '../../lib/settings/resolve';
import { policySchema } from '../../lib/settings/schema';
import { parseUserSettings } from '../../lib/settings/user';

// `terms: undefined` in `extra` removes the key, as a rule of another kind would be written.
const rule = (extra: object) =>
  Object.fromEntries(
    Object.entries({ id: 'acme.rule', kind: 'terms', terms: ['falcon'], category: 'confidential', severity: 'high', message: 'm', advice: 'a', sources: [{ doc: 'd', clause: 'c' }], ...extra }).filter(([, v]) => v !== undefined),
  );
const errorsOf = (raw: unknown) => {
  const r = validatePolicy(raw);
  return r.ok ? [] : r.errors;
};

describe('precedence: locked managed > user > managed default > pack default', () => {
  it('applies each layer in order, and says where each value came from', () => {
    expect(resolveSettings({}, {}).enforcementMode).toBe('confirm');
    expect(resolveSettings({ enforcementMode: 'warn' }, {}).enforcementMode).toBe('warn');
    const chosen = resolveSettings({ enforcementMode: 'warn' }, { enforcementMode: 'block' });
    expect([chosen.enforcementMode, chosen.sources.enforcementMode]).toEqual(['block', 'user']);
    const locked = resolveSettings({ enforcementMode: 'warn', lockedSettings: ['enforcementMode'] }, { enforcementMode: 'block' });
    expect([locked.enforcementMode, locked.sources.enforcementMode]).toEqual(['warn', 'locked']);
    // Locking a setting IT did not set leaves the person's choice.
    expect(resolveSettings({ lockedSettings: ['pauseSeverity'] }, { pauseSeverity: 'warning' }).pauseSeverity).toBe('warning');
  });

  it('honours every lockable setting', () => {
    const managed = { pack: 'barnsley', enforcementMode: 'block', pauseSeverity: 'info', politicallyRestricted: true, disabledRules: ['a'], logRetentionDays: 7 } as const;
    const user = { pack: 'common', enforcementMode: 'warn', pauseSeverity: 'high', politicallyRestricted: false, disabledRules: ['b'], logRetentionDays: 365 } as const;
    const s = resolveSettings({ ...managed, disabledRules: [...managed.disabledRules], lockedSettings: ['pack', 'enforcementMode', 'pauseSeverity', 'politicallyRestricted', 'disabledRules', 'logRetentionDays'] }, { ...user, disabledRules: [...user.disabledRules] });
    expect({ pack: s.pack, enforcementMode: s.enforcementMode, pauseSeverity: s.pauseSeverity, politicallyRestricted: s.politicallyRestricted, disabledRules: s.disabledRules, logRetentionDays: s.logRetentionDays }).toEqual({ ...managed, disabledRules: ['a'] });
  });

  it('IT-only settings ignore anything a person stored, and lists add up', () => {
    const s = resolveSettings(
      { organisationNames: ['Acme Council'], councilAccounts: [{ platform: 'x', handle: '@acme' }] },
      { councilAccounts: [{ platform: 'facebook', handle: 'Acme Parks' }, { platform: 'x', handle: '@ACME' }], ...({ organisationNames: ['Evil'] } as object) },
    );
    expect(s.organisationNames).toEqual(['Acme Council']);
    expect(s.councilAccounts).toEqual([{ platform: 'x', handle: '@acme' }, { platform: 'facebook', handle: 'Acme Parks' }]);
  });

  it('stores only valid choices, field by field (old string council accounts are dropped)', () => {
    expect(parseUserSettings({ enforcementMode: 'loud', pauseSeverity: 'info', councilAccounts: ['@acme'] })).toEqual({ pauseSeverity: 'info' });
  });

  it('every engine setting reaches check(): names, terms, disabled and custom rules, pre-election, restriction', () => {
    const s = resolveSettings({
      organisationNames: ['Acme Borough Council'],
      extraConfidentialTerms: ['Project Falcon'],
      customRules: [rule({ id: 'acme.kestrel', terms: ['kestrel'] }) as never],
      preElectionPeriods: [{ start: '2027-03-25', end: '2027-05-06' }],
      politicallyRestricted: true,
    });
    const ctx = checkSettings(s);
    expect(ctx.organisationNames).toEqual(['Acme Borough Council']);
    expect(ctx.settings).toMatchObject({ extraConfidentialTerms: ['Project Falcon'], politicallyRestricted: true, preElectionPeriods: [{ start: '2027-03-25', end: '2027-05-06' }] });
    const findings = check('Project Falcon and the kestrel plan', { pack: getPack('common'), platform: 'facebook', account: 'personal', ...ctx });
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['acme.kestrel']));
    expect(findings.some((f) => f.category === 'confidential' && f.excerpt.includes('Project Falcon'))).toBe(true);
    const off = checkSettings(resolveSettings({ ...s, customRules: [rule({ id: 'acme.kestrel', terms: ['kestrel'] }) as never], disabledRules: ['acme.kestrel'] }));
    expect(check('the kestrel plan', { pack: getPack('common'), platform: 'facebook', account: 'personal', ...off }).map((f) => f.ruleId)).not.toContain('acme.kestrel');
  });
});

describe('custom rules', () => {
  it('rejects unknown keys at every depth, naming the field', () => {
    expect(errorsOf({ customRules: [rule({ severityByAcount: { council: 'high' } })] })).toContain('customRules[0].severityByAcount: unknown setting');
    expect(errorsOf({ customRules: [rule({ context: [{ effect: 'suppress', terms: ['x'], withn: 3 }] })] })).toContain('customRules[0].context[0].withn: unknown setting');
    expect(errorsOf({ customRules: [rule({ severityByAccount: { councl: 'high' } })] })).toContain('customRules[0].severityByAccount.councl: unknown setting');
    expect(errorsOf({ customRules: [rule({ examples: { flag: [{ text: 'falcon', acount: 'council' }] } })] })).toContain('customRules[0].examples.flag[0].acount: unknown setting');
    expect(errorsOf({ customRules: [rule({})] })).toEqual([]);
  });

  it('bounds patterns and term lists', () => {
    const alternation = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join('|');
    expect(errorsOf({ customRules: [rule({ kind: 'pattern', terms: undefined, pattern: alternation })] }).join()).toMatch(/customRules\[0\]\.pattern: a pattern has at most 500 characters/);
    const many = Array.from({ length: CUSTOM_RULE_LIMITS.termsPerList + 1 }, (_, i) => `term${i}`);
    expect(errorsOf({ customRules: [rule({ terms: many })] })).toContain('customRules[0].terms: at most 500 terms');
    expect(errorsOf({ extraConfidentialTerms: ['x'.repeat(101)] }).join()).toMatch(/^extraConfidentialTerms\[0\]:/);
    expect(errorsOf({ customRules: [rule({ kind: 'requires', terms: undefined, when: { patterns: ['(a+)+b'] }, require: { terms: ['x'] } })] }).join()).toMatch(/customRules\[0\]\.when\.patterns\[0\]: could backtrack/);
    // Patterns each within bounds must not add up to a slow check (npm run bench:policy measures it).
    expect(errorsOf({ customRules: [rule({ kind: 'pattern', terms: undefined, pattern: '[a-z]{0,999}x' })] }).join()).toMatch(/customRules\[0\]\.pattern: the pattern is too costly to run \(size 1000/);
    const costly = [0, 1, 2].map((i) => rule({ id: `acme.p${i}`, kind: 'pattern', terms: undefined, pattern: `[a-z]{0,500}${i}` }));
    expect(errorsOf({ customRules: costly }).join()).toMatch(/^customRules: custom rules' patterns are too costly together \(size 1503/);
  });

  it('rejects a 1 MB alternation and a catastrophic pattern with a clear message, without trying them', () => {
    const huge = Array.from({ length: 150_000 }, (_, i) => `w${i}`).join('|');
    expect(huge.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const errors = errorsOf({ customRules: [rule({ kind: 'pattern', terms: undefined, pattern: huge })] });
    expect(errors).toEqual(['customRules[0].pattern: a pattern has at most 500 characters']);
    // Not a timing test: a generous bound that only fails if the pattern were compiled (8 s before).
    expect(performance.now() - started).toBeLessThan(3000);
    const hugeTerms = errorsOf({ customRules: [rule({ terms: [huge] })] }).join();
    expect(hugeTerms).toMatch(/customRules\[0\]\.terms\[0\]: a term has at most 100 characters/);
    expect(errorsOf({ customRules: [rule({ kind: 'pattern', terms: undefined, pattern: '^(a|aa)+$' })] }).join()).toMatch(
      /^customRules\[0\]\.pattern: could backtrack catastrophically/,
    );
  });

  it("expands the pack's @vocabularies in every term list, and names an unknown one", () => {
    const policy = { customRules: [rule({ id: 'acme.parties', terms: ['@parties'], capitalised: true, context: [{ effect: 'require', terms: ['@opinion', 'rally'] }] })] };
    const r = validatePolicy(policy);
    expect(r.ok ? [] : r.errors).toEqual([]);
    const ctx = { pack: getPack('common'), platform: 'facebook' as const, account: 'personal' as const, ...checkSettings(resolveSettings(r.ok ? r.policy : {})) };
    expect(check('Come to the Green Party rally on Saturday', ctx).map((f) => f.ruleId)).toContain('acme.parties');
    expect(check('The green party bags are in the cupboard', ctx).map((f) => f.ruleId)).not.toContain('acme.parties');
    expect(errorsOf({ customRules: [rule({ terms: ['@partys'] })] }).join()).toMatch(/^customRules\[0\]\.terms: unknown vocabulary "@partys" \(this pack has .*@parties/);
    expect(errorsOf({ customRules: [rule({ context: [{ effect: 'suppress', terms: ['@nope'] }] })] }).join()).toMatch(/customRules\[0\]\.context\[0\]\.terms: unknown vocabulary "@nope"/);
  });

  it("runs each custom rule's examples at validation, naming the rule and the example", () => {
    const ok = rule({ id: 'acme.falcon', examples: { flag: ['The falcon bid is in'], pass: ['Nothing to see'] } });
    expect(errorsOf({ customRules: [ok] })).toEqual([]);
    const wrong = rule({ id: 'acme.falcon', examples: { flag: ['The kestrel bid is in'], pass: ['A falcon flew over'] } });
    expect(errorsOf({ customRules: [wrong] })).toEqual([
      'customRules[0].examples.flag[0]: rule "acme.falcon" does not flag its example "The kestrel bid is in"',
      'customRules[0].examples.pass[0]: rule "acme.falcon" flags "A falcon flew over", which its examples say must pass',
    ]);
    // Examples see the example's own account: off for council accounts means a council example passes.
    const byAccount = rule({ id: 'acme.falcon', severityByAccount: { council: 'off' }, examples: { flag: ['falcon'], pass: [{ text: 'falcon', account: 'council' }] } });
    expect(errorsOf({ customRules: [byAccount] })).toEqual([]);
  });
});

describe('managed storage', () => {
  it('drops each bad key with a diagnostic and applies the rest', () => {
    const { policy, diagnostics } = decodeManaged({
      organisationNames: ['Acme Council'],
      pauseSeverity: 'extreme',
      retention: 3,
      customRules: JSON.stringify([rule({})]),
      disabledRules: ['no.such-rule'],
    });
    expect(policy).toMatchObject({ organisationNames: ['Acme Council'], customRules: [{ id: 'acme.rule' }] });
    expect(policy.pauseSeverity).toBeUndefined();
    expect(diagnostics.map((d) => d.key).sort()).toEqual(['disabledRules', 'pauseSeverity', 'retention']);
    expect(diagnostics.find((d) => d.key === 'pauseSeverity')?.reason).toMatch(/^pauseSeverity: /);
  });

  it('reports custom rules that are not JSON, and never throws on junk', () => {
    expect(decodeManaged({ customRules: '[{' }).diagnostics[0]).toMatchObject({ key: 'customRules', reason: expect.stringMatching(/^not valid JSON/) });
    for (const junk of [null, 'x', 42, [], { customRules: 5 }]) expect(() => decodeManaged(junk)).not.toThrow();
  });
});

describe('public/managed_schema.json', () => {
  it('is exactly what the policy schema generates (npm run managed-schema)', () => {
    expect(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')).toBe(chromeManagedSchemaText());
  });

  it("keeps to Chrome's dialect and covers every policy key", () => {
    const allowed = new Set(['type', 'properties', 'items', 'description']);
    const walk = (node: ChromeSchema, where: string) => {
      for (const key of Object.keys(node)) expect(allowed.has(key), `${where}.${key}`).toBe(true);
      expect(['object', 'array', 'string', 'integer', 'boolean', 'number']).toContain(node.type);
      if (node.type === 'array') expect(node.items, where).toBeDefined();
      for (const [k, v] of Object.entries(node.properties ?? {})) walk(v, `${where}.${k}`);
      if (node.items) walk(node.items, `${where}[]`);
    };
    const schema = chromeManagedSchema();
    walk(schema, '(root)');
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(policySchema.shape).sort());
    expect(schema.properties?.customRules.type).toBe('string');
    expect(schema.properties?.logRetentionDays.type).toBe('integer');
  });
});
