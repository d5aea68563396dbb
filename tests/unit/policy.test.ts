import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../lib/policy/validate';
import { settingsFromPolicy } from '../../lib/settings/resolve';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

describe('IT policy validation', () => {
  it('accepts a complete, valid policy', () => {
    const result = validatePolicy(fixture('policy-valid.json'));
    expect(result.ok).toBe(true);
  });

  it('names every bad field', () => {
    const result = validatePolicy(fixture('policy-invalid.json'));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.join('\n');
    for (const field of ['organisationNames[0]', 'pack', 'councilAccounts[0].platform', 'enforcementMode', 'preElectionPeriods[0].end', 'logRetentionDays'])
      expect(errors).toContain(field);
    expect(errors).toMatch(/^retention: unknown setting$/m);
    expect(errors).toMatch(/^customRules\[0\]\.pattern: could backtrack catastrophically/m);
  });

  it('rejects a regex that could backtrack catastrophically, naming the field', () => {
    const result = validatePolicy({
      customRules: [{ id: 'x', kind: 'pattern', pattern: '(\\w+\\s?)*$', category: 'confidential', severity: 'high', message: 'm', advice: 'a', sources: [{ doc: 'd', clause: 'c' }] }],
    });
    expect(result.ok ? '' : result.errors.join()).toMatch(/^customRules\[0\]\.pattern: could backtrack catastrophically/);
  });

  it('rejects an invalid regex and unsupported syntax', () => {
    const rule = (pattern: string) => ({ customRules: [{ id: 'x', kind: 'pattern', pattern, category: 'confidential', severity: 'high', message: 'm', advice: 'a', sources: [{ doc: 'd', clause: 'c' }] }] });
    expect(validatePolicy(rule('(abc')).ok).toBe(false);
    expect(validatePolicy(rule('(?<=a)b')).ok).toBe(false);
  });

  it('rejects disabled rules the pack does not have', () => {
    const result = validatePolicy({ pack: 'barnsley', disabledRules: ['no.such-rule'] });
    expect(result.ok ? '' : result.errors.join()).toContain('disabledRules[0]: no rule "no.such-rule"');
  });

  it('rejects impossible dates', () => {
    const result = validatePolicy({ preElectionPeriods: [{ start: '2027-02-30', end: '2027-03-01' }] });
    expect(result.ok ? '' : result.errors.join()).toContain('preElectionPeriods[0].start');
  });
});

describe('settings from a policy', () => {
  it("lets the person's choice win unless IT locked the setting", () => {
    expect(settingsFromPolicy({ politicallyRestricted: false }, { politicallyRestricted: true }).politicallyRestricted).toBe(true);
    expect(settingsFromPolicy({ politicallyRestricted: false, lockedSettings: ['politicallyRestricted'] }, { politicallyRestricted: true }).politicallyRestricted).toBe(false);
  });
  it("merges IT's and the person's disabled rules unless locked", () => {
    expect(settingsFromPolicy({ disabledRules: ['a'] }, { disabledRules: ['b'] }).disabledRules).toEqual(['a', 'b']);
    expect(settingsFromPolicy({ disabledRules: ['a'], lockedSettings: ['disabledRules'] }, { disabledRules: ['b'] }).disabledRules).toEqual(['a']);
  });
});
