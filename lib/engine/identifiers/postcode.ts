import { isValid, toNormalised } from 'postcode';
import { scan, type Detector } from './types';

const CANDIDATE = /\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s{0,2}\d[A-Za-z]{2}\b/g;

/**
 * The `postcode` library checks the overall shape; Royal Mail's letter rules by position
 * are stricter (no Q, V or X first; no I, J or Z second; no C, I, K, M, O or V inward).
 */
const ROYAL_MAIL = /^(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2}$/;

/** Valid UK postcodes (the `postcode` library knows the real area/district rules). */
export const detectPostcode: Detector = (text, env) => {
  const out = [];
  for (const m of scan(CANDIDATE, text)) {
    if (!isValid(m[0]) || !ROYAL_MAIL.test(m[0].toUpperCase().replace(/\s+/, ' '))) continue;
    const normalised = toNormalised(m[0]);
    if (normalised && env.publicPostcodes.has(normalised)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
};

export const POSTCODE_PATTERNS = [CANDIDATE];
