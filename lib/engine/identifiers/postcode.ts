import { isValid, toNormalised } from 'postcode';
import { scan, type Detector } from './types';

const CANDIDATE = /\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b/g;

/** Valid UK postcodes (the `postcode` library knows the real area/district rules). */
export const detectPostcode: Detector = (text, env) => {
  const out = [];
  for (const m of scan(CANDIDATE, text)) {
    if (!isValid(m[0])) continue;
    const normalised = toNormalised(m[0]);
    if (normalised && env.publicPostcodes.has(normalised)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
};
