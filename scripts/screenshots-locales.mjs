// The popup and the options page in every language, to look for clipped or untranslated text.
// Usage: npm run build && node scripts/screenshots-locales.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium.mjs';

const out = resolve(import.meta.dirname, '../screenshots');
mkdirSync(out, { recursive: true });
const day = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00');
const now = Date.now();
const s = (id, days, area, needleMm, extra = {}) => ({
  id,
  when: iso(now - days * day),
  area,
  needleMm,
  rollerId: 'r1',
  bleeding: 'none',
  products: [],
  sideEffects: [],
  notes: '',
  findings: [],
  loggedAt: iso(now - days * day),
  ...extra,
});
const sessions = [
  s('a', 2, 'cheeks', 0.5, { bleeding: 'pinpoint' }),
  s('b', 1, 'scalp', 0.5),
  s('c', 20, 'forehead', 0.25),
];
const months = {};
for (const x of sessions)
  months[`sessions:${x.when.slice(0, 7)}`] = [...(months[`sessions:${x.when.slice(0, 7)}`] ?? []), x];

for (const locale of ['es', 'de', 'fr']) {
  const { context, worker, extensionId } = await launchWithExtension({ timezoneId: 'Europe/Berlin', locale });
  await context.route(/^https?:\/\//, (r) => r.abort());
  await worker.evaluate((v) => chrome.storage.local.set(v), {
    profile: {
      areas: ['cheeks', 'forehead', 'neck', 'scalp'],
      onboardedAt: '2026-01-01T00:00:00+00:00',
      conditions: { 'cold-sores-history': { present: true, areas: [] } },
    },
    settings: { locale },
    rollers: [
      {
        id: 'r1',
        name: 'Roller 0.5',
        kind: 'roller',
        needleMm: 0.5,
        firstUse: '2026-10-01',
        retired: false,
        createdAt: '2026-10-01T08:00:00+02:00',
      },
    ],
    sessions: {
      months: Object.keys(months)
        .map((k) => k.slice(9))
        .sort(),
    },
    ...Object.fromEntries(Object.entries(months).map(([k, v]) => [k, JSON.stringify(v)])),
  });
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
