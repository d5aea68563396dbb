import { expect, test } from './fixtures';
import { badgeText, guardUi } from './guard-ui';
import { posts } from './sites';

test('the welcome page opens on install, and protection already works before any choice', async ({ context, openSite }) => {
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html') }));
  await expect(welcome.getByRole('heading', { name: 'Postwise is on' })).toBeVisible();
  // No setup step stands between installing and the first warning.
  const page = await openSite('https://x.com/home');
  await page.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').click();
  await page.keyboard.type('As a council social worker I see this every day');
  await expect.poll(() => badgeText(page)).toContain('1 policy note');

  await welcome.getByRole('radio', { name: /^Bracknell Forest Council/ }).check();
  await welcome.reload();
  await expect(welcome.getByRole('radio', { name: /^Bracknell Forest Council/ })).toBeChecked();
  // The new pack applies to the open page without a reload: Bracknell's own clause is cited.
  await page.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').click();
  await page.keyboard.type('.');
  await guardUi(page).click('.pw-badge');
  await expect.poll(() => guardUi(page).text('.pw-source')).toContain('Bracknell Forest Council social media policy (2019), ');
});

test('the local log records what happened, without the post text, in the extension origin', async ({ context, openSite, extensionId }) => {
  const page = await openSite('https://x.com/home');
  await page.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').click();
  await page.keyboard.type('My NI number is AB123456C');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await guardUi(page).fill('dialog textarea[aria-label="Reason for posting anyway (optional)"]', 'Test data');
  await guardUi(page).click('[data-action="post-anyway"]');
  await expect.poll(() => posts(page)).toHaveLength(1);

  const [worker] = context.serviceWorkers();
  const read = () =>
    worker.evaluate(
      () =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const open = indexedDB.open('postwise-log');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('entries').objectStore('entries').getAll();
            all.onsuccess = () => resolve(all.result as Record<string, unknown>[]);
          };
        }),
    );
  await expect.poll(async () => (await read()).map((e) => e.action)).toEqual(['paused', 'posted-anyway']);
  const entries = await read();
  expect(entries[1]).toMatchObject({ platform: 'x', surface: 'post', reason: 'Test data', categories: ['personal-data'] });
  expect(JSON.stringify(entries)).not.toContain('AB123456C');
  // The page's own origin has no trace of it.
  expect(await page.evaluate(() => indexedDB.databases().then((dbs) => dbs.map((d) => d.name)))).toEqual([]);
  void extensionId;
});

test('a 60,000-character paste is checked without blocking further typing', async ({ openSite }) => {
  const page = await openSite('https://x.com/home');
  const dm = page.locator('textarea[data-testid="dm-composer-textarea"]');
  await dm.click();
  const long = 'Lovely day at the park with the family. '.repeat(1500).slice(0, 60_000);
  await dm.fill(long + 'My NI number is AB123456C');
  await page.keyboard.type(' thanks');
  await expect(dm).toHaveValue(/AB123456C thanks$/);
  await expect.poll(() => badgeText(page), { timeout: 15_000 }).toContain('policy note');
});
