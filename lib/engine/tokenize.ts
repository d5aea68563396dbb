/**
 * Splits a post into word tokens that are folded for matching but keep their
 * offsets into the ORIGINAL text, so a finding can point at what the person typed.
 *
 * Folding defeats casual evasion without a character-level offset map:
 *  - NFKD + dropped combining marks + lower case (fullwidth, 𝐛𝐨𝐥𝐝, accents);
 *  - zero-width and soft-hyphen characters are invisible, so they never split a word;
 *  - Cyrillic/Greek look-alikes become Latin (соnfidential with a Cyrillic "о");
 *  - digits and symbols inside letter runs become letters (c0nfidential, conf!dential);
 *  - apostrophes are dropped inside words (don't → dont, council's → councils);
 *  - runs of three or more single letters are joined (c o n f i d e n t i a l);
 *  - a word split by one punctuation mark is also offered joined (con.fidential),
 *    see `gluedNext`, which the matcher uses.
 */
export interface Token {
  /** Folded form, with digits/symbols inside words read as letters. */
  norm: string;
  /** Folded form with digits left as digits, when it differs from `norm` (e.g. "covid19"). */
  plain?: string;
  start: number;
  end: number;
  /** The original word starts with a capital letter (proper nouns such as "Labour"). */
  cap: boolean;
  /** The next token follows after exactly one punctuation mark and no space (con.fidential). */
  gluedNext: boolean;
}

// Visually identical to a Latin letter: the common substitutions in evasion and spam.
const LOOKALIKE: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ɡ: 'g', һ: 'h', ӏ: 'l', ո: 'n', ս: 'u',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  ł: 'l', ø: 'o', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th',
};
// Digits and symbols read as letters when they sit inside a word.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'i' };
const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', '`']);
// A word split by one of these (no space) is also tried joined: "con.fidential", "confi-dential".
const GLUE = new Set(['.', '-', '_', '*', '~', '‐', '–', '·', '•', ':', '+', '=', '^']);

const enum Kind {
  Letter,
  Digit,
  Apostrophe,
  Symbol, // a leet candidate: a letter only when between letters
  Invisible,
  Separator,
}

interface Folded {
  kind: Kind;
  text: string;
}

const foldCache = new Map<string, Folded>();
const SEPARATOR: Folded = { kind: Kind.Separator, text: '' };
const INVISIBLE: Folded = { kind: Kind.Invisible, text: '' };

function isInvisible(cp: number): boolean {
  return (
    cp === 0xad || cp === 0x180e || cp === 0xfeff || cp === 0x034f ||
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0xfe00 && cp <= 0xfe0f)
  );
}

function foldNonAscii(ch: string, cp: number): Folded {
  const cached = foldCache.get(ch);
  if (cached) return cached;
  let result: Folded;
  if (isInvisible(cp)) result = INVISIBLE;
  else if (APOSTROPHES.has(ch)) result = { kind: Kind.Apostrophe, text: '' };
  else {
    const lower = ch.toLowerCase();
    const look = LOOKALIKE[lower];
    if (look) result = { kind: Kind.Letter, text: look };
    else {
      const base = lower.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      const mapped = base.length ? (LOOKALIKE[base] ?? base) : '';
      if (/^[a-z]+$/.test(mapped)) result = { kind: Kind.Letter, text: mapped };
      else if (/^[0-9]+$/.test(mapped)) result = { kind: Kind.Digit, text: mapped };
      else if (/^\p{L}+$/u.test(mapped)) result = { kind: Kind.Letter, text: mapped };
      else if (/^\p{M}$/u.test(ch)) result = INVISIBLE; // a stray combining mark
      else result = SEPARATOR;
    }
  }
  if (foldCache.size < 4096) foldCache.set(ch, result);
  return result;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);
/** A character that ends a word with no chance of joining it to the next (space, comma…). */
function isPlainBreak(c: number, text: string, at: number): boolean {
  if (c >= 128) return false;
  const ch = text[at];
  return !APOSTROPHES.has(ch) && LEET[ch] === undefined;
}
const LETTER = /[a-z]/;
const LEET_DIGITS = /[0134578]/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const len = text.length;
  let norm = '';
  let plain = '';
  let start = -1;
  let end = -1;
  let hasLetter = false;
  let hasDigitOrSymbol = false;
  let cap = false;

  const flush = () => {
    if (start >= 0) {
      const tok: Token = { norm: hasLetter ? norm : plain, start, end, cap, gluedNext: false };
      if (hasDigitOrSymbol && hasLetter && plain !== norm) tok.plain = plain;
      tokens.push(tok);
    }
    norm = '';
    plain = '';
    start = -1;
    hasLetter = false;
    hasDigitOrSymbol = false;
    cap = false;
  };

  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    // Hot path: a run of plain ASCII letters and digits, taken in one slice.
    if (isAsciiAlnum(c)) {
      let j = i;
      let digits = false;
      let upper = false;
      for (; j < len; j++) {
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) continue;
        if (d >= 65 && d <= 90) upper = true;
        else if (d >= 48 && d <= 57) digits = true;
        else break;
      }
      const word = text.slice(i, j);
      const lower = upper ? word.toLowerCase() : word;
      // The common case: a whole plain word followed by a space or ordinary punctuation.
      if (start < 0 && !digits && (j === len || isPlainBreak(text.charCodeAt(j), text, j))) {
        tokens.push({ norm: lower, start: i, end: j, cap: c >= 65 && c <= 90, gluedNext: false });
        i = j;
        continue;
      }
      if (start < 0) {
        start = i;
        cap = c >= 65 && c <= 90;
      }
      plain += lower;
      if (digits) {
        norm += lower.replace(LEET_DIGITS, (d) => LEET[d]);
        hasDigitOrSymbol = true;
        if (LETTER.test(lower)) hasLetter = true;
      } else {
        norm += lower;
        hasLetter = true;
      }
      end = i = j;
      continue;
    }
    let width = 1;
    let ch: string;
    let folded: Folded;
    if (c < 128) {
      ch = text[i];
      if (APOSTROPHES.has(ch)) folded = { kind: Kind.Apostrophe, text: '' };
      else if (LEET[ch] !== undefined) folded = { kind: Kind.Symbol, text: LEET[ch] };
      else folded = SEPARATOR;
    } else {
      const cp = text.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      ch = text.slice(i, i + width);
      folded = foldNonAscii(ch, cp);
    }
    switch (folded.kind) {
      case Kind.Letter:
        if (start < 0) {
          start = i;
          cap = ch !== ch.toLowerCase();
        }
        norm += folded.text;
        plain += folded.text;
        hasLetter = true;
        end = i + width;
        break;
      case Kind.Digit:
        if (start < 0) start = i;
        norm += folded.text;
        plain += folded.text;
        hasDigitOrSymbol = true;
        end = i + width;
        break;
      case Kind.Invisible:
        break;
      case Kind.Apostrophe:
        // Inside a word (don't, council's) it vanishes; elsewhere it ends the word.
        if (!(start >= 0 && i + 1 < len && isAsciiLetter(text.charCodeAt(i + 1)))) flush();
        break;
      case Kind.Symbol:
        // "conf!dential", "sh@me": a symbol between letters stands for a letter.
        if (start >= 0 && hasLetter && i + 1 < len && isAsciiLetter(text.charCodeAt(i + 1))) {
          norm += folded.text;
          plain += ch;
          hasDigitOrSymbol = true;
          end = i + 1;
        } else flush();
        break;
      default:
        flush();
    }
    i += width;
  }
  flush();

  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (b.start - a.end === 1 && GLUE.has(text[a.end])) a.gluedNext = true;
  }
  return joinSpacedLetters(tokens, text);
}

/** "c o n f i d e n t i a l" or "c.o.n.f.i.d.e.n.t.i.a.l": three or more single letters one gap apart. */
function joinSpacedLetters(tokens: Token[], text: string): Token[] {
  let out: Token[] | null = null;
  let k = 0;
  while (k < tokens.length) {
    let j = k;
    while (
      j < tokens.length &&
      tokens[j].norm.length === 1 &&
      (j === k || (tokens[j].start - tokens[j - 1].end === 1 && text[tokens[j - 1].end] !== '\n'))
    )
      j++;
    if (j - k >= 3) {
      out ??= tokens.slice(0, k);
      let joined = '';
      for (let m = k; m < j; m++) joined += tokens[m].norm;
      out.push({ norm: joined, start: tokens[k].start, end: tokens[j - 1].end, cap: tokens[k].cap, gluedNext: tokens[j - 1].gluedNext });
      k = j;
    } else {
      if (out) out.push(tokens[k]);
      k++;
    }
  }
  return out ?? tokens;
}
