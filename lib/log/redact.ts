import { DETECTORS } from '../engine/identifiers';
import { normaliseForIdentifiers } from '../engine/identifiers/normalise';
import type { IdentifierEnv } from '../engine/identifiers/types';

export interface Span {
  start: number;
  end: number;
}

export const EXCERPT_MAX = 600;

const LABELS: Record<string, string> = {
  email: '[email]',
  phone: '[phone]',
  postcode: '[postcode]',
  nino: '[NI number]',
  nhs: '[NHS number]',
  dob: '[date]',
};

// What identifies a person but has no validated shape. Every quantifier is bounded (linear scan).
const EXTRA: [RegExp, string][] = [
  // A name after a title: "Mrs Smith", "Dr. Jane Ann Smith", "Cllr O'Neill".
  [/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Sir|Dame|Lady|Lord)\.?\s+(?:[A-Z][\p{L}'’-]{0,40}\s*){1,3}/gu, '[name]'],
  // @handles and any long run of digits (case, account and reference numbers the recognisers do not know).
  [/(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{2,40}/gu, '[handle]'],
  [/(?<![\p{L}\p{N}])\d(?:[ ./-]?\d){5,30}(?![\p{N}])/gu, '[number]'],
];

// Mask everything: in a log entry even the council's own helpline is not needed.
const env = (text: string, today: Date): IdentifierEnv => ({
  account: 'personal',
  publicEmails: new Set(),
  publicPhones: new Set(),
  publicPostcodes: new Set(),
  organisationDomains: [],
  lower: text.toLowerCase(),
  today,
});

/**
 * The opt-in excerpt: the post with every identifier masked — whatever the engine's recognisers
 * find (emails, phones, postcodes, NI and NHS numbers, dates of birth, through the same
 * normalisation that undoes spaced and fullwidth digits), names after titles, handles, long
 * numbers, and any span the caller passes (the findings' own spans: a named child, a case).
 * Pure; the background runs it again on every excerpt it stores.
 */
export function redactExcerpt(text: string, spans: readonly Span[] = [], today = new Date(), max = EXCERPT_MAX): string {
  const masks: (Span & { label: string })[] = spans.map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), label: '[…]' }));
  const view = normaliseForIdentifiers(text);
  const idEnv = env(view.text, today);
  for (const [kind, detect] of Object.entries(DETECTORS)) {
    for (const m of detect(view.text, idEnv)) {
      const [start, end] = view.toOriginal(m.start, m.end);
      masks.push({ start, end, label: LABELS[kind] ?? '[…]' });
    }
  }
  for (const [re, label] of EXTRA) {
    for (const m of view.text.matchAll(re)) {
      const [start, end] = view.toOriginal(m.index, m.index + m[0].trimEnd().length);
      masks.push({ start, end, label });
    }
  }
  masks.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const m of masks) {
    if (m.end <= at || m.end <= m.start) continue;
    if (m.start >= at) {
      out += text.slice(at, m.start) + m.label;
    } // an overlapping mask extends the previous one without a second label
    at = m.end;
  }
  out += text.slice(at);
  return out.length > max ? out.slice(0, max - 1) + '…' : out;
}
