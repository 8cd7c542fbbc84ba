import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysAgo, FACE_ROLLER, sessionRecord, userStorage } from './seed';
import { type Harness, startHarness } from './support';

let h: Harness;
const requests: string[] = [];

beforeAll(async () => {
  h = await startHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  // Every request any page or worker of the extension makes, extension files excepted.
  h.context.on('request', (r: Request) => {
    const url = r.url();
    if (!/^(chrome-extension|data|blob):/.test(url)) requests.push(url);
  });
});
afterAll(async () => {
  await h?.close();
});

const SEED = userStorage([sessionRecord(daysAgo(3), { id: 's1', area: 'neck', needleMm: 0.25 })], {}, [
  { ...FACE_ROLLER, needleMm: 0.25 },
]);

describe('keyboard only', () => {
  it('logs a session, reads the aftercare and comes back, with the keyboard alone', async () => {
    await h.clear();
    await h.seed(SEED);
    const { page } = await h.open('popup.html', { width: 360 });
    await page.getByTestId('log-button').waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    // Tab from the top of the page to "I just rolled".
    for (let i = 0; i < 6 && (await focused()) !== 'I just rolled'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('I just rolled');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Log a session' }).waitFor();
    // Focus moved to the new view's heading; tab on to the Save button.
    for (let i = 0; i < 40 && (await focused()) !== 'Save session'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Save session');
    await page.keyboard.press('Enter');
    await page.getByTestId('saved').waitFor();
    expect(await page.getByTestId('aftercare').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('log-button').waitFor();
    await page.close();
  });

  it('adds a roller on the options page with the keyboard alone, and focus is always visible', async () => {
    await h.clear();
    const { page } = await h.open('options.html');
    await page.getByRole('button', { name: 'Add a roller' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Keyboard roller');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    for (let i = 0; i < 20; i++) {
      const label = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name ?? '',
      );
      if (label === 'needleMm') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.25');
    // The first-use day, typed into the date field's parts (no day is assumed for a new roller).
    for (let i = 0; i < 20; i++) {
      const name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
      if (name === 'firstUse') break;
      await page.keyboard.press('Tab');
    }
    // The parts in the order the browser's date field shows them (its locale's order).
    const keys = await page.evaluate(() =>
      new Intl.DateTimeFormat(navigator.language)
        .formatToParts(new Date(2026, 10, 1))
        .map((p) => ({ day: '01', month: '11', year: '2026' })[p.type as string] ?? '')
        .join(''),
    );
    await page.keyboard.type(keys);
    await page.keyboard.press('Enter');
    await page.getByTestId('roller-list').getByText('Keyboard roller').waitFor();
    await page.close();
  });
});

describe('no network', () => {
  it('exercising the popup, options, report, export and privacy page makes no request', async () => {
    await h.clear();
    await h.seed(SEED);
    const { page: popup } = await h.open('popup.html');
    await popup.getByTestId('log-button').click();
    await popup.getByRole('button', { name: 'Save session' }).click();
    await popup.getByTestId('saved').waitFor();
    await popup.close();
    const { page: options } = await h.open('options.html');
    await options.getByTestId('export-json').click();
    await options.getByRole('button', { name: 'Calendar' }).click();
    await options.close();
    for (const p of ['report.html', 'privacy.html']) {
      const { page } = await h.open(p);
      await page.locator('h1').first().waitFor();
      await page.close();
    }
    expect(requests).toEqual([]);
  });

  it('(control) a request from an extension page would be recorded', async () => {
    const { page } = await h.open('privacy.html');
    await page.evaluate(() => fetch('https://example.invalid/ping').catch(() => undefined));
    await expect.poll(() => requests.length).toBe(1);
    requests.length = 0;
    await page.close();
  });
});
