// Screenshots of progress photos (issue 16) in real Chromium: the compare view (side by side and
// slider) and the report's photo appendix, light and dark, English and German, into
// ./screenshots/photos (git-ignored). Usage: npm run build && node scripts/screenshots-photos.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium.mjs';

const out = resolve(import.meta.dirname, '../screenshots/photos');
mkdirSync(out, { recursive: true });

const iso = (d) => `${d}T08:00:00+00:00`;
const session = (id, day) => ({
  id,
  when: iso(day),
  area: 'cheeks',
  rollerId: null,
  needleMm: 0.25,
  bleeding: 'none',
  products: [],
  sideEffects: [],
  notes: '',
  findings: [],
  loggedAt: iso(day),
});
const sessions = [session('s1', '2026-09-12'), session('s2', '2026-10-10'), session('s3', '2026-11-07')];
const user = (locale) => ({
  settings: { locale },
  profile: { areas: ['cheeks', 'forehead'], onboardedAt: iso('2026-08-01') },
  sessions: { months: ['2026-09', '2026-10', '2026-11'] },
  ...Object.fromEntries(sessions.map((s) => [`sessions:${s.when.slice(0, 7)}`, JSON.stringify([s])])),
});

/** A face-like test picture: skin tone, soft blemishes that fade in the later photo. */
function picture(page, blemishes) {
  return page.evaluate(async (blemishes) => {
    const c = new OffscreenCanvas(1800, 1350);
    const ctx = c.getContext('2d');
    const g = ctx.createRadialGradient(900, 600, 100, 900, 675, 1000);
    g.addColorStop(0, '#e9c2a6');
    g.addColorStop(1, '#b98566');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 1800, 1350);
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let i = 0; i < 140; i++) {
      const x = rnd() * 1800;
      const y = rnd() * 1350;
      const r = 10 + rnd() * 30;
      const spot = ctx.createRadialGradient(x, y, 0, x, y, r);
      spot.addColorStop(0, `rgba(150, 60, 50, ${0.55 * blemishes})`);
      spot.addColorStop(1, 'rgba(150, 60, 50, 0)');
      ctx.fillStyle = spot;
      ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
    }
    const b = new Uint8Array(
      await (await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer(),
    );
    let s = '';
    for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
    return btoa(s);
  }, blemishes);
}

for (const colorScheme of ['light', 'dark']) {
  for (const locale of ['en', 'de']) {
    const { context, worker, extensionId } = await launchWithExtension({
      colorScheme,
      locale: locale === 'de' ? 'de-DE' : 'en-GB',
      timezoneId: 'Europe/Berlin',
    });
    await context.route(/^https?:\/\//, (r) => r.abort());
    await worker.evaluate(async (v) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(v);
    }, user(locale));
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/options.html#photos`);
    const add = async (date, blemishes, note) => {
      await page.waitForFunction(
        () => !document.querySelector('[data-testid=photo-file]')?.closest('fieldset')?.disabled,
      );
      await page.getByTestId('photo-date').fill(date);
      if (note) await page.locator('#photos textarea').fill(note);
      const buffer = Buffer.from(await picture(page, blemishes), 'base64');
      const before = await page.getByTestId('photo-item').count();
      await page
        .getByTestId('photo-file')
        .setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer });
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=photo-item]').length > n,
        before,
      );
    };
    await add('2026-09-01', 1, locale === 'de' ? 'Vor der ersten Sitzung' : 'Before the first session');
    await add('2026-11-15', 0.45);
    await page.getByTestId('photo-compare-open').click();
    await page.locator('[data-testid=photo-compare] img').nth(1).waitFor();
    await page.waitForTimeout(300);
    await page.locator('#photos').screenshot({ path: `${out}/compare-side-${locale}-${colorScheme}.png` });
    await page.locator('[data-testid=photo-compare] input[type=radio]').nth(1).check();
    await page.getByTestId('compare-slider').fill('60');
    await page.waitForTimeout(300);
    await page
      .getByTestId('photo-compare')
      .screenshot({ path: `${out}/compare-slider-${locale}-${colorScheme}.png` });

    const report = await context.newPage();
    await report.setViewportSize({ width: 1000, height: 900 });
    await report.goto(`chrome-extension://${extensionId}/report.html?range=all`);
    await report.getByTestId('report-photos-tick').check();
    await report.locator('[data-testid=report-photos] img').nth(1).waitFor();
    await report.waitForTimeout(300);
    await report.screenshot({ path: `${out}/report-screen-${locale}-${colorScheme}.png`, fullPage: true });
    await report.emulateMedia({ media: 'print' });
    await report
      .getByTestId('report-photos')
      .screenshot({ path: `${out}/report-appendix-print-${locale}-${colorScheme}.png` });
    await context.close();
  }
}
console.log(`screenshots in ${out}`);
