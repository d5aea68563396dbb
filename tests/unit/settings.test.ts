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
  });

  it('the largest valid policy still checks a 10,000-character post quickly', () => {
    const terms = Array.from({ length: CUSTOM_RULE_LIMITS.termsPerList }, (_, i) => `secret${i} thing`);
    const pattern = `\\b(?:${Array.from({ length: 60 }, (_, i) => `p${i}x`).join('|')})\\b`.slice(0, CUSTOM_RULE_LIMITS.patternLength);
    const customRules = Array.from({ length: CUSTOM_RULE_LIMITS.rules }, (_, i) =>
      i % 2 ? rule({ id: `acme.t${i}`, terms }) : rule({ id: `acme.p${i}`, kind: 'pattern', terms: undefined, pattern: pattern.replace(/\|[^|]*$/, ')\\b') }),
    );
    const policy = { customRules, extraConfidentialTerms: terms.map((t) => `${t} extra`) };
    const r = validatePolicy(policy);
    expect(r.ok ? [] : r.errors).toEqual([]);
    const post = 'The budget for the depot review is due next week and residents asked about it. '.repeat(125);
    const ctx = { pack: getPack('common'), platform: 'facebook' as const, account: 'personal' as const, ...checkSettings(resolveSettings(r.ok ? r.policy : {})) };
    check('warm up', ctx);
    const started = performance.now();
    check(post, ctx);
    expect(performance.now() - started).toBeLessThan(1500);
  }, 120_000);
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
