import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './support';

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

  it('the popup shows what storage holds, and follows a write made elsewhere', async () => {
    const now = new Date();
    const when = new Date(now.getTime() - 24 * 3600_000).toISOString().replace(/\.\d+Z$/, '+00:00');
    await h.seed({
      profile: { areas: ['cheeks'], onboardedAt: '2026-01-01T00:00:00+00:00' },
      sessions: { months: [when.slice(0, 7)] },
      [`sessions:${when.slice(0, 7)}`]: [
        {
          id: 'seeded1',
          when,
          area: 'cheeks',
          rollerId: null,
          needleMm: 0.5,
          bleeding: 'none',
          products: [],
          sideEffects: [],
          notes: '',
          findings: [],
          loggedAt: when,
        },
      ],
    });
    const { page, errors } = await h.open('popup.html');
    const cheeks = page.getByTestId('status-cheeks');
    await cheeks.waitFor();
    expect(await cheeks.textContent()).toContain('Next safe');
    expect(await cheeks.textContent()).toContain('0.5\u00a0mm');
    // Another context (here the service worker) changes the profile: the open popup follows.
    await h.seed({ profile: { areas: ['cheeks', 'scalp'], onboardedAt: '2026-01-01T00:00:00+00:00' } });
    await page.getByTestId('status-scalp').waitFor();
    expect(await page.getByTestId('status-scalp').textContent()).toContain('Safe to roll now');
    expect(errors).toEqual([]);
    await page.close();
  });

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
});
