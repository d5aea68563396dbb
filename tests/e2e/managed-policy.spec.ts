import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { CHROME_EXTENSION_ID } from '../../lib/identity';
import { expect, test } from './fixtures';
import { badgeText, guardUi } from './guard-ui';
import { replicaUrl } from '../fixtures/sites/serve';
import { posts, SITE_CASES } from './sites';

/**
 * IT's policy through the real browser: Chromium reads /etc/chromium/policies/managed/*.json
 * and hands `3rdparty.extensions.<id>` to the extension with that id as storage.managed.
 * Writing there needs root, and the file affects every Chromium on the machine, so the test
 * removes it whatever happens.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/postwise-test.json`;
const isRoot = process.getuid?.() === 0;

const typoRule = {
  id: 'wexcombe.typo', kind: 'terms', terms: ['kestrel'], category: 'confidential', severity: 'high', message: 'm', advice: 'a',
  sources: [{ doc: 'd', clause: 'c' }], severityByAcount: { council: 'high' },
};

test.describe.configure({ mode: 'serial' });
test.skip(!isRoot, 'writes a system-wide Chromium policy file in /etc/chromium/policies/managed: run as root (as CI does)');

test.beforeAll(() => {
  mkdirSync(POLICY_DIR, { recursive: true });
  const settings = {
    organisationNames: ['Wexcombe'],
    extraConfidentialTerms: ['Project Falcon'],
    // Valid for Chrome's schema (a string), invalid for ours: reported and ignored.
    pauseSeverity: 'extreme',
    customRules: JSON.stringify([typoRule]),
    // Posts from this handle are the council's own: the site-owner checklist, not the pause.
    councilAccounts: [{ platform: 'x', handle: '@BarnsleyCouncil' }],
    // Locked: the person sees it, read-only.
    enforcementMode: 'confirm',
    lockedSettings: ['enforcementMode'],
  };
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: settings } } }, null, 2));
});

test.afterAll(() => rmSync(POLICY_FILE, { force: true }));

type Managed = { policy: Record<string, unknown>; diagnostics: { key: string; reason: string }[]; readAt: number | null };
const managedRecord = (worker: Worker) =>
  worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chrome.storage.local.get('managed')).managed ?? null) as Managed | null;
  });

test('the policy reaches the guard; a bad value is reported and ignored', async ({ context, extensionId, openSite }) => {
  try {
    // The manifest key gives the unpacked build the id the policy names.
    expect(extensionId).toBe(CHROME_EXTENSION_ID);
    const [worker] = context.serviceWorkers();
    await expect.poll(async () => (await managedRecord(worker))?.policy.organisationNames, { timeout: 15_000 }).toEqual(['Wexcombe']);
    const managed = (await managedRecord(worker))!;
    expect(managed.policy).toEqual({
      organisationNames: ['Wexcombe'],
      extraConfidentialTerms: ['Project Falcon'],
      councilAccounts: [{ platform: 'x', handle: '@BarnsleyCouncil' }],
      enforcementMode: 'confirm',
      lockedSettings: ['enforcementMode'],
    });
    expect(managed.diagnostics.map((d) => d.key).sort()).toEqual(['customRules', 'pauseSeverity']);
    expect(managed.diagnostics.find((d) => d.key === 'customRules')?.reason).toContain('customRules[0].severityByAcount: unknown setting');
    expect(managed.diagnostics.find((d) => d.key === 'pauseSeverity')?.reason).toMatch(/^pauseSeverity: /);

    const site = SITE_CASES.find((s) => s.name === 'facebook')!;
    const page = await openSite(site.url);
    await site.open(page);
    await site.composer(page).click();
    // Without the policy this sentence has no notes (tests/unit/settings.test.ts checks the engine side).
    await page.keyboard.type('Proud of everyone at Wexcombe today, the Project Falcon launch went well');
    await expect.poll(() => badgeText(page)).toContain('policy notes');
    await guardUi(page).click('.pw-badge');
    await expect.poll(() => guardUi(page).count('.pw-item[data-rule="disclaimer.personal-views"]')).toBe(1);
    await expect.poll(() => guardUi(page).text('.pw-item[data-rule="organisation.confidential-terms"]')).toMatch(/Project Falcon|confidential/i);

    // The council handle IT listed is recognised from X's composer: Post asks for the checklist,
    // and nothing goes out while it is open.
    const x = await openSite(replicaUrl('x-thread', '?handle=barnsleycouncil'));
    await x.locator('[data-testid="tweetTextarea_0"]').click();
    await x.keyboard.type('Bin collections are running as normal this week');
    await x.locator('[data-testid="tweetButton"]').click();
    await expect.poll(() => guardUi(x).count('dialog.pw-checklist[open]')).toBe(1);
    expect(await posts(x)).toEqual([]);

    // The locked setting is shown, read-only, on the settings page; the rejected keys are listed.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#settings`);
    const confirm = options.getByRole('radio', { name: 'Pause, let me post anyway' });
    await expect(confirm).toBeChecked();
    await expect(confirm).toBeDisabled();
    await expect(options.getByRole('radio', { name: 'Pause, do not let serious posts through' })).toBeDisabled();
    await expect(options.getByText('Set by your organisation').first()).toBeVisible();
    await expect(options.getByText(/pauseSeverity: /).first()).toBeVisible();
    // The IT view: every effective setting with where it came from.
    await options.getByText('For IT — every effective setting and where it came from').click();
    await expect(options.locator('tr[data-setting="enforcementMode"] td').last()).toHaveText('Locked by your organisation');
    await expect(options.locator('tr[data-setting="organisationNames"] td').first()).toHaveText('["Wexcombe"]');
    await expect(options.locator('tr[data-setting="organisationNames"] td').last()).toHaveText("Your organisation's default");
    await expect(options.locator('tr[data-setting="pauseSeverity"] td').last()).toHaveText('Postwise default');

    // The popup says who manages it.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('.pg-managed')).toHaveText('Managed by Wexcombe. Some settings are locked; see Settings.');
  } finally {
    rmSync(POLICY_FILE, { force: true });
  }
});
