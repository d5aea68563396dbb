import { describe, expect, it } from 'vitest';
import { detectDob } from '../../lib/engine/identifiers/dob';
import { detectEmail } from '../../lib/engine/identifiers/email';
import { detectNhs, isValidNhsNumber } from '../../lib/engine/identifiers/nhs';
import { detectNino, isValidNino } from '../../lib/engine/identifiers/nino';
import { detectPhone } from '../../lib/engine/identifiers/phone';
import { detectPostcode } from '../../lib/engine/identifiers/postcode';
import type { IdentifierEnv } from '../../lib/engine/identifiers/types';

const env = (over: Partial<IdentifierEnv> = {}, text = ''): IdentifierEnv => ({
  account: 'personal',
  lower: text.toLowerCase(),
  publicEmails: new Set(),
  publicPhones: new Set(),
  publicPostcodes: new Set(),
  organisationDomains: ['barnsley.gov.uk'],
  today: new Date('2026-11-21T12:00:00Z'),
  ...over,
});
const found = (matches: { start: number; end: number }[], text: string) => matches.map((m) => text.slice(m.start, m.end));

describe('National Insurance numbers follow HMRC prefix rules', () => {
  it.each(['AB123456C', 'AB 12 34 56 C', 'JT123456A', 'PW123456D', 'ce123456b'])('accepts %s', (n) => expect(isValidNino(n)).toBe(true));
  it.each([
    ['DA123456A', 'D is never a first letter'],
    ['FA123456A', 'F is never a first letter'],
    ['IA123456A', 'I is never a first letter'],
    ['QQ123456C', 'Q is never a first letter'],
    ['UA123456A', 'U is never a first letter'],
    ['VA123456A', 'V is never a first letter'],
    ['AO123456A', 'O is never a second letter'],
    ['AD123456A', 'D is never a second letter'],
    ['BG123456A', 'BG is not allocated'],
    ['GB123456A', 'GB is not allocated'],
    ['KN123456A', 'KN is not allocated'],
    ['NK123456A', 'NK is not allocated'],
    ['NT123456A', 'NT is not allocated'],
    ['TN123456A', 'TN is not allocated'],
    ['ZZ123456A', 'ZZ is not allocated'],
    ['AB123456E', 'suffix is A to D'],
    ['AB12345C', 'six digits'],
  ])('rejects %s (%s)', (n) => expect(isValidNino(n)).toBe(false));
  it('finds them in text with their offsets, suffix-less ones as weak', () => {
    const text = 'mine is AB 12 34 56 C and his JT123456';
    const m = detectNino(text, env());
    expect(found(m, text)).toEqual(['AB 12 34 56 C', 'JT123456']);
    expect(m.map((x) => Boolean(x.weak))).toEqual([false, true]);
  });
});

describe('NHS numbers pass the modulus 11 check', () => {
  it.each(['9434765919', '943 476 5919', '943-476-5919', '4010232137', '4505577104'])('accepts %s', (n) => expect(isValidNhsNumber(n)).toBe(true));
  it.each(['9434765910', '1234567890', '943476591', '94347659190'])('rejects %s', (n) => expect(isValidNhsNumber(n)).toBe(false));
  it('rejects a number whose check digit would be 10', () => {
    // 0000000060: weights give 6*2=12, 11 - (12 % 11) = 10 → invalid whatever the last digit.
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`000000006${d}`)).toBe(false);
  });
  it('reports a bare checksum match as weak, and ignores numbers starting 0 (phones)', () => {
    const text = 'ref 943 476 5919 and 0123456789';
    const m = detectNhs(text, env());
    expect(found(m, text)).toEqual(['943 476 5919']);
    expect(m[0].weak).toBe(true);
  });
});

describe('UK phone numbers via libphonenumber-js', () => {
  it('finds mobiles and landlines in common formats', () => {
    const text = 'call 07911 123456, +44 7700 900123, (0114) 496 0123 or 01226-773555';
    expect(found(detectPhone(text, env()), text)).toEqual(['07911 123456', '+44 7700 900123', '(0114) 496 0123', '01226-773555']);
  });
  it('treats 03, 0800 and other public-service ranges as public', () => {
    expect(detectPhone('helpline 0300 123 4567 or freephone 0800 123 4567 or 0345 600 0000', env())).toEqual([]);
  });
  it('ignores digit runs not written as UK numbers', () => {
    expect(detectPhone('case 2023/12345 and order 7911123456', env())).toEqual([]);
  });
  it("ignores the organisation's published numbers and, on council accounts, landlines", () => {
    expect(detectPhone('ring 01226 770770', env({ publicPhones: new Set(['+441226770770']) }))).toEqual([]);
    expect(detectPhone('ring 01226 773555', env({ account: 'council' }))).toEqual([]);
    expect(detectPhone('ring 07911 123456', env({ account: 'council' }))).toHaveLength(1);
  });
});

describe('UK postcodes via the postcode library', () => {
  it('finds valid postcodes with or without the space', () => {
    const text = 'at S70 2TA, RG121JD and sw1a 1aa';
    expect(found(detectPostcode(text, env()), text)).toEqual(['S70 2TA', 'RG121JD', 'sw1a 1aa']);
  });
  it('rejects look-alikes that are not real postcode shapes', () => {
    expect(detectPostcode('codes QV1 1AA and ABC 123 and A1 1AAA', env())).toEqual([]);
  });
  it('skips published council addresses', () => {
    expect(detectPostcode('Town Hall S70 2TA', env({ publicPostcodes: new Set(['S70 2TA']) }))).toEqual([]);
  });
});

describe('email addresses', () => {
  it('finds personal addresses', () => {
    const text = 'mail jo.bloggs84@gmail.com or J.Smith@barnsley.gov.uk';
    expect(found(detectEmail(text, env()), text)).toEqual(['jo.bloggs84@gmail.com', 'J.Smith@barnsley.gov.uk']);
  });
  it('treats role inboxes as public and, on council accounts, its own domain too', () => {
    expect(detectEmail('enquiries@barnsley.gov.uk, info@shop.co.uk, customer.services@x.org', env())).toEqual([]);
    expect(detectEmail('contact j.smith@barnsley.gov.uk', env({ account: 'council' }))).toEqual([]);
  });
});

describe('dates of birth', () => {
  it('finds a date near DOB, born or date of birth', () => {
    const text = 'DOB 12/03/1948; born on 3rd March 2011; date of birth: 14.07.62';
    expect(found(detectDob(text, env({}, text)), text)).toEqual(['12/03/1948', 'on 3rd March 2011', '14.07.62']);
  });
  it('ignores relative dates and years on their own', () => {
    expect(detectDob('born yesterday, born in 1985', env({}, 'born yesterday, born in 1985'))).toEqual([]);
  });
  it('ignores dates with no birth context', () => {
    expect(detectDob('meeting on 12/03/2026', env({}, 'meeting on 12/03/2026'))).toEqual([]);
  });
});
