/**
 * Shapes in a post that words alone do not carry: a child's age after a name ("Riley (4)"), a
 * full name, money and percentages, a date something starts from, a room or bed number. Each is
 * one whole-post feature for the learned layer. Every pattern is a plain left-to-right scan with
 * no nested repetition, so the cost stays linear in the post's length.
 */
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

const PATTERNS: [string, RegExp, ((m: RegExpExecArray) => boolean)?][] = [
  ['shape:child-age', /\b(?:[A-Z][a-z]+|he|she|they|lad|girl|boy|lass|son|daughter)\s?\((\d{1,2})\)/g, (m) => Number(m[1]) < 18],
  ['shape:child-age', /\b(?:aged|only|just turned)\s(\d{1,2})\b/gi, (m) => Number(m[1]) < 18],
  ['shape:child-age', /\b(\d{1,2})[- ]?(?:year|yr)s?[- ]old\b/gi, (m) => Number(m[1]) < 18],
  ['shape:older-age', /\b(?:aged\s)?(\d{2,3})(?:[- ]?(?:year|yr)s?[- ]old| today| tomorrow)\b/gi, (m) => Number(m[1]) >= 65 && Number(m[1]) < 115],
  ['shape:full-name', /(?<![.!?]\s|^)\b[A-Z][a-z]{1,15} (?!(?:Council|Road|Street|Lane|Avenue|Close|Drive|Way|Park|Centre|Hall|School|Primary|Academy|College|Library|House|Lodge|Court|Gardens|Square|Green|Team|Service|Services|Forest|Magna|Town|City|Hospital|Estate)\b)[A-Z][a-z]{2,15}\b/g],
  ['shape:initial-surname', /\b(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+\b/g],
  ['shape:money', /£\s?\d/g],
  ['shape:percent', /\d\s?%/g],
  ['shape:from-date', new RegExp(`\\b(?:from|on|by|until|starting|effective|as of|w/c)\\s(?:the\\s)?(?:${DAYS}|${MONTHS}|next|\\d{1,2}(?:st|nd|rd|th)?\\s(?:${MONTHS}))\\b`, 'gi')],
  ['shape:room', /\b(?:room|bed|flat|unit|bay)\s\d{1,3}\b/gi],
  ['shape:mention', /(?:^|\s)@[A-Za-z0-9_]{2,}/g],
  ['shape:hashtag', /(?:^|\s)#[A-Za-z][A-Za-z0-9_]{2,}/g],
  ['shape:house-number', /\b\d{1,3}[a-z]?\s(?:[A-Z][a-z]+\s){1,2}(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Court|Gardens|Grove|Terrace|Place|View|Walk|Rise)\b/g],
  ['shape:quote-marks', /["“][^"”\n]{3,80}["”]/g],
  // Someone known through work: "one of my families", "a lad I mentor", "on my caseload".
  ['shape:my-client', /\b(?:one of|some of|a couple of|two of|three of) (?:my|our|the) (?:families|clients|young people|kids|service users|residents|lads|girls|boys|children|tenants|patients|learners|pupils|students|mums|dads|carers|foster carers|looked after|care leavers)\b/gi],
  ['shape:support-relation', /\b(?:(?:lad|girl|boy|lass|kid|woman|man|family|client|mum|dad|child|gentleman|lady) (?:i|we) (?:work with|support|mentor|look after|visit|care for|placed|supported|worked with)|on (?:my|our) (?:caseload|books|list|round|unit|ward|register)|i (?:support|mentor|visit|care for|look after) (?:a|an|this|one))\b/gi],
  ['shape:third-person-detail', /\b(?:his|her|their) (?:number|mobile|phone|address|email|dob|date of birth|birthday|ni number|nhs number|details|house|flat|kids|son|daughter|diagnosis|meds|medication|benefits|rent|arrears|debts?|ex)\b/gi],
  ['shape:own-detail', /\b(?:my|my own|our) (?:number|mobile|phone|mob|address|email|dob|date of birth|birthday|ni number|nhs number|details)\b|\b(?:text|call|ring|message|dm|contact|email) me\b/gi],
  ['shape:lives-at', /\b(?:lives|living|moved|staying) (?:at|on|in|above|next to|opposite)\b/gi],
];

export function shapes(text: string): string[] {
  const found = new Set<string>();
  // Very long posts: shapes are checked on the first 20,000 characters, where a person reading would look.
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const [name, pattern, accept] of PATTERNS) {
    if (found.has(name)) continue;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(sample))) {
      if (!accept || accept(m)) {
        found.add(name);
        break;
      }
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return [...found];
}
