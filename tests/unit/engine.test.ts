import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { compileRuleset } from '../../lib/engine/compile';
import { ruleSchema, type RuleInput } from '../../lib/engine/rule-schema';
import type { CheckContext, Pack } from '../../lib/engine/types';
import { getPack } from '../../lib/packs';

const SOURCE = [{ doc: 'barnsley-social-networking-policy.txt', clause: '4.4' }];

function packOf(...rules: RuleInput[]): Pack {
  return {
    id: 'test',
    name: 'Test',
    description: 'test pack',
    documents: [],
    organisation: { names: ['Testshire Council'], aliases: ['TC'], domains: ['testshire.gov.uk'] },
    disclaimer: { text: 'Views expressed are my own.', short: 'Views my own.' },
    contacts: [],
    siteOwnerChecklist: [],
    rules: rules.map((r) => ruleSchema.parse(r)),
  };
}
const base = { category: 'confidential', severity: 'warning', message: 'm {excerpt}', advice: 'a', sources: SOURCE } as const;
const ctx = (pack: Pack, over: Partial<CheckContext> = {}): CheckContext => ({ pack, platform: 'facebook', account: 'personal', date: '2026-11-21', ...over });

describe('terms rules', () => {
  const pack = packOf({ ...base, id: 't', kind: 'terms', terms: ['leak', 'off the record'], exclude: ['leak repair'] });
  it('match inflections and phrases, with offsets into the original text', () => {
    const text = 'It LEAKED, strictly off-the-record';
    const f = check(text, ctx(pack));
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['LEAKED', 'off-the-record']);
    expect(f[0].excerpt).toBe('LEAKED');
    expect(f[0].message).toBe('m LEAKED');
  });
  it('skip matches inside an excluded phrase', () => {
    expect(check('booked a leak repair', ctx(pack))).toEqual([]);
  });
  it('match words broken by punctuation or spacing', () => {
    expect(check('it le.aked', ctx(pack))).toHaveLength(1);
    expect(check('it l e a k e d', ctx(pack))).toHaveLength(1);
  });
  it('honour capitalised terms', () => {
    const p = packOf({ ...base, id: 'p', kind: 'terms', terms: ['Labour'], capitalised: true });
    expect(check('vote Labour', ctx(p))).toHaveLength(1);
    expect(check('labour costs', ctx(p))).toHaveLength(0);
  });
});

describe('context modifiers', () => {
  const pack = packOf({
    ...base,
    id: 'c',
    kind: 'terms',
    terms: ['photo'],
    context: [
      { effect: 'require', terms: ['client'], within: 4 },
      { effect: 'suppress', terms: ['consent'], within: 4 },
      { effect: 'severity', terms: ['child'], within: 4, severity: 'high' },
    ],
  });
  it('require a nearby word', () => {
    expect(check('photo of my dog', ctx(pack))).toEqual([]);
    expect(check('photo of my client', ctx(pack))).toHaveLength(1);
    expect(check('photo one two three four five client', ctx(pack))).toEqual([]);
  });
  it('suppress near a word', () => {
    expect(check('client photo with consent', ctx(pack))).toEqual([]);
  });
  it('raise severity near a word', () => {
    expect(check('client photo', ctx(pack))[0].severity).toBe('warning');
    expect(check('client child photo', ctx(pack))[0].severity).toBe('high');
  });
  it('can use the organisation names as context', () => {
    const p = packOf({ ...base, id: 'o', kind: 'terms', terms: ['idiot'], context: [{ effect: 'require', organisation: true }] });
    expect(check('TC are run by an idiot', ctx(p))).toHaveLength(1);
    expect(check('what an idiot', ctx(p))).toHaveLength(0);
  });
});

describe('requires rules (the disclaimer)', () => {
  const pack = packOf({
    ...base,
    category: 'disclaimer',
    id: 'd',
    kind: 'requires',
    when: { terms: ['at work'], organisation: true },
    require: { terms: ['views my own'] },
    fix: 'append-disclaimer',
    severityByAccount: { council: 'off' },
  });
  it('fire once, at the first mention, with a platform-appropriate fix', () => {
    const f = check('At work today. Testshire Council rocks', ctx(pack));
    expect(f).toHaveLength(1);
    expect(f[0].excerpt).toBe('At work');
    expect(f[0].fix).toEqual({ kind: 'append', label: 'Add "Views expressed are my own."', text: '\n\nViews expressed are my own.' });
    expect(check('at work', ctx(pack, { platform: 'x' }))[0].fix?.text).toBe('\n\nViews my own.');
  });
  it('are satisfied by the required phrase anywhere', () => {
    expect(check('Views my own. At work today', ctx(pack))).toEqual([]);
  });
  it('can be off for an account kind', () => {
    expect(check('at work', ctx(pack, { account: 'council' }))).toEqual([]);
  });
  it('take organisation names from the context too', () => {
    expect(check('Love Acme Borough', ctx(pack, { organisationNames: ['Acme Borough'] }))).toHaveLength(1);
  });
});

describe('a model rule raised by a warning in another category (alsoAfter)', () => {
  const pack = packOf(
    { ...base, category: 'grievance', id: 'g', kind: 'terms', terms: ['my manager is useless'], evidence: 'strong' },
    { ...base, category: 'grievance', id: 'g-info', kind: 'terms', terms: ['long week'], severity: 'info' },
    {
      ...base,
      category: 'disclaimer',
      id: 'dm',
      kind: 'model',
      unlessPersonalViews: true,
      alsoAfter: ['grievance'],
      fix: 'append-disclaimer',
      severityByAccount: { council: 'off' },
    },
  );
  const ids = (text: string, over: Partial<CheckContext> = {}) => check(text, ctx(pack, over)).map((f) => `${f.ruleId}:${f.severity}`).sort();
  it('asks for the disclaimer when a grievance warning shows the post is about work', () => {
    const f = check('honestly my manager is useless', ctx(pack)).find((x) => x.ruleId === 'dm');
    expect(f?.severity).toBe('warning');
    expect(f?.excerpt).toBe('my manager is useless');
    expect(f?.fix?.text).toBe('\n\nViews expressed are my own.');
  });
  it('stays quiet with a personal-views statement, on a council account, or after only an info note', () => {
    expect(ids('my manager is useless (views my own)')).toEqual(['g:warning']);
    expect(ids('my manager is useless', { account: 'council' })).toEqual(['g:warning']);
    expect(ids('long week')).toEqual(['g-info:info']);
  });
});

describe('pattern rules', () => {
  it('find regex matches on the original text', () => {
    const pack = packOf({ ...base, id: 'p', kind: 'pattern', pattern: 'case ref \\d+' });
    const text = 'See Case Ref 1234 now';
    const [f] = check(text, ctx(pack));
    expect(text.slice(f.start, f.end)).toBe('Case Ref 1234');
  });
});

describe('severity by account, political restriction and pre-election periods', () => {
  const pack = packOf({ ...base, category: 'political', id: 'pol', kind: 'terms', terms: ['Tories'], severity: 'info', severityByAccount: { council: 'high' } });
  it('use the account severity', () => {
    expect(check('Tories', ctx(pack))[0].severity).toBe('info');
    expect(check('Tories', ctx(pack, { account: 'council' }))[0].severity).toBe('high');
  });
  it('hold politically restricted staff to the council standard', () => {
    expect(check('Tories', ctx(pack, { settings: { politicallyRestricted: true } }))[0].severity).toBe('high');
  });
  it('raise political findings one level inside a pre-election period', () => {
    const settings = { preElectionPeriods: [{ start: '2026-04-01', end: '2026-05-07' }] };
    expect(check('Tories', ctx(pack, { date: '2026-04-15', settings }))[0].severity).toBe('warning');
    expect(check('Tories', ctx(pack, { date: '2026-05-08', settings }))[0].severity).toBe('info');
  });
});

describe('organisation settings', () => {
  const pack = getPack('barnsley');
  it('disable rules', () => {
    const text = 'I hate my job';
    expect(check(text, ctx(pack)).some((f) => f.ruleId === 'grievance.about-work')).toBe(true);
    expect(check(text, ctx(pack, { settings: { disabledRules: ['grievance.about-work'] } })).some((f) => f.ruleId === 'grievance.about-work')).toBe(false);
  });
  it("add confidential terms, citing the pack's confidentiality clause", () => {
    const [f] = check('Project Nightingale starts soon', ctx(pack, { settings: { extraConfidentialTerms: ['Project Nightingale'] } }));
    expect(f.ruleId).toBe('organisation.confidential-terms');
    expect(f.source.doc).toBe('barnsley-social-networking-policy.txt');
  });
  it('run custom rules on a linear-time engine and report unusable ones without failing', () => {
    const customRules = [
      { ...base, id: 'it.case-ref', kind: 'identifier', identifier: 'reference', pattern: '\\bBMBC/\\d{6}\\b', category: 'personal-data' },
      { ...base, id: 'it.bad', kind: 'pattern', pattern: '(a+)+$' },
    ];
    const compiled = compileRuleset(pack, { settings: { customRules } });
    expect(compiled.problems.join()).toMatch(/it\.bad.*backtrack catastrophically/);
    const found = check('case BMBC/123456 update', ctx(pack, { settings: { customRules } }));
    expect(found.some((f) => f.ruleId === 'it.case-ref' && f.excerpt === 'BMBC/123456')).toBe(true);
  });
  it("cite the active council's own clause when a rule has one", () => {
    const [f] = check('at work today', { ...ctx(getPack('policy-committee-2015')), calibrate: false });
    expect(f.source.doc).toBe('policy-committee-report-2015.txt');
    const [g] = check('at work today', { ...ctx(getPack('bracknell-forest')), calibrate: false });
    expect(g.source.doc).toBe('bracknell-forest-social-media-policy-2019.txt');
  });
});

describe('public information is not personal data', () => {
  it('does not flag a council building, helpline or generic inbox on a council account', () => {
    const text = 'Visit us at Town Hall, Church Street, S70 2TA, call 01226 770770 or email enquiries@barnsley.gov.uk';
    expect(check(text, ctx(getPack('barnsley'), { account: 'council' })).filter((f) => f.category === 'personal-data')).toEqual([]);
  });
});

describe('findings', () => {
  it('overlapping findings of one category collapse to the most severe', () => {
    const pack = packOf(
      { ...base, id: 'a', kind: 'terms', terms: ['secret plan'] },
      { ...base, id: 'b', kind: 'terms', terms: ['plan'], severity: 'high' },
    );
    const f = check('the secret plan', ctx(pack));
    expect(f.map((x) => x.ruleId)).toEqual(['b']);
  });
  it('carry every field a warning needs', () => {
    const [f] = check('I hate my job', ctx(getPack('barnsley')));
    expect(Object.keys(f).sort()).toEqual(['advice', 'category', 'end', 'excerpt', 'message', 'ruleId', 'severity', 'source', 'start']);
    expect(f.source).toMatchObject({ doc: 'barnsley-social-networking-policy.txt', clause: '4.3' });
  });
});

describe('everyday wording that only looks risky', () => {
  const baseline = getPack('common');
  const ids = (text: string) => check(text, { pack: baseline, platform: 'facebook', account: 'personal', calibrate: false }).map((f) => f.ruleId);
  it.each(['absolutely cock-a-hoop with that result', 'what a cock up', 'lovely day out in Penistone', 'panto season: Dick Whittington at the civic',
    'great tits and blue tits all over the feeders', 'Dickie Bird statue looking smart', "it's the Cock Inn in Hoyland", "I've conducted same-sex marriages for eleven years",
    'Loved the course today #DataAnalytics #LocalGov', 'We are hiring a #DataAnalyst', '#dataanalysis is my jam', 'Thanks to Mr Dickson and Steve Cummins'])(
    'is not profanity: "%s"',
    (text) => expect(ids(text)).not.toContain('offensive.profanity'),
  );
  it('still finds the word on its own', () => expect(ids("he's a cock")).toContain('offensive.profanity'));
  it('still finds "anal" where it is not the start of "analy…"', () => expect(ids('what an anal retentive manager')).toContain('offensive.profanity'));
  it.each(["P.S. my number's 07700 900745 if anyone finds another", 'Selling my old bike, £40, text me on 07700 900461'])(
    "the poster's own number is not someone's personal data: \"%s\"",
    (text) => expect(ids(text)).not.toContain('personal-data.phone'),
  );
  it("someone else's number still is", () => expect(ids('Text her on 07700 900123 if you want the details')).toContain('personal-data.phone'));
});
