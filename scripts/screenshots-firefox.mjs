// Screenshots of the popup, the options page, the report and the safety card in real Firefox
// (headless), light and dark, English and Spanish, into ./screenshots/firefox (git-ignored).
// Usage: npm run build:firefox && node scripts/screenshots-firefox.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { amazonRoller } from '../tests/fixtures/retail/pages.ts';
import { FIREFOX_BASE, launchFirefoxWithExtension, openInFirefox } from './lib/firefox.mjs';

const out = resolve(import.meta.dirname, '../screenshots/firefox');
mkdirSync(out, { recursive: true });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const day = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00');
const now = Date.now();
const sessions = [
  { id: 'a1', when: iso(now - 9 * day), area: 'cheeks', needleMm: 0.25 },
  { id: 'a2', when: iso(now - 2 * day), area: 'cheeks', needleMm: 0.5, bleeding: 'pinpoint' },
  { id: 'a3', when: iso(now - 1 * day), area: 'scalp', needleMm: 0.5 },
  { id: 'a4', when: iso(now - 20 * day), area: 'forehead', needleMm: 0.25 },
].map((s) => ({
  rollerId: 'r1',
  bleeding: 'none',
  products: [],
  sideEffects: [],
  notes: '',
  findings: [],
  loggedAt: s.when,
  ...s,
}));
const byMonth = {};
for (const s of sessions) {
  const key = `sessions:${s.when.slice(0, 7)}`;
  byMonth[key] = [...(byMonth[key] ?? []), s];
}
const store = {
  profile: { areas: ['cheeks', 'forehead', 'neck', 'scalp'], onboardedAt: '2026-10-01T08:00:00+02:00' },
  rollers: [
    {
      id: 'r1',
      name: 'Face roller 0.5',
      kind: 'roller',
      needleMm: 0.5,
      firstUse: '2026-10-01',
      retired: false,
      createdAt: '2026-10-01T08:00:00+02:00',
    },
  ],
  sessions: {
    months: Object.keys(byMonth)
      .map((k) => k.slice(9))
      .sort(),
  },
  // As the seeded sessions' monthly chunks: JSON text.
  ...Object.fromEntries(Object.entries(byMonth).map(([k, v]) => [k, JSON.stringify(v)])),
};

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
    const api = await open('manifest.json');
    await api.evaluate((v) => globalThis.browser.storage.local.set(v), store);
    const shots = [
      ['popup', 'popup.html', 360, 600, '[data-testid="session-count"]'],
      ['options', 'options.html', 1100, 800, '[data-testid="rules-table"]'],
      ['report', 'report.html?range=3', 1100, 800, '[data-testid="report-summary"]'],
    ];
    for (const [name, path, width, height, ready] of shots) {
      const page = await open(path, width, height);
      await page.waitForSelector(ready, { timeout: 10_000 });
      await sleep(300);
      await page.screenshot({ path: `${out}/${name}-${tag}.png`, fullPage: true });
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
