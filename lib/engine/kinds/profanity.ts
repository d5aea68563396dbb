import {
  DataSet,
  englishDataset,
  englishRecommendedTransformers,
  RegExpMatcher,
} from 'obscenity';
import type { Span } from '../doc';
import type { ProfanityRule } from '../rule-schema';
import type { RuleKind } from './types';

// Place and panto names, and everyday British phrases, that contain a listed word. Penistone is in Barnsley borough.
const BRITISH_WHITELIST = [
  'penistone', 'scunthorpe', 'cockermouth', 'clitheroe', 'shitterton', 'dick whittington', 'dick turpin',
  'moby dick', 'cockburn', 'hancock', 'babcock', 'peacock', 'woodcock', 'glasscock', 'cumbria', 'cummings',
  'assessment', 'assistant', 'bassett', 'essex', 'sussex', 'middlesex', 'wessex', 'scrapbook', 'grape',
  'cock-a-hoop', 'cock a hoop', 'cockahoop', 'cock-up', 'cock up', 'cockerel', 'cockpit', 'cockney', 'cockle', 'cockles', 'cocktail',
  'shuttlecock', 'stopcock', 'ballcock', 'weathercock', 'dickens', 'titmouse', 'blue tit', 'great tit', 'coal tit',
  'blue tits', 'great tits', 'coal tits', 'long-tailed tit', 'long-tailed tits', 'dickie', 'cock inn',
  "offa's dyke", 'offas dyke', "devil's dyke", 'dyke road',
  // Common British surnames.
  'dickson', 'dickinson', 'dickenson', 'cummins', 'fagan', 'fagin', 'assheton',
];

// Places whose name is a listed word or contains one ("a village called Twatt on Orkney",
// Upper Dicker in East Sussex). Only written with their capital: "you twatt" still counts.
const PLACE_NAMES = new Set(['Twatt', 'Bitchfield', 'Dicker', 'Cockshutt', 'Shitlington', 'Penisarwaun', 'Cumwhitton', 'Cumnock', 'Cumnor', 'Twatley']);

// Sex is a protected characteristic under the Equality Act 2010 and an everyday word in council
// work ("same-sex marriage", "sex and relationships education"): never swearing on its own.
const NOT_SWEARING = new Set(['sex']);

// Hashtags run words together (#DataAnalytics, #BigDataAnalysis), and obscenity then finds
// "anal" after the previous word's last letter, where no whitelist entry can cover it.
// "analy…" is never the slur: break it before matching, keeping every offset where it was.
const ANALY = /anal(?=y)/gi;
const screen = (s: string) => s.replace(ANALY, 'anXl');

let matcher: RegExpMatcher | undefined;
/** Builds the shared matcher now (one step of compiling a ruleset in slices), not in a first check. */
export function prepareProfanity(): void {
  getMatcher();
}
function getMatcher(): RegExpMatcher {
  if (!matcher) {
    const built = new DataSet<{ originalWord: string }>()
      .addAll(englishDataset)
      .removePhrasesIf((p) => NOT_SWEARING.has(p.metadata?.originalWord ?? ''))
      .build();
    matcher = new RegExpMatcher({
      ...built,
      whitelistedTerms: [...(built.whitelistedTerms ?? []), ...BRITISH_WHITELIST],
      ...englishRecommendedTransformers,
    });
  }
  return matcher;
}

// Posts are re-checked on every pause in typing: remember each word's verdict.
const verdicts = new Map<string, boolean>();
function isProfane(m: RegExpMatcher, word: string): boolean {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    verdict = m.hasMatch(screen(word));
    if (verdicts.size > 20_000) verdicts.clear();
    verdicts.set(word, verdict);
  }
  return verdict;
}

// A "word" this long is a run with no spaces (pasted URLs, keyboard mashing, a whole post
// without spaces): check it in overlapping windows, so the cost stays linear and no window
// result is cached. The overlap is longer than any listed word.
const LONG_WORD = 256;
const RUN_WINDOW = 4_096;
const OVERLAP = 32;
function isProfaneRun(m: RegExpMatcher, word: string): boolean {
  for (let at = 0; at < word.length; at += RUN_WINDOW - OVERLAP) {
    if (m.hasMatch(screen(word.slice(at, at + RUN_WINDOW)))) return true;
    if (at + RUN_WINDOW >= word.length) break;
  }
  return false;
}

const contextVerdicts = new Map<string, boolean>();
/** Whether the word at [start, end) of `phrase` is still profane with its neighbours (whitelists). */
function isProfaneInContext(m: RegExpMatcher, phrase: string, start: number, end: number): boolean {
  const key = `${start}:${end}:${phrase}`;
  let verdict = contextVerdicts.get(key);
  if (verdict === undefined) {
    verdict = m.getAllMatches(screen(phrase)).some((h) => h.startIndex < end && h.endIndex >= start);
    if (contextVerdicts.size > 5_000) contextVerdicts.clear();
    contextVerdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * Swearing and slurs via obscenity, which already handles l33t, repeated letters and
 * look-alikes. It runs word by word (with a cache) rather than over the whole post, which
 * keeps a keystroke cheap; a flagged word is re-checked with its neighbours so that
 * whitelisted phrases ("Dick Whittington") still pass.
 */
export const profanityKind: RuleKind<ProfanityRule> = {
  kind: 'profanity',
  compile() {
    return {
      find(doc) {
        const m = getMatcher();
        const spans: Span[] = [];
        const { tokens, text } = doc;
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i];
          // A spaced-out word ("s h i t") is checked as its letters, without neighbours.
          const spaced = t.end - t.start > t.norm.length + 1;
          const word = spaced ? t.norm : text.slice(t.start, t.end);
          if (word.length > LONG_WORD) {
            if (isProfaneRun(m, word)) spans.push({ start: t.start, end: t.end, from: i, to: i });
            continue;
          }
          if (PLACE_NAMES.has(word) || !isProfane(m, word)) continue;
          // Two words either side: "cock-a-hoop", "Dick Whittington" pass as the phrases they are.
          const from = tokens[Math.max(0, i - 2)].start;
          const to = tokens[Math.min(tokens.length - 1, i + 2)].end;
          if (spaced || isProfaneInContext(m, text.slice(from, to), t.start - from, t.end - from))
            spans.push({ start: t.start, end: t.end, from: i, to: i });
        }
        return spans;
      },
    };
  },
};
