import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/engine/check';
import { scanEmails } from '../../lib/engine/identifiers/email';
import { normaliseForIdentifiers } from '../../lib/engine/identifiers/normalise';
import { isValidNhsNumber } from '../../lib/engine/identifiers/nhs';
import { isValidNino } from '../../lib/engine/identifiers/nino';
import { scanUkNumbers } from '../../lib/engine/identifiers/phone';
import { ruleSchema } from '../../lib/engine/rule-schema';
import type { CheckContext, Pack } from '../../lib/engine/types';

// One identifier rule per kind and nothing else, so findings are exactly the detectors' output
// (through normalisation, offset mapping and the engine), untouched by other rules.
const KINDS = ['email', 'phone', 'nino', 'nhs', 'postcode'] as const;
type Kind = (typeof KINDS)[number];
const pack: Pack = {
  id: 'ids',
  name: 'Identifiers',
  description: 'identifier rules only',
  documents: [],
  organisation: { names: ['Testshire Council'], aliases: [], domains: ['testshire.gov.uk'] },
  disclaimer: { text: 'Views expressed are my own.', short: 'Views my own.' },
  contacts: [],
  siteOwnerChecklist: [],
  rules: KINDS.map((identifier) =>
    ruleSchema.parse({
      id: `id.${identifier}`,
      kind: 'identifier',
      identifier,
      // One category each, so findings of different kinds never de-duplicate one another.
      category: { email: 'personal-data', phone: 'safeguarding', nino: 'confidential', nhs: 'grievance', postcode: 'offensive' }[identifier],
      severity: 'warning',
      message: 'm',
      advice: 'a',
      sources: [{ doc: 'd', clause: 'c' }],
    }),
  ),
};
const context: CheckContext = { pack, platform: 'facebook', account: 'personal', date: '2026-11-21' };
/** What each kind found, as the ORIGINAL text under the finding's offsets. */
const found = (kind: Kind, text: string) =>
  check(text, context)
    .filter((f) => f.ruleId === `id.${kind}`)
    .map((f) => {
      expect(f.excerpt).toBe(text.slice(f.start, f.end));
      return f.excerpt;
    });

describe('normalisation keeps offsets into the original text', () => {
  it('maps Unicode digits, spaces, dashes and fullwidth forms to ASCII and drops invisible characters', () => {
    const original = '９\u00a0٤\u202f३\u2009𝟕\t5\u200b9\u00ad1–Ａ／';
    const view = normaliseForIdentifiers(original);
    expect(view.text).toBe('9 4 3 7 591-A/');
    // Every character of the view points back at the character it came from.
    for (let k = 0; k < view.text.length; k++) {
      const [s, e] = view.toOriginal(k, k + 1);
      expect(original.slice(s, e).normalize('NFKC').replace(/\p{Nd}/u, 'D')).not.toBe('');
    }
    // A span over dropped characters keeps them inside; at the edges they stay outside.
    const [s, e] = view.toOriginal(8, 12); // "591-"
    expect(original.slice(s, e)).toBe('5\u200b9\u00ad1–');
  });

  it('leaves plain ASCII text as it is (and cheap)', () => {
    const view = normaliseForIdentifiers('call 07911 123456\nthanks');
    expect(view.text).toBe('call 07911 123456\nthanks');
    expect(view.toOriginal(5, 17)).toEqual([5, 17]);
  });

  it('never invents digits from compatibility forms such as ½ or ①', () => {
    expect(normaliseForIdentifiers('½ ① ²').text).toBe('½ ① ²');
  });
});

describe('identifiers written the way pasted and evasive text writes them', () => {
  it.each([
    ['nhs', 'ref 943\u00a0476\u00a05919 ok', '943\u00a0476\u00a05919'],
    ['nhs', 'ref 943\u202f476\u202f5919 ok', '943\u202f476\u202f5919'],
    ['nhs', 'ref 943\u2009476\u20095919 ok', '943\u2009476\u20095919'],
    ['nhs', 'ref 943.476.5919 ok', '943.476.5919'],
    ['nhs', 'ref 943-476-5919 ok', '943-476-5919'],
    ['nhs', 'ref 943/476/5919 ok', '943/476/5919'],
    ['nhs', 'ref 943  476  5919 ok', '943  476  5919'],
    ['nhs', 'ref 943\t476\t5919 ok', '943\t476\t5919'],
    ['nhs', 'ref 943 – 476 – 5919 ok', '943 – 476 – 5919'],
    ['nhs', 'ref ９４３ ４７６ ５９１９ ok', '９４３ ４７６ ５９１９'],
    ['nhs', 'ref ٩٤٣٤٧٦٥٩١٩ ok', '٩٤٣٤٧٦٥٩١٩'],
    ['nhs', 'ref ९४३४७६५९१९ ok', '९४३४७६५९१९'],
    ['nhs', 'ref 𝟗𝟒𝟑𝟒𝟕𝟔𝟓𝟗𝟏𝟗 ok', '𝟗𝟒𝟑𝟒𝟕𝟔𝟓𝟗𝟏𝟗'],
    ['nhs', 'ref 943\u200b476\u200b5919 ok', '943\u200b476\u200b5919'],
    ['nhs', 'ref 94\u00ad3476\u00ad5919 ok', '94\u00ad3476\u00ad5919'],
    ['nhs', 'ref 9 4 3 4 7 6 5 9 1 9 ok', '9 4 3 4 7 6 5 9 1 9'],
    ['nino', 'ni AB\u00a012\u00a034\u00a056\u00a0C ok', 'AB\u00a012\u00a034\u00a056\u00a0C'],
    ['nino', 'ni AB\u202f123456\u202fC ok', 'AB\u202f123456\u202fC'],
    ['nino', 'ni AB.12.34.56.C ok', 'AB.12.34.56.C'],
    ['nino', 'ni AB-12-34-56-C ok', 'AB-12-34-56-C'],
    ['nino', 'ni AB/12/34/56/C ok', 'AB/12/34/56/C'],
    ['nino', 'ni AB  12  34  56  C ok', 'AB  12  34  56  C'],
    ['nino', 'ni AB\t12\t34\t56\tC ok', 'AB\t12\t34\t56\tC'],
    ['nino', 'ni ＡＢ１２３４５６Ｃ ok', 'ＡＢ１２３４５６Ｃ'],
    ['nino', 'ni AB١٢٣٤٥٦C ok', 'AB١٢٣٤٥٦C'],
    ['nino', 'ni AB12\u200b3456\u00adC ok', 'AB12\u200b3456\u00adC'],
    ['nino', 'his is j t 4 4 1 9 0 2 c ok', 'j t 4 4 1 9 0 2 c'],
    ['phone', 'text 07911\u00a0123456 ok', '07911\u00a0123456'],
    ['phone', 'text 07911\u202f123\u202f456 ok', '07911\u202f123\u202f456'],
    ['phone', 'text 07911.123.456 ok', '07911.123.456'],
    ['phone', 'text 07911-123-456 ok', '07911-123-456'],
    ['phone', 'text 07911/123456 ok', '07911/123456'],
    ['phone', 'text 07911  123456 ok', '07911  123456'],
    ['phone', 'text 07911\t123456 ok', '07911\t123456'],
    ['phone', 'text ０７９１１ １２３４５６ ok', '０７９１１ １２３４５６'],
    ['phone', 'text ٠٧٩١١١٢٣٤٥٦ ok', '٠٧٩١١١٢٣٤٥٦'],
    ['phone', 'text 0\u200b7911 12\u00ad3456 ok', '0\u200b7911 12\u00ad3456'],
    ['phone', 'text 0 7 9 1 1 1 2 3 4 5 6 ok', '0 7 9 1 1 1 2 3 4 5 6'],
    ['phone', 'text +44\u00a07911\u00a0123456 ok', '+44\u00a07911\u00a0123456'],
    ['phone', 'text +44 (0) 7911 123456 ok', '+44 (0) 7911 123456'],
    ['phone', 'text (0114)\u00a0496\u00a00123 ok', '(0114)\u00a0496\u00a00123'],
    ['email', 'mail jo.bloggs [at] gmail [dot] com ok', 'jo.bloggs [at] gmail [dot] com'],
    ['email', 'mail jo.bloggs(at)gmail(dot)com ok', 'jo.bloggs(at)gmail(dot)com'],
    ['email', 'mail jo.bloggs {at} gmail {dot} co {dot} uk ok', 'jo.bloggs {at} gmail {dot} co {dot} uk'],
    ['email', 'mail jo.bloggs [@] gmail.com ok', 'jo.bloggs [@] gmail.com'],
    ['email', 'mail jo at gmail dot com ok', 'jo at gmail dot com'],
    ['email', 'mail jo dot bloggs at gmail dot com ok', 'jo dot bloggs at gmail dot com'],
    ['email', 'mail jo.bloggs84 at example dot org ok', 'jo.bloggs84 at example dot org'],
    ['email', 'mail jo @ gmail.com ok', 'jo @ gmail.com'],
    ['email', 'mail jo@gmail dot com ok', 'jo@gmail dot com'],
    ['email', 'mail ｊｏ＠ｇｍａｉｌ．ｃｏｍ ok', 'ｊｏ＠ｇｍａｉｌ．ｃｏｍ'],
    ['email', 'mail jo\u200b.bloggs@gmail.com ok', 'jo\u200b.bloggs@gmail.com'],
    ['postcode', 'lives at S70\u00a02TA ok', 'S70\u00a02TA'],
  ] as [Kind, string, string][])('%s in %j', (kind, text, expected) => {
    expect(found(kind, text)).toEqual([expected]);
  });

  it('reads two phone numbers in a row as two numbers', () => {
    expect(found('phone', 'ring 07911 123456 07700 900123')).toEqual(['07911 123456', '07700 900123']);
    expect(found('phone', 'ring 07911\u00a0123456\u00a007700\u00a0900123')).toEqual(['07911\u00a0123456', '07700\u00a0900123']);
    expect(found('phone', 'ring 0114 496 0123 07911 123 456 or 01226 773555')).toEqual(['0114 496 0123', '07911 123 456', '01226 773555']);
  });

  it('keeps digit runs that are not whole UK numbers quiet', () => {
    expect(found('phone', 'ring 079111234567890')).toEqual([]);
    expect(found('phone', 'on 01/02/2026 10:30 at the hall')).toEqual([]);
    expect(found('phone', 'ring 0791 1234')).toEqual([]);
  });
});

describe('invalid shapes stay quiet', () => {
  it.each(['DA 12 34 56 A', 'd a 1 2 3 4 5 6 a', 'AO.12.34.56.A', 'BG-12-34-56-A', 'GB\u00a0123456\u00a0A', 'ＱＱ１２３４５６Ｃ', 'AB 12 34 56 E', 'a b 1 2 3 4 5 6 z'])(
    'NINO %j',
    (nino) => expect(found('nino', `ni ${nino} ok`)).toEqual([]),
  );
  it.each(['943\u00a0476\u00a05910', '943.476.5918', '٩٤٣٤٧٦٥٩١٠', '9 4 3 4 7 6 5 9 1 0', '000 000 0060'])('NHS %j', (nhs) =>
    expect(found('nhs', `ref ${nhs} ok`)).toEqual([]),
  );
  it('does not read a date after a short word as a NINO without suffix', () => {
    expect(found('nino', 'closed on 12.03.26 and on 12/03/26')).toEqual([]);
  });
});

describe('plain English "at" and "dot" make no email address', () => {
  it.each([
    'meet me at the dot of noon',
    'look at bbc dot co dot uk',
    'we are at home dot com',
    'I am at work',
    'see you at the station, dot to dot puzzles',
    'available at amazon.co.uk',
    'at 10.30 we met',
    'look [at] this',
    'good at maths dot',
  ])('%j', (text) => expect(found('email', text)).toEqual([]));
});

// ---- Property tests ----------------------------------------------------------------------

const SEPARATORS = [' ', '  ', '\u00a0', '\u202f', '\u2009', '\u2007', '\t', '.', '-', '/', ' - ', '\u2013', '\u2011'];
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
/** Zero code points of some Unicode decimal digit scripts (ASCII, fullwidth, Arabic-Indic, Devanagari, Bengali, Thai, math bold/monospace). */
const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce, 0x1d7f6];

const separator = fc.constantFrom(...SEPARATORS);
const script = fc.constantFrom(...DIGIT_ZEROS);
/** Writes ASCII digits in a script, with invisible characters sprinkled in where `invisible[i]` says. */
function writeDigits(digits: string, zero: number, invisible: (string | null)[]): string {
  let out = '';
  [...digits].forEach((d, i) => {
    out += /\d/.test(d) ? String.fromCodePoint(zero + Number(d)) : d;
    if (invisible[i]) out += invisible[i];
  });
  return out;
}
const invisibles = fc.array(fc.option(fc.constantFrom(...INVISIBLES), { freq: 4 }), { minLength: 40, maxLength: 40 });

const nhsDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).filter((d) => d[0] !== 0).map((d) => {
  const sum = d.reduce((s, x, i) => s + x * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : d.join('') + check;
}).filter((s): s is string => s !== null);

describe('property: a valid identifier is found however it is written', () => {
  it('NHS numbers with any separators, digit scripts and invisible characters', () => {
    fc.assert(
      fc.property(nhsDigits, separator, separator, script, invisibles, (digits, s1, s2, zero, inv) => {
        const written = writeDigits(`${digits.slice(0, 3)}${s1}${digits.slice(3, 6)}${s2}${digits.slice(6)}`, zero, inv).replace(/[\u200b-\u200d\u2060\ufeff\u00ad]+$/u, '');
        expect(found('nhs', `ref ${written} ok`)).toEqual([written]);
      }),
      { numRuns: 300 },
    );
  });

  const ninoPrefix = fc
    .tuple(fc.constantFrom(...'ABCEGHJKLMNOPRSTWXYZ'), fc.constantFrom(...'ABCEGHJKLMNPRSTWXYZ'))
    .map(([a, b]) => a + b)
    .filter((p) => !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p));
  it('National Insurance numbers with any separators, digit scripts, spaced letters and case', () => {
    fc.assert(
      fc.property(ninoPrefix, fc.stringMatching(/^\d{6}$/), fc.constantFrom(...'ABCD'), separator, script, fc.boolean(), fc.boolean(), (prefix, digits, suffix, sep, zero, spaced, lower) => {
        const s = sep.trim() === '' || sep.length === 1 ? sep : ' ';
        const chars = [prefix[0], prefix[1], ...digits, suffix];
        let written = spaced ? chars.join(s) : `${prefix}${s}${digits.slice(0, 2)}${s}${digits.slice(2, 4)}${s}${digits.slice(4)}${s}${suffix}`;
        written = writeDigits(written, zero, []);
        if (lower) written = written.toLowerCase();
        expect(found('nino', `ni ${written} ok`)).toEqual([written]);
      }),
      { numRuns: 300 },
    );
  });

  const mobile = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{8}$/)).map(([d, rest]) => `07${d}${rest}`);
  const grouping = fc.constantFrom([5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4], [11], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  const group = (digits: string, sizes: readonly number[], sep: string) => {
    const parts: string[] = [];
    let at = 0;
    for (const n of sizes) parts.push(digits.slice(at, (at += n)));
    return parts.join(sep);
  };
  it('mobile numbers with any grouping, separators and digit scripts, one or two in a row', () => {
    fc.assert(
      fc.property(mobile, mobile, grouping, separator, script, fc.boolean(), (a, b, sizes, sep, zero, two) => {
        // Spaced one digit at a time, a separator of several characters reads as a gap between words.
        const s = sizes.length > 3 ? sep.trim() === '' ? sep : sep.trim() : sep;
        const first = writeDigits(group(a, sizes, s), zero, []);
        const second = writeDigits(group(b, sizes, s), zero, []);
        const text = two ? `ring ${first} ${second} ok` : `ring ${first} ok`;
        expect(found('phone', text)).toEqual(two ? [first, second] : [first]);
      }),
      { numRuns: 300 },
    );
  });

  const word = fc.stringMatching(/^[a-z]{2,8}$/);
  const at = fc.constantFrom(' [at] ', '[at]', ' (at) ', '(at)', ' {at} ', ' <at> ', ' [@] ', ' at ', ' @ ', '@');
  const dot = fc.constantFrom(' [dot] ', '[dot]', ' (dot) ', '(dot)', ' dot ', '.');
  const provider = fc.constantFrom('gmail', 'hotmail', 'outlook', 'yahoo', 'icloud', 'btinternet');
  const tld = fc.constantFrom(['com'], ['co', 'uk'], ['org'], ['net']);
  it('email addresses at a mail provider written with any "at" and "dot"', () => {
    fc.assert(
      fc.property(word, fc.option(word), at, dot, provider, tld, (user, last, atMark, dotMark, domain, tlds) => {
        const local = last ? `${user}.${last}` : user;
        const written = `${local}${atMark}${[domain, ...tlds].join(dotMark)}`;
        expect(scanEmails(`write to ${written} please`.toLowerCase()).map((e) => e.address)).toEqual([`${local}@${[domain, ...tlds].join('.')}`]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: digit strings that fail the checks stay quiet', () => {
  it('ten digits failing the NHS modulus 11 check, however written', () => {
    const failing = fc.stringMatching(/^[1-9]\d{9}$/).filter((d) => !isValidNhsNumber(d));
    fc.assert(
      fc.property(failing, separator, separator, script, (digits, s1, s2, zero) => {
        const written = writeDigits(`${digits.slice(0, 3)}${s1}${digits.slice(3, 6)}${s2}${digits.slice(6)}`, zero, []);
        expect(found('nhs', `ref ${written} ok`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('NINO-shaped strings with an excluded prefix or a suffix beyond D', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const bad = fc
      .tuple(letter, letter, fc.stringMatching(/^\d{6}$/), letter)
      .filter(([a, b, d, s]) => !isValidNino(`${a}${b}${d}${s}`) && !isValidNino(`${a}${b}${d}`));
    fc.assert(
      fc.property(bad, separator, ([a, b, digits, suffix], sep) => {
        const s = sep.length === 1 || sep.trim() === '' ? sep : ' ';
        expect(found('nino', `ni ${a}${b}${s}${digits.slice(0, 2)}${s}${digits.slice(2, 4)}${s}${digits.slice(4)}${s}${suffix} ok`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('random digit runs are never phones unless they are whole UK numbers', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 ]{1,40}$/), (digits) => {
        for (const n of scanUkNumbers(digits)) {
          expect(n.national).toMatch(/^\d{9,10}$/);
          expect(digits.slice(n.start, n.end).replace(/\D/g, '')).toBe(`0${n.national}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});
