import type { Token } from '../tokenize';

/**
 * The model's view of a post: folded words and word pairs (so "my manager" differs from
 * "manager"), plus which recognisers fired and for what kind of account. The same function
 * feeds training and scoring, so the two can never disagree.
 */
export interface Featurised {
  /** Feature names; token positions for the word features (−1 for whole-post ones). */
  names: string[];
  from: number[];
  to: number[];
}

/** Numbers are kept by shape: "07700" and "07911" say the same thing to a classifier. */
function word(t: Token): string {
  const n = t.norm;
  if (/^[0-9]+$/.test(n)) return `#${Math.min(n.length, 6)}`;
  return n.length > 24 ? n.slice(0, 24) : n;
}

/** `signals` are whole-post features already named ("rule:…", "vocab:…", "neg:…"). */
export function featurise(tokens: readonly Token[], signals: Iterable<string>, account: string): Featurised {
  const names: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (name: string, a: number, b: number) => {
    names.push(name);
    from.push(a);
    to.push(b);
  };
  let prev = '<s>';
  for (let i = 0; i < tokens.length; i++) {
    const w = word(tokens[i]);
    push(w, i, i);
    // A crude stem joins a word's family (manager, managers, management) and survives typos at the end.
    if (w.length > 5 && w[0] !== '#') push(`~${w.slice(0, 5)}`, i, i);
    push(`${prev} ${w}`, Math.max(0, i - 1), i);
    prev = w;
  }
  for (const name of signals) push(name, -1, -1);
  // A council account's words mean something else ("use Apex Roofing" is advertising from the
  // council's page, a recommendation from a person): single words and signals get a council twin.
  if (account === 'council') {
    const n = names.length;
    for (let i = 0; i < n; i++) if (!names[i].includes(' ')) push(`C|${names[i]}`, from[i], to[i]);
  }
  push(`account:${account}`, -1, -1);
  // Long posts say more of everything: a coarse length signal lets the model discount that.
  push(`length:${tokens.length < 15 ? 's' : tokens.length < 60 ? 'm' : tokens.length < 150 ? 'l' : 'xl'}`, -1, -1);
  return { names, from, to };
}
