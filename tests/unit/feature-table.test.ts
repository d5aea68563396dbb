import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../lib/engine/model/feature-table';

/** Builds a table the way the model decoder does: keys are ranges of one text, one per line. */
function tableOf(keys: string[]) {
  const text = keys.join('\n');
  const table = new FeatureTable(text, keys.length);
  let at = 0;
  keys.forEach((key, row) => {
    table.set(row, at, at + key.length);
    at += key.length + 1;
  });
  return table;
}

describe('FeatureTable', () => {
  it('answers exactly as a Map of the same keys would, a repeated key keeping its later row', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }).filter((k) => !k.includes('\n')), { maxLength: 3000 }), fc.array(fc.string({ maxLength: 6 })), (keys, probes) => {
        const table = tableOf(keys);
        const map = new Map(keys.map((k, row) => [k, row]));
        for (const probe of [...keys, ...probes]) expect(table.get(probe)).toBe(map.get(probe));
        for (const [k, row] of map) expect(table.name(row)).toBe(k);
      }),
      { numRuns: 60 },
    );
  });

  it('finds every one of 100,000 features, and none that is not there', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `f${i.toString(36)} word`);
    const table = tableOf(keys);
    expect(keys.every((k, row) => table.get(k) === row)).toBe(true);
    expect(['f word', 'word', '', 'f0 wor', 'f0 words'].map((k) => table.get(k))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
