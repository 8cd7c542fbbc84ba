// Screenshots of every surface in real Chromium, light and dark, into ./screenshots (git-ignored).
// Usage: npm run build && node scripts/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium.mjs';
import { everydayUser } from './lib/demo-user.mjs';

const out = resolve(import.meta.dirname, '../screenshots');
mkdirSync(out, { recursive: true });

for (const colorScheme of ['light', 'dark']) {
  const { context, worker, extensionId } = await launchWithExtension({
    colorScheme,
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
  });
  await context.route(/^https?:\/\//, (r) => r.abort());
  await worker.evaluate((v) => chrome.storage.local.set(v), everydayUser());
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
  // Next with no needle length or first-use day typed: neither is assumed, each field asks for its own.
  await p.getByRole('button', { name: 'Next' }).click();
  await p.getByRole('alert').first().waitFor();
  await p.screenshot({ path: `${out}/popup-roller-needs-length.png`, fullPage: true });
  await p.getByLabel('Needle length (mm)').fill('0.75');
  await p.screenshot({ path: `${out}/popup-roller.png`, fullPage: true });
  await p.getByLabel('Needle length (mm)').fill('0.25');
  await p.getByLabel('First used on').fill('2026-11-01');
  await p.getByRole('button', { name: 'Next' }).click();
  await p.screenshot({ path: `${out}/popup-areas.png`, fullPage: true });
  await context.close();
}
console.log(`screenshots in ${out}`);
