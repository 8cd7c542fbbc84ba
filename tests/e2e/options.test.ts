import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleBenchEntry } from '../../scripts/bench/bundle.mjs';
import { makeStore } from '../../scripts/bench/history.mjs';
import * as flows from './flows';
import { seedWithStoreCode } from './seed';
import { flowHarness, type Harness, startHarness } from './support';

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

async function timed(
  _page: Page,
  act: () => Promise<unknown>,
  done: () => Promise<unknown>,
): Promise<number> {
  const t0 = Date.now();
  await act();
  await done();
  return Date.now() - t0;
}

describe('options page in real Chromium', () => {
  it('each section main flow: roller, profile, rules, display', () => flows.optionsSections(flowHarness(h)));

  it('a 10,000-session history opens, filters, sorts and pages without stalling', async () => {
    await h.clear();
    const store = makeStore(10_000, { years: 10 });
    await seedWithStoreCode(h, code, store);
    const t0 = Date.now();
    const { page, errors } = await h.open('options.html');
    await page.getByTestId('history-count').waitFor();
    const open = Date.now() - t0;
    expect(await page.getByTestId('history-count').textContent()).toBe('50 of 10,000');
    const history = page.getByRole('region', { name: 'History' });
    const filter = await timed(
      page,
      () => history.getByLabel('Area', { exact: true }).selectOption('scalp'),
      () =>
        page.waitForFunction(
          () => !document.querySelector('[data-testid="history-count"]')?.textContent?.endsWith('10,000'),
        ),
    );
    const scalp = store.sessions.filter((s) => s.area === 'scalp').length;
    expect(await page.getByTestId('history-count').textContent()).toBe(
      `50 of ${scalp.toLocaleString('en-GB')}`,
    );
    const sort = await timed(
      page,
      () => history.getByLabel('Sort by').selectOption('when-asc'),
      () => page.getByTestId('history-table').locator('tbody tr').first().waitFor(),
    );
    const first = await page
      .getByTestId('history-table')
      .locator('tbody tr')
      .first()
      .getAttribute('data-session');
    expect(first).toBe(
      store.sessions
        .filter((s) => s.area === 'scalp')
        .sort((a, b) => Date.parse(a.when) - Date.parse(b.when))[0]?.id,
    );
    await page.getByRole('button', { name: 'Next page' }).click();
    await page
      .getByText(/Page 2 of/)
      .first()
      .waitFor();
    // Generous ceilings that only catch a stall; the measured figures are in `npm run bench`.
    expect(open).toBeLessThan(5000);
    expect(filter).toBeLessThan(2000);
    expect(sort).toBeLessThan(2000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
