import { scan, type Detector } from './types';

const CANDIDATE = /\b([A-Za-z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-Za-z])?\b/g;
const BAD_FIRST = new Set('DFIQUV');
const BAD_SECOND = new Set('DFIOQUV');
const BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** HMRC's National Insurance number rules. */
export function isValidNino(value: string): boolean {
  const v = value.replace(/\s/g, '').toUpperCase();
  const m = /^([A-Z])([A-Z])\d{6}([A-Z]?)$/.exec(v);
  if (!m) return false;
  const [, first, second, suffix] = m;
  if (BAD_FIRST.has(first) || BAD_SECOND.has(second) || BAD_PREFIX.has(first + second)) return false;
  return suffix === '' || 'ABCD'.includes(suffix);
}

export const detectNino: Detector = (text) => {
  const out = [];
  for (const m of scan(CANDIDATE, text)) {
    const suffix = m[5];
    // "AB123456" followed by a letter other than A-D is not a NINO with a missing suffix.
    if (suffix && !'ABCDabcd'.includes(suffix)) continue;
    if (!isValidNino(m[0])) continue;
    // Without its suffix it could be any code: leave it to context.
    out.push({ start: m.index, end: m.index + m[0].length, weak: !suffix });
  }
  return out;
};
