// Renders the dermatologist report in real Chromium for a realistic history (6 months shown),
// saves screenshots and printed PDFs into ./screenshots/report: A4 and US Letter, with and
// without the appendix, in English and Spanish (REPORT_LOCALES=en,de to choose), and prints
// each PDF's page count. Usage: npm run build && node scripts/report-pdf.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleBenchEntry, inTimerTask } from './bench/bundle.mjs';
import { makeStore } from './bench/history.mjs';
import { launchWithExtension } from './lib/chromium.mjs';

const out = resolve(import.meta.dirname, '../screenshots/report');
mkdirSync(out, { recursive: true });
const locales = (process.env.REPORT_LOCALES ?? 'en,es').split(',');
const code = await bundleBenchEntry();
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const locale of locales) {
  const { context, extensionId } = await launchWithExtension({ timezoneId: 'Europe/Berlin', locale });
  await context.route(/^https?:\/\//, (r) => r.abort());
  const seed = await context.newPage();
  await seed.goto(`chrome-extension://${extensionId}/manifest.json`);
  await seed.evaluate(inTimerTask(code));
  const store = makeStore(Number(process.env.REPORT_SESSIONS) || 160, { years: 1 });
  store.settings.locale = locale;
  store.profile.goals = ['acne scars on the cheeks', 'fine lines'];
  store.profile.skinType = 3;
  store.profile.ageBand = '22-plus';
  store.profile.conditions = {
    'cold-sores-history': { present: true, areas: [], updatedAt: '2026-06-01T10:00:00+02:00' },
    isotretinoin: { present: false, areas: [], date: '2025-12-01', updatedAt: '2026-06-01T10:00:00+02:00' },
    'pregnancy-nursing': { present: false, areas: [], updatedAt: '2026-06-01T10:00:00+02:00' },
    'bleeding-disorder': { present: false, areas: [], updatedAt: '2026-06-01T10:00:00+02:00' },
  };
  store.settings.ruleOverrides = {
    'interval.cosmetic': { value: 2, looserAcknowledgedAt: '2026-05-01T10:00:00+02:00' },
  };
  await seed.evaluate((s) => globalThis.__rcBench.seed(s), store);
  await seed.close();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 1200 });
  await page.goto(`chrome-extension://${extensionId}/report.html?range=6`);
  await page.getByTestId('report-summary').waitFor();
  await page.screenshot({ path: `${out}/report-${locale}.png`, fullPage: true });
  for (const paper of ['A4', 'letter']) {
    await page.emulateMedia({ media: 'screen' });
    await page.locator('select').nth(1).selectOption(paper);
    for (const appendix of [false, true]) {
      await page.locator('input[name="appendix"]').setChecked(appendix);
      await page.emulateMedia({ media: 'print' });
      const name = `report-${locale}-${paper}-${appendix ? 'complete' : 'short'}`;
      const pdf = await page.pdf({
        path: `${out}/${name}.pdf`,
        preferCSSPageSize: true,
        printBackground: false,
      });
      console.log(`${name}.pdf: ${pages(pdf)} page(s)`);
      await page.emulateMedia({ media: 'screen' });
    }
  }
  await context.close();
}
console.log(`PDFs in ${out}`);
