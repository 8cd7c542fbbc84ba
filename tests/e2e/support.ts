import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';
import type { FlowHarness } from './flows';
import { playwrightUi } from './ui';

/** The part of the extension API the harness calls inside the service worker. */
declare const chrome: {
  storage: {
    local: {
      set(v: unknown): Promise<void>;
      get(k: null): Promise<Record<string, unknown>>;
      clear(): Promise<void>;
    };
  };
  action: { getBadgeText(d: object): Promise<string> };
};

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  url: (page: string) => string;
  /** Open an extension page and collect its console errors and page errors; `clockAt` fixes its clock. */
  open: (
    page: string,
    opts?: { clockAt?: Date; width?: number },
  ) => Promise<{ page: Page; errors: string[] }>;
  /** Write raw values into chrome.storage.local (as a previous version or a corruption would). */
  seed: (values: Record<string, unknown>) => Promise<void>;
  readStorage: () => Promise<Record<string, unknown>>;
  /** Empty extension storage, as on a fresh install. */
  clear: () => Promise<void>;
  /** The toolbar badge text the background set. */
  badge: () => Promise<string>;
  close: () => Promise<void>;
}

export async function startHarness(opts: Parameters<typeof launchWithExtension>[0] = {}): Promise<Harness> {
  const { context, worker, extensionId } = await launchWithExtension(opts);
  // No request leaves the machine: anything not served by the extension itself is aborted.
  await context.route(/^https?:\/\//, (route) => route.abort());
  const url = (page: string) => `chrome-extension://${extensionId}/${page}`;
  return {
    context,
    worker,
    extensionId,
    url,
    async open(page, opts = {}) {
      const p = await context.newPage();
      if (opts.clockAt) await p.clock.install({ time: opts.clockAt });
      if (opts.width) await p.setViewportSize({ width: opts.width, height: 600 });
      const errors: string[] = [];
      p.on('console', (m: ConsoleMessage) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      p.on('pageerror', (e) => errors.push(String(e)));
      await p.goto(url(page));
      return { page: p, errors };
    },
    async seed(values) {
      await worker.evaluate((v) => chrome.storage.local.set(v), values);
    },
    async readStorage() {
      return worker.evaluate(() => chrome.storage.local.get(null));
    },
    async clear() {
      await worker.evaluate(() => chrome.storage.local.clear());
    },
    badge: () => worker.evaluate(() => chrome.action.getBadgeText({})),
    close: () => context.close(),
  };
}

/** The Chromium harness as the shared scenarios (tests/e2e/flows.ts) see a browser. */
export function flowHarness(h: Harness): FlowHarness {
  return {
    async open(page, opts) {
      const { page: p, errors } = await h.open(page, opts);
      return playwrightUi(p, errors);
    },
    seed: h.seed,
    readStorage: h.readStorage,
    clear: h.clear,
    badge: h.badge,
  };
}
