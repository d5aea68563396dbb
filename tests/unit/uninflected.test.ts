import { describe, expect, it } from 'vitest';
import { TermIndex } from '../../lib/engine/term-index';
import { tokenize } from '../../lib/engine/tokenize';
import { resolvePack } from '../../lib/packs/resolve';
import { packSchema } from '../../lib/packs/schema';
import { getPack } from '../../lib/packs';

function hits(index: TermIndex, list: number, text: string): string[] {
  const tokens = tokenize(text);
  return index.match(tokens)[list].map((h) => tokens.slice(h.from, h.to + 1).map((t) => t.norm).join(' '));
}

describe('uninflected name vocabularies', () => {
  it('match a name as written and never its made-up inflections', () => {
    const inflected = new TermIndex();
    const a = inflected.addList(['tegan']);
    expect(hits(inflected, a, 'Tegan and the tegans')).toEqual(['tegan', 'tegans']);
    const names = new TermIndex(new Set(['tegan']));
    const b = names.addList(['tegan']);
    expect(hits(names, b, 'Tegan and the tegans')).toEqual(['tegan']);
    // Other words in the same list still inflect.
    const c = names.addList(['tegan', 'leak']);
    expect(hits(names, c, 'Tegan leaked it')).toEqual(['tegan', 'leaked']);
  });

  it('reach the compiled pack from the baseline', () => {
    const pack = getPack('barnsley');
    expect(pack.uninflected).toContain('kayleigh');
    expect(pack.uninflected).not.toContain('will');
  });

  it('reject a pack that names no vocabulary, naming the field', () => {
    const file = packSchema.parse({ id: 'x', name: 'X', description: 'A test pack.', documents: ['a.txt'], vocab: { people: ['Ann'] }, uninflected: ['peple'] });
    expect(() => resolvePack(file, new Map([['x', file]]))).toThrow(/uninflected\[0\] names no vocabulary \("peple"\)/);
  });
});
