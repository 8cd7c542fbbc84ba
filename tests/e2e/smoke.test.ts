import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishAll } from '../../src/i18n/en-all';
import * as flows from './flows';
import { daysAgo, sessionRecord, userStorage } from './seed';
import { flowHarness, type Harness, startHarness } from './support';

const KEYS = new Set(Object.keys(englishAll));

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
});
afterAll(async () => {
  await h?.close();
});

describe('extension pages in real Chromium', () => {
  it('the popup opens on the welcome of a first run, with the disclaimer, and no console errors', async () => {
    const { page, errors } = await h.open('popup.html');
    await page.getByRole('heading', { name: 'Welcome to Roller Coach' }).waitFor();
    expect(await page.getByRole('button', { name: 'Set up my roller' }).isVisible()).toBe(true);
    expect(await page.getByTestId('disclaimer').textContent()).toContain('not a medical device');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the options page shows the rule table with its sources, and no console errors', async () => {
    const { page, errors } = await h.open('options.html');
    await page.getByRole('heading', { name: 'Roller Coach settings' }).waitFor();
    // Every rule of the reference is listed: 5 bands x 3 spacing rules, then 5 other rules.
    expect(await page.getByTestId('rules-table').locator('tr[data-rule]').count()).toBe(20);
    const caution = page.locator('tr[data-rule="interval.caution"]');
    expect(await caution.locator('input').inputValue()).toBe('7');
    expect(await caution.textContent()).toContain('FDA 2020');
    expect(await page.title()).toBe('Roller Coach settings');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the popup shows what storage holds, and follows a write made elsewhere', () =>
    flows.popupFollowsStorage(flowHarness(h)));

  it('a corrupt record is set aside with a notice, and the rest still shows', async () => {
    await h.seed({ rollers: [{ id: 'bad roller', needleMm: 99 }] });
    const { page } = await h.open('options.html');
    await page.getByTestId('data-notice').waitFor();
    expect(await page.getByTestId('data-notice').textContent()).toContain(
      'Roller Coach could not read 1 roller entry',
    );
    const stored = await h.readStorage();
    expect(stored.rollers).toEqual([]);
    expect(JSON.stringify(stored.quarantine)).toContain('bad roller');
    // The notice stays until the user discards what was set aside.
    await page.reload();
    await page.getByTestId('data-notice').waitFor();
    await page.getByRole('button', { name: 'Discard what was set aside' }).click();
    await page.getByTestId('data-notice').waitFor({ state: 'detached' });
    expect((await h.readStorage()).quarantine).toEqual([]);
    await page.close();
  });

  // English packs load with the code that shows them: a page that forgot one would show keys.
  it('no page shows a raw message key instead of its text (popup views, options, report, privacy)', async () => {
    await h.seed(userStorage([sessionRecord(daysAgo(2)), sessionRecord(daysAgo(9))]));
    const shown: string[] = [];
    const read = async (page: import('playwright-core').Page) =>
      shown.push(...(await page.locator('body').innerText()).split(/\s+/));
    const popup = (await h.open('popup.html')).page;
    await popup.getByTestId('status-cheeks').waitFor();
    await read(popup);
    for (const name of ['I just rolled', 'Can I roll now?']) {
      await popup.getByRole('button', { name }).click();
      await popup.locator('.view h1').waitFor();
      await read(popup);
      await popup.keyboard.press('Escape');
    }
    await popup.close();
    for (const file of ['options.html', 'report.html', 'privacy.html']) {
      const { page } = await h.open(file);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await read(page);
      await page.close();
    }
    expect(shown.length).toBeGreaterThan(300);
    expect(shown.filter((w) => KEYS.has(w.replace(/[.,:;()]+$/, '')))).toEqual([]);
  });
});
