import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInSlices, checkWith, finish } from '../../lib/engine/check';
import { compileInSlices, compileRuleset } from '../../lib/engine/compile';
import { CheckAborted, checkWhenIdle, runInSlices } from '../../lib/engine/idle';
import { DEFAULT_SETTINGS, type CheckContext } from '../../lib/engine/types';
import { decodeModel, decodeModelInSlices } from '../../lib/engine/model/score';
import { getPack } from '../../lib/packs';

const pack = getPack('barnsley');
const ruleset = compileRuleset(pack);
const context: CheckContext = { pack, platform: 'x', account: 'personal', date: '2026-11-21' };

const PIECES = [
  'confidential', 'c o n f i d e n t i a l', 'con.fidential', "don't", 'council tax', 'the council', 'my manager is an idiot',
  '07911 123456', 'AB 12 34 56 C', 'jo.bloggs [at] gmail [dot] com', 'DOB 12/03/1948', 'S70 2TA', 'views my own', 'Labour',
  'a', 'b', 'I', ' ', ' ', '\n', '\n\n', '.', '-', "'", '@', '\u200b', 'é', '😀',
];
const post = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 300 }).map((p) => p.join(''));

/** Runs a sliced check with a zero budget (a pause after every step), counting the pauses. */
function sliced(text: string, sliceChars: number) {
  const steps = checkInSlices(ruleset, text, context, DEFAULT_SETTINGS, { budgetMs: 0, sliceChars });
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { findings: r.value, pauses };
    pauses++;
  }
}

describe('checkInSlices', () => {
  it('finds exactly what checkWith finds, however the text is cut', () => {
    fc.assert(
      fc.property(post, fc.integer({ min: 8, max: 200 }), (text, sliceChars) => {
        expect(sliced(text, sliceChars).findings).toEqual(checkWith(ruleset, text, context));
      }),
      { numRuns: 150 },
    );
  });

  it('pauses between bounded steps: tokenizing slices, matching token slices, each rule', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} about the council and my manager at work.`).join('\n');
    const { pauses, findings } = sliced(text, 1_000);
    // At least one pause per 1,000-character slice of text and one per rule that applies.
    const applies = ruleset.rules.filter(
      ({ rule }) => !rule.preElectionOnly && (!rule.platforms || rule.platforms.includes('x')) && (rule.severityByAccount?.personal ?? rule.severity) !== 'off',
    );
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / 1_000) + applies.length);
    expect(findings).toEqual(checkWith(ruleset, text, context));
  });

  it('keeps a line with no safe cut whole rather than splitting a word', () => {
    const text = `${'c o n f i d e n t i a l '.repeat(200)}`;
    expect(sliced(text, 50).findings).toEqual(checkWith(ruleset, text, context));
  });

  it('runs straight through when the budget is not reached', () => {
    const steps = checkInSlices(ruleset, 'Short post about the council', context, DEFAULT_SETTINGS, { budgetMs: 1e9 });
    expect(steps.next().done).toBe(true);
  });
});

/** Runs a sliced computation to its end: how many times it paused, and what it gave. */
function drive<T>(steps: Generator<void, T>): [number, { value: T }] {
  let pauses = 0;
  let r = steps.next();
  while (!r.done) {
    pauses++;
    r = steps.next();
  }
  return [pauses, r];
}

describe('compileInSlices', () => {
  it('yields after each rule, each vocabulary and every 150 terms, and gives the cached ruleset', () => {
    const fresh = { ...pack }; // a new object: not in the cache
    const [pauses, r] = drive(compileInSlices(fresh));
    // At least once per rule, after compacting, per vocabulary, and every 150 terms of a long list.
    const vocabularies = Object.values(fresh.vocab ?? {});
    const longest = Math.max(...vocabularies.map((v) => v.length));
    expect(longest).toBeGreaterThan(1_000);
    expect(pauses).toBeGreaterThanOrEqual(fresh.rules.length + 1 + vocabularies.length + Math.floor(longest / 150));
    expect(r.value.rules.map((c) => c.rule.id)).toEqual(ruleset.rules.map((c) => c.rule.id));
    expect(finish(compileInSlices(fresh))).toBe(r.value);
  });
});

describe('decodeModelInSlices', () => {
  it('pauses every few thousand rows and decodes the same model as decodeModel', () => {
    const file = { ...pack.model! }; // not in the cache
    const rows = file.weights.split('\n').length;
    const [pauses, r] = drive(decodeModelInSlices(file));
    expect(rows).toBeGreaterThan(50_000);
    // Each pass (checking and counting, then decoding) in steps of 2,000 rows, with one pause between.
    expect(pauses).toBe(1 + 2 * Math.floor(rows / 2_000));
    const whole = decodeModel(pack.model!);
    expect(Array.from(r.value.values)).toEqual(Array.from(whole.values));
    expect(Array.from(r.value.start)).toEqual(Array.from(whole.start));
    expect(decodeModel(file)).toBe(r.value);
  });
});

describe('checkWhenIdle', () => {
  it('gives check() findings, resuming through the scheduler', async () => {
    const text = 'Between you and me the depot is closing. Text her on 07911 123456.\n'.repeat(50);
    let resumed = 0;
    const findings = await checkWhenIdle(text, context, {
      budgetMs: 0,
      sliceChars: 200,
      schedule: (resume) => {
        resumed++;
        setTimeout(resume, 0);
      },
    });
    expect(findings).toEqual(checkWith(ruleset, text, context));
    expect(resumed).toBeGreaterThan(10);
  });

  it('stops at the next slice when aborted, and says so', async () => {
    const controller = new AbortController();
    let resumed = 0;
    const pending = checkWhenIdle('the council '.repeat(5_000), context, {
      budgetMs: 0,
      sliceChars: 100,
      signal: controller.signal,
      schedule: (resume) => {
        if (++resumed === 3) controller.abort();
        setTimeout(resume, 0);
      },
    });
    await expect(pending).rejects.toBeInstanceOf(CheckAborted);
    expect(resumed).toBe(3);
  });

  it('reports a failure inside a step as a rejection (the guard fails open)', async () => {
    function* failing(): Generator<void, number> {
      yield;
      throw new Error('boom');
    }
    await expect(runInSlices(failing(), { budgetMs: 0 })).rejects.toThrow('boom');
  });
});
