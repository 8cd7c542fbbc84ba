// Renders the dermatologist report in real Chromium for a realistic year of history, saves a
// screenshot and the printed PDF (A4) into ./screenshots. Usage: npm run build && node scripts/report-pdf.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleBenchEntry } from './bench/bundle.mjs';
import { makeStore } from './bench/history.mjs';
import { launchWithExtension } from './lib/chromium.mjs';

const out = resolve(import.meta.dirname, '../screenshots');
mkdirSync(out, { recursive: true });
const [{ context, extensionId }, code] = await Promise.all([
  launchWithExtension({ timezoneId: 'Europe/Berlin', locale: 'en-GB' }),
  bundleBenchEntry(),
]);
await context.route(/^https?:\/\//, (r) => r.abort());
const seed = await context.newPage();
await seed.goto(`chrome-extension://${extensionId}/manifest.json`);
await seed.evaluate(
  `new Promise((resolve, reject) => setTimeout(() => { try {\n${code}\n; resolve(); } catch (e) { reject(e); } }))`,
);
const store = makeStore(Number(process.env.REPORT_SESSIONS) || 160, { years: 1 });
store.profile.conditions = {
  'cold-sores-history': { present: true, areas: [] },
  isotretinoin: { present: false, areas: [], date: '2025-12-01' },
};
store.settings.ruleOverrides = {
  'interval.cosmetic': { value: 2, looserAcknowledgedAt: '2026-05-01T10:00:00+02:00' },
};
await seed.evaluate((s) => globalThis.__rcBench.seed(s), store);
await seed.close();
const page = await context.newPage();
await page.goto(`chrome-extension://${extensionId}/report.html?range=6`);
await page.getByTestId('report-summary').waitFor();
await page.screenshot({ path: `${out}/report.png`, fullPage: true });
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: `${out}/report.pdf`, format: 'A4', printBackground: false });
await context.close();
console.log(`report.png and report.pdf in ${out}`);
