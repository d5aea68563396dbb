import type { Token } from '../tokenize';

/**
 * The model's view of a post: folded words and word pairs (so "my manager" differs from
 * "manager"), plus which recognisers fired and for what kind of account. The same function
 * feeds training and scoring, so the two can never disagree.
 */
export interface Featurised {
  /** Feature names; token positions for the word features (−1 for whole-post ones). */
  names: string[];
  from: Int32Array;
  to: Int32Array;
}

/** Numbers are kept by shape: "07700" and "07911" say the same thing to a classifier. */
function word(t: Token): string {
  const n = t.norm;
  if (/^[0-9]+$/.test(n)) return `#${Math.min(n.length, 6)}`;
  return n.length > 24 ? n.slice(0, 24) : n;
}

/** `signals` are whole-post features already named ("rule:…", "vocab:…", "neg:…"). */
export function featurise(tokens: readonly Token[], signals: Iterable<string>, account: string): Featurised {
  const named = [...signals];
  // Sized up front (at most three features a word, twice over for a council account): a 1 MB
  // paste has ~600,000 features, and growing three arrays one push at a time cost ~0.2 s.
  const capacity = (3 * tokens.length + named.length) * (account === 'council' ? 2 : 1) + 2;
  const names: string[] = new Array(capacity);
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  let n = 0;
  let prev = '<s>';
  for (let i = 0; i < tokens.length; i++) {
    const w = word(tokens[i]);
    names[n] = w;
    from[n] = to[n] = i;
    n++;
    // A crude stem joins a word's family (manager, managers, management) and survives typos at the end.
    if (w.length > 5 && w[0] !== '#') {
      names[n] = `~${w.slice(0, 5)}`;
      from[n] = to[n] = i;
      n++;
    }
    names[n] = `${prev} ${w}`;
    from[n] = Math.max(0, i - 1);
    to[n] = i;
    n++;
    prev = w;
  }
  for (const name of named) {
    names[n] = name;
    from[n] = to[n] = -1;
    n++;
  }
  // A council account's words mean something else ("use Apex Roofing" is advertising from the
  // council's page, a recommendation from a person): single words and signals get a council twin.
  if (account === 'council') {
    const plain = n;
    for (let i = 0; i < plain; i++) {
      if (names[i].includes(' ')) continue;
      names[n] = `C|${names[i]}`;
      from[n] = from[i];
      to[n] = to[i];
      n++;
    }
  }
  names[n] = `account:${account}`;
  from[n] = to[n] = -1;
  n++;
  // Long posts say more of everything: a coarse length signal lets the model discount that.
  names[n] = `length:${tokens.length < 15 ? 's' : tokens.length < 60 ? 'm' : tokens.length < 150 ? 'l' : 'xl'}`;
  from[n] = to[n] = -1;
  n++;
  names.length = n;
  return { names, from: from.subarray(0, n), to: to.subarray(0, n) };
}
