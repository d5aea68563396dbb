import { findNumbers as findNumbersUntyped, type NumberFound } from 'libphonenumber-js';
import type { Detector } from './types';

/**
 * UK numbers via libphonenumber-js (region GB). "POSSIBLE" leniency keeps numbers in
 * Ofcom's drama ranges (07700 900xxx, 01632 960xxx), which are real-looking numbers
 * libphonenumber calls invalid; we then classify by Ofcom's national numbering plan:
 * 07 mobiles are personal; 01/02 geographic lines may be; 03/08/09 are public-service,
 * freephone or business ranges and are never someone's personal number.
 */
const MOBILE = /^7[1-9]\d{8}$/;
const GEOGRAPHIC = /^(1\d{8,9}|2\d{9})$/;

// `leniency` is a documented option of findNumbers that the bundled type definitions omit.
const findNumbers = findNumbersUntyped as unknown as (
  text: string,
  options: { defaultCountry: 'GB'; leniency: 'POSSIBLE' | 'VALID'; v2: true },
) => NumberFound[];

export const detectPhone: Detector = (text, env) => {
  if (!/\d{3}/.test(text)) return [];
  const out = [];
  for (const found of findNumbers(text, { defaultCountry: 'GB', leniency: 'POSSIBLE', v2: true })) {
    const { number } = found;
    // +44 also covers Guernsey, Jersey and the Isle of Man (07911 is a Guernsey range).
    if (number.countryCallingCode !== '44') continue;
    const written = text.slice(found.startsAt, found.endsAt).replace(/[\s().-]/g, '');
    // A UK number is written with its leading 0 or +44/0044; bare digit runs are something else.
    if (!/^(0|\+44|0044)/.test(written)) continue;
    if (env.publicPhones.has(number.number)) continue;
    const national = number.nationalNumber;
    const mobile = MOBILE.test(national);
    if (!mobile && !GEOGRAPHIC.test(national)) continue;
    // A council account giving a landline is giving its office number.
    if (!mobile && env.account === 'council') continue;
    out.push({ start: found.startsAt, end: found.endsAt });
  }
  return out;
};
