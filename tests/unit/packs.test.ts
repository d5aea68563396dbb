import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { compileRuleset } from '../../lib/engine/compile';
import { patternProblem } from '../../lib/engine/safe-pattern';
import type { RuleExample } from '../../lib/engine/rule-schema';
import { getPack, packIds } from '../../lib/packs';

const POLICY_DOCS = [
  'barnsley-social-networking-policy.txt',
  'barnsley-cabinet-report-2018.txt',
  'bracknell-forest-social-media-policy-2019.txt',
  'barling-magna-parish-social-media-policy.txt',
  'policy-committee-report-2015.txt',
];
// Pre-election periods are exercised by examples dated inside this window.
const PRE_ELECTION = [{ start: '2026-03-26', end: '2026-05-07', label: 'May 2026 local elections' }];

/** A recogniser's examples test the recogniser itself; a model rule's test the whole engine. */
function run(packId: string, example: RuleExample, calibrate = true) {
  const e = typeof example === 'string' ? { text: example } : example;
  return check(e.text, {
    pack: getPack(packId),
    platform: e.platform ?? 'facebook',
    account: e.account ?? 'personal',
    date: e.date ?? '2026-11-21',
    settings: { preElectionPeriods: PRE_ELECTION, politicallyRestricted: e.politicallyRestricted ?? false },
    calibrate,
  });
}

describe.each(packIds())('pack %s', (packId) => {
  const pack = getPack(packId);

  it('loads, compiles and has rules', () => {
    expect(pack.rules.length).toBeGreaterThan(20);
    expect(compileRuleset(pack).problems).toEqual([]);
  });

  it('cites a real policy document for every rule and checklist item', () => {
    for (const rule of pack.rules) for (const s of rule.sources) expect(POLICY_DOCS, rule.id).toContain(s.doc);
    for (const item of pack.siteOwnerChecklist) expect(POLICY_DOCS, item.id).toContain(item.source.doc);
    for (const doc of pack.documents) expect(POLICY_DOCS).toContain(doc);
  });

  it('has shipped patterns that cannot backtrack catastrophically', () => {
    for (const rule of pack.rules) {
      if (rule.kind === 'pattern') expect(patternProblem(rule.pattern), rule.id).toBeNull();
    }
  });

  for (const rule of pack.rules) {
    describe(rule.id, () => {
      it('has examples that must flag and must pass', () => {
        expect(rule.examples.flag.length).toBeGreaterThan(0);
        expect(rule.examples.pass.length).toBeGreaterThan(0);
      });
      for (const example of rule.examples.flag) {
        const text = typeof example === 'string' ? example : example.text;
        it(`flags: ${text}`, () => {
          // A model rule speaks only where no recogniser already has: its examples test the category.
          if (rule.kind === 'model') {
            const warned = run(packId, example).filter((f) => f.severity !== 'info').map((f) => f.category);
            expect(warned).toContain(rule.category);
            return;
          }
          const ids = run(packId, example, false).map((f) => f.ruleId);
          expect(ids).toContain(rule.id);
        });
      }
      for (const example of rule.examples.pass) {
        const text = typeof example === 'string' ? example : example.text;
        it(`passes: ${text}`, () => {
          if (rule.kind === 'model') {
            expect(run(packId, example).map((f) => f.category)).not.toContain(rule.category);
            return;
          }
          const ids = run(packId, example, false).map((f) => f.ruleId);
          expect(ids).not.toContain(rule.id);
        });
      }
    });
  }
});
