import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { SEVERITIES, CATEGORIES } from '../../lib/engine/types';
import { getPack } from '../../lib/packs';

const pack = getPack('barnsley');
const run = (text: string, account: 'personal' | 'council' = 'personal') =>
  check(text, { pack, platform: 'x', account, date: '2026-11-21', settings: { preElectionPeriods: [{ start: '2026-11-01', end: '2026-11-30' }] } });

// Pieces that exercise every rule kind, shuffled into adversarial strings.
const PIECES = [
  'confidential', 'c0nf!dential', 'c o n f', '07700 900123', 'AB 12 34 56 C', '943 476 5919', 'S70 2TA', 'DOB 1/2/1990',
  'at work', 'the council', 'views my own', 'Labour', 'vote for', 'idiot', 'sh1t', 'f***', '@', '.', '-', ' ', '\n', '\u200b',
  '👩‍👩‍👧', '😀', 'é', 'С', '\ud800', '\udc00', '(', ')', '*', '+', '?', '[', '\\', 'a'.repeat(50), '1'.repeat(30), 'my manager is',
  'service users photo', 'sponsored by', '%', '£', "'", '’', 'ǅ', 'İ', 'ß', 'ﬁ', '\u0301', '\u00ad',
];
const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 }), fc.string({ unit: 'binary', maxLength: 500 }), adversarial);

describe('check() on any input', () => {
  it('never throws and returns well-formed findings inside the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('personal' as const, 'council' as const), (text, account) => {
        for (const f of run(text, account)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.excerpt).toBe(text.slice(f.start, f.end));
          expect(SEVERITIES).toContain(f.severity);
          expect(CATEGORIES).toContain(f.category);
          expect(f.source.clause.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(run(text)).toEqual(run(text));
      }),
      { numRuns: 100 },
    );
  });

  it('handles posts up to 100,000 characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 2000, maxLength: 4000 }), fc.nat(), (parts, seed) => {
        let text = parts.join(' ');
        while (text.length < 100_000) text += text.slice(seed % 100);
        text = text.slice(0, 100_000);
        for (const f of run(text)) {
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.excerpt).toBe(text.slice(f.start, f.end));
        }
      }),
      { numRuns: 5 },
    );
  });

  it('survives pathological inputs for regexes and the tokenizer', () => {
    for (const text of ['a'.repeat(100_000), ' '.repeat(100_000), '1 '.repeat(50_000), 'a b '.repeat(25_000), '@'.repeat(100_000), 'lives at 1 A'.repeat(8000), '\u200b'.repeat(100_000)]) {
      expect(() => run(text)).not.toThrow();
    }
  });
});
