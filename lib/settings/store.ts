import { browser } from 'wxt/browser';
import { decodeManaged, type Diagnostic } from './managed';
import { resolveSettings } from './resolve';
import { policySchema, userSettingsSchema, type Policy, type Settings, type UserKey } from './schema';
import { parseUserSettings } from './user';

/**
 * Settings in extension storage. storage.local holds the person's choices (`settings`) and the
 * last good managed policy with its diagnostics (`managed`), which the background refreshes from
 * storage.managed. Every surface resolves the two the same way, once per change.
 */
export interface ManagedRecord {
  policy: Policy;
  /** Every managed key that was rejected, with the reason: for the popup's IT view. */
  diagnostics: Diagnostic[];
  /** When storage.managed was last read successfully (ms), or null if it never was. */
  readAt: number | null;
}

function parseRecord(raw: unknown): ManagedRecord {
  const record = (raw ?? {}) as Partial<ManagedRecord>;
  // The cache was validated when written; re-check the shape in case of an old version.
  const policy = policySchema.safeParse(record.policy);
  return { policy: policy.success ? policy.data : {}, diagnostics: Array.isArray(record.diagnostics) ? record.diagnostics : [], readAt: record.readAt ?? null };
}

export async function loadManagedRecord(): Promise<ManagedRecord> {
  return parseRecord((await browser.storage.local.get('managed')).managed);
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(['settings', 'managed']);
  return resolveSettings(parseRecord(stored.managed).policy, parseUserSettings(stored.settings));
}

/** Calls `listener` with freshly resolved settings whenever the choices or the managed policy change. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && ('settings' in changes || 'managed' in changes)) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves what the person changed. The UI hands back the whole effective settings object; only
 * values that differ from what it was shown become choices, so untouched settings keep
 * following IT's defaults, and locked settings are never stored.
 */
export async function saveUserChoices(next: Partial<Settings>): Promise<void> {
  const stored = await browser.storage.local.get(['settings', 'managed']);
  const choices = parseUserSettings(stored.settings) as Record<string, unknown>;
  const shown = resolveSettings(parseRecord(stored.managed).policy, choices) as unknown as Record<string, unknown>;
  const locked = new Set<string>(shown.lockedSettings as string[]);
  for (const key of Object.keys(userSettingsSchema.shape) as UserKey[]) {
    const value = (next as Record<string, unknown>)[key];
    if (value === undefined || locked.has(key) || same(value, shown[key])) continue;
    choices[key] = value;
  }
  await browser.storage.local.set({ settings: parseUserSettings(choices) });
}

/** Firefox rejects storage.managed.get() when no policy names the add-on: that means "no policy". */
const NO_POLICY = /managed storage manifest not found|no such native application|not (yet )?implemented/i;

/**
 * Background only: reads storage.managed and stores the decoded policy as the last good copy.
 * A read that fails for another reason keeps the last good copy and records why.
 */
export async function syncManaged(now = Date.now()): Promise<ManagedRecord> {
  const previous = await loadManagedRecord();
  let next: ManagedRecord;
  try {
    if (!browser.storage.managed) throw new Error('not implemented');
    const raw = await browser.storage.managed.get();
    next = { ...decodeManaged(raw), readAt: now };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    next = NO_POLICY.test(reason)
      ? { policy: {}, diagnostics: [], readAt: now }
      : { ...previous, diagnostics: [...previous.diagnostics.filter((d) => d.key !== '(storage.managed)'), { key: '(storage.managed)', reason: `could not be read, using the last good policy: ${reason}` }] };
  }
  // Write only on a real change: every write re-resolves the settings in every open tab.
  if (!same({ ...next, readAt: null }, { ...previous, readAt: null }) || previous.readAt === null) await browser.storage.local.set({ managed: next });
  return next;
}

/** Background only: re-reads managed storage whenever IT's policy changes, live. */
export function watchManaged(onSynced: (record: ManagedRecord) => void = () => {}): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncManaged().then(onSynced);
  });
}
