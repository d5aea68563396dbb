import { inflections } from './inflect';
import { tokenize, type Token } from './tokenize';

/** A match of one term list: tokens `from`..`to` inclusive. */
export interface Hit {
  from: number;
  to: number;
}

interface Entry {
  list: number;
  /** Allowed folded forms for each word after the first. */
  rest: Set<string>[];
  capitalised: boolean;
}

export interface TermOptions {
  inflect?: boolean;
  capitalised?: boolean;
}

/**
 * Every term list of every rule lives in one map keyed by the (inflected) first word,
 * so a post is scanned once however many rules a pack has.
 */
export class TermIndex {
  private readonly index = new Map<string, Entry[]>();
  private lists = 0;

  /** Registers a list of terms; returns its id, used to read its hits. */
  addList(terms: readonly string[], options: TermOptions = {}): number {
    const list = this.lists++;
    for (const term of terms) this.addTerm(term, list, options);
    return list;
  }

  get listCount(): number {
    return this.lists;
  }

  private addTerm(term: string, list: number, { inflect = true, capitalised: capitalisedList = false }: TermOptions) {
    const words = tokenize(term).map((t) => t.norm);
    // In a "capitalised" list only terms written with a capital need one ("Labour", not "tories").
    const capitalised = capitalisedList && /^\p{Lu}/u.test(term);
    if (words.length === 0) return;
    const formsOf = (w: string) => (inflect ? inflections(w) : [w]);
    const rest = words.slice(1).map((w) => new Set(formsOf(w)));
    for (const first of formsOf(words[0])) this.put(first, { list, rest, capitalised });
    // "off-the-record", "offtherecord": a phrase written as one word also counts.
    if (words.length > 1) {
      const joined = words.join('');
      for (const form of formsOf(joined)) this.put(form, { list, rest: [], capitalised });
    }
  }

  private put(key: string, entry: Entry) {
    const entries = this.index.get(key);
    if (!entries) this.index.set(key, [entry]);
    else if (!entries.some((e) => e.list === entry.list && sameRest(e.rest, entry.rest))) entries.push(entry);
  }

  /** One pass over the tokens; returns the hits of each list, indexed by list id. */
  match(tokens: readonly Token[]): Hit[][] {
    const hits: Hit[][] = Array.from({ length: this.lists }, () => []);
    const n = tokens.length;
    const tryKey = (key: string, from: number, next: number) => {
      const entries = this.index.get(key);
      if (!entries) return;
      for (const e of entries) {
        if (e.capitalised && !tokens[from].cap) continue;
        let j = next;
        let ok = true;
        for (const allowed of e.rest) {
          const t = tokens[j];
          if (j >= n || !(allowed.has(t.norm) || (t.plain !== undefined && allowed.has(t.plain)))) {
            ok = false;
            break;
          }
          j++;
        }
        if (ok) {
          const listHits = hits[e.list];
          const prev = listHits[listHits.length - 1];
          // The same words found twice (as a word and as a joined phrase) count once.
          if (!prev || prev.from !== from || prev.to !== j - 1) listHits.push({ from, to: j - 1 });
        }
      }
    };
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      tryKey(t.norm, i, i + 1);
      if (t.plain !== undefined) tryKey(t.plain, i, i + 1);
      if (t.gluedNext && i + 1 < n) {
        // "con.fidential": one word broken by punctuation.
        const two = t.norm + tokens[i + 1].norm;
        tryKey(two, i, i + 2);
        if (tokens[i + 1].gluedNext && i + 2 < n) tryKey(two + tokens[i + 2].norm, i, i + 3);
      }
    }
    return hits;
  }
}

function sameRest(a: Set<string>[], b: Set<string>[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
