// Screenshots of every surface in real Chromium, light and dark, into ./screenshots (git-ignored).
// Usage: npm run build && node scripts/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium.mjs';

const out = resolve(import.meta.dirname, '../screenshots');
mkdirSync(out, { recursive: true });

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

for (const colorScheme of ['light', 'dark']) {
  const { context, worker, extensionId } = await launchWithExtension({
    colorScheme,
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  await context.route(/^https?:\/\//, (r) => r.abort());
  await worker.evaluate((v) => chrome.storage.local.set(v), {
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
    ...byMonth,
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('session-count').waitFor();
  await popup.screenshot({ path: `${out}/popup-${colorScheme}.png`, fullPage: true });
  const shot = async (name, act) => {
    const p = await context.newPage();
    await p.setViewportSize({ width: 360, height: 600 });
    await p.goto(`chrome-extension://${extensionId}/popup.html`);
    await p.getByTestId('session-count').waitFor();
    await act(p);
    await p.screenshot({ path: `${out}/popup-${name}-${colorScheme}.png`, fullPage: true });
    await p.close();
  };
  await shot('log', async (p) => {
    await p.getByTestId('log-button').click();
    await p.getByText('More details').click();
  });
  await shot('saved', async (p) => {
    await p.getByTestId('log-button').click();
    await p.getByRole('button', { name: /^Save/ }).click();
    await p.getByTestId('saved').waitFor();
  });
  await shot('check', async (p) => {
    await p.getByRole('button', { name: 'Can I roll now?' }).click();
    await p.getByLabel(/retinoid/).check();
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('rules-table').waitFor();
  await options.screenshot({ path: `${out}/options-${colorScheme}.png`, fullPage: true });
  await context.close();
}

// First run, on an empty profile.
{
  const { context, extensionId } = await launchWithExtension({
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  await context.route(/^https?:\/\//, (r) => r.abort());
  const p = await context.newPage();
  await p.setViewportSize({ width: 360, height: 600 });
  await p.goto(`chrome-extension://${extensionId}/popup.html`);
  await p.getByRole('button', { name: 'Set up my roller' }).waitFor();
  await p.screenshot({ path: `${out}/popup-welcome.png`, fullPage: true });
  await p.getByRole('button', { name: 'Set up my roller' }).click();
  await p.getByLabel('Name').fill('Face roller');
  await p.getByLabel('Needle length (mm)').fill('0.75');
  await p.screenshot({ path: `${out}/popup-roller.png`, fullPage: true });
  await p.getByLabel('Needle length (mm)').fill('0.25');
  await p.getByRole('button', { name: 'Next' }).click();
  await p.screenshot({ path: `${out}/popup-areas.png`, fullPage: true });
  await context.close();
}
console.log(`screenshots in ${out}`);
