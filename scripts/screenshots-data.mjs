// The data-safety views (issue 14) in English and German, light and dark: the notice on the
// popup's first run and home, the options page's notice, the list of what was set aside, the
// backup reminder, the storage-full message, and the report's notice.
// Usage: npm run build && node scripts/screenshots-data.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium.mjs';
import { demoRoller, demoSession, storedUser } from './lib/demo-user.mjs';

const out = resolve(import.meta.dirname, '../screenshots');
mkdirSync(out, { recursive: true });
const sessions = [
  demoSession('a', 80, 'cheeks', 0.25),
  demoSession('b', 70, 'neck', 0.25),
  demoSession('c', 9, 'cheeks', 0.25),
];
const roller = (id, name, extra = {}) =>
  demoRoller(id, name, {
    needleMm: 0.25,
    firstUse: '2026-01-10',
    createdAt: '2026-01-10T08:00:00+01:00',
    ...extra,
  });

function store(locale, theme) {
  const first = sessions.map((x) => x.when.slice(0, 7)).sort()[0];
  return storedUser({
    profile: {
      areas: ['cheeks', 'eyelids', 'neck'],
      onboardedAt: '2026-01-01T00:00:00+00:00',
      conditions: { isotretinoin: { present: false, date: '2026-02-31' } },
    },
    settings: { locale, theme },
    rollers: [roller('r1', 'Face roller'), roller('r2', 'Body roller', { needleCount: 0 })],
    sessions,
    // One session that cannot be read, set aside with the rest kept.
    chunk: (m, list) =>
      m === first ? [...list, { ...list[0], id: 'x', needleMm: 'half a millimetre' }] : list,
  });
}

const shots = [];
for (const locale of ['en', 'de'])
  for (const scheme of ['light', 'dark']) {
    const { context, worker, extensionId } = await launchWithExtension({
      timezoneId: 'Europe/Berlin',
      locale: locale === 'de' ? 'de-DE' : 'en-GB',
      colorScheme: scheme,
    });
    await context.route(/^https?:\/\//, (r) => r.abort());
    const url = (p) => `chrome-extension://${extensionId}/${p}`;
    const tag = `${locale}-${scheme}`;
    const shoot = async (page, name, opts = {}) => {
      const file = resolve(out, `data-${name}-${tag}.png`);
      await page.screenshot({ path: file, ...opts });
      shots.push(file);
    };

    // First run with everything unreadable.
    await worker.evaluate((v) => chrome.storage.local.set(v), {
      profile: 'garbage',
      rollers: 42,
      settings: { locale, theme: scheme },
    });
    let page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(url('popup.html'));
    await page.getByTestId('data-notice').waitFor();
    await page.waitForTimeout(300);
    await shoot(page, 'popup-first-run');
    await page.close();

    // An onboarded user with a few bad fields.
    await worker.evaluate(() => chrome.storage.local.clear());
    await worker.evaluate((v) => chrome.storage.local.set(v), store(locale, scheme));
    page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 640 });
    await page.goto(url('popup.html'));
    await page.getByTestId('status-cheeks').waitFor();
    await page.getByTestId('backup-reminder').waitFor();
    await page.waitForTimeout(300);
    await shoot(page, 'popup-home');
    // Storage full while logging.
    await page.getByTestId('log-button').click();
    await worker.evaluate(async () => {
      const used = await chrome.storage.local.getBytesInUse(null);
      await chrome.storage.local.set({ filler: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - used - 80) });
    });
    await page.locator('form button[type=submit]').click();
    await page.locator('.notice.error, [role=alert]').last().waitFor();
    await page.waitForTimeout(200);
    await shoot(page, 'popup-storage-full', { fullPage: true });
    await page.close();
    await worker.evaluate(() => chrome.storage.local.remove('filler'));

    page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(url('options.html'));
    await page.getByTestId('data-notice').waitFor();
    await page.waitForTimeout(300);
    await shoot(page, 'options-top');
    for (const [name, locator] of [
      ['options-quarantine', page.getByTestId('quarantine')],
      ['options-data-section', page.locator('#data')],
    ]) {
      const file = resolve(out, `data-${name}-${tag}.png`);
      await locator.screenshot({ path: file });
      shots.push(file);
    }
    await page.close();

    page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(url('report.html'));
    await page.getByTestId('data-notice').waitFor();
    await page.waitForTimeout(300);
    await shoot(page, 'report');
    await page.close();
    await context.close();
  }
console.log(shots.join('\n'));
