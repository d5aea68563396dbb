import type { Frame, Page } from '@playwright/test';
import { replicaUrl } from '../fixtures/sites/serve';
import { expect, test } from './fixtures';
import { badgeCount, badgeText, guardUi, pauseOpen } from './guard-ui';
import { posts } from './sites';

// Every way a post leaves, on replicas of each surface built with the site's own editor library
// and modelled on the sites' markup (../shared/SITES.md), each recording what its own send
// handler read from the editor's model.

const SERIOUS = 'My NI number is AB123456C';
const CLEAN = 'Lovely walk by the river today';
/** Political campaigning: a note for a personal account, a pause when posting as the council. */
const CAMPAIGN = 'Vote Labour on Thursday';

// The guard's UI is in a closed shadow root: read and pressed through ./guard-ui.ts, with real input.
const postAnyway = (page: Page | Frame) => guardUi(page).click('[data-action="post-anyway"]');

/** Exactly one post, with this text, still exactly one a moment later. */
async function sentOnce(page: Page | Frame, text: string | RegExp) {
  await expect.poll(() => posts(page as Page)).toHaveLength(1);
  await (page as Page).waitForTimeout(600);
  const all = await posts(page as Page);
  expect(all).toHaveLength(1);
  if (typeof text === 'string') expect(all[0].text).toBe(text);
  else expect(all[0].text).toMatch(text);
}

test.afterEach(({ blocked }) => {
  // Nothing but the replicas was requested: no text, finding or log left the machine.
  expect(blocked).toEqual([]);
});

test.describe('Enter sends: Facebook comments', () => {
  const comment = (page: Page) => page.getByRole('textbox', { name: /^Comment as / });

  test('plain Enter is paused for a serious comment, Shift+Enter is a newline, "Post anyway" sends once', async ({ openSite }) => {
    const page = await openSite(replicaUrl('facebook-comments'));
    await comment(page).click();
    await page.keyboard.type('My NI number is');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('AB123456C');
    expect(await posts(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseOpen(page)).toBe(1);
    expect(await posts(page)).toEqual([]);
    // The site never saw the Enter: the comment is still in the box, nothing was sent.
    await expect(comment(page)).toContainText('AB123456C');
    await postAnyway(page);
    await sentOnce(page, 'My NI number is\nAB123456C');
  });

  test('a clean comment goes on the first Enter, and a click on the submit control is paused too', async ({ openSite }) => {
    const page = await openSite(replicaUrl('facebook-comments'));
    await comment(page).click();
    await page.keyboard.type(CLEAN);
    await page.keyboard.press('Enter');
    await sentOnce(page, CLEAN);
    await expect.poll(() => pauseOpen(page)).toBe(0);

    await comment(page).click();
    await page.keyboard.type(SERIOUS);
    await page.locator('#focused-state-composer-submit').last().click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    expect(await posts(page)).toHaveLength(1);
  });

  test('the reply box under a comment is guarded on Enter too', async ({ openSite }) => {
    const page = await openSite(replicaUrl('facebook-comments'));
    await page.getByRole('textbox', { name: 'Reply to Jo Example' }).click();
    await page.keyboard.type(SERIOUS);
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseOpen(page)).toBe(1);
    expect(await posts(page)).toEqual([]);
  });

  test('the photo of the post being replied to is not an attachment; one added to the comment is', async ({ openSite }) => {
    const page = await openSite(replicaUrl('facebook-comments'));
    await comment(page).click();
    await page.keyboard.type('Lovely day out');
    await expect.poll(() => badgeCount(page)).toBe(0);
    await page.getByRole('button', { name: 'Attach a photo or video' }).last().click();
    await comment(page).click();
    await page.keyboard.type('!');
    await expect.poll(() => badgeText(page)).toContain('1 policy note');
    await guardUi(page).click('.pw-badge');
    await expect.poll(() => guardUi(page).count('.pw-item[data-rule="safeguarding.attachment-reminder"]')).toBe(1);
  });

  test('identity comes from "Comment as …": a council Page is held to the council rules, the person is not', async ({ openSite, setSettings }) => {
    await setSettings({ councilAccounts: [{ platform: 'facebook', handle: 'Barnsley Council' }] });
    const asPage = await openSite(replicaUrl('facebook-comments', '?as=Barnsley%20Council'));
    await comment(asPage).click();
    await asPage.keyboard.type(CAMPAIGN);
    await asPage.keyboard.press('Enter');
    await expect.poll(() => pauseOpen(asPage)).toBe(1);
    expect(await posts(asPage)).toEqual([]);

    // The page chrome is the same person either way; only the composer says who is commenting.
    const asMe = await openSite(replicaUrl('facebook-comments'));
    await comment(asMe).click();
    await asMe.keyboard.type(CAMPAIGN);
    await asMe.keyboard.press('Enter');
    await sentOnce(asMe, CAMPAIGN);
  });
});

test.describe('Enter sends: Messenger on facebook.com', () => {
  test('Enter is paused, Shift+Enter is a newline, "Post anyway" sends once, clean goes first time', async ({ openSite }) => {
    const page = await openSite(replicaUrl('facebook-messages'));
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.click();
    await page.keyboard.type('line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    await page.keyboard.press('Enter');
    await sentOnce(page, 'line one\nline two');

    await box.click();
    await page.keyboard.type('Call me on 07700 900123, NI AB123456C');
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await page.waitForTimeout(300);
    expect(await posts(page)).toHaveLength(1);
    await postAnyway(page);
    await expect.poll(() => posts(page)).toHaveLength(2);
    await page.waitForTimeout(600);
    expect((await posts(page)).map((p) => p.text)).toEqual(['line one\nline two', 'Call me on 07700 900123, NI AB123456C']);
  });
});

test.describe('Facebook posting as a Page: Next, then Post', () => {
  const open = async (page: Page) => {
    await page.getByRole('button', { name: "What's on your mind?" }).click();
    await page.getByRole('textbox', { name: /What's on your mind, / }).click();
  };

  test('Next is paused before the text leaves; after "Post anyway" the final Post sends exactly once', async ({ openSite }) => {
    const page = await openSite(replicaUrl('facebook-page'));
    await open(page);
    await page.keyboard.type(SERIOUS);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await expect(page.getByRole('dialog', { name: 'Post settings' })).toHaveCount(0);
    await postAnyway(page);
    await page.getByRole('dialog', { name: 'Post settings' }).getByRole('button', { name: 'Post' }).click();
    await sentOnce(page, SERIOUS);
  });

  test('a clean post goes through Next and Post on the first try', async ({ openSite }) => {
    const page = await openSite(replicaUrl('facebook-page'));
    await open(page);
    await page.keyboard.type(CLEAN);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('dialog', { name: 'Post settings' }).getByRole('button', { name: 'Post' }).click();
    await sentOnce(page, CLEAN);
    await expect.poll(() => pauseOpen(page)).toBe(0);
  });

  test('the Page named in the dialog is the account: council rules pause campaigning at Next', async ({ openSite, setSettings }) => {
    await setSettings({ councilAccounts: [{ platform: 'facebook', handle: 'Barnsley Council' }] });
    const page = await openSite(replicaUrl('facebook-page'));
    await open(page);
    await page.keyboard.type(CAMPAIGN);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => pauseOpen(page)).toBe(1);

    const other = await openSite(replicaUrl('facebook-page', '?as=Sam%20Example'));
    await open(other);
    await other.keyboard.type(CAMPAIGN);
    await other.getByRole('button', { name: 'Next' }).click();
    await expect(other.getByRole('dialog', { name: 'Post settings' })).toBeVisible();
  });
});

test.describe('X threads: every tweet is checked on "Post all"', () => {
  const tweet = (page: Page, i: number) => page.locator(`[data-testid="tweetTextarea_${i}"]`);
  const addTweet = async (page: Page, i: number, text: string) => {
    if (i > 0) await page.getByRole('button', { name: 'Add post' }).click();
    await tweet(page, i).click();
    await page.keyboard.type(text);
  };

  test('a serious second tweet pauses "Post all"; "Post anyway" posts the thread once', async ({ openSite }) => {
    const page = await openSite(replicaUrl('x-thread'));
    await addTweet(page, 0, CLEAN);
    await addTweet(page, 1, SERIOUS);
    await page.locator('[data-testid="tweetButton"]').click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    expect(await posts(page)).toEqual([]);
    await postAnyway(page);
    await expect.poll(() => posts(page)).toHaveLength(2);
    await page.waitForTimeout(600);
    expect((await posts(page)).map((p) => p.text)).toEqual([CLEAN, SERIOUS]);
  });

  test('serious first and second tweets: each is paused in turn, then the thread goes once', async ({ openSite }) => {
    const page = await openSite(replicaUrl('x-thread'));
    await addTweet(page, 0, SERIOUS);
    await addTweet(page, 1, 'Ring me on 07700 900123, my NI is JG103759A');
    await page.locator('[data-testid="tweetButton"]').click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await postAnyway(page);
    // The second tweet's own findings are shown before anything leaves.
    await expect.poll(() => pauseOpen(page)).toBe(1);
    expect(await posts(page)).toEqual([]);
    await postAnyway(page);
    await expect.poll(() => posts(page)).toHaveLength(2);
    await page.waitForTimeout(600);
    expect(await posts(page)).toHaveLength(2);
  });

  test('a clean thread posts on the first click', async ({ openSite }) => {
    const page = await openSite(replicaUrl('x-thread'));
    await addTweet(page, 0, CLEAN);
    await addTweet(page, 1, 'And the sun came out');
    await page.locator('[data-testid="tweetButton"]').click();
    await expect.poll(async () => (await posts(page)).map((p) => p.text)).toEqual([CLEAN, 'And the sun came out']);
    await expect.poll(() => pauseOpen(page)).toBe(0);
  });

  test('the handle in UserAvatar-Container-<handle> is the account; media count only for their own tweet', async ({ openSite, setSettings }) => {
    await setSettings({ councilAccounts: [{ platform: 'x', handle: '@barnsleycouncil' }] });
    const page = await openSite(replicaUrl('x-thread', '?handle=barnsleycouncil'));
    await addTweet(page, 0, 'Lovely walk by the river');
    await addTweet(page, 1, CAMPAIGN);
    await page.getByRole('button', { name: 'Add photos or video' }).first().click();
    await tweet(page, 0).click();
    await page.keyboard.type('!');
    // Tweet 0 has the photo reminder only; tweet 1 (no photo) has the campaigning note only.
    // One UI per tweet, in the order the tweets' boxes appeared.
    const first = guardUi(page, { host: 0 });
    const second = guardUi(page, { host: 1 });
    await expect.poll(() => first.text('.pw-badge')).toMatch(/^\w+ · 1 policy note$/);
    await first.click('.pw-badge');
    await expect.poll(() => first.texts('.pw-item')).toHaveLength(1);
    expect(await first.count('.pw-item[data-rule="safeguarding.attachment-reminder"]')).toBe(1);
    await first.click('.pw-badge');
    await second.click('.pw-badge');
    await expect.poll(() => second.texts('.pw-item')).toHaveLength(1);
    expect(await second.count('.pw-item[data-category="political"]')).toBe(1);
    // A council account: "Post all" opens the site-owner checklist, tweet by tweet, each showing
    // only its own findings (tweet 0: the photo reminder, not tweet 1's campaigning).
    await page.locator('[data-testid="tweetButton"]').click();
    await expect.poll(() => guardUi(page).count('dialog.pw-checklist[open]')).toBe(1);
    expect(await guardUi(page).count('dialog[open] .pw-item[data-rule="safeguarding.attachment-reminder"]')).toBe(1);
    expect(await guardUi(page).count('dialog[open] .pw-item[data-rule^="political."]')).toBe(0);
    expect(await posts(page)).toEqual([]);
  });
});

test.describe('Enter sends: X DMs', () => {
  test('Enter is paused, Shift+Enter is a newline, "Post anyway" sends once, a clean DM goes first time', async ({ openSite }) => {
    const page = await openSite(replicaUrl('x-dm'));
    const box = page.locator('textarea[data-testid="dm-composer-textarea"]');
    await box.click();
    await page.keyboard.type('line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    await expect(box).toHaveValue('line one\nline two');
    await page.keyboard.press('Enter');
    await sentOnce(page, 'line one\nline two');

    await box.click();
    await page.keyboard.type(SERIOUS);
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await expect(box).toHaveValue(SERIOUS);
    await postAnyway(page);
    await expect.poll(() => posts(page)).toHaveLength(2);
    await page.waitForTimeout(600);
    expect((await posts(page)).map((p) => p.text)).toEqual(['line one\nline two', SERIOUS]);
  });

  test('the send button is paused as well', async ({ openSite }) => {
    const page = await openSite(replicaUrl('x-dm'));
    await page.locator('textarea[data-testid="dm-composer-textarea"]').click();
    await page.keyboard.type(SERIOUS);
    await page.locator('[data-testid="dm-composer-send-button"]').click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    expect(await posts(page)).toEqual([]);
  });
});

test.describe('Enter sends: Instagram comments and DMs', () => {
  test('a comment is paused on Enter and on Post; a clean one goes on the first Enter; the post photo is not an attachment', async ({ openSite }) => {
    const page = await openSite(replicaUrl('instagram-post'));
    const box = page.getByRole('textbox', { name: 'Add a comment…' });
    await box.click();
    await page.keyboard.type(CLEAN);
    await page.keyboard.press('Enter');
    await sentOnce(page, CLEAN);
    await expect.poll(() => badgeCount(page)).toBe(0);

    await box.click();
    await page.keyboard.type(SERIOUS);
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await guardUi(page).click('[data-action="edit"]');
    await expect.poll(() => pauseOpen(page)).toBe(0);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    expect(await posts(page)).toHaveLength(1);
  });

  test('the account is read from the profile picture alt', async ({ openSite, setSettings }) => {
    await setSettings({ councilAccounts: [{ platform: 'instagram', handle: 'barnsleycouncil' }] });
    const page = await openSite(replicaUrl('instagram-post', '?as=barnsleycouncil'));
    await page.getByRole('textbox', { name: 'Add a comment…' }).click();
    await page.keyboard.type(CAMPAIGN);
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseOpen(page)).toBe(1);
  });

  test('a DM is paused on Enter, "Post anyway" sends once; the reminder only after attaching to the DM', async ({ openSite }) => {
    const page = await openSite(replicaUrl('instagram-dm'));
    const box = page.getByRole('textbox', { name: 'Message' });
    await box.click();
    await page.keyboard.type('Lovely day out');
    await expect.poll(() => badgeCount(page)).toBe(0);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type(SERIOUS);
    await page.getByRole('button', { name: 'Add Photo or Video' }).click();
    await box.click();
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseOpen(page)).toBe(1);
    expect(await posts(page)).toEqual([]);
    await postAnyway(page);
    await sentOnce(page, `Lovely day out\n${SERIOUS}`);
  });
});

test.describe('LinkedIn: TipTap comments', () => {
  const box = (page: Page) => page.locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] [role="textbox"]');

  test('warned, paused on Comment, "Post anyway" once; Enter is a newline; a clean one goes first time', async ({ openSite }) => {
    const page = await openSite(replicaUrl('linkedin-comments'));
    await box(page).click();
    await page.keyboard.type('line one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('line two');
    expect(await posts(page)).toEqual([]);
    await page.locator('button[data-view-name="comment-post"]').click();
    await sentOnce(page, 'line one\nline two');

    await box(page).click();
    await page.keyboard.type(SERIOUS);
    await expect.poll(() => badgeText(page)).toContain('policy note');
    await page.locator('button[data-view-name="comment-post"]').click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await postAnyway(page);
    await expect.poll(() => posts(page)).toHaveLength(2);
    await page.waitForTimeout(600);
    expect((await posts(page))[1].text).toBe(SERIOUS);
    expect(await posts(page)).toHaveLength(2);
  });

  test('"commenting as" names the account; the update\'s photo is not an attachment, the comment\'s is', async ({ openSite, setSettings }) => {
    await setSettings({ councilAccounts: [{ platform: 'linkedin', handle: 'Barnsley Council' }] });
    const page = await openSite(replicaUrl('linkedin-comments', '?as=Barnsley%20Council'));
    await box(page).click();
    await page.keyboard.type('Lovely walk by the river');
    await expect.poll(() => badgeCount(page)).toBe(0);
    await page.getByRole('button', { name: 'Add a photo' }).click();
    await box(page).click();
    await page.keyboard.type('!');
    await expect.poll(() => badgeText(page)).toContain('1 policy note');
    await page.keyboard.type(` ${CAMPAIGN}`);
    await page.locator('button[data-view-name="comment-post"]').click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
  });

  test("a box whose submit control is not recognisable says so on the badge and in the local log", async ({ openSite, context }) => {
    const page = await openSite(replicaUrl('linkedin-comments', '?renamed=1'));
    await box(page).click();
    await page.keyboard.type('Lovely day');
    await expect.poll(() => badgeText(page)).toBe("Postwise can't check this box");
    const [worker] = context.serviceWorkers();
    const details = () =>
      worker.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('postwise-log');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('entries').objectStore('entries').getAll();
              all.onsuccess = () => resolve((all.result as { detail?: string }[]).map((e) => e.detail ?? ''));
            };
          }),
      );
    await expect.poll(details).toContain('cannot check this box (linkedin.comment): no-submit');
    expect(JSON.stringify(await details())).not.toContain('Lovely');
  });
});

test.describe('LinkedIn: the TipTap share box in a native <dialog>', () => {
  for (const [name, query] of [['in the page', ''], ['in nested shadow roots', '?shadow=2']] as const) {
    test(`warned and paused on Post, "Post anyway" inside the share <dialog> sends once; a clean post goes first time (${name})`, async ({ openSite }) => {
      const page = await openSite(replicaUrl('linkedin-share', query));
      const editor = page.locator('[componentkey="ShareBox_textEditor"] [role="textbox"]');
      await page.getByRole('button', { name: 'Start a post' }).click();
      await editor.click();
      await page.keyboard.type(CLEAN);
      await page.getByRole('button', { name: 'Post', exact: true }).click();
      await sentOnce(page, CLEAN);

      await page.getByRole('button', { name: 'Start a post' }).click();
      await editor.click();
      await page.keyboard.type(SERIOUS);
      await expect.poll(() => badgeText(page)).toContain('policy note');
      await page.getByRole('button', { name: 'Post', exact: true }).click();
      await expect.poll(() => pauseOpen(page)).toBe(1);
      await page.waitForTimeout(300);
      expect(await posts(page)).toHaveLength(1);
      // Our pause is opened after the share <dialog>, so it is the top modal and can be pressed.
      await postAnyway(page);
      await expect.poll(() => posts(page)).toHaveLength(2);
      await page.waitForTimeout(600);
      expect((await posts(page)).map((p) => p.text)).toEqual([CLEAN, SERIOUS]);
    });
  }
});

test.describe('LinkedIn messaging', () => {
  const box = (page: Page) => page.locator('.msg-form__contenteditable');

  test('with a Send button Enter is a newline and Send is paused', async ({ openSite }) => {
    const page = await openSite(replicaUrl('linkedin-messaging'));
    await box(page).click();
    await page.keyboard.type('line one');
    await page.keyboard.press('Enter');
    await page.keyboard.type(SERIOUS);
    expect(await posts(page)).toEqual([]);
    await page.locator('button.msg-form__send-button').click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await postAnyway(page);
    await sentOnce(page, new RegExp(`^line one\\n+${SERIOUS}$`));
  });

  test('"Press Enter to Send" (no Send button), in nested shadow roots: Enter paused, Shift+Enter newline, once after "Post anyway"', async ({ openSite }) => {
    const page = await openSite(replicaUrl('linkedin-messaging', '?enter=1&shadow=1'));
    await expect(page.locator('button.msg-form__send-button')).toHaveCount(0);
    await box(page).click();
    await page.keyboard.type('Hi Jo');
    await page.keyboard.press('Enter');
    await sentOnce(page, 'Hi Jo');

    await box(page).click();
    await page.keyboard.type('My NI number is');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('AB123456C');
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await postAnyway(page);
    await expect.poll(() => posts(page)).toHaveLength(2);
    await page.waitForTimeout(600);
    expect((await posts(page)).map((p) => p.text)).toEqual(['Hi Jo', 'My NI number is\nAB123456C']);
  });

  test('switching the preference at run time changes what Enter does', async ({ openSite }) => {
    const page = await openSite(replicaUrl('linkedin-messaging'));
    await page.getByRole('menuitemradio', { name: 'Press Enter to Send' }).click();
    await box(page).click();
    await page.keyboard.type(SERIOUS);
    await page.keyboard.press('Enter');
    await expect.poll(() => pauseOpen(page)).toBe(1);
    expect(await posts(page)).toEqual([]);
  });
});

test('LinkedIn: a share box in a same-origin iframe is guarded by the frame\'s own copy', async ({ openSite }) => {
  const page = await openSite(replicaUrl('linkedin-iframe'));
  const frame = page.frameLocator('iframe[data-testid="interop-iframe"]');
  await frame.locator('.ql-editor').click();
  await page.keyboard.type(SERIOUS);
  const inner = page.frames().find((f) => f.url().includes('/interop/'))!;
  // The UI is the frame's own: mounted in the iframe's document, none in the top page.
  await expect.poll(() => badgeText(inner)).toContain('policy note');
  expect(await badgeCount(page)).toBe(0);
  await frame.locator('button.share-actions__primary-action').click();
  await expect.poll(() => pauseOpen(inner)).toBe(1);
  expect(await inner.evaluate(() => window.__posts)).toEqual([]);
  await postAnyway(inner);
  await expect.poll(() => inner.evaluate(() => window.__posts.map((p) => p.text))).toEqual([SERIOUS]);
});
