import { asciiLower } from './normalise';
import type { Detector, IdentifierMatch } from './types';

/**
 * Email addresses, plain or obfuscated ("jo.bloggs [at] gmail [dot] com", "jo at gmail dot
 * com"), read from normalised lower-case text by a scanner that is linear by construction:
 * from each "@"-marker it reads at most 64 characters of local part to the left and at most
 * ten 63-character labels to the right, whatever surrounds it. (A backtracking regex took
 * quadratic time on a long run of letters around one "@".)
 *
 * Plain English "at" and "dot" must not make addresses: written out in words, an address
 * needs a known top-level domain after the last "dot", and either a known mail provider
 * or a local part that looks like one (digits, dots, underscores…).
 */

// Inboxes that belong to a service, not a person: publishing them is not personal data.
const ROLE_WORDS =
  /^(info|enquir|contact|hello|admin|office|reception|press|media|comms|communications|news|marketing|customer|help|support|foi|dpo|data\.?protection|complaint|feedback|booking|event|jobs|career|recruit|no-?reply|donotreply|council|clerk|mail|team|sales|account|finance|planning|licen[cs]|housing|benefit|parking|waste|bins|librar|counciltax|council\.tax|information|safeguarding|social\.?media|digital|democratic|elections|electoral|mayor|chair|secretary|webmaster|general|services?)/i;
const ROLE_ANYWHERE = /(officer|team|service|enquir|compliance|helpdesk|office|unit|hub|centre|center)/i;

const KNOWN_TLDS = new Set([
  'com', 'org', 'net', 'uk', 'co', 'io', 'me', 'info', 'biz', 'edu', 'gov', 'ac', 'eu', 'ie', 'de', 'fr', 'es', 'it', 'nl',
  'us', 'ca', 'au', 'nz', 'in', 'scot', 'wales', 'cymru', 'london', 'email', 'online', 'xyz', 'app', 'dev', 'mail',
]);
const MAIL_PROVIDERS = new Set([
  'gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'msn', 'yahoo', 'ymail', 'icloud', 'me', 'mac', 'aol', 'btinternet',
  'btopenworld', 'sky', 'virginmedia', 'talktalk', 'protonmail', 'proton', 'pm', 'gmx', 'zoho', 'fastmail', 'tiscali',
  'ntlworld', 'blueyonder', 'yandex', 'mail', 'hushmail', 'tutanota', 'plus',
]);

const BRACKET = `[ ]{0,2}[\\[({<][ ]{0,2}`;
const CLOSE = `[ ]{0,2}[\\])}>][ ]{0,2}`;
/** An "@": written in brackets (1), loosely with spaces or as the word "at" (2), or plainly. */
const MARKER = new RegExp(`(${BRACKET}(?:at|@)${CLOSE})|([ ]{1,3}(?:at|@)[ ]{1,3}|[ ]{1,3}@|@[ ]{1,3})|@`, 'g');
/** A "." after a domain label: plain, in brackets, or the word "dot". */
const DOT_AFTER = new RegExp(`\\.|${BRACKET}(?:dot|\\.)${CLOSE}|[ ]{1,3}dot[ ]{1,3}`, 'y');
/** The same, ending where a local-part word starts ("jo dot bloggs at …"). */
const DOT_BEFORE = new RegExp(`(?:${BRACKET}(?:dot|\\.)${CLOSE}|[ ]{1,3}dot[ ]{1,3})$`);
const LABEL = /[a-z0-9-]{1,63}/y;
const TLD = /^[a-z]{2,24}$/;

const MAX_LOCAL = 64;
const MAX_LABELS = 10;
const LOCAL_CHAR = new Uint8Array(128);
for (const ch of "abcdefghijklmnopqrstuvwxyz0123456789._%+'-") LOCAL_CHAR[ch.charCodeAt(0)] = 1;
const isLocal = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c < 128 && LOCAL_CHAR[c] === 1;
};
const isAlnum = (s: string, i: number) => /[a-z0-9]/.test(s[i]);

type Marker = 'plain' | 'bracket' | 'loose';

interface Local {
  start: number;
  address: string;
  /** Digits, dots, underscores, plus or hyphens: shaped like an address, not a word. */
  shaped: boolean;
}

/** The local part ending at `end`, read right to left; null when there is none or it is too long. */
function readLocal(lower: string, end: number): Local | null {
  const words: string[] = [];
  let start = end;
  let pos = end;
  let obfuscated = false;
  for (let parts = 0; parts < 4; parts++) {
    let j = pos;
    while (j > 0 && pos - j < MAX_LOCAL && isLocal(lower, j - 1)) j--;
    if (pos - j >= MAX_LOCAL && j > 0 && isLocal(lower, j - 1)) return null;
    if (j === pos) break;
    words.unshift(lower.slice(j, pos));
    start = j;
    const dot = DOT_BEFORE.exec(lower.slice(Math.max(0, j - 16), j));
    if (!dot || j - dot[0].length <= 0 || !isLocal(lower, j - dot[0].length - 1)) break;
    pos = j - dot[0].length;
    obfuscated = true;
  }
  // The regex it replaces began a local part with a letter or digit.
  while (start < end && !isAlnum(lower, start)) {
    start++;
    words[0] = words[0].slice(1);
  }
  if (start >= end || words[0] === '') return null;
  const address = words.join('.');
  return { start, address, shaped: obfuscated || /[._%+\d-]/.test(address) };
}

interface Domain {
  end: number;
  labels: string[];
  obfuscated: boolean;
}

/** The longest run of labels from `from` that ends in a top-level domain. */
function readDomain(lower: string, from: number): Domain | null {
  const labels: string[] = [];
  let best: Domain | null = null;
  let obfuscated = false;
  let pos = from;
  while (labels.length < MAX_LABELS) {
    LABEL.lastIndex = pos;
    const m = LABEL.exec(lower);
    if (!m) break;
    const end = pos + m[0].length;
    if (end < lower.length && /[a-z0-9_-]/.test(lower[end])) break; // a label over 63 characters
    labels.push(m[0]);
    if (labels.length >= 2 && TLD.test(m[0])) best = { end, labels: labels.slice(), obfuscated };
    DOT_AFTER.lastIndex = end;
    const dot = DOT_AFTER.exec(lower);
    if (!dot || !/[a-z0-9-]/.test(lower[end + dot[0].length] ?? '')) break;
    if (dot[0] !== '.') obfuscated = true;
    pos = end + dot[0].length;
  }
  return best;
}

export interface EmailFound {
  start: number;
  end: number;
  address: string;
}

/** Every address in normalised lower-case text, in order, none overlapping. */
export function scanEmails(lower: string): EmailFound[] {
  const out: EmailFound[] = [];
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(lower))) {
    const kind: Marker = m[1] ? 'bracket' : m[2] ? 'loose' : 'plain';
    const found = read(lower, m.index, m.index + m[0].length, kind);
    if (found) {
      out.push(found);
      MARKER.lastIndex = found.end;
    } else MARKER.lastIndex = m.index + 1;
  }
  return out;
}

function read(lower: string, at: number, after: number, kind: Marker): EmailFound | null {
  // The domain first: most "at"s in English have nothing domain-like after them.
  const domain = readDomain(lower, after);
  if (!domain) return null;
  const tld = domain.labels[domain.labels.length - 1];
  const spelledOut = kind === 'loose' || (kind === 'plain' && domain.obfuscated);
  if (spelledOut && !KNOWN_TLDS.has(tld)) return null;
  const local = readLocal(lower, at);
  if (!local) return null;
  // "look at bbc dot co dot uk" is English; "jo at gmail dot com" and "jo.b at work dot com" are addresses.
  if (kind === 'loose' && !MAIL_PROVIDERS.has(domain.labels[0]) && !local.shaped) return null;
  return { start: local.start, end: domain.end, address: `${local.address}@${domain.labels.join('.')}` };
}

export const detectEmail: Detector = (text, env) => {
  const out: IdentifierMatch[] = [];
  for (const found of scanEmails(env.lower.length === text.length ? env.lower : asciiLower(text))) {
    if (env.publicEmails.has(found.address)) continue;
    const [local, domain] = found.address.split('@');
    if (ROLE_WORDS.test(local) || ROLE_ANYWHERE.test(local)) continue;
    // A council account naming one of its own officers' work addresses is the council's business.
    if (env.account === 'council' && env.organisationDomains.some((d) => domain === d || domain.endsWith('.' + d))) continue;
    out.push({ start: found.start, end: found.end });
  }
  return out;
};

export const EMAIL_PATTERNS = [MARKER, DOT_AFTER, DOT_BEFORE, LABEL];
