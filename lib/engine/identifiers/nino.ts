import { scan, type Detector } from './types';

/**
 * Runs on normalised text (see normalise.ts). Up to two separators (space, dot, slash,
 * hyphen) may sit between any two characters: "AB 12 34 56 C", "ab-12-34-56-c" and spaced
 * letters "j t 4 4 1 9 0 2 c" all count. Every quantifier is bounded, so the scan is linear.
 */
const S = '[ ./-]{0,2}';
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}])([A-Za-z])${S}([A-Za-z])${S}(\\d${S}\\d${S}\\d${S}\\d${S}\\d${S}\\d)(?:${S}([A-Za-z]))?(?![\\p{L}\\p{N}])`,
  'gu',
);
const BAD_FIRST = new Set('DFIQUV');
const BAD_SECOND = new Set('DFIOQUV');
const BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** HMRC's National Insurance number rules. */
export function isValidNino(value: string): boolean {
  const v = value.replace(/[\s./-]/g, '').toUpperCase();
  const m = /^([A-Z])([A-Z])\d{6}([A-Z]?)$/.exec(v);
  if (!m) return false;
  const [, first, second, suffix] = m;
  if (BAD_FIRST.has(first) || BAD_SECOND.has(second) || BAD_PREFIX.has(first + second)) return false;
  return suffix === '' || 'ABCD'.includes(suffix);
}

export const detectNino: Detector = (text) => {
  const out = [];
  for (const m of scan(CANDIDATE, text)) {
    const suffix = m[4];
    // "AB123456" followed by a letter other than A-D is not a NINO with a missing suffix.
    if (suffix && !'ABCDabcd'.includes(suffix)) continue;
    if (!isValidNino(m[0])) continue;
    // "on 12.03.26", "at 12/03/26": a short word before a date is not a suffix-less NINO.
    if (!suffix && /[./]/.test(m[3])) continue;
    // Without its suffix it could be any code: leave it to context.
    out.push({ start: m.index, end: m.index + m[0].length, weak: !suffix });
  }
  return out;
};

export const NINO_PATTERNS = [CANDIDATE];
