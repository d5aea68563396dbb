import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { check } from '../../lib/engine/check';
import { modelSchema, type ModelFile } from '../../lib/engine/model/schema';
import { personalViews } from '../../lib/engine/personal-views';
import { ruleSchema, type RuleInput } from '../../lib/engine/rule-schema';
import { tokenize } from '../../lib/engine/tokenize';
import { CATEGORIES, type CheckContext, type Pack } from '../../lib/engine/types';
import { MODEL_PATH, trainingFingerprint } from '../corpus/train';

const SOURCE = [{ doc: 'barnsley-social-networking-policy.txt', clause: '4.10' }];

/** A tiny hand-made model: "sneaky" is strong grievance evidence, nothing else counts. */
function modelWith(weights: Record<string, string>, warning = 0.5, info = 0.3): ModelFile {
  return modelSchema.parse({
    version: 1,
    trainedOn: 'test',
    categories: [...CATEGORIES],
    bias: CATEGORIES.map(() => -4),
    thresholds: CATEGORIES.map(() => ({ info, warning })),
    weights,
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
const cue = { id: 'grievance.cue', kind: 'terms', category: 'grievance', severity: 'warning', terms: ['rota'] as string[], message: 'm', advice: 'a', sources: SOURCE } as const;
const learned = { id: 'grievance.model', kind: 'model', category: 'grievance', severity: 'warning', message: 'model {excerpt}', advice: 'a', sources: SOURCE } as const;
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

  it('reports on its own when confident, pointing at the words that carried the score', () => {
    const pack = packOf(modelWith({ sneaky: `${G}:2`, 'management sneaky': `${G}:3` }), learned);
    const [f] = check('honestly our management sneaky as ever', ctx(pack));
    expect(f.ruleId).toBe('grievance.model');
    expect(f.severity).toBe('warning');
    expect(f.excerpt).toBe('management sneaky');
  });

  it('leaves strong evidence and IT rules alone', () => {
    const strong = { ...cue, id: 'grievance.strong', evidence: 'strong' } as const;
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
  });

  it('ships a model trained on the corpora and rule packs as they are now (run npm run train)', () => {
    const shipped = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ModelFile;
    expect(shipped.trainedOn).toBe(trainingFingerprint());
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
  ])('recognises "%s"', (t) => expect(found(t)).toBe(true));
  it.each(['lovely view from the office', 'in my view the bins are late', 'I own a dog', 'not my circus, not my monkeys'])('ignores "%s"', (t) =>
    expect(found(t)).toBe(false),
  );
});
