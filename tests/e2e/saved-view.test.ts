import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { daysAgo, sessionRecord, userStorage } from './seed';
import { type Harness, startHarness } from './support';

// The popup paints the status it last drew before its code has loaded (src/store/status-view.ts),
// then its own drawing takes over. These tests open the real popup several times and record what
// the first paint showed, to check that it is the popup's own words and never an outdated status.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.clear();
});

const DAY = 86_400_000;
const LIVE = '#app:not([inert]) [data-testid="session-count"]';

interface Open {
  page: Page;
  /** What the saved view showed (null: none was painted), and the popup's own text after. */
  saved: { text: string; busy: string | null } | null;
  live: string;
  errors: string[];
}

/** Open the popup; record the saved view if one is painted, then wait for the popup's own drawing. */
async function openPopup(clockAt?: Date): Promise<Open> {
  const page = await h.context.newPage();
  if (clockAt) await page.clock.install({ time: clockAt });
  await page.setViewportSize({ width: 360, height: 600 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __saved?: { text: string; busy: string | null } };
    new MutationObserver(() => {
      const app = document.getElementById('app');
      if (app?.inert && !w.__saved) w.__saved = { text: app.innerText, busy: app.getAttribute('aria-busy') };
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(h.url('popup.html'));
  await page.locator(LIVE).waitFor();
  const saved = await page.evaluate(() => (window as unknown as { __saved?: Open['saved'] }).__saved ?? null);
  const live = await page.locator('#app').innerText();
  return { page, saved, live, errors };
}

async function savedViewStored(): Promise<unknown> {
  for (let i = 0; i < 50; i++) {
    const view = (await h.readStorage()).statusView;
    if (view) return view;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the popup saved no view');
}

async function seedNotYet() {
  await h.seed(userStorage([sessionRecord(daysAgo(1))], { areas: ['cheeks', 'neck'] }));
}

/** A user whose cheeks wait ("not yet"), and one popup open that saved its view. */
async function seedAndSaveView() {
  await seedNotYet();
  const first = await openPopup();
  await savedViewStored();
  await first.page.close();
}

describe("the popup's first paint in real Chromium", () => {
  it('the next open paints the status as the popup last drew it, inert and busy, then the popup takes over', async () => {
    await seedNotYet();
    const first = await openPopup();
    expect(first.saved).toBeNull();
    await savedViewStored();
    await first.page.close();

    const second = await openPopup();
    expect(second.saved).not.toBeNull();
    expect(second.saved?.busy).toBe('true');
    // The same words as the popup's own drawing (countdown included), "not yet" never "possible".
    expect(second.saved?.text).toBe(second.live);
    expect(second.saved?.text).toContain('Not yet');
    expect(second.saved?.text).toContain('not a medical device');
    expect(await second.page.locator('#app').count()).toBe(1);
    expect(await second.page.locator('[inert]').count()).toBe(0);
    expect(second.errors).toEqual([]);
    await second.page.close();
  });

  it('after a session logged in the popup, the next open paints the new status; after a change elsewhere, none', async () => {
    await h.seed(userStorage([sessionRecord(daysAgo(10))], { areas: ['cheeks', 'neck'] }));
    const first = await openPopup();
    await first.page.getByTestId('log-button').click();
    await first.page.getByRole('button', { name: 'Save session' }).click();
    await first.page.getByTestId('saved').waitFor();
    // The user reads what was saved; meanwhile the popup draws its home view again and saves it.
    await first.page.waitForTimeout(1500);
    await first.page.close();

    const second = await openPopup();
    expect(second.live).toContain('2 sessions logged');
    expect(second.saved?.text).toBe(second.live);
    await second.page.close();

    // Another writer (the options page, the background) changes the data while the popup is closed.
    await h.seed({ profile: { ...(userStorage().profile as object), areas: ['cheeks', 'neck', 'scalp'] } });
    const third = await openPopup();
    expect(third.saved).toBeNull();
    expect(third.live).toContain('Scalp');
    await third.page.close();
  });

  it('a clock past the span the popup checked, or set back before the drawing, paints no saved view', async () => {
    await seedAndSaveView();
    const later = await openPopup(new Date(Date.now() + 8 * DAY));
    expect(later.saved).toBeNull();
    await later.page.close();
    const earlier = await openPopup(new Date(Date.now() - DAY));
    expect(earlier.saved).toBeNull();
    await earlier.page.close();
  });

  it('"Delete everything" in the options page also deletes the saved view', async () => {
    await seedAndSaveView();
    const { page } = await h.open('options.html#data');
    await page.getByRole('button', { name: 'Delete all data' }).click();
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByTestId('toast').getByText('All data was deleted.').waitFor();
    await expect.poll(async () => (await h.readStorage()).statusView ?? null).toBeNull();
    await page.close();
  });
});
