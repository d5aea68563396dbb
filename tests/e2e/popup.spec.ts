import { expect, test } from './fixtures';

test('the popup checks a draft against the chosen council pack', async ({ context, extensionId }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByLabel('Your council').selectOption('barnsley');
  await page.getByLabel('Draft post').fill('Not supposed to say but the depot is closing. My manager is an idiot.');
  await expect(page.locator('.pg-finding')).not.toHaveCount(0);
  await expect(page.getByText('barnsley-social-networking-policy, 4.4').first()).toBeVisible();
  await page.getByLabel('Draft post').fill('Lovely walk this morning');
  await expect(page.getByText("Nothing in your council's policy flags this post.")).toBeVisible();

  // The choice is kept in extension storage.
  await page.reload();
  await expect(page.getByLabel('Your council')).toHaveValue('barnsley');
  await page.getByLabel('Draft post').fill('Not supposed to say but the depot is closing. My manager is an idiot.');
  await expect(page.locator('.pg-finding')).not.toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('popup.png'), fullPage: true });
  expect(requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
});
