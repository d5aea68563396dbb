/**
 * The text identifiers are looked for in: pasted and evasive writing made plain, once per
 * post, with a map back to the ORIGINAL offsets so findings still point at what was typed.
 *
 *  - every Unicode decimal digit (fullwidth, Arabic-Indic, 𝟗…) becomes its ASCII digit;
 *  - fullwidth and other compatibility letters and punctuation become ASCII (NFKC);
 *  - zero-width characters, soft hyphens and variation selectors are removed;
 *  - every kind of space (no-break, narrow no-break, thin, figure, tab…) becomes " ";
 *  - every dash (‐ ‑ – — −) becomes "-", and fraction or division slashes "/".
 *
 * Each output character comes from exactly one input character (or a surrogate pair), so
 * the map is one start offset per output character plus the end of the last one.
 */
export interface IdText {
  /** The normalised text; ASCII wherever the input had an ASCII equivalent. */
  text: string;
  /** `text` in lower case (same length: only ASCII case changes). */
  lower: string;
  /** Original [start, end) of the normalised span [start, end). */
  toOriginal(start: number, end: number): [number, number];
}

const INVISIBLE = /^[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]$/u;
const SPACE = /^[\t\v\f\p{Zs}]$/u;
const DASH = /^[\p{Pd}\u2212\ufe63\uff0d]$/u;
const SLASH = /^[\u2044\u2215\u29f8\uff0f]$/u;
const ND = /^\p{Nd}$/u;

const cache = new Map<number, string>();

/** What one non-ASCII code point becomes: "" (dropped), or exactly one character. */
function fold(cp: number, ch: string): string {
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (INVISIBLE.test(ch)) out = '';
  else if (SPACE.test(ch)) out = ' ';
  else if (DASH.test(ch)) out = '-';
  else if (SLASH.test(ch)) out = '/';
  else if (ND.test(ch)) out = String(digitValue(cp));
  else {
    const nfkc = ch.normalize('NFKC');
    // Only one-for-one compatibility forms (Ｃ → C, ． → .), and digits only from real digits
    // above: "½", "①" and "m²" are not numbers. Anything else stays, as one character so
    // the offset map stays one-to-one.
    const ascii = nfkc.length === 1 && nfkc.charCodeAt(0) < 128 && !/\d/.test(nfkc);
    out = ascii ? nfkc : ch.length === 1 ? ch : '\ufffd';
  }
  if (cache.size < 4096) cache.set(cp, out);
  return out;
}

/**
 * Unicode lays decimal digits out as runs of ten, zero first, and adjacent runs are
 * all exactly ten long: the value is the distance from the run's start, modulo ten.
 */
function digitValue(cp: number): number {
  let zero = cp;
  while (zero > 0 && ND.test(String.fromCodePoint(zero - 1))) zero--;
  return (cp - zero) % 10;
}

// Tabs and anything outside printable ASCII (plus newlines) need the slow path.
const NEEDS_WORK = /[^\n\r\x20-\x7e]/;
/** Lower case that keeps every offset: only ASCII letters change (İ would grow to two). */
export function asciiLower(s: string): string {
  const lower = s.toLowerCase();
  // toLowerCase only ever lengthens a string (İ → i̇); when it did not, every offset holds.
  return lower.length === s.length ? lower : s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

export function normaliseForIdentifiers(original: string): IdText {
  if (!NEEDS_WORK.test(original)) {
    return { text: original, lower: original.toLowerCase(), toOriginal: (s, e) => [s, e] };
  }
  const parts: string[] = [];
  // starts[k] is the original offset of output character k; ends[k] where it ends.
  const starts = new Int32Array(original.length + 1);
  const ends = new Int32Array(original.length + 1);
  let k = 0;
  let run = 0; // start of the pending run of ASCII characters copied unchanged
  const flushRun = (to: number) => {
    if (to <= run) return;
    parts.push(original.slice(run, to));
    for (let j = run; j < to; j++, k++) {
      starts[k] = j;
      ends[k] = j + 1;
    }
  };
  for (let i = 0; i < original.length; ) {
    const c = original.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 10 || c === 13) {
      i++;
      continue;
    }
    flushRun(i);
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const out = c === 9 ? ' ' : fold(cp, original.slice(i, i + width));
    if (out) {
      parts.push(out);
      starts[k] = i;
      ends[k] = i + width;
      k++;
    }
    i += width;
    run = i;
  }
  flushRun(original.length);
  starts[k] = ends[k] = original.length;
  const text = parts.join('');
  return {
    text,
    lower: asciiLower(text),
    // Dropped characters (zero-width) inside a match stay inside it; at its edges they stay out.
    toOriginal: (s, e) => (e <= s ? [starts[s], starts[s]] : [starts[s], ends[e - 1]]),
  };
}
