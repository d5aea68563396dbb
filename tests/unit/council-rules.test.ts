import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import type { AccountKind, Finding } from '../../lib/engine/types';
import { getPack } from '../../lib/packs';

const PRE_ELECTION = [{ start: '2026-03-26', end: '2026-05-07', label: 'May 2026 local elections' }];
const run = (text: string, account: AccountKind, date = '2026-11-21', calibrate = true): Finding[] =>
  check(text, { pack: getPack('barnsley'), platform: 'x', account, date, settings: { preElectionPeriods: PRE_ELECTION }, calibrate });
const rules = (fs: Finding[]) => fs.map((f) => f.ruleId);
const worst = (fs: Finding[], category: string) => fs.filter((f) => f.category === category).map((f) => f.severity).sort().at(0);

describe('posts from a council account', () => {
  it('never ask for a personal-views disclaimer', () => {
    const text = 'Proud of everyone at Barnsley Council today';
    expect(rules(run(text, 'personal', undefined, false))).toContain('disclaimer.personal-views');
    expect(run(text, 'council').some((f) => f.category === 'disclaimer')).toBe(false);
    expect(run(text, 'council', undefined, false).some((f) => f.category === 'disclaimer')).toBe(false);
  });

  it('treat party politics as serious', () => {
    expect(worst(run('Vote Labour on Thursday', 'council'), 'political')).toBe('high');
    expect(run('Vote Labour on Thursday', 'personal').every((f) => f.severity !== 'high')).toBe(true);
  });

  it('flag councillors inside the pre-election period only', () => {
    const text = 'Our council leader opened the new library today';
    // The recogniser itself (the learned layer then weighs it like any cue).
    expect(rules(run(text, 'council', '2026-04-20', false))).toContain('political.pre-election-council');
    expect(rules(run(text, 'council', '2026-11-21', false))).not.toContain('political.pre-election-council');
    expect(rules(run(text, 'personal', '2026-04-20', false))).not.toContain('political.pre-election-council');
  });

  it('flag third-party advertising and discount codes', () => {
    expect(run('Use code SAVE20 for 20% off at Kwik Motors, sponsored by Kwik Motors', 'council').some((f) => f.category === 'advertising' && f.severity === 'high')).toBe(true);
  });

  it('keep personal data serious', () => {
    expect(worst(run('Her NI number is AB123456C', 'council'), 'personal-data')).toBe('high');
  });

  it('flag a dismissive or sarcastic reply to a resident', () => {
    const text = "As we've already said, the tip is shut on Mondays. Have you tried reading the website?";
    expect(run(text, 'council').filter((f) => f.ruleId === 'offensive.council-dismissive').map((f) => f.severity)).toContain('warning');
    expect(rules(run(text, 'personal'))).not.toContain('offensive.council-dismissive');
  });

  it('get accessibility notes (info only), a person does not', () => {
    const text = 'Works will commence on Monday #barnsleyroadworks';
    const council = run(text, 'council').filter((f) => f.ruleId.startsWith('accessibility.'));
    expect(council.map((f) => f.ruleId).sort()).toEqual(['accessibility.camelcase-hashtags', 'accessibility.plain-english']);
    expect(rules(run('Bins collected as normal #Barnsley #Bins #Recycling #BankHoliday', 'council'))).toContain('accessibility.many-hashtags');
    expect(council.every((f) => f.severity === 'info')).toBe(true);
    expect(rules(run(text, 'personal')).some((r) => r.startsWith('accessibility.'))).toBe(false);
    expect(rules(run('Works start on Monday #BarnsleyRoadworks', 'council')).some((r) => r.startsWith('accessibility.'))).toBe(false);
  });
});
