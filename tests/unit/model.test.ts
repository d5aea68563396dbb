import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { check } from '../../lib/engine/check';
import { modelSchema, packWeights, unpackWeights, type ModelFile } from '../../lib/engine/model/schema';
import { decodeModel } from '../../lib/engine/model/score';
import { personalViews } from '../../lib/engine/personal-views';
import { shapes } from '../../lib/engine/model/shapes';
import { ruleSchema, type RuleInput } from '../../lib/engine/rule-schema';
import { tokenize } from '../../lib/engine/tokenize';
import { CATEGORIES, type CheckContext, type Pack } from '../../lib/engine/types';
import { chooseThresholds, MODEL_PATH, trainingFingerprint, type Prepared } from '../corpus/train';

const SOURCE = [{ doc: 'barnsley-social-networking-policy.txt', clause: '4.10' }];

/** A tiny hand-made model: "sneaky" is strong grievance evidence, nothing else counts. */
function modelWith(weights: Record<string, string>, warning = 0.5, info = 0.3, cue?: number, pair?: number): ModelFile {
  return modelSchema.parse({
    version: 2,
    trainedOn: 'test',
    categories: [...CATEGORIES],
    bias: CATEGORIES.map(() => -4),
    thresholds: CATEGORIES.map(() => ({ info, warning, ...(cue === undefined ? {} : { cue }), ...(pair === undefined ? {} : { pair }) })),
    weights: packWeights(weights),
  });
}

function packOf(model: ModelFile, ...rules: RuleInput[]): Pack {
  return {
    id: 't', name: 't', description: 't', documents: [],
    organisation: { names: [], aliases: [], domains: [] },
    disclaimer: { text: 'Views expressed are my own.', short: 'Views my own.' },
    contacts: [], siteOwnerChecklist: [],
    rules: rules.map((r) => ruleSchema.parse(r)),
    model,
  };
}

const G = CATEGORIES.indexOf('grievance');
const cue: RuleInput = { id: 'grievance.cue', kind: 'terms', category: 'grievance', severity: 'warning', terms: ['rota'], message: 'm', advice: 'a', sources: SOURCE };
const learned: RuleInput = { id: 'grievance.model', kind: 'model', category: 'grievance', severity: 'warning', message: 'model {excerpt}', advice: 'a', sources: SOURCE };
const ctx = (pack: Pack): CheckContext => ({ pack, platform: 'facebook', account: 'personal', date: '2026-11-21' });

describe('the learned layer', () => {
  it('drops a cue the model rejects, demotes one it half-agrees with, keeps one it agrees with', () => {
    const none = packOf(modelWith({}), cue, learned);
    expect(check('new rota again', ctx(none))).toEqual([]);
    const half = packOf(modelWith({ 'rule:grievance.cue': `${G}:3.5` }), cue, learned);
    expect(check('new rota again', ctx(half)).map((f) => [f.ruleId, f.severity])).toEqual([['grievance.cue', 'info']]);
    const agree = packOf(modelWith({ 'rule:grievance.cue': `${G}:6` }), cue, learned);
    expect(check('new rota again', ctx(agree)).map((f) => [f.ruleId, f.severity])).toEqual([['grievance.cue', 'warning']]);
  });

  it('keeps a cue as a warning when the model confirms it, but does not warn on the score alone', () => {
    // sigmoid(-4 + 3.5) ≈ 0.38: below the warning threshold (0.5), above the cue threshold (0.35).
    const pack = packOf(modelWith({ 'rule:grievance.cue': `${G}:3.5`, sneaky: `${G}:3.5` }, 0.5, 0.3, 0.35), cue, learned);
    expect(check('new rota again', ctx(pack)).map((f) => [f.ruleId, f.severity])).toEqual([['grievance.cue', 'warning']]);
    expect(check('so sneaky', ctx(pack)).map((f) => [f.ruleId, f.severity])).toEqual([['grievance.model', 'info']]);
  });

  it('keeps cues from two different rules as warnings from the pair threshold, not below it nor where the category has none', () => {
    const second: RuleInput = { ...cue, id: 'grievance.second', terms: ['again'] };
    // sigmoid(-4 + 3.5) ≈ 0.38: a note on its own, at or above the pair threshold (0.3).
    const half = packOf(modelWith({ 'rule:grievance.cue': `${G}:3.5` }, 0.5, 0.3, undefined, 0.3), cue, second, learned);
    const both = check('new rota again', { ...ctx(half), explain: true });
    expect(both.map((f) => [f.ruleId, f.severity]).sort()).toEqual([['grievance.cue', 'warning'], ['grievance.second', 'warning']]);
    expect(both[0].why?.model?.effect).toBe('kept: two different recognisers agree');
    // One rule matching twice is not two independent cues.
    expect(check('rota, rota', ctx(half)).map((f) => [f.ruleId, f.severity])).toEqual([['grievance.cue', 'info'], ['grievance.cue', 'info']]);
    // The pair threshold above the score: the two cues are weighed one by one (notes).
    const strict = packOf(modelWith({ 'rule:grievance.cue': `${G}:3.5` }, 0.5, 0.3, undefined, 0.45), cue, second, learned);
    expect(check('new rota again', ctx(strict)).map((f) => f.severity)).toEqual(['info', 'info']);
    // No pair threshold (the trainer found pairs cost more than they find): notes too.
    const off = packOf(modelWith({ 'rule:grievance.cue': `${G}:3.5` }), cue, second, learned);
    expect(check('new rota again', ctx(off)).map((f) => f.severity)).toEqual(['info', 'info']);
    const none = packOf(modelWith({}, 0.5, 0.3, undefined, 0.3), cue, second, learned);
    expect(check('new rota again', ctx(none))).toEqual([]);
  });

  it('asks for the disclaimer after another warning only when the model notes work talk (alsoAfterWhenNoted)', () => {
    const D = CATEGORIES.indexOf('disclaimer');
    const abuse: RuleInput = { id: 'offensive.word', kind: 'terms', category: 'offensive', severity: 'warning', evidence: 'strong', terms: ['muppet'], message: 'm', advice: 'a', sources: SOURCE };
    const disclaimer: RuleInput = { id: 'disclaimer.model', kind: 'model', category: 'disclaimer', severity: 'warning', unlessPersonalViews: true, alsoAfterWhenNoted: ['offensive'], message: 'm {excerpt}', advice: 'a', sources: SOURCE };
    // "shift" puts the disclaimer score at sigmoid(-0.5) ≈ 0.38: a note, not a warning.
    const pack = packOf(modelWith({ shift: `${D}:3.5` }), abuse, disclaimer);
    const ids = (text: string) => check(text, ctx(pack)).map((f) => `${f.ruleId}:${f.severity}`).sort();
    expect(ids('what a muppet, whole shift wasted')).toEqual(['disclaimer.model:warning', 'offensive.word:warning']);
    expect(ids('what a muppet')).toEqual(['offensive.word:warning']);
    expect(ids('whole shift wasted')).toEqual(['disclaimer.model:info']);
  });

  it('reports on its own when confident, pointing at the words that carried the score', () => {
    const pack = packOf(modelWith({ sneaky: `${G}:2`, 'management sneaky': `${G}:3` }), learned);
    const [f] = check('honestly our management sneaky as ever', ctx(pack));
    expect(f.ruleId).toBe('grievance.model');
    expect(f.severity).toBe('warning');
    expect(f.excerpt).toBe('management sneaky');
  });

  it('leaves strong evidence and IT rules alone', () => {
    const strong: RuleInput = { ...cue, id: 'grievance.strong', evidence: 'strong' };
    const pack = packOf(modelWith({}), strong, learned);
    expect(check('new rota again', ctx(pack)).map((f) => f.ruleId)).toEqual(['grievance.strong']);
    const custom = check('new rota again', { ...ctx(packOf(modelWith({}), learned)), settings: { customRules: [{ ...cue, id: 'it.rota' }] } });
    expect(custom.map((f) => f.ruleId)).toEqual(['it.rota']);
  });

  it('gives the raw recognisers when calibration is off (what training sees)', () => {
    const pack = packOf(modelWith({}), cue, learned);
    expect(check('new rota again', { ...ctx(pack), calibrate: false }).map((f) => f.ruleId)).toEqual(['grievance.cue']);
  });

  it('rejects a malformed model file naming the field', () => {
    const bad = modelSchema.safeParse({ ...modelWith({}), bias: [1] });
    expect(bad.success).toBe(false);
    const extra = modelSchema.safeParse({ ...modelWith({}), surprise: 1 });
    expect(extra.success).toBe(false);
    for (const weights of [['0:1'], { shift: '0:1' }, null]) {
      const wrong = modelSchema.safeParse({ ...modelWith({}), weights });
      expect(wrong.success).toBe(false);
      if (!wrong.success) expect(wrong.error.issues[0].path).toEqual(['weights']);
    }
    // Rows are checked as the model is decoded (in slices, in a tab), naming the row.
    for (const second of ['shift\t3', 'shift\t0:1,x', 'shift\t0:1,', 'shift 0:1', '\t0:1']) {
      const file = modelSchema.parse({ ...modelWith({}), weights: `fine\t0:1\n${second}` });
      expect(() => decodeModel(file)).toThrow(/model weights, row 2: expected/);
    }
    expect(() => packWeights({ 'a\tb': '0:1' })).toThrow(/tab or newline/);
    const good = modelWith({ shift: '0:1.5,3:-0.02', 'my manager': '8:2' });
    expect(unpackWeights(good.weights)).toEqual({ shift: '0:1.5,3:-0.02', 'my manager': '8:2' });
    const index = decodeModel(good).index;
    expect([index.get('shift'), index.get('my manager'), index.get('my'), index.get('shif'), index.get('shiftt')]).toEqual([0, 1, undefined, undefined, undefined]);
    expect([index.name(0), index.name(1)]).toEqual(['shift', 'my manager']);
  });

  it("decodes every weight exactly as written, in the trainer's decimals or any other number form", () => {
    const weights = { a: '0:0.372,1:-0.072,8:12', 'b c': '3:-1.5e-3,4:2', d: '5:-0' };
    const model = decodeModel(modelWith(weights));
    const expected = Object.values(weights).flatMap((row) => row.split(',').map((part) => part.split(':').map(Number)));
    expect(Array.from(model.cats)).toEqual(expected.map(([cat]) => cat));
    expect(Array.from(model.values)).toEqual(expected.map(([, value]) => Math.fround(value)));
    expect(Array.from(model.start)).toEqual([0, 3, 5, 6]);
  });

  it('ships a model trained on the corpora and rule packs as they are now (run npm run train)', () => {
    const shipped = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ModelFile;
    expect(shipped.trainedOn).toBe(trainingFingerprint());
  });
});

describe('choosing thresholds on out-of-writer scores', () => {
  // Two different grievance cues on every post; the model's grievance score is 0.6 throughout.
  const cues = [
    { ruleId: 'grievance.a', category: 'grievance' as const, severity: 'warning' as const, strong: false },
    { ruleId: 'grievance.b', category: 'grievance' as const, severity: 'warning' as const, strong: false },
  ];
  const post = (id: string, labels: string[], raw: Prepared['raw'], p: number) => ({
    d: { post: { id, text: id, labels, pack: 'common', account: 'personal' }, features: [], raw, personalViews: true } as unknown as Prepared,
    p: CATEGORIES.map((c) => (c === 'grievance' ? p : 0)),
  });
  const pool = (cleanHasCues: boolean) => {
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => post(`g${i}`, ['grievance'], cues, 0.6)),
      ...Array.from({ length: 200 }, (_, i) => post(`c${i}`, [], cleanHasCues ? cues : [], i < 100 ? 0.6 : 0.05)),
    ];
    return chooseThresholds(rows.map((r) => r.d), rows.map((r) => r.p)).thresholds[G];
  };

  it('lets two different cues stand where they find problems without warning on clean posts', () => {
    const t = pool(false);
    expect(t.pair).toBeLessThanOrEqual(0.6);
    // The score alone would warn on the 100 clean posts that share it.
    expect(t.warning).toBeGreaterThan(0.6);
  });

  it('weighs two cues one by one where they agree on clean posts as often as on problems', () => {
    const t = pool(true);
    expect(t.pair === undefined || t.pair > 0.6).toBe(true);
    expect(t.warning).toBeGreaterThan(0.6);
  });
});

describe('the personal-views statement in any wording', () => {
  const found = (t: string) => personalViews(tokenize(t)).length > 0;
  it.each([
    'opinions r mine lol',
    "I don't speak for my employer here",
    'just me talking, not the council',
    "my views, not my employer's",
    'council worker but speaking for myself',
    '#ViewsMyOwn',
    'Views expressed are my own.',
    'not speaking on behalf of work obvs',
    "this doesn't reflect the council's position",
    "(personal opinion, not work's)",
    '(Me, not the council.)',
    'I work for the council but this is me as a daughter, not staff',
    "As a social worker (my views, not Barnsley's), I think",
    "consider this a personal post, not an official one!",
    '(my acct, not official)',
    'as a fellow nervous mum, not in my work capacity lol',
    "(I just help out at the hall - nothing official from me!)",
    'personal account, my opinions only',
    "I'm a council gardener but this is me off duty, not an official tip!",
    "(I'm a library user not staff!)",
    "(Just my two pennies, not my employer's.)",
    '(Resident hat on, not work.)',
    'Parish cllr, but off duty today',
    'I work for the council but speaking purely as a Sandhurst mum here',
    "(personal moan, not the council's view)",
    'two hats, views in this post are mine alone',
    "My two penn'orth, and it is very much mine rather than my employer's:",
    'this is 100% me not the PC',
    'work hat off for a minute',
    'Not the council talking, this is me: the rota',
    'no pay rise again. cheers bosses (my views obv)',
    "(Personal reflection, not my employer's.)",
    'nowt to do with my job this, just fed up',
    '(usual disclaimer applies)',
    'just my opinion but the depot needs a new roof',
    '#PersonalAccount',
    'Views in this post, and on this account, are my own.',
    'Opinions and spills all my own.',
    '(My account, my views.)',
    'Views expressed on this profile belong to me and me alone.',
    "I'll be there in my own time, not as a council officer",
    'as someone who works in adult care (speaking purely personally here)',
    "(My own takeaways, not my employer's.)",
    'a resident who happens to be a parish councillor, not the parish council speaking',
    'Not work, just me – Cawthorne Village Show this weekend',
    '(Resident and volunteer, not speaking for anyone.)',
    'Council employee here, but these are my views as a resident.',
    'this is my own explainer, not official guidance from my authority',
    "these thoughts are my own, rather than the council's",
    'all mine, not the council - just so we are clear',
  ])('recognises "%s"', (t) => expect(found(t)).toBe(true));
  it.each([
    'lovely view from the office',
    'in my view the bins are late',
    'I own a dog',
    'not my circus, not my monkeys',
    "it's not official yet but the depot is closing",
    'not official till Monday so shh',
    'my account was charged twice',
    "it's not the council's fault",
    'not the council problem mate',
    'she had a hat on',
    'my views on the new bins are rubbish',
    'my thoughts are with the family',
    'nothing to do with the council, they did it themselves',
    'in my humble opinion the bins are late',
    "Not official yet, don't tell anyone",
    'Our team has lost two posts this year and not replaced them',
    'who emails you at 11pm? Asking for me.',
    "my own team's been told there's no overtime",
    'views of the river from my own garden',
    'I drove my own car, not the council van',
  ])('ignores "%s"', (t) =>
    expect(found(t)).toBe(false),
  );
});

describe('shapes the learned layer sees', () => {
  it.each([
    ['Riley (4) came in his pyjamas', 'shape:child-age'],
    ['she is only 15 and', 'shape:child-age'],
    ['one of my families rang in tears', 'shape:my-client'],
    ['the lad I mentor through work', 'shape:support-relation'],
    ['ring him, his number is 07700 900123', 'shape:third-person-detail'],
    ['text me on 07700 900123', 'shape:own-detail'],
    ['he lives above the chippy', 'shape:lives-at'],
    ['She is at 41 Dodworth Road now', 'shape:house-number'],
    ['closing from April', 'shape:from-date'],
  ])('"%s" has %s', (text, shape) => expect(shapes(text)).toContain(shape));

  it('does not read an adult age or a road name as a child or a person', () => {
    expect(shapes('my dad (84) and me')).not.toContain('shape:child-age');
    expect(shapes('the gritters were on Market Street')).not.toContain('shape:full-name');
  });

  it('stays linear on a long run of one shape', () => {
    // Structural, not timed: 200,000 characters of near-misses are scanned once each.
    expect(shapes('Aa (1'.repeat(40_000)).length).toBeLessThan(5);
  });
});
