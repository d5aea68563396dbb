import { finish } from './finish';
import { inflections } from './inflect';
import { tokenize, type Token } from './tokenize';

/** A match of one term list: tokens `from`..`to` inclusive. */
export interface Hit {
  from: number;
  to: number;
}

/** One phrase (by its first word's form), shared by every list that contains it. */
interface Phrase {
  /** Allowed folded forms for each word after the first. */
  rest: Set<string>[];
  capitalised: boolean;
  lists: number[];
}

export interface TermOptions {
  inflect?: boolean;
  capitalised?: boolean;
}

/**
 * Every term list of every rule lives in one map keyed by the (inflected) first word,
 * so a post is scanned once however many rules a pack has. Identical lists (a vocabulary
 * used as context by several rules) share one id, and a phrase in several lists is
 * checked once.
 */
/**
 * Phrases by first word. Most first words start only a few phrases: those are kept in one
 * short list and their second word checked directly. A word that starts many ("council")
 * buckets them again by the second word's forms. Empty parts are left out: with ~30,000
 * first-word forms, an empty Map per form was most of the compiled ruleset's heap.
 */
interface Node {
  single?: Phrase[];
  multi?: Phrase[];
  bySecond?: Map<string, Phrase[]>;
}
const BUCKET_AT = 8;
const TERMS_PER_STEP = 150;

export class TermIndex {
  /**
   * Words that take no inflections in any list: given names. Inflected, ~3,600 names became
   * ~20,000 index keys in each list that used them (~7 MB of a tab's heap) for forms nobody
   * writes ("teganing").
   */
  constructor(private readonly uninflected: ReadonlySet<string> = new Set()) {}

  private readonly index = new Map<string, Node>();
  private readonly phrases = new Map<string, Phrase>();
  private readonly listIds = new Map<string, number>();
  private lists = 0;
  /** The most tokens one hit can cover: the longest phrase, or three words glued by punctuation. */
  maxSpan = 3;

  /** Registers a list of terms; returns its id, used to read its hits. */
  addList(terms: readonly string[], options: TermOptions = {}): number {
    return finish(this.addListInSlices(terms, options));
  }

  /**
   * `addList`, yielding every 150 terms: a list of ~3,600 given names took ~30 ms in
   * one piece. The list is known (and de-duplicated) only once complete; an abandoned
   * generator leaves an unused id, harmless because a compile that stops is thrown away.
   */
  *addListInSlices(terms: readonly string[], options: TermOptions = {}): Generator<void, number> {
    const key = JSON.stringify([terms, options.inflect ?? true, options.capitalised ?? false]);
    const existing = this.listIds.get(key);
    if (existing !== undefined) return existing;
    const list = this.lists++;
    for (let i = 0; i < terms.length; i++) {
      this.addTerm(terms[i], list, options);
      if ((i + 1) % TERMS_PER_STEP === 0) yield;
    }
    this.listIds.set(key, list);
    return list;
  }

  // Build-time caches: ~10,000 terms are added, but only ~4,000 distinct ones and fewer
  // distinct words. Shared form sets also keep the compiled index small.
  private termWords = new Map<string, string[]>();
  private formLists = new Map<string, string[]>();
  private formSets = new Map<string, Set<string>>();

  /** Drops what only compiling needs (caches, de-duplication keys); the index still matches. */
  compact(): void {
    this.termWords.clear();
    this.formLists.clear();
    this.formSets.clear();
    this.phrases.clear();
  }

  private forms(w: string, inflect: boolean): string[] {
    if (!inflect || this.uninflected.has(w)) return [w];
    let forms = this.formLists.get(w);
    if (!forms) this.formLists.set(w, (forms = inflections(w)));
    return forms;
  }

  private formSet(w: string, inflect: boolean): Set<string> {
    const key = (inflect && !this.uninflected.has(w) ? '+' : '=') + w;
    let set = this.formSets.get(key);
    if (!set) this.formSets.set(key, (set = new Set(this.forms(w, inflect))));
    return set;
  }

  private addTerm(term: string, list: number, { inflect = true, capitalised: capitalisedList = false }: TermOptions) {
    let words = this.termWords.get(term);
    if (!words) this.termWords.set(term, (words = tokenize(term).map((t) => t.norm)));
    if (words.length === 0) return;
    // In a "capitalised" list only terms written with a capital need one ("Labour", not "tories").
    const capitalised = capitalisedList && /^\p{Lu}/u.test(term);
    this.addPhrase(words, inflect, capitalised, list);
    // "off-the-record", "offtherecord": a phrase written as one word also counts.
    if (words.length > 1) this.addPhrase([words.join('')], inflect, capitalised, list);
  }

  private addPhrase(words: string[], inflect: boolean, capitalised: boolean, list: number) {
    const signature = `${words.join(' ')}|${inflect}|${capitalised}`;
    let phrase = this.phrases.get(signature);
    if (phrase) {
      if (!phrase.lists.includes(list)) phrase.lists.push(list);
      return;
    }
    phrase = { rest: words.slice(1).map((w) => this.formSet(w, inflect)), capitalised, lists: [list] };
    this.maxSpan = Math.max(this.maxSpan, words.length);
    this.phrases.set(signature, phrase);
    for (const first of this.forms(words[0], inflect)) {
      let node = this.index.get(first);
      if (!node) this.index.set(first, (node = {}));
      if (phrase.rest.length === 0) (node.single ??= []).push(phrase);
      else if (node.bySecond) addToBuckets(node.bySecond, phrase);
      else if ((node.multi ??= []).push(phrase) > BUCKET_AT) {
        node.bySecond = new Map();
        for (const e of node.multi) addToBuckets(node.bySecond, e);
        node.multi = undefined;
      }
    }
  }

  /** One pass over the tokens; returns the hits of each list, indexed by list id. */
  match(tokens: readonly Token[]): Hit[][] {
    const hits = this.emptyHits();
    this.matchInto(tokens, hits, 0, tokens.length);
    return hits;
  }

  /** One empty hit list per term list. */
  emptyHits(): Hit[][] {
    const hits: Hit[][] = [];
    for (let l = 0; l < this.lists; l++) hits.push([]);
    return hits;
  }

  /**
   * Adds the hits of phrases STARTING at tokens from..to-1 (they may run past `to`), so
   * consecutive ranges give exactly the hits of one pass over all tokens, in order.
   */
  matchInto(tokens: readonly Token[], hits: Hit[][], rangeFrom: number, rangeTo: number): void {
    const n = tokens.length;
    for (let i = rangeFrom; i < rangeTo; i++) {
      const t = tokens[i];
      this.tryKey(tokens, hits, t.norm, i, i + 1);
      if (t.plain !== undefined) this.tryKey(tokens, hits, t.plain, i, i + 1);
      if (t.gluedNext && i + 1 < n) {
        // "con.fidential": one word broken by punctuation.
        const two = t.norm + tokens[i + 1].norm;
        this.tryKey(tokens, hits, two, i, i + 2);
        if (tokens[i + 1].gluedNext && i + 2 < n) this.tryKey(tokens, hits, two + tokens[i + 2].norm, i, i + 3);
      }
    }
  }

  /** Phrases whose first word is `key` (tokens from..next-1), their second word at `next`. */
  private tryKey(tokens: readonly Token[], hits: Hit[][], key: string, from: number, next: number): void {
    const node = this.index.get(key);
    if (!node) return;
    if (node.single) {
      for (const e of node.single) if (!e.capitalised || tokens[from].cap) record(hits, e, from, next - 1);
    }
    if (next >= tokens.length) return;
    const t = tokens[next];
    if (node.multi) {
      for (const e of node.multi)
        if (e.rest[0].has(t.norm) || (t.plain !== undefined && e.rest[0].has(t.plain))) tryPhrase(tokens, hits, e, from, next);
    } else if (node.bySecond) {
      const bucket = node.bySecond.get(t.norm);
      if (bucket) for (const e of bucket) tryPhrase(tokens, hits, e, from, next);
      const other = t.plain !== undefined ? node.bySecond.get(t.plain) : undefined;
      if (other) for (const e of other) tryPhrase(tokens, hits, e, from, next);
    }
  }
}

/** A phrase whose first two words matched at `from` and `next`: check the rest. */
function tryPhrase(tokens: readonly Token[], hits: Hit[][], e: Phrase, from: number, next: number): void {
  if (e.capitalised && !tokens[from].cap) return;
  let j = next + 1;
  for (let r = 1; r < e.rest.length; r++, j++) {
    if (j >= tokens.length) return;
    const t = tokens[j];
    if (!(e.rest[r].has(t.norm) || (t.plain !== undefined && e.rest[r].has(t.plain)))) return;
  }
  record(hits, e, from, j - 1);
}

/** One hit object, shared by every list the phrase is in (hits are never modified). */
function record(hits: Hit[][], e: Phrase, from: number, to: number): void {
  let hit: Hit | undefined;
  for (const list of e.lists) {
    const listHits = hits[list];
    const prev = listHits[listHits.length - 1];
    // The same words found twice (as a word and as a joined phrase) count once.
    if (prev && prev.from === from && prev.to === to) continue;
    listHits.push((hit ??= { from, to }));
  }
}

function addToBuckets(bySecond: Map<string, Phrase[]>, phrase: Phrase) {
  for (const second of phrase.rest[0]) {
    const bucket = bySecond.get(second);
    if (!bucket) bySecond.set(second, [phrase]);
    else bucket.push(phrase);
  }
}
