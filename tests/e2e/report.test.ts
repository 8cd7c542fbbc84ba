import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleBenchEntry } from '../../scripts/bench/bundle.mjs';
import { makeStore } from '../../scripts/bench/history.mjs';
import { violations } from './axe';
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
    await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('all');
    await expect.poll(() => page.getByTestId('report-sessions').locator('tbody tr').count()).toBe(160);
    expect(rows3).toBeGreaterThan(0);
    expect(rows3).toBeLessThan(160);
    expect(await page.getByTestId('page-footer').textContent()).toContain(
      'Patient self-reported, not medical advice.',
    );
    await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('3');
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

  it('page one stands alone: one A4 or Letter page without the appendix, at most three with it (6 months)', async () => {
    await h.clear();
    const store = makeStore(160, { years: 1 });
    await seedWithStoreCode(h, code, store);
    const { page, errors } = await h.open('report.html?range=6');
    await page.getByTestId('report-summary').waitFor();
    const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const count: Record<string, number> = {};
    for (const paper of ['A4', 'letter'] as const) {
      await page.getByLabel('Paper').selectOption(paper);
      for (const appendix of [false, true]) {
        await page.getByLabel(/Include the appendix/).setChecked(appendix);
        expect(await page.getByTestId('report-kind').textContent()).toContain(
          appendix ? 'Complete report' : 'Short report',
        );
        await page.emulateMedia({ media: 'print' });
        count[`${paper}-${appendix}`] = pagesOf(await page.pdf({ preferCSSPageSize: true }));
        await page.emulateMedia({ media: 'screen' });
      }
    }
    expect(count['A4-false']).toBe(1);
    expect(count['letter-false']).toBe(1);
    expect(count['A4-true']).toBeLessThanOrEqual(3);
    expect(count['letter-true']).toBeLessThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a long period shows a page of its appendix on screen, and every session in print: a PDF, print media, the print button', async () => {
    await h.clear();
    await seedWithStoreCode(h, code, makeStore(600, { years: 1 }));
    const { page, errors } = await h.open('report.html?range=all');
    await page.getByTestId('report-summary').waitFor();
    const rows = page.getByTestId('report-sessions').locator('tbody tr');
    const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    await expect.poll(() => rows.count()).toBe(200);
    expect(await page.getByTestId('report-more').textContent()).toContain('the first 200 of 600 sessions');
    // The count and its buttons pass the same accessibility checks as the rest of the page.
    expect(await violations(page)).toEqual([]);
    // A PDF (as Ctrl+P or the menu: the browser fires beforeprint) of the screen's page of 200...
    const printed = pagesOf(await page.pdf({ preferCSSPageSize: true }));
    await expect.poll(() => rows.count()).toBe(200);
    // ...has as many pages as one made with all 600 rows on screen: every session was printed.
    await page.getByRole('button', { name: 'Show all 600' }).click();
    await expect.poll(() => rows.count()).toBe(600);
    const whole = pagesOf(await page.pdf({ preferCSSPageSize: true }));
    expect(printed).toBe(whole);
    expect(printed).toBeGreaterThan(5);
    await page.reload();
    await page.getByTestId('report-summary').waitFor();
    await expect.poll(() => rows.count()).toBe(200);
    // Print media (what the browser lays out while printing; its change is told at the next
    // frame): every row, and the screen's page after.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => rows.count()).toBe(600);
    expect(await page.getByTestId('report-more').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => rows.count()).toBe(200);
    // The print button: window.print() fires beforeprint before it lays the print out; a handler
    // after the report's sees the rows that are printed.
    const atPrint = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          addEventListener(
            'beforeprint',
            () => resolve(document.querySelectorAll('[data-testid="report-sessions"] tbody tr').length),
            { once: true },
          );
          document.querySelector<HTMLButtonElement>('.controls button.primary')?.click();
        }),
    );
    expect(atPrint).toBe(600);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every field of section 6 reaches the report: goals, answers, devices, products before/after, aftercare kept', async () => {
    await h.clear();
    const when = new Date(Date.now() - 5 * 86_400_000).toISOString().replace(/\.\d+Z$/, '+00:00');
    const month = when.slice(0, 7);
    const replacedOn = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    await h.seed({
      profile: {
        areas: ['cheeks'],
        goals: ['acne scars'],
        ageBand: '22-plus',
        skinType: 4,
        conditions: {
          'cold-sores-history': { present: true, areas: [] },
          'pregnancy-nursing': { present: false, areas: [] },
        },
        onboardedAt: '2026-01-01T00:00:00+00:00',
      },
      settings: { products: [{ name: 'Cicaplast', brokenSkin: true }] },
      rollers: [
        {
          id: 'old',
          name: 'First roller',
          kind: 'roller',
          needleMm: 0.25,
          brand: 'Acme 540',
          material: 'titanium',
          cleaning: 'alcohol 70%',
          firstUse: '2026-01-01',
          retired: true,
          replacedOn,
          replacedBy: 'new',
          createdAt: '2026-01-01T00:00:00+00:00',
        },
        {
          id: 'new',
          name: 'Second roller',
          kind: 'roller',
          needleMm: 0.25,
          firstUse: '2026-06-01',
          retired: false,
          createdAt: '2026-06-01T00:00:00+00:00',
        },
      ],
      sessions: { months: [month] },
      [`sessions:${month}`]: JSON.stringify([
        {
          id: 's1',
          when,
          area: 'cheeks',
          rollerId: 'new',
          needleMm: 0.25,
          bleeding: 'none',
          productsBefore: ['Numbing cream'],
          products: ['Vitamin C serum', 'Cicaplast'],
          aftercareKept: ['no-makeup', 'no-sun'],
          sideEffects: ['tightness'],
          notes: '',
          findings: [],
          loggedAt: when,
        },
      ]),
    });
    const { page, errors } = await h.open('report.html?range=3');
    await page.getByTestId('report-summary').waitFor();
    const profile = await page.getByTestId('report-profile').textContent();
    expect(profile).toContain('Goals: acne scars');
    expect(profile).toContain('Applies: a history of cold sores');
    expect(profile).toContain('Answered no: pregnancy or nursing');
    expect(profile).toContain('Not answered:');
    const devices = await page.getByTestId('report-devices').textContent();
    expect(devices).toContain('Acme 540');
    expect(devices).toContain('Titanium');
    expect(devices).toContain('cleaned with alcohol 70%');
    expect(devices).toContain('replaced on');
    const products = await page.getByTestId('report-products').textContent();
    expect(products).toContain('“Vitamin C serum”: vitamin C (matched “vitamin c”)');
    expect(products).toContain(
      'Not known to be made for broken skin (nothing matched, not marked): Numbing cream',
    );
    expect(products).not.toContain('Cicaplast');
    const row = page.getByTestId('report-sessions').locator('tbody tr').first();
    expect(await row.textContent()).toContain('Numbing cream');
    expect(await row.textContent()).toContain('Second roller');
    expect(await row.textContent()).toContain('2 items');
    expect(await page.getByTestId('report-spacing').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
