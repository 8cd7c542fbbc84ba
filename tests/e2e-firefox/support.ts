import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { inTimerTask } from '../../scripts/bench/bundle.mjs';
import { launchFirefoxWithExtension } from '../../scripts/lib/firefox.mjs';
import type { FlowHarness } from '../e2e/flows';
import type { Target, Ui } from '../e2e/ui';
import { resolveInPage, toWire } from './resolve';

/** The part of the extension API the harness calls from an extension page. */
declare const browser: {
  storage: {
    local: {
      set(v: unknown): Promise<void>;
      get(k: null): Promise<Record<string, unknown>>;
      clear(): Promise<void>;
    };
  };
  browserAction: { getBadgeText(d: object): Promise<string> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number }[]> };
  runtime: { reload(): void };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll `check` until it is truthy; throw `what` after `ms`. */
export async function until<T>(
  what: string,
  check: () => Promise<T | null | undefined | false | 0 | ''>,
  ms = 8000,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ''}`);
    await sleep(100);
  }
}

/**
 * Firefox's BiDi navigation of a moz-extension:// page never resolves (see the shared note), so
 * navigate without waiting and poll for the document instead. Works for web pages too.
 */
export async function navigate(page: Page, url: string): Promise<void> {
  const ctx = (
    page.mainFrame() as unknown as {
      browsingContext: { navigate(u: string, wait: 'none'): Promise<unknown> };
    }
  ).browsingContext;
  await ctx.navigate(url, 'none');
  // A shop page's own scripts may rewrite its URL (history.replaceState): the origin is enough
  // there; its subresources are all aborted, so "interactive" is as far as some pages get.
  const web = /^https?:/.test(url);
  const origin = web ? new URL(url).origin : '';
  await until(
    `${url} to load`,
    () =>
      page.evaluate(
        (u, o) =>
          o
            ? location.origin === o && document.readyState !== 'loading'
            : location.href === u && document.readyState === 'complete',
        url,
        origin,
      ),
    web ? 20_000 : 8000,
  );
}

async function reloadPage(page: Page): Promise<void> {
  const ctx = (
    page.mainFrame() as unknown as {
      browsingContext: { reload(o: { wait: 'none' }): Promise<unknown> };
    }
  ).browsingContext;
  const marker = `rc-${Math.random()}`;
  await page.evaluate((m) => {
    (window as unknown as Record<string, boolean>)[m] = true;
  }, marker);
  await ctx.reload({ wait: 'none' });
  await until('the page to reload', () =>
    page.evaluate(
      (m) => !(window as unknown as Record<string, boolean>)[m] && document.readyState === 'complete',
      marker,
    ),
  );
}

/**
 * Console errors of every page, the background page's included, reach Firefox's stdout as
 * `console.error: "<message>"` and uncaught ones its stderr as `JavaScript error: <url>, line n:`
 * (an unhandled promise rejection has no url). Each Ui reads the lines printed since it opened.
 * Firefox's own modules print too, but from chrome:// or resource:// files, or as
 * `console.error: <Module>: ...` without quotes: not ours.
 */
export function errorLines(output: string[], from = 0): string[] {
  return output
    .slice(from)
    .filter((l) => /^console\.error: "|^JavaScript error: (moz-extension:|https?:|, line 0)/.test(l));
}

const RESOLVE = resolveInPage.toString();

function puppeteerUi(page: Page, output: string[], uploads: string): Ui {
  const from = output.length;
  // The resolver goes into the page as source text: a function passed to evaluate could not
  // reach it (the test bundler's imports are not there).
  const inPage = (t: Target, then: string) => `(${RESOLVE})(${JSON.stringify(toWire(t))})${then}`;
  const countOf = (t: Target) => page.evaluate(inPage(t, '.length')) as Promise<number>;
  const one = async (t: Target): Promise<ElementHandle<Element>> =>
    until<ElementHandle<Element>>(`${JSON.stringify(toWire(t))}`, async () => {
      const el = await page.evaluateHandle(inPage(t, '[0] ?? null'));
      if (await el.evaluate((n: unknown) => n === null)) return null;
      return el as ElementHandle<Element>;
    });
  const setValue = (el: ElementHandle<Element>, value: string) =>
    el.evaluate((node: Element, v: string) => {
      const input = node as HTMLInputElement | HTMLSelectElement;
      const proto = Object.getPrototypeOf(input);
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  return {
    async waitFor(t, state = 'present') {
      await until(`${JSON.stringify(toWire(t))} ${state}`, async () => {
        if (state === 'gone') return (await countOf(t)) === 0;
        // As Playwright's waitFor: present means rendered (it has a box).
        return (await page.evaluate(inPage(t, '.some((e) => e.getClientRects().length > 0)'))) === true;
      });
    },
    async click(t) {
      const el = await one(t);
      await el.click();
    },
    async fill(t, v) {
      const el = await one(t);
      await el.focus();
      await setValue(el, v);
    },
    async check(t) {
      const el = await one(t);
      if (!(await el.evaluate((n: Element) => (n as HTMLInputElement).checked))) await el.click();
    },
    async select(t, v) {
      await setValue(await one(t), v);
    },
    text: async (t) => (await one(t)).evaluate((n: Element) => n.textContent ?? ''),
    attr: async (t, name) => (await one(t)).evaluate((n: Element, a: string) => n.getAttribute(a), name),
    value: async (t) => (await one(t)).evaluate((n: Element) => (n as HTMLInputElement).value),
    count: countOf,
    visible: async (t) =>
      (await countOf(t)) > 0 &&
      (await (
        await one(t)
      ).evaluate(
        (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
      )),
    async upload(t, file) {
      // Firefox reads a chosen file when the page asks for its text: it must stay on disk.
      const dir = mkdtempSync(join(uploads, 'file-'));
      const path = join(dir, file.name);
      writeFileSync(path, file.buffer);
      const el = (await one(t)) as ElementHandle<HTMLInputElement>;
      await el.uploadFile(path);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    reload: () => reloadPage(page),
    errors: () => errorLines(output, from),
    close: () => page.close(),
  };
}

export interface FirefoxHarness extends FlowHarness {
  browser: Browser;
  base: string;
  /** Every line Firefox printed on stdout and stderr. */
  output: string[];
  url: (page: string) => string;
  /** Open a page (extension page name, or any https URL) and return it as a puppeteer Page. */
  page: (urlOrPage: string, opts?: { width?: number }) => Promise<Page>;
  alarms: () => Promise<{ name: string; scheduledTime: number; periodInMinutes?: number }[]>;
  /** Reload the add-on (its background page restarts; storage stays) and wait until it is back. */
  restartBackground: () => Promise<void>;
  /** Click `target` in `ui` and return the file Firefox saved (into its download folder). */
  download: (ui: Ui, target: Target) => Promise<{ name: string; text: string; buffer: Buffer }>;
  /** Seed a store with the real repository code (the benchmark's bundle), as the Chromium tier does. */
  seedWithStoreCode: (code: string, store: unknown) => Promise<void>;
  /** Serve pages by host + path on their real https URLs; every other request is aborted. */
  pages: Map<string, string>;
  /** Requests (host + path) that are never answered, as a stalled ad or image would be. */
  hang: Set<string>;
  close: () => Promise<void>;
}

const RESULTS = resolve(import.meta.dirname, '../../test-results');

export async function startFirefoxHarness(
  name: string,
  opts: { locale?: string; timezoneId?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<FirefoxHarness> {
  const downloads = mkdtempSync(join(tmpdir(), 'roller-coach-ff-downloads-'));
  const uploads = mkdtempSync(join(tmpdir(), 'roller-coach-ff-uploads-'));
  const {
    browser: ff,
    base,
    output,
  } = await launchFirefoxWithExtension({
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
    downloadDir: downloads,
    ...opts,
  });
  const url = (p: string) => (/^https?:/.test(p) ? p : `${base}/${p}`);
  const pages = new Map<string, string>();
  const hang = new Set<string>();
  const page = async (p: string, o: { width?: number } = {}) => {
    const tab = await ff.newPage();
    await tab.setViewport({ width: o.width ?? 1100, height: 800 });
    if (/^https?:/.test(p)) {
      await tab.setRequestInterception(true);
      tab.on('request', (r: HTTPRequest) => {
        // A request can outlive its tab (closed meanwhile): its answer then has nowhere to go.
        const done = () => undefined;
        if (!/^https?:/.test(r.url())) return void r.continue().catch(done);
        const u = new URL(r.url());
        if (hang.has(`${u.hostname}${u.pathname}`)) return; // never answered: the page never finishes loading
        const html = pages.get(`${u.hostname}${u.pathname}`);
        if (html)
          return void r
            .respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
            .catch(done);
        return void r.abort().catch(done);
      });
    }
    await navigate(tab, url(p));
    return tab;
  };
  // One extension page stays open for the harness's own calls into the extension API.
  let api = await page('manifest.json');
  const inApi = async <R>(fn: () => Promise<R>): Promise<R> => api.evaluate(fn);
  const h: FirefoxHarness = {
    browser: ff,
    base,
    output,
    url,
    pages,
    hang,
    page,
    async open(p, o = {}) {
      const from = output.length;
      const tab = await page(p, o);
      const ui = puppeteerUi(tab, output, uploads);
      return { ...ui, errors: () => errorLines(output, from) };
    },
    seed: (values) => api.evaluate((v: Record<string, unknown>) => browser.storage.local.set(v), values),
    readStorage: () => inApi(() => browser.storage.local.get(null)),
    clear: () => inApi(() => browser.storage.local.clear()),
    badge: () => inApi(() => browser.browserAction.getBadgeText({})),
    alarms: () => inApi(() => browser.alarms.getAll()),
    async restartBackground() {
      await api.evaluate(() => setTimeout(() => browser.runtime.reload(), 50)).catch(() => {});
      await sleep(1500);
      await api.close().catch(() => {});
      api = await until('the add-on to come back', () => page('manifest.json'), 15_000);
    },
    async download(ui, target) {
      const before = new Set(readdirSync(downloads));
      await ui.click(target);
      // Firefox may show a file under a temporary name and then rename it: a download counts once
      // it is still there, with the same content, one poll later.
      let seen: { name: string; buffer: Buffer } | null = null;
      const done = await until('a finished download', async () => {
        const name = readdirSync(downloads).find(
          (f) => !before.has(f) && !f.endsWith('.part') && existsSync(`${downloads}/${f}.part`) === false,
        );
        const buffer = name && existsSync(join(downloads, name)) ? readFileSync(join(downloads, name)) : null;
        const last = seen;
        seen = name && buffer && buffer.length > 0 ? { name, buffer } : null;
        return seen && last && last.name === seen.name && last.buffer.equals(seen.buffer) ? seen : null;
      });
      return { name: done.name, text: done.buffer.toString('utf8'), buffer: done.buffer };
    },
    async seedWithStoreCode(code, store) {
      const tab = await page('manifest.json');
      // The bundle calls the promise-based `chrome` API (as Chromium has it); Firefox's is `browser`.
      await tab.evaluate(`globalThis.chrome = browser; ${inTimerTask(code)}`);
      await tab.evaluate(
        (s: unknown) =>
          (globalThis as unknown as { __rcBench: { seed(s: unknown): Promise<unknown> } }).__rcBench.seed(s),
        store,
      );
      await tab.close();
    },
    async close() {
      await ff.close();
      // What Firefox printed, for a failure's post-mortem (test-results/ is git-ignored).
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(join(RESULTS, `firefox-${name}.log`), `${output.join('\n')}\n`);
      for (const dir of [downloads, uploads]) rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}
