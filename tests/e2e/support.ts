import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/chromium.mjs';

/** The part of the extension API the harness calls inside the service worker. */
declare const chrome: {
  storage: { local: { set(v: unknown): Promise<void>; get(k: null): Promise<Record<string, unknown>> } };
};

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  url: (page: string) => string;
  /** Open an extension page and collect its console errors and page errors. */
  open: (page: string) => Promise<{ page: Page; errors: string[] }>;
  /** Write raw values into chrome.storage.local (as a previous version or a corruption would). */
  seed: (values: Record<string, unknown>) => Promise<void>;
  readStorage: () => Promise<Record<string, unknown>>;
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
    async open(page) {
      const p = await context.newPage();
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
    close: () => context.close(),
  };
}
