import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/engine/tokenize';

const norms = (s: string) => tokenize(s).map((t) => t.norm);

describe('tokenize folds evasions but keeps original offsets', () => {
  it.each([
    ['c0nfidential', 'confidential'],
    ['conf!dential', 'confidential'],
    ['СОNFIDENTIAL', 'confidential'], // Cyrillic С and О
    ['Ｃｏｎｆｉｄｅｎｔｉａｌ', 'confidential'],
    ['con\u200bfidential', 'confidential'],
    ['con\u00adfidential', 'confidential'],
    ['c o n f i d e n t i a l', 'confidential'],
    ['c.o.n.f.i.d.e.n.t.i.a.l', 'confidential'],
    ['c-o-n-f-i-d-e-n-t-i-a-l', 'confidential'],
    ['café', 'cafe'],
    ["don't", 'dont'],
    ['council’s', 'councils'],
    ['𝐜𝐨𝐧𝐟𝐢𝐝𝐞𝐧𝐭𝐢𝐚𝐥', 'confidential'],
  ])('%s → %s', (input, expected) => expect(norms(input)).toEqual([expected]));

  it('maps tokens back to the original text', () => {
    const text = 'Hi 👋 c o n f i d e n t i a l!';
    const [hi, joined] = tokenize(text);
    expect(text.slice(hi.start, hi.end)).toBe('Hi');
    expect(text.slice(joined.start, joined.end)).toBe('c o n f i d e n t i a l');
  });

  it('keeps digits as digits where a word is a code', () => {
    const [t] = tokenize('covid19');
    expect(t.plain).toBe('covid19');
  });

  it('marks words split by one punctuation mark so the matcher can join them', () => {
    const tokens = tokenize('con.fidential and this. That');
    expect(tokens[0].gluedNext).toBe(true);
    expect(tokens[3].gluedNext).toBe(false);
  });

  it('does not join ordinary short words', () => {
    expect(norms('I am at a do')).toEqual(['i', 'am', 'at', 'a', 'do']);
  });

  it('records capitals for proper nouns', () => {
    expect(tokenize('Labour labour').map((t) => t.cap)).toEqual([true, false]);
  });
});
