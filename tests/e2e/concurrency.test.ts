import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The real storage layer bundled for injection (shared with the benchmark).
import { bundleBenchEntry, inTimerTask } from '../../scripts/bench/bundle.mjs';
import { type Harness, startHarness } from './support';

let h: Harness;
let code: string;

beforeAll(async () => {
  [h, code] = await Promise.all([startHarness(), bundleBenchEntry()]);
});
afterAll(async () => {
  await h?.close();
});

/** Start the bundle in a timer task so it initialises under the extension's CSP, as real pages do. */
/** A page or the service worker: both evaluate functions the same way. */
type Context = Pick<Page, 'evaluate'>;
const asContext = (w: Worker) => w as unknown as Context;

async function inject(target: Context): Promise<void> {
  await target.evaluate(inTimerTask(code));
}

function appendMany(target: Context, prefix: string, n: number) {
  return target.evaluate(
    async ({ prefix, n }) => {
      // biome-ignore lint/suspicious/noExplicitAny: the bench bundle's global, typed in scripts/bench/entry.ts
      const b = (globalThis as any).__rcBench;
      for (let i = 0; i < n; i++) {
        const when = `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}T08:00:00+01:00`;
        await b.append({
          id: `${prefix}-${i}`,
          when,
          area: 'cheeks',
          rollerId: null,
          needleMm: 0.25,
          bleeding: 'none',
          products: [],
          sideEffects: [],
          notes: '',
          findings: [],
          loggedAt: when,
        });
      }
    },
    { prefix, n },
  );
}

describe('concurrent writers in real Chromium', () => {
  it('popup, options page and service worker appending at the same time lose no session', async () => {
    const popup = (await h.open('popup.html')).page;
    const options = (await h.open('options.html')).page;
    await Promise.all([inject(popup), inject(options), inject(asContext(h.worker))]);
    await Promise.all([
      appendMany(popup, 'popup', 40),
      appendMany(options, 'options', 40),
      appendMany(asContext(h.worker), 'worker', 40),
    ]);
    const stored = await h.readStorage();
    const months = (stored.sessions as { months: string[] }).months;
    const all = months.flatMap((m) => JSON.parse(stored[`sessions:${m}`] as string) as { id: string }[]);
    expect(all).toHaveLength(120);
    expect(new Set(all.map((s) => s.id)).size).toBe(120);
    // The open popup's own state followed every write.
    expect(await popup.getByTestId('session-count').textContent()).toBe('120 sessions logged');
  });
});
