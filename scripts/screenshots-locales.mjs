// The popup and the options page in every language, to look for clipped or untranslated text.
// Usage: npm run build && node scripts/screenshots-locales.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium.mjs';
import { demoRoller, demoSession, storedUser } from './lib/demo-user.mjs';

const out = resolve(import.meta.dirname, '../screenshots');
mkdirSync(out, { recursive: true });
const sessions = [
  demoSession('a', 2, 'cheeks', 0.5, { bleeding: 'pinpoint' }),
  demoSession('b', 1, 'scalp', 0.5),
  demoSession('c', 20, 'forehead', 0.25),
];

for (const locale of ['es', 'de', 'fr']) {
  const { context, worker, extensionId } = await launchWithExtension({ timezoneId: 'Europe/Berlin', locale });
  await context.route(/^https?:\/\//, (r) => r.abort());
  await worker.evaluate(
    (v) => chrome.storage.local.set(v),
    storedUser({
      profile: {
        areas: ['cheeks', 'forehead', 'neck', 'scalp'],
        onboardedAt: '2026-01-01T00:00:00+00:00',
        conditions: { 'cold-sores-history': { present: true, areas: [] } },
      },
      settings: { locale },
      rollers: [demoRoller('r1', 'Roller 0.5')],
      sessions,
    }),
  );
  const p = await context.newPage();
  await p.setViewportSize({ width: 360, height: 600 });
  await p.goto(`chrome-extension://${extensionId}/popup.html`);
  await p.getByTestId('session-count').waitFor();
  await p.screenshot({ path: `${out}/popup-${locale}.png`, fullPage: true });
  await p.getByTestId('log-button').click();
  await p.locator('form button[type=submit]').click();
  await p.getByTestId('saved').waitFor();
  await p.screenshot({ path: `${out}/popup-saved-${locale}.png`, fullPage: true });
  const o = await context.newPage();
  await o.goto(`chrome-extension://${extensionId}/options.html`);
  await o.getByTestId('history-count').waitFor();
  await o.screenshot({ path: `${out}/options-${locale}.png`, fullPage: false });
  await context.close();
}
console.log(`screenshots in ${out}`);
