/**
 * npm start: the extension on local replicas of the four composers, served at the real sites'
 * addresses, so anyone can try it without social media accounts. With a display it opens a
 * browser to play in; without one (or with --headless) it runs a short demo on each site,
 * saves screenshots to playground-output/ and prints what it found.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { EXTENSION_DIR } from './e2e/fixtures';
import { guardUi } from './e2e/guard-ui';
import { buildFixtures } from './fixtures/sites/build';
import { routeFixtures, SITES, type SiteName } from './fixtures/sites/serve';

const OUT = 'playground-output';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const DEMO: Record<SiteName, { open?: string; composer: string; text: string }> = {
  x: { composer: '[data-testid="tweetTextarea_0"] .public-DraftEditor-content', text: "Not supposed to say but the depot is closing in March. Text Sandra on 07700 900123 if you're affected" },
  facebook: { open: '[data-fixture="open-composer"]', composer: '[role="dialog"] [contenteditable="true"]', text: 'Proud of my team at the council library today, we finally opened the new hub! Between us, the Elm Road branch is closing in March.' },
  instagram: { open: '[data-fixture="open-composer"]', composer: '[aria-label="Write a caption..."]', text: 'Selfie with one of my clients at the day centre, she loved it' },
  linkedin: { open: '[data-fixture="open-composer"]', composer: '.share-box-v2__modal .ql-editor', text: 'Three years and no pay rise while management get bonuses. Sick of this place.' },
};

async function demo(page: Page, site: SiteName) {
  const { open, composer, text } = DEMO[site];
  await page.goto(SITES[site].url);
  await page.waitForFunction(() => window.__fixtureReady === true);
  if (open) await page.locator(open).click();
  await page.locator(composer).click();
  await page.keyboard.type(text, { delay: 5 });
  // The guard's UI is in a closed shadow root: read it from the extension's world (see e2e/guard-ui.ts).
  const ui = guardUi(page);
  // The badge appears once the pause after typing has passed and the check has run.
  for (let i = 0; i < 50 && !(await ui.count('.pw-badge')); i++) await page.waitForTimeout(200);
  if (!(await ui.count('.pw-badge'))) {
    console.log(`\n${site}: typed "${text}" — no policy notes`);
    return;
  }
  await ui.click('.pw-badge');
  const items = await ui.evaluate<string[]>(`[...document.querySelectorAll('postwise-guard')].flatMap((h) => [...(chrome.dom.openOrClosedShadowRoot(h)?.querySelectorAll('.pw-item') ?? [])])
    .map((el) => el.querySelector('strong')?.textContent + ' ' + el.getAttribute('data-rule') + ': ' + el.querySelector('p')?.textContent + ' [' + el.querySelector('.pw-source')?.textContent?.trim() + ']')`);
  const shot = `${OUT}/${site}.png`;
  await page.screenshot({ path: shot });
  const summary = items.length ? items.map((i) => `  - ${i}`).join('\n') : `  badge: ${await ui.text('.pw-badge')}`;
  console.log(`\n${site} (${SITES[site].url})\n  typed: ${text}\n${summary}\n  screenshot: ${shot}`);
}

async function main() {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error('The extension is not built: run npm start (it builds first) or npm run build');
  await buildFixtures();
  mkdirSync(OUT, { recursive: true });
  const context = await chromium.launchPersistentContext('', {
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    headless,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...(headless ? ['--headless=new'] : [])],
    viewport: { width: 1200, height: 800 },
  });
  const blocked = await routeFixtures(context);
  if (headless) {
    console.log('No display: running the playground headless. Set DISPLAY (or run on a desktop) to play in a real window.');
    const page = await context.newPage();
    for (const site of Object.keys(SITES) as SiteName[]) await demo(page, site);
    console.log(`\nRequests that tried to leave the machine: ${blocked.length}`);
    await context.close();
    return;
  }
  for (const site of Object.values(SITES)) await (await context.newPage()).goto(site.url);
  console.log('Playground open: one tab per site. Type a post and watch the badge under the composer. Close the browser to finish.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
