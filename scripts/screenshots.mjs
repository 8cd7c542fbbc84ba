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

// First run, on an empty profile, light and dark, English and Spanish (driven by field names, not
// words): the roller step with Next pressed on a blank form (no needle length and no first-use day
// are assumed: each field asks for its own), then filled; the areas step; the options page's roller
// form saved blank; the privacy page.
for (const locale of ['en-GB', 'es-ES'])
  for (const colorScheme of ['light', 'dark']) {
    const tag = `${locale.slice(0, 2)}-${colorScheme}`;
    const { context, extensionId } = await launchWithExtension({
      colorScheme,
      timezoneId: 'Europe/Berlin',
      locale,
    });
    await context.route(/^https?:\/\//, (r) => r.abort());
    const p = await context.newPage();
    await p.setViewportSize({ width: 360, height: 600 });
    await p.goto(`chrome-extension://${extensionId}/popup.html`);
    await p.locator('button.primary').first().waitFor();
    await p.screenshot({ path: `${out}/popup-welcome-${tag}.png`, fullPage: true });
    await p.locator('button.primary').first().click();
    await p.locator('input[name="name"]').fill(locale === 'es-ES' ? 'Rodillo facial' : 'Face roller');
    await p.locator('button[type="submit"].primary').click();
    await p.getByRole('alert').first().waitFor();
    await p.screenshot({ path: `${out}/popup-roller-needs-length-${tag}.png`, fullPage: true });
    await p.locator('input[name="needleMm"]').fill('0.75');
    await p.locator('input[name="firstUse"]').fill('2026-11-01');
    await p.screenshot({ path: `${out}/popup-roller-${tag}.png`, fullPage: true });
    await p.locator('input[name="needleMm"]').fill('0.25');
    await p.locator('button[type="submit"].primary').click();
    await p.locator('input[type="checkbox"]').first().waitFor();
    await p.screenshot({ path: `${out}/popup-areas-${tag}.png`, fullPage: true });
    const o = await context.newPage();
    await o.goto(`chrome-extension://${extensionId}/options.html`);
    await o.getByTestId('roller-add').click();
    await o.locator('form.card-form button[type="submit"]').click();
    await o.locator('form.card-form [role="alert"]').first().waitFor();
    await o.locator('form.card-form').screenshot({ path: `${out}/options-roller-add-${tag}.png` });
    // The privacy page, as the built manifest makes it (Chrome: with the web-accessible card file).
    const privacy = await context.newPage();
    await privacy.goto(`chrome-extension://${extensionId}/privacy.html`);
    await privacy.getByTestId('permissions-required').waitFor();
    await privacy.screenshot({ path: `${out}/privacy-${tag}.png`, fullPage: true });
    await context.close();
  }
console.log(`screenshots in ${out}`);
