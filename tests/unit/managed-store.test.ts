import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A minimal extension storage: local (a map) and managed (a function that may reject). */
const fake = vi.hoisted(() => {
  const local = new Map<string, unknown>();
  const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
  const state = { managed: (): Promise<Record<string, unknown>> => Promise.resolve({}) };
  const browser = {
    storage: {
      local: {
        async get(keys: string | string[]) {
          return Object.fromEntries([keys].flat().filter((k) => local.has(k)).map((k) => [k, structuredClone(local.get(k))]));
        },
        async set(values: Record<string, unknown>) {
          for (const [k, v] of Object.entries(values)) local.set(k, structuredClone(v));
          for (const l of listeners) l(Object.fromEntries(Object.keys(values).map((k) => [k, { newValue: values[k] }])), 'local');
        },
      },
      managed: { get: () => state.managed() },
      onChanged: { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: () => {} },
    },
  };
  return { local, listeners, state, browser };
});
vi.mock('wxt/browser', () => ({ browser: fake.browser }));

const { loadSettings, saveUserChoices, syncManaged, watchManaged, watchSettings } = await import('../../lib/settings/store');

beforeEach(() => {
  fake.local.clear();
  fake.listeners.length = 0;
});

describe('managed storage in the extension', () => {
  it('applies a valid policy, drops a bad key with a diagnostic, and caches the result', async () => {
    fake.state.managed = async () => ({ organisationNames: ['Acme Council'], enforcementMode: 'loud' });
    const record = await syncManaged(1000);
    expect(record).toMatchObject({ policy: { organisationNames: ['Acme Council'] }, readAt: 1000 });
    expect(record.diagnostics).toEqual([{ key: 'enforcementMode', reason: expect.stringMatching(/^enforcementMode: /) }]);
    expect(fake.local.get('managed')).toEqual(record);
    expect((await loadSettings()).organisationNames).toEqual(['Acme Council']);
    expect((await loadSettings()).enforcementMode).toBe('confirm');
  });

  it("treats Firefox's rejection when no policy exists as no policy", async () => {
    fake.state.managed = async () => ({ organisationNames: ['Acme Council'] });
    await syncManaged();
    fake.state.managed = () => Promise.reject(new Error('Managed storage manifest not found'));
    const record = await syncManaged();
    expect(record.policy).toEqual({});
    expect(record.diagnostics).toEqual([]);
  });

  it('keeps the last good policy when managed storage cannot be read for another reason', async () => {
    fake.state.managed = async () => ({ organisationNames: ['Acme Council'] });
    await syncManaged();
    fake.state.managed = () => Promise.reject(new Error('IO error'));
    const record = await syncManaged();
    expect(record.policy).toEqual({ organisationNames: ['Acme Council'] });
    expect(record.diagnostics).toEqual([{ key: '(storage.managed)', reason: expect.stringContaining('IO error') }]);
  });

  it('re-reads live when the managed area changes, and every watcher sees the new settings', async () => {
    fake.state.managed = async () => ({});
    await syncManaged();
    watchManaged();
    const seen: string[][] = [];
    watchSettings((s) => seen.push(s.extraConfidentialTerms));
    fake.state.managed = async () => ({ extraConfidentialTerms: ['Project Falcon'] });
    for (const l of [...fake.listeners]) l({ extraConfidentialTerms: {} }, 'managed');
    await vi.waitFor(() => expect(seen).toContainEqual(['Project Falcon']));
  });

  it("saves only what the person changed, so untouched settings keep following IT's defaults", async () => {
    fake.state.managed = async () => ({ pauseSeverity: 'warning', enforcementMode: 'block', lockedSettings: ['enforcementMode'] });
    await syncManaged();
    const shown = await loadSettings();
    await saveUserChoices({ ...shown, politicallyRestricted: true, enforcementMode: 'warn', welcomed: true });
    expect(fake.local.get('settings')).toEqual({ politicallyRestricted: true, welcomed: true });
    fake.state.managed = async () => ({ pauseSeverity: 'info' });
    await syncManaged();
    expect((await loadSettings()).pauseSeverity).toBe('info');
  });
});
