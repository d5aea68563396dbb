import type { AccountKind, Platform } from '../engine/types';
import type { CouncilAccount } from '../settings/schema';

export type AccountChoice = 'auto' | 'personal' | 'council';

/**
 * Path segments that name a kind of page rather than the page itself
 * (linkedin.com/company/<name>, facebook.com/pages/<name>/<id>, …).
 */
const KIND_SEGMENTS = new Set(['company', 'in', 'school', 'showcase', 'pages', 'pg', 'people', 'profile.php', 'groups', 'p']);
const SITE_URL = /^(?:https?:\/\/)?(?:[a-z]+\.)?(?:x|twitter|facebook|fb|instagram|linkedin)\.com\/([^?#]*)(?:\?([^#]*))?/i;

/** Case, accents, "@", "&"/"and", spacing and punctuation all fold away: "Barnsley Council" = "@barnsley_council". */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The keys one handle, page name or profile URL stands for. A URL gives its page segment
 * ("x.com/BarnsleyCouncil/" → "barnsleycouncil", "linkedin.com/company/12345" → "12345") and a
 * Facebook profile.php?id= its id; anything else is folded whole.
 */
export function accountKeys(raw: string): string[] {
  const value = raw.trim();
  const url = SITE_URL.exec(value);
  if (!url) {
    const key = foldName(value);
    return key ? [key] : [];
  }
  const keys: string[] = [];
  const id = /(?:^|&)id=(\d+)/.exec(url[2] ?? '')?.[1];
  if (id) keys.push(id);
  const segments = url[1].split('/').map((s) => decodeSafe(s)).filter(Boolean);
  const page = segments.find((s) => !KIND_SEGMENTS.has(s.toLowerCase()));
  if (page) keys.push(foldName(page));
  // facebook.com/pages/Name/123456: the numeric id names the same page.
  const trailingId = segments.slice(1).find((s) => /^\d{5,}$/.test(s));
  if (trailingId && !keys.includes(trailingId)) keys.push(trailingId);
  return keys.filter(Boolean);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The council account (of this platform) that `identity` is, if any. Exact keys only: "@BarnsleyCouncilWatch" is not "@BarnsleyCouncil". */
export function matchCouncilAccount(identity: string | null | undefined, platform: Platform, accounts: readonly CouncilAccount[]): CouncilAccount | null {
  if (!identity) return null;
  const wanted = new Set(accountKeys(identity));
  if (!wanted.size) return null;
  return accounts.find((a) => a.platform === platform && accountKeys(a.handle).some((k) => wanted.has(k))) ?? null;
}

export type AccountDecision =
  /** Posting as a council account: `name` is what the badge shows. */
  | { kind: 'council'; name: string | null; by: 'detected' | 'choice' | 'default' }
  | { kind: 'personal'; by: 'detected' | 'choice' | 'default' }
  /** Council accounts are configured for this site but the composer does not say who is posting. */
  | { kind: 'unsure'; fallback: AccountKind };

export interface AccountInput {
  /** What the composer (or the page chrome) says about who is posting; null when it cannot be read. */
  identity: string | null;
  platform: Platform;
  accounts: readonly CouncilAccount[];
  /** The person's choice for this site (popup or the panel's question). */
  choice: AccountChoice;
  /** settings.account: what the person mostly posts as, used where nothing else decides. */
  fallback: AccountKind;
}

/**
 * Who is posting. The person's own choice for the site wins; otherwise the identity read from
 * the composer, matched against IT's council accounts. Where accounts are configured for the
 * site but no identity can be read, the answer is "unsure" (the panel asks) rather than a guess.
 */
export function decideAccount({ identity, platform, accounts, choice, fallback }: AccountInput): AccountDecision {
  const here = accounts.filter((a) => a.platform === platform);
  const matched = matchCouncilAccount(identity, platform, here);
  const shown = identity ? displayName({ platform, handle: identity }) : null;
  if (choice === 'council') return { kind: 'council', name: shown ?? (here.length === 1 ? displayName(here[0]) : null), by: 'choice' };
  if (choice === 'personal') return { kind: 'personal', by: 'choice' };
  // The name as the site shows it ("Barnsley Council"), not as IT wrote it (a profile URL).
  if (matched) return { kind: 'council', name: shown, by: 'detected' };
  if (here.length === 0) return fallback === 'council' ? { kind: 'council', name: shown, by: 'default' } : { kind: 'personal', by: 'default' };
  if (identity) return { kind: 'personal', by: 'detected' };
  return { kind: 'unsure', fallback };
}

/** A handle as the badge shows it: "@BarnsleyCouncil" stays, a URL becomes its page segment. */
export function displayName(account: CouncilAccount): string {
  const url = SITE_URL.exec(account.handle.trim());
  const segments = url ? url[1].split('/').map(decodeSafe).filter(Boolean) : [];
  const page = url ? (segments.find((s) => !KIND_SEGMENTS.has(s.toLowerCase())) ?? account.handle.trim()) : account.handle.trim();
  // X and Instagram names are handles: one word, shown with its "@".
  return (account.platform === 'x' || account.platform === 'instagram') && /^@?\w+$/.test(page) ? `@${page.replace(/^@/, '')}` : page;
}

/** The account kind the engine runs with. While unsure it uses the fallback, and the panel asks. */
export const engineAccount = (d: AccountDecision): AccountKind => (d.kind === 'unsure' ? d.fallback : d.kind);
