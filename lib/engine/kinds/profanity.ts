import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  RegExpMatcher,
} from 'obscenity';
import { spanOfChars, type Span } from '../doc';
import type { ProfanityRule } from '../rule-schema';
import type { RuleKind } from './types';

// Place and panto names that contain a listed word. Penistone is in Barnsley borough.
const BRITISH_WHITELIST = [
  'penistone', 'scunthorpe', 'cockermouth', 'clitheroe', 'shitterton', 'dick whittington', 'dick turpin',
  'moby dick', 'cockburn', 'hancock', 'babcock', 'peacock', 'woodcock', 'glasscock', 'cumbria', 'cummings',
  'assessment', 'assistant', 'bassett', 'essex', 'sussex', 'middlesex', 'wessex', 'scrapbook', 'grape',
];

let matcher: RegExpMatcher | undefined;
function getMatcher(): RegExpMatcher {
  if (!matcher) {
    const built = new DataSet<{ originalWord: string }>().addAll(englishDataset).build();
    matcher = new RegExpMatcher({
      ...built,
      whitelistedTerms: [...(built.whitelistedTerms ?? []), ...BRITISH_WHITELIST],
      ...englishRecommendedTransformers,
    });
  }
  return matcher;
}

/** Swearing and slurs via obscenity, which already handles l33t, repeats and spacing tricks. */
export const profanityKind: RuleKind<ProfanityRule> = {
  kind: 'profanity',
  compile() {
    return {
      find(doc) {
        const m = getMatcher();
        const spans: Span[] = [];
        // obscenity reports end inclusive.
        for (const hit of m.getAllMatches(doc.text, true)) spans.push(spanOfChars(doc, hit.startIndex, hit.endIndex + 1));
        // Letters spaced out ("f u c k") were joined by the tokenizer; check those words too.
        doc.tokens.forEach((t, i) => {
          if (t.end - t.start > t.norm.length + 1 && m.hasMatch(t.norm) && !spans.some((s) => s.from <= i && s.to >= i))
            spans.push({ start: t.start, end: t.end, from: i, to: i });
        });
        return spans;
      },
    };
  },
};
