import { findNumbers as findNumbersUntyped, type NumberFound } from 'libphonenumber-js';
import { scan, type Detector, type IdentifierEnv, type IdentifierMatch } from './types';

/**
 * UK numbers via libphonenumber-js (region GB). "POSSIBLE" leniency keeps numbers in
 * Ofcom's drama ranges (07700 900xxx, 01632 960xxx), which are real-looking numbers
 * libphonenumber calls invalid; we then classify by Ofcom's national numbering plan:
 * 07 mobiles are personal; 01/02 geographic lines may be; 03/08/09 are public-service,
 * freephone or business ranges and are never someone's personal number.
 */
const MOBILE = /^7[1-9]\d{8}$/;
const GEOGRAPHIC = /^(1\d{8,9}|2\d{9})$/;

// Where a UK number can start (0, +44, 0044); libphonenumber then reads each candidate.
// Scanning candidates first keeps long posts full of other numbers cheap.
const CANDIDATE = /(?:\+ ?44|\(?0)[\d\s().-]{8,20}\d/g;

// `leniency` is a documented option of findNumbers that the bundled type definitions omit.
const findNumbers = findNumbersUntyped as unknown as (
  text: string,
  options: { defaultCountry: 'GB'; leniency: 'POSSIBLE' | 'VALID'; v2: true },
) => NumberFound[];

export const detectPhone: Detector = (text, env) => {
  const out: IdentifierMatch[] = [];
  for (const candidate of scan(CANDIDATE, text)) {
    // "20123456789": a 0 inside a longer number is not the start of a phone number.
    if (candidate.index > 0 && /[\p{L}\p{N}]/u.test(text[candidate.index - 1])) continue;
    for (const found of numbersIn(candidate[0])) {
      const start = candidate.index + found.startsAt;
      const end = candidate.index + found.endsAt;
      if (isPersonal(text.slice(start, end), found, env)) out.push({ start, end });
    }
  }
  return out;
};

// Posts are re-checked as people type: remember what each candidate contains.
const parsed = new Map<string, NumberFound[]>();
function numbersIn(candidate: string): NumberFound[] {
  let found = parsed.get(candidate);
  if (!found) {
    found = findNumbers(candidate, { defaultCountry: 'GB', leniency: 'POSSIBLE', v2: true });
    if (parsed.size > 2_000) parsed.clear();
    parsed.set(candidate, found);
  }
  return found;
}

function isPersonal(written: string, { number }: NumberFound, env: IdentifierEnv): boolean {
  // +44 also covers Guernsey, Jersey and the Isle of Man (07911 is a Guernsey range).
  if (number.countryCallingCode !== '44') return false;
  // A UK number is written with its leading 0 or +44/0044; bare digit runs are something else.
  if (!/^(0|\+44|0044)/.test(written.replace(/[\s().-]/g, ''))) return false;
  if (env.publicPhones.has(number.number)) return false;
  const mobile = MOBILE.test(number.nationalNumber);
  if (!mobile && !GEOGRAPHIC.test(number.nationalNumber)) return false;
  // A council account giving a landline is giving its office number.
  return mobile || env.account !== 'council';
}
