import { scan, type Detector } from './types';

/**
 * Runs on normalised text (see normalise.ts): every space is " " and every dash "-".
 * Written 3-3-4 with up to three separators between groups ("943 476 5919", "943.476.5919",
 * "943 - 476 - 5919"), run together, or one digit at a time with the same separator
 * ("9 4 3 4 7 6 5 9 1 9"). Every quantifier is bounded, so the scan is linear.
 */
const SEP = '[ ./-]{0,3}';
const CANDIDATE = new RegExp(
  `(?<![\\d+])\\d{3}${SEP}\\d{3}${SEP}\\d{4}(?!\\d)|(?<![\\d+][ ./-]?)\\d([ ./-])\\d(?:\\1\\d){8}(?![ ./-]?\\d)`,
  'g',
);

/** NHS number modulus 11 check: weights 10..2; a check value of 10 means the number is invalid. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[^\d]/g, '');
  if (digits.length !== 10 || !/^[\d\s./-]+$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === Number(digits[9]);
}

/** About 1 in 11 random ten-digit strings pass the checksum, so a bare match is weak. */
export const detectNhs: Detector = (text) => {
  const out = [];
  for (const m of scan(CANDIDATE, text)) {
    const written = m[0];
    // A leading 0 makes it a phone number in UK writing.
    if (written.startsWith('0')) continue;
    if (!isValidNhsNumber(written)) continue;
    out.push({ start: m.index, end: m.index + written.length, weak: true });
  }
  return out;
};

export const NHS_PATTERNS = [CANDIDATE];
