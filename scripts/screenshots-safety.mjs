// Screenshots of the safety states (issue 10) in real Chromium: light and dark, English and
// Spanish, into ./screenshots/safety-states (git-ignored). Usage: npm run build && node scripts/screenshots-safety.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONDITION_IDS } from '../src/core/conditions.ts';
import { launchWithExtension } from './lib/chromium.mjs';
import { DAY_MS, demoRoller, demoSession, isoAt, storedUser } from './lib/demo-user.mjs';

const out = resolve(import.meta.dirname, '../screenshots/safety-states');
mkdirSync(out, { recursive: true });

const now = Date.now();
const sessions = [
  demoSession('a1', 1, 'cheeks', 0.25),
  demoSession('a2', 30, 'scalp', 0.75, { rollerId: null }),
  demoSession('a3', 10, 'neck', 0.25, { sideEffects: ['nodules'] }),
];
const answered = Object.fromEntries(
  CONDITION_IDS.map((c) => [c, { present: false, areas: [], updatedAt: isoAt(now) }]),
);
const user = (locale, profile = {}) =>
  storedUser({
    settings: { locale },
    profile: {
      areas: ['cheeks', 'forehead', 'scalp', 'neck'],
      onboardedAt: isoAt(now - 60 * DAY_MS),
      ageBand: '22-plus',
      conditions: answered,
      safetyReviewedAt: isoAt(now),
      ...profile,
    },
    rollers: [
      demoRoller('r1', 'Face roller', {
        needleMm: 0.25,
        firstUse: isoAt(now - 20 * DAY_MS).slice(0, 10),
        createdAt: isoAt(now - 20 * DAY_MS),
      }),
    ],
    sessions,
  });

for (const colorScheme of ['light', 'dark']) {
  for (const locale of ['en', 'es']) {
    const { context, worker, extensionId } = await launchWithExtension({
      colorScheme,
      timezoneId: 'Europe/Berlin',
      locale: locale === 'es' ? 'es-ES' : 'en-GB',
    });
    await context.route(/^https?:\/\//, (r) => r.abort());
    const seed = (v) =>
      worker.evaluate(async (v) => {
        await chrome.storage.local.clear();
        await chrome.storage.local.set(v);
      }, v);
    const shot = async (name, page = 'popup.html', act = async () => {}) => {
      const p = await context.newPage();
      await p.setViewportSize({ width: page === 'popup.html' ? 360 : 1000, height: 600 });
      await p.goto(`chrome-extension://${extensionId}/${page}`);
      await p.locator('main, .view, section').first().waitFor();
      await p.waitForTimeout(300);
      await act(p);
      await p.waitForTimeout(200);
      await p.screenshot({ path: `${out}/${name}-${locale}-${colorScheme}.png`, fullPage: true });
      await p.close();
    };
    await seed(user(locale));
    await shot('home-mixed');
    await shot('check-not-now', 'popup.html', async (p) => {
      await p.locator('.main-actions button').nth(1).click();
      await p.locator('input[name="actives-48h"]').check();
    });
    await shot('log-details', 'popup.html', async (p) => {
      await p.getByTestId('log-button').click();
      await p.locator('details summary').first().click();
    });
    await shot('saved-see-doctor', 'popup.html', async (p) => {
      await p.getByTestId('log-button').click();
      await p.locator('details summary').first().click();
      await p.locator('select[name="rednessHours"]').selectOption('96');
      await p.locator('input[value="numbness"]').check();
      await p.locator('form').evaluate((f) => f.requestSubmit());
      await p.getByTestId('saved').waitFor();
    });
    await seed({ ...user(locale, { conditions: {}, ageBand: undefined, safetyReviewedAt: undefined }) });
    await shot('home-answer-first');
    await shot('options-profile', 'options.html#profile', async (p) => {
      await p.locator('#profile').scrollIntoViewIfNeeded();
    });
    await seed({ settings: { locale } });
    await shot('onboarding-safety', 'popup.html', async (p) => {
      await p.locator('.view .primary').first().click();
      await p.locator('input[name="name"]').fill('Roller');
      await p.locator('form').evaluate((f) => f.requestSubmit());
      await p.locator('input[value="cheeks"]').check();
      await p.locator('form').evaluate((f) => f.requestSubmit());
    });
    await context.close();
  }
}
console.log(`screenshots in ${out}`);
