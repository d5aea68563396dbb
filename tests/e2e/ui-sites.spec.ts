import { expect, test } from './fixtures';
import { expectFillsViewport, guardUi, pauseOpen } from './guard-ui';
import { posts, SITE_CASES } from './sites';

// On every site's editor (Draft.js, Lexical, Quill): the pause covers the window, Escape goes back
// to the very caret position in the editor's own model, and "Post anyway" then posts once.
for (const site of SITE_CASES) {
  test(`${site.name}: pause fills the window; Escape returns to the caret; Post anyway posts once`, async ({ openSite }) => {
    const page = await openSite(site.url);
    await site.open(page);
    await site.composer(page).click();
    await page.keyboard.type('My NI number is AB123456C thanks');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
    await site.submit(page).click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await expectFillsViewport(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => pauseOpen(page)).toBe(0);
    await page.keyboard.type('!');
    await site.submit(page).click();
    await expect.poll(() => pauseOpen(page)).toBe(1);
    await guardUi(page).click('[data-action="post-anyway"]');
    await expect.poll(async () => (await posts(page)).map((p) => p.text)).toEqual(['My NI number is AB123456C! thanks']);
    await page.waitForTimeout(500);
    expect(await posts(page)).toHaveLength(1);
  });
}
