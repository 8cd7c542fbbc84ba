// Screenshots of the popup, the options page, the report and the safety card in real Firefox
// (headless), light and dark, English and Spanish, into ./screenshots/firefox (git-ignored).
// Usage: npm run build:firefox && node scripts/screenshots-firefox.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { amazonRoller } from '../tests/fixtures/retail/pages.ts';
import { everydayUser } from './lib/demo-user.mjs';
import { FIREFOX_BASE, launchFirefoxWithExtension, openInFirefox } from './lib/firefox.mjs';

const out = resolve(import.meta.dirname, '../screenshots/firefox');
mkdirSync(out, { recursive: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const store = everydayUser();

const ROLLER_URL = 'https://www.amazon.com/Derma-Roller/dp/B0RC000050';
for (const locale of ['en-GB', 'es-ES'])
  for (const colorScheme of ['light', 'dark']) {
    const tag = `${locale.slice(0, 2)}-${colorScheme}`;
    const { browser } = await launchFirefoxWithExtension({
      locale,
      colorScheme,
      timezoneId: 'Europe/Berlin',
    });
    const open = async (path, width = 1100, height = 800) => {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      await openInFirefox(page, path.startsWith('https:') ? path : `${FIREFOX_BASE}/${path}`);
      return page;
    };
    // First run, before any data: the roller step, Next pressed with no needle length typed.
    const first = await open('popup.html', 360, 600);
    await first.waitForSelector('button.primary', { timeout: 10_000 });
    await first.click('button.primary');
    await first.waitForSelector('input[name="needleMm"]');
    await first.click('button[type="submit"].primary');
    await first.waitForSelector('[role="alert"]', { timeout: 10_000 });
    await sleep(300);
    await first.screenshot({ path: `${out}/onboarding-roller-${tag}.png`, fullPage: true });
    await first.close();
    const api = await open('manifest.json');
    await api.evaluate((v) => globalThis.browser.storage.local.set(v), store);
    const shots = [
      ['popup', 'popup.html', 360, 600, '[data-testid="session-count"]'],
      ['options', 'options.html', 1100, 800, '[data-testid="rules-table"]'],
      ['report', 'report.html?range=3', 1100, 800, '[data-testid="report-summary"]'],
      // Firefox: no web-accessible file, so no paragraph about one.
      ['privacy', 'privacy.html', 1100, 800, '[data-testid="permissions-required"]'],
    ];
    for (const [name, path, width, height, ready] of shots) {
      const page = await open(path, width, height);
      await page.waitForSelector(ready, { timeout: 10_000 });
      await sleep(300);
      await page.screenshot({ path: `${out}/${name}-${tag}.png`, fullPage: true });
      if (name === 'options') {
        // A new roller's form saved blank: no needle length and no first-use day are assumed.
        await page.click('[data-testid="roller-add"]');
        await page.click('form.card-form button[type="submit"]');
        await page.waitForSelector('form.card-form [role="alert"]', { timeout: 10_000 });
        await sleep(300);
        const form = await page.$('form.card-form');
        await form.screenshot({ path: `${out}/options-roller-add-${tag}.png` });
      }
      if (name === 'popup') {
        // The log form, its details open: bleeding and redness start at "not recorded".
        await page.click('[data-testid="log-button"]');
        await page.waitForSelector('details');
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        await sleep(300);
        await page.screenshot({ path: `${out}/popup-log-${tag}.png`, fullPage: true });
        // "Can I roll now?" with its quick check, "None of these" among the answers.
        await page.keyboard.press('Escape');
        await page.waitForSelector('.main-actions button:not(.primary)');
        await page.click('.main-actions button:not(.primary)');
        await page.waitForSelector('[data-testid="answer"]');
        await sleep(300);
        await page.screenshot({ path: `${out}/popup-check-${tag}.png`, fullPage: true });
      }
      await page.close();
    }
    const shop = await browser.newPage();
    await shop.setViewport({ width: 1100, height: 900 });
    await shop.setRequestInterception(true);
    shop.on('request', (r) => {
      const done = () => undefined;
      if (r.url().startsWith(ROLLER_URL))
        r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: amazonRoller() }).catch(done);
      else if (/^https?:/.test(r.url())) r.abort().catch(done);
      else r.continue().catch(done);
    });
    await openInFirefox(shop, ROLLER_URL);
    await shop.waitForSelector('roller-coach-card[data-verdict]', { timeout: 10_000 });
    await sleep(500);
    await shop.screenshot({ path: `${out}/card-${tag}.png`, fullPage: true });
    await browser.close();
    console.log(`screenshots/firefox/*-${tag}.png`);
  }
console.log(`screenshots in ${out}`);
