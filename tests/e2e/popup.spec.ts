import { expect, test } from './fixtures';

test("the popup's sandbox checks a draft against the chosen council's policy, citing it by title", async ({ context, extensionId, setSettings }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await setSettings({ pack: 'barnsley' });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByText('Try a draft (sandbox)').click();
  await page.getByLabel('Draft post').fill('Not supposed to say but the depot is closing. My manager is an idiot.');
  await expect(page.locator('.pg-finding')).not.toHaveCount(0);
  await expect(page.getByText('Barnsley Council social networking policy, 4.4').first()).toBeVisible();
  await expect(page.locator('.pg-source', { hasText: '.txt' })).toHaveCount(0);
  await page.getByLabel('Draft post').fill('Lovely walk this morning');
  await expect(page.getByText('Nothing in this policy flags this draft.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('popup.png'), fullPage: true });
  expect(requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
});
