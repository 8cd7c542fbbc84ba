import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The real storage layer bundled for injection (shared with the benchmark).
import { bundleBenchEntry, inTimerTask } from '../../scripts/bench/bundle.mjs';
import { type Harness, startHarness } from './support';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { remove(k: string): Promise<void> } };
};

let h: Harness;
let code: string;

beforeAll(async () => {
  [h, code] = await Promise.all([startHarness(), bundleBenchEntry()]);
});
afterAll(async () => {
  await h?.close();
});

async function inject(page: Page): Promise<void> {
  await page.evaluate(inTimerTask(code));
}

/** A card action as the card sends it: a message the background answers through the store. */
function cardAction(page: Page, site: string) {
  return page.evaluate(
    (site) =>
      chrome.runtime.sendMessage({ type: 'roller-coach:card-settings', action: 'disable-site', site }),
    site,
  );
}

const session = (id: string, day: number) => {
  const when = `2026-11-${String(day).padStart(2, '0')}T08:00:00+01:00`;
  return {
    id,
    when,
    area: day % 2 ? 'cheeks' : 'forehead',
    rollerId: null,
    needleMm: 0.25,
    bleeding: 'none',
    products: [],
    sideEffects: [],
    notes: '',
    findings: [],
    loggedAt: when,
  };
};

type Settings = { theme: string; card: { disabledSites: string[] } };

describe('concurrent writers and the summary, in real Chromium', () => {
  it('card actions (to the background) racing options-page settings saves: neither is lost', async () => {
    await h.clear();
    const options = (await h.open('options.html')).page;
    const other = (await h.open('popup.html')).page;
    const theme = options.getByLabel('Theme');
    await theme.waitFor();
    const sites = Array.from({ length: 8 }, (_, i) => `shop-${i}.example`);
    // In the options page itself, in one task: the card's message leaves, and the options save
    // starts from the settings the page holds, before the card's write can have reached it.
    await options.evaluate(async (sites) => {
      const select = [...document.querySelectorAll('select')].find((s) =>
        [...s.options].some((o) => o.value === 'dark'),
      ) as HTMLSelectElement;
      const sent: Promise<unknown>[] = [];
      for (const [i, site] of sites.entries()) {
        sent.push(
          chrome.runtime.sendMessage({ type: 'roller-coach:card-settings', action: 'disable-site', site }),
        );
        select.value = i % 2 ? 'light' : 'dark';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((r) => setTimeout(r, i * 7));
      }
      await Promise.all(sent);
    }, sites);
    await other.evaluate(() => undefined);
    // Every write landed (the last select is the theme).
    await expect
      .poll(
        async () =>
          ((await h.readStorage()).settings as Settings | undefined)?.card.disabledSites.length ?? 0,
      )
      .toBe(sites.length);
    const settings = (await h.readStorage()).settings as Settings;
    expect([...settings.card.disabledSites].sort()).toEqual([...sites].sort());
    await expect.poll(async () => ((await h.readStorage()).settings as Settings).theme).toBe('light');
    await options.close();
    await other.close();
  });

  it('popup log + options edit + background card action at once: the summary ends equal to a rebuild', async () => {
    await h.clear();
    const popup = (await h.open('popup.html')).page;
    const options = (await h.open('options.html')).page;
    await Promise.all([inject(popup), inject(options)]);
    const writes: Promise<unknown>[] = [];
    for (let i = 1; i <= 12; i++) {
      writes.push(
        popup.evaluate(
          (s) =>
            (globalThis as never as { __rcBench: { append(s: unknown): Promise<unknown> } }).__rcBench.append(
              s,
            ),
          session(`p${i}`, i),
        ),
      );
      writes.push(
        options.evaluate(
          (s) =>
            (globalThis as never as { __rcBench: { append(s: unknown): Promise<unknown> } }).__rcBench.append(
              s,
            ),
          session(`o${i}`, i + 12),
        ),
      );
      writes.push(cardAction(popup, `site-${i}.example`));
    }
    // The options page deletes two while the others write.
    writes.push(
      options.evaluate(
        (t) =>
          (globalThis as never as { __rcBench: { remove(t: unknown): Promise<unknown> } }).__rcBench.remove(
            t,
          ),
        [session('p3', 3), session('o4', 16)],
      ),
    );
    await Promise.all(writes);
    const stored = await h.readStorage();
    const months = (stored.sessions as { months: string[] }).months;
    const all = months.flatMap((m) => JSON.parse(stored[`sessions:${m}`] as string) as { id: string }[]);
    const summary = stored.summary as {
      count: number;
      sessions: { id: string }[];
      stamps: object;
      useDays: object;
    };
    expect(summary.count).toBe(all.length);
    expect((stored.settings as Settings).card.disabledSites).toHaveLength(12);
    // Drop it; the popup's next read rebuilds it from the months: the same summary.
    await h.worker.evaluate(() => chrome.storage.local.remove('summary'));
    const again = (await h.open('popup.html')).page;
    await again.getByTestId('session-count').waitFor();
    await expect.poll(async () => (await h.readStorage()).summary !== undefined).toBe(true);
    const rebuilt = (await h.readStorage()).summary as typeof summary;
    expect(rebuilt.count).toBe(summary.count);
    expect(rebuilt.sessions.map((s) => s.id)).toEqual(summary.sessions.map((s) => s.id));
    expect(rebuilt.stamps).toEqual(summary.stamps);
    expect(rebuilt.useDays).toEqual(summary.useDays);
    expect(await again.getByTestId('session-count').textContent()).toBe(`${all.length} sessions logged`);
    for (const p of [popup, options, again]) await p.close();
  });
});
