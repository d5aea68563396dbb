import { expect, test } from './fixtures';
import { badgeCount, badgeText, guardUi, pauseOpen } from './guard-ui';
import { posts, SITE_CASES } from './sites';

for (const site of SITE_CASES) {
  test.describe(`${site.name}`, () => {
    test.afterEach(({ blocked }) => {
      // Nothing but the fixture sites was requested: no text, finding or log left the machine.
      expect(blocked).toEqual([]);
    });

    test('shows warnings after typing, with the clause', async ({ openSite }) => {
      const page = await openSite(site.url);
      await site.open(page);
      await site.composer(page).click();
      await page.keyboard.type('Between you and me the depot is closing. My NI number is AB123456C');
      await expect.poll(() => guardUi(page).text('.pw-badge')).toContain('policy notes');
      await guardUi(page).click('.pw-badge');
      await expect.poll(() => guardUi(page).text('.pw-item[data-rule="personal-data.nino"]')).toContain('National Insurance');
      // Every note names the policy document and the clause it comes from.
      expect(await guardUi(page).text('.pw-item[data-rule="personal-data.nino"] .pw-source')).toMatch(/(policy|report)[\w-]*, \S+/);
    });

    test('adds the disclaimer into the editor model and keeps the cursor usable', async ({ openSite }) => {
      const page = await openSite(site.url);
      await site.open(page);
      await site.composer(page).click();
      await page.keyboard.type('As a council social worker I see this every day');
      // As a person would: the badge has shown its note before it is clicked (checks land a
      // moment after typing stops, and the badge grows as they do).
      await expect.poll(() => badgeText(page)).toContain('1 policy note');
      await guardUi(page).click('.pw-badge');
      await guardUi(page).click('.pw-btn.pw-primary', 'Add');
      await expect.poll(() => badgeCount(page)).toBe(0);
      await page.keyboard.type(' Thanks all');
      await site.submit(page).click();
      await expect.poll(() => posts(page)).toHaveLength(1);
      const [post] = await posts(page);
      expect(post.text.startsWith('As a council social worker I see this every day')).toBe(true);
      // X gets the short form to fit its character limit.
      expect(post.text).toMatch(/\n\n(Views expressed are my own|Views my own)\. Thanks all$/);
    });

    test('pauses Post for a serious finding, and "Post anyway" posts exactly once', async ({ openSite }) => {
      const page = await openSite(site.url);
      await site.open(page);
      await site.composer(page).click();
      await page.keyboard.type('My NI number is AB123456C');
      // As a person would: the badge has shown its notes before Post is pressed.
      await expect.poll(() => badgeText(page)).toContain('policy note');
      await site.submit(page).click();
      await expect.poll(() => pauseOpen(page)).toBe(1);
      expect(await posts(page)).toEqual([]);
      await guardUi(page).fill('dialog textarea[aria-label="Reason for posting anyway (optional)"]', 'It is a made-up example');
      await guardUi(page).click('[data-action="post-anyway"]');
      await expect.poll(() => posts(page)).toHaveLength(1);
      await page.waitForTimeout(500);
      const all = await posts(page);
      expect(all).toHaveLength(1);
      expect(all[0].text).toBe('My NI number is AB123456C');
    });

    test('pauses Ctrl+Enter for a serious finding, and "Edit post" goes back to the text', async ({ openSite }) => {
      const page = await openSite(site.url);
      await site.open(page);
      await site.composer(page).click();
      await page.keyboard.type('My NI number is AB123456C');
      await expect.poll(() => badgeText(page)).toContain('policy note');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => pauseOpen(page)).toBe(1);
      expect(await posts(page)).toEqual([]);
      await guardUi(page).click('[data-action="edit"]');
      await expect.poll(() => pauseOpen(page)).toBe(0);
      await page.keyboard.type(' thanks');
      await site.submit(page).click();
      await guardUi(page).click('[data-action="post-anyway"]');
      await expect.poll(async () => (await posts(page))[0]?.text).toBe('My NI number is AB123456C thanks');
    });

    test('lets a clean post through on the first click, untouched, with Enter as a newline', async ({ openSite }) => {
      const page = await openSite(site.url);
      await site.open(page);
      await site.composer(page).click();
      await page.keyboard.type('line one');
      await page.keyboard.press('Enter');
      await page.keyboard.type('line two');
      expect(await posts(page)).toEqual([]);
      await site.submit(page).click();
      // At once, or a moment later if the click came before the guard had loaded (it is then
      // held, checked, and sent: lib/guard/cold-start.ts).
      await expect.poll(() => posts(page)).toHaveLength(1);
      const [post] = await posts(page);
      expect(post.text).toMatch(site.newline);
      await expect.poll(() => pauseOpen(page)).toBe(0);
    });

    test('typed text reaches the editor model unchanged', async ({ openSite }) => {
      const page = await openSite(site.url);
      await site.open(page);
      await site.composer(page).click();
      const text = "Quick brown fox's 12 jumps, over (3) lazy dogs! Café & crème? 50% of it — yes; done.";
      await page.keyboard.type(text);
      await site.submit(page).click();
      await expect.poll(async () => (await posts(page))[0]?.text).toBe(text);
    });

    test('guards replies or comments and direct messages too', async ({ openSite }) => {
      const page = await openSite(site.url);
      await site.reply.open(page);
      await site.reply.composer(page).click();
      await page.keyboard.type('My manager is an idiot');
      await expect.poll(() => badgeText(page)).toContain('policy note');
      await site.message.composer(page).click();
      // Another person's details: the poster's own ("my address… ring me") are not personal data.
      await page.keyboard.type('Her address is 12 Acacia Avenue, ring her on 07700 900123');
      await expect.poll(() => badgeCount(page)).toBe(2);
    });

    test('an engine failure still lets the post through', async ({ openSite, setSettings }) => {
      await setSettings({ faultInjection: 'check' });
      const page = await openSite(site.url);
      await site.open(page);
      await site.composer(page).click();
      await page.keyboard.type('My NI number is AB123456C');
      // The check throws, so no badge ever shows: give the guard time to load and fail.
      await page.waitForTimeout(1500);
      await site.submit(page).click();
      await expect.poll(async () => (await posts(page)).length).toBe(1);
      await expect.poll(() => pauseOpen(page)).toBe(0);
    });

    test('reminds about images when one is attached', async ({ openSite }) => {
      const page = await openSite(site.url);
      await site.open(page);
      await site.composer(page).click();
      await page.keyboard.type('Lovely day out');
      await page.locator('[data-fixture="attach"]').first().click();
      // Back in the editor (the attach button took focus), as a person carries on writing.
      await site.composer(page).click();
      await page.keyboard.press('End');
      await page.keyboard.type('!');
      await expect.poll(() => badgeText(page)).toContain('1 policy note');
      await guardUi(page).click('.pw-badge');
      await expect.poll(() => guardUi(page).text('.pw-item[data-rule="safeguarding.attachment-reminder"]')).toContain('4.6');
    });
  });
}

test('a composer opened later (X reply in #layers) is picked up', async ({ openSite }) => {
  const page = await openSite('https://x.com/home');
  await page.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').click();
  await page.locator('[data-testid="reply"]').click();
  const reply = page.locator('#layers [data-testid="tweetTextarea_0"] .public-DraftEditor-content');
  await reply.click();
  await page.keyboard.type('Vote Labour on Thursday');
  // The timeline composer is empty (no badge); the reply in #layers has its own.
  await expect.poll(() => badgeCount(page)).toBe(1);
  await expect.poll(() => badgeText(page)).toContain('policy note');
  await page.locator('#layers [data-testid="tweetButton"]').click();
  await expect.poll(async () => (await posts(page))[0]?.surface).toBe('reply');
});

test('"block" mode offers no "Post anyway" for serious findings', async ({ openSite, setSettings }) => {
  await setSettings({ enforcementMode: 'block' });
  const page = await openSite('https://x.com/home');
  await page.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').click();
  await page.keyboard.type('My NI number is AB123456C');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => pauseOpen(page)).toBe(1);
  expect(await guardUi(page).count('[data-action="post-anyway"]')).toBe(0);
});

test('"warn" mode never pauses', async ({ openSite, setSettings }) => {
  await setSettings({ enforcementMode: 'warn' });
  const page = await openSite('https://x.com/home');
  await page.locator('[data-testid="tweetTextarea_0"] .public-DraftEditor-content').click();
  await page.keyboard.type('My NI number is AB123456C');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(async () => (await posts(page)).length).toBe(1);
});
