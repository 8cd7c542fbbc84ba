import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleBenchEntry } from '../../scripts/bench/bundle.mjs';
import { makeStore } from '../../scripts/bench/history.mjs';
import { seedWithStoreCode } from './seed';
import { type Harness, startHarness } from './support';

let h: Harness;
let code: string;

beforeAll(async () => {
  [h, code] = await Promise.all([
    startHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB' }),
    bundleBenchEntry(),
  ]);
});
afterAll(async () => {
  await h?.close();
});

describe('dermatologist report in real Chromium', () => {
  it('renders the summary for the chosen period and prints to a PDF of a few pages', async () => {
    const store = makeStore(160, { years: 1 });
    await seedWithStoreCode(h, code, store);
    const { page, errors } = await h.open('report.html?range=3');
    await page.getByTestId('report-summary').waitFor();
    expect(
      await page.getByRole('heading', { name: 'Microneedling log for my dermatologist' }).isVisible(),
    ).toBe(true);
    const rows3 = await page.getByTestId('report-sessions').locator('tbody tr').count();
    await page.getByLabel('Period').selectOption('all');
    await expect.poll(() => page.getByTestId('report-sessions').locator('tbody tr').count()).toBe(160);
    expect(rows3).toBeGreaterThan(0);
    expect(rows3).toBeLessThan(160);
    expect(await page.getByTestId('page-footer').textContent()).toContain(
      'Patient self-reported, not medical advice.',
    );
    await page.getByLabel('Period').selectOption('3');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.controls').isVisible()).toBe(false);
    expect(await page.getByTestId('page-footer').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.close();
  });
});
