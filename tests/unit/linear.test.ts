import regjsparser, { type AstNode } from 'regjsparser';
import { describe, expect, it } from 'vitest';
import { isInside, isNear, type Doc } from '../../lib/engine/doc';
import { DOB_PATTERNS } from '../../lib/engine/identifiers/dob';
import { EMAIL_PATTERNS, scanEmails } from '../../lib/engine/identifiers/email';
import { NHS_PATTERNS } from '../../lib/engine/identifiers/nhs';
import { NINO_PATTERNS } from '../../lib/engine/identifiers/nino';
import { PHONE_PATTERNS, scanUkNumbers } from '../../lib/engine/identifiers/phone';
import { POSTCODE_PATTERNS } from '../../lib/engine/identifiers/postcode';
import type { Hit } from '../../lib/engine/term-index';
import { check } from '../../lib/engine/check';
import { getPack } from '../../lib/packs';

/** Every quantifier in the pattern that has no upper bound (*, +, {n,}). */
function unbounded(re: RegExp): string[] {
  const found: string[] = [];
  const walk = (node: AstNode) => {
    if (node.type === 'quantifier' && node.max === undefined) found.push(node.raw);
    const body = (node as { body?: unknown }).body;
    if (Array.isArray(body)) for (const child of body as AstNode[]) walk(child);
  };
  walk(regjsparser.parse(re.source, re.flags.includes('u') ? 'u' : '', { lookbehind: true, namedGroups: true, unicodePropertyEscape: true }) as AstNode);
  return found;
}

describe('identifier scanning is linear by construction', () => {
  // With every quantifier bounded, a backtracking engine does a constant amount of work at
  // each start position, whatever the input: the scan is linear in the text's length.
  const patterns = { email: EMAIL_PATTERNS, phone: PHONE_PATTERNS, nhs: NHS_PATTERNS, nino: NINO_PATTERNS, postcode: POSTCODE_PATTERNS, dob: DOB_PATTERNS };
  it.each(Object.entries(patterns))('%s patterns have no unbounded quantifier', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
    for (const re of list) expect(unbounded(re), re.source).toEqual([]);
  });

  it('the test above would catch the email regex it replaced', () => {
    expect(unbounded(/[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b/g)).not.toEqual([]);
  });

  it('reads a bounded local part: a 64+ character run before "@" is not an address', () => {
    expect(scanEmails(`${'a'.repeat(64)}@gmail.com`)).toHaveLength(1);
    expect(scanEmails(`${'a'.repeat(65)}@gmail.com`)).toEqual([]);
    expect(scanEmails(`x ${'a'.repeat(100_000)}@${'a'.repeat(100_000)}.com`)).toEqual([]);
  });

  it('reads at most ten digits of national number from each start', () => {
    expect(scanUkNumbers('0'.repeat(10_000))).toEqual([]);
    expect(scanUkNumbers('07911 '.repeat(5_000)).length).toBe(0);
  });
});

describe('hit searches look at a bounded number of hits', () => {
  /** A doc whose hit list counts how many of its elements are read. */
  function countingDoc(n: number) {
    const hits: Hit[] = Array.from({ length: n }, (_, i) => ({ from: i * 2, to: i * 2 + 1 }));
    let reads = 0;
    const counted = new Proxy(hits, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
        return Reflect.get(target, prop, receiver);
      },
    });
    const doc = { hits: [counted], maxSpan: 3 } as unknown as Doc;
    return { doc, reads: () => reads };
  }

  it('isInside (exclusions such as "council tax") is a binary search, not a scan', () => {
    const { doc, reads } = countingDoc(100_000);
    expect(isInside(doc, { start: 0, end: 0, from: 150_001, to: 150_001 }, 0)).toBe(true);
    expect(isInside(doc, { start: 0, end: 0, from: 250_000, to: 250_000 }, 0)).toBe(false);
    expect(reads()).toBeLessThan(80);
  });

  it('isNear looks only around the span', () => {
    const { doc, reads } = countingDoc(100_000);
    expect(isNear(doc, { start: 0, end: 0, from: 150_001, to: 150_001 }, 0, 8)).toBe(true);
    expect(reads()).toBeLessThan(80);
  });
});

describe('whole-post steps stay linear', () => {
  const pack = getPack('barnsley');
  // The recognisers' own findings: the disclaimer rule's fix is what is timed here, whatever the model makes of the post.
  const run = (text: string) => check(text, { pack, platform: 'facebook', account: 'personal', date: '2026-11-21', calibrate: false });
  it('offers the disclaimer after trailing blank lines without retrying from every line break', () => {
    // /\n\s*$/ took ~2 s on 20,000 blank lines and grows with the square: 200,000 would be minutes.
    const fix = run(`At work all day${'\n'.repeat(200_000)}x`).find((f) => f.fix)?.fix;
    expect(fix?.text.startsWith('\n\n')).toBe(true);
    expect(run('At work all day\n \n').find((f) => f.fix)?.fix?.text.startsWith('\n')).toBe(false);
  });
});
