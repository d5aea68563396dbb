import type { Detector, IdentifierEnv, IdentifierMatch } from './types';

/**
 * UK numbers, read from normalised text (see normalise.ts) by a linear scanner and
 * classified by Ofcom's national numbering plan: 07 mobiles are personal; 01/02 geographic
 * lines may be; 03/08/09 are public-service, freephone or business ranges and are never
 * someone's personal number. Ofcom's drama ranges (07700 900xxx, 01632 960xxx) count:
 * they look real to a reader.
 *
 * From each place a number can start (0, (0, +44, 0044) the scanner takes digit groups
 * joined by short separators (spaces, dots, hyphens, slashes, a closing bracket) while the
 * national number has at most ten digits, and keeps the longest run that is a whole UK
 * number. Reading stops at the next group, so "07911 123456 07700 900123" is two numbers.
 */
const MOBILE = /^7[1-9]\d{8}$/;
const GEOGRAPHIC = /^(1\d{8,9}|2\d{9})$/;
const START = /\+ ?44|0044|\(?0/g;
// "01/02/2026 10:30" reads like a number with a 01 area code: a date is not a phone.
const DATE = /^\(?(\d{1,2})([./-])(\d{1,2})\2\d{2,4}/;
const MAX_SEPARATORS = 3;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSeparator = (c: number) => c === 32 || c === 46 || c === 45 || c === 47; // space . - /
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

interface Found {
  start: number;
  end: number;
  /** National significant number, without the trunk 0. */
  national: string;
}

/** Every UK-shaped number in `text`, in order, none overlapping. */
export function scanUkNumbers(text: string): Found[] {
  const out: Found[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text))) {
    const start = m.index;
    // "20123456789", "ref0123": a 0 inside a longer word or number is not the start of a phone number.
    if (start > 0 && (isWordChar(text[start - 1]) || text[start - 1] === '+')) continue;
    const found = readNumber(text, start, m[0]);
    if (found) {
      out.push(found);
      START.lastIndex = found.end;
    } else START.lastIndex = start + 1;
  }
  return out;
}

function readNumber(text: string, start: number, prefix: string): Found | null {
  const international = prefix.endsWith('44');
  let p = start + prefix.length;
  if (international) {
    // "+44 (0) 7911…", "+44 07911…": the trunk 0 is written but is not part of the number.
    const trunk = /^ ?\(0\) ?/.exec(text.slice(p, p + 6));
    if (trunk) p += trunk[0].length;
    else if (text[p] === ' ') p++;
  } else p = prefix === '(0' ? start + 1 : start;
  let national = '';
  let best: Found | null = null;
  for (let groups = 0; groups < 12; groups++) {
    let q = p;
    while (q < text.length && isDigit(text.charCodeAt(q))) q++;
    if (q === p) break;
    let digits = text.slice(p, q);
    if (groups === 0 && (!international || digits[0] === '0')) digits = digits.slice(1); // the trunk 0
    if (national.length + digits.length > 10) break;
    national += digits;
    if (isWholeNumber(national)) best = { start, end: q, national };
    // The separator to the next group: a closing bracket and up to three spaces, dots, hyphens or slashes.
    let r = q;
    if (text[r] === ')') r++;
    let seps = 0;
    while (seps < MAX_SEPARATORS && r < text.length && isSeparator(text.charCodeAt(r))) {
      r++;
      seps++;
    }
    if (r === q || r >= text.length || !isDigit(text.charCodeAt(r))) break;
    p = r;
  }
  if (!best || DATE.test(text.slice(start, best.end))) return null;
  return best;
}

/** A complete UK national number: ten digits, or nine for the few short geographic codes. */
const isWholeNumber = (national: string) => national.length === 10 || (national.length === 9 && national[0] === '1');

export const detectPhone: Detector = (text, env) => {
  const out: IdentifierMatch[] = [];
  for (const found of scanUkNumbers(text)) if (isPersonal(found.national, env)) out.push({ start: found.start, end: found.end });
  return out;
};

function isPersonal(national: string, env: IdentifierEnv): boolean {
  if (env.publicPhones.has(`+44${national}`)) return false;
  const mobile = MOBILE.test(national);
  if (!mobile && !GEOGRAPHIC.test(national)) return false;
  // A council account giving a landline is giving its office number.
  return mobile || env.account !== 'council';
}

export const PHONE_PATTERNS = [START, DATE];
