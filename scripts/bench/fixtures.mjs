// Shared, lazily created resources for the metrics: the build, its sizes, a Chromium with the
// extension, the bench bundle, the seeded store and the storage runs. Each fixture is made once,
// on first use, so a metric asks for what it needs and pays for nothing else.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../lib/chromium.mjs';
import { bundleBenchEntry, inTimerTask } from './bundle.mjs';
import { BENCH_TZ, makeNewSession, makeStore } from './history.mjs';
import { entrySize } from './sizes.mjs';
import { extensionScriptTime } from './trace-time.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Runs per measured figure (the median is reported). At least 5. */
export const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 7);
/**
 * Pairs for the popup-vs-line ratio: paint times move in 4 ms steps and spread over tens of ms on
 * a busy machine, so a median of 7 moved the ratio by about 0.15 between runs. A pair takes about
 * a second.
 */
export const POPUP_PAIRS = Math.max(RUNS, 15);
/**
 * Traced page loads for the content scripts' time: on this 2-core machine one load in three or
 * four is held up by another process (a load's wall time went from 10.5 to 23.8 ms in one run of
 * 7, its thread time only from 8.3 to 10.6), which moved a median of 7 by several ms between runs.
 */
export const SCRIPT_TRACES = Math.max(RUNS, 15);
export const STORE_SESSIONS = 10_000;

/**
 * The page the storage code runs in: an extension resource that runs no script of its own, so it
 * has the extension's origin and chrome.storage while neither the popup's nor the options page's
 * app loads the same 10k sessions alongside the measurement or reacts to the append's change event.
 * BENCH_HOST_PAGE=popup.html measures inside the running popup instead.
 */
export const HOST_PAGE = process.env.BENCH_HOST_PAGE || 'manifest.json';

function time(label, fn) {
  const t0 = performance.now();
  const out = fn();
  const done = () => console.log(`  ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  if (out instanceof Promise) return out.finally(done);
  done();
  return out;
}

export function createFixtures() {
  const memo = new Map();
  const cleanups = [];
  /** `fn` run once, on first use; later calls share its promise. */
  const once = (name, fn) => () => {
    if (!memo.has(name)) memo.set(name, Promise.resolve().then(fn));
    return memo.get(name);
  };

  const fx = {
    /** Facts about the fixtures that were made (the seeded store...), written to the JSON. */
    info: {},

    /**
     * `wxt build` for Chrome, then a private copy of .output/chrome-mv3, so a build started by
     * someone else during the benchmark cannot change what is measured.
     */
    extensionDir: once('extensionDir', () =>
      time('wxt build', () => {
        const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, FORCE_COLOR: '0' },
        });
        if (r.status !== 0) {
          process.stderr.write(`${r.stdout}\n${r.stderr}\n`);
          throw new Error(`wxt build failed (exit ${r.status})`);
        }
        const dir = mkdtempSync(join(tmpdir(), 'roller-coach-bench-ext-'));
        cpSync(EXTENSION_DIR, dir, { recursive: true });
        // The baseline pages for "popup open" ratios, which exist only in this private copy, never
        // in the shipped build: an extension page with nothing in it (timed to its load event, as
        // the bench did before), and one that shows a single line (timed, like the popup, to its
        // first paint with content).
        writeFileSync(
          join(dir, 'blank.html'),
          '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>',
        );
        writeFileSync(
          join(dir, 'line.html'),
          '<!doctype html><html><head><meta charset="utf-8"><title>line</title></head><body><p data-testid="session-count">Roller Coach</p></body></html>',
        );
        cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
        return dir;
      }),
    ),

    /** Sizes of the entry points (and of the popup's own code), each with every chunk and stylesheet it loads up front. */
    sizes: once('sizes', async () => {
      const dir = await fx.extensionDir();
      // The popup's own code, loaded by its first script once the first paint is done.
      const popupApp = readdirSync(join(dir, 'chunks')).find((f) => /^start-[\w-]+\.js$/.test(f));
      if (!popupApp) throw new Error("the popup's start chunk (chunks/start-*.js) is missing");
      return {
        popup: entrySize(dir, 'popup.html'),
        popupApp: entrySize(dir, `chunks/${popupApp}`),
        options: entrySize(dir, 'options.html'),
        background: entrySize(dir, 'background.js'),
      };
    }),

    /** Headless Chromium with the built extension; no request leaves the machine. */
    browser: once('browser', async () => {
      const extensionDir = await fx.extensionDir();
      const b = await time('launch Chromium', () =>
        launchWithExtension({ extensionDir, timezoneId: BENCH_TZ, locale: 'en-US' }),
      );
      await b.context.route(/^https?:\/\//, (route) => route.abort());
      cleanups.push(async () => {
        await b.context.close();
        rmSync(b.userDataDir, { recursive: true, force: true });
      });
      return b;
    }),

    /** The bench entry (real repository and core) as an IIFE string. */
    benchCode: once('benchCode', () => time('bundle bench entry', () => bundleBenchEntry())),

    /**
     * A fresh extension page with the bench bundle injected (`globalThis.__rcBench`). Page errors
     * fail the measurement. Close it when done.
     */
    async benchPage(path = HOST_PAGE) {
      const [{ context, extensionId }, code] = await Promise.all([fx.browser(), fx.benchCode()]);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      // CDP's own evaluation is exempt from the page's CSP, but only while it runs: the bundle
      // starts in a timer task instead, so its modules initialise under the extension's CSP as
      // they do in the real pages (zod probes `new Function` once, finds it blocked and stays
      // jitless; probed during the CDP call, it would later try to compile and throw).
      await page.evaluate(inTimerTask(code));
      const check = () => {
        if (errors.length > 0) throw new Error(`errors in ${path}: ${errors.join('; ')}`);
      };
      return { page, check };
    },

    /**
     * Time to open the popup until its status is painted, with `n` sessions stored, paired in the
     * same run and browser, in ABBA order (medians of POPUP_PAIRS each), with an extension page that
     * paints one line: both timed the same way, from the test's request to open the page to the
     * page's first paint with content (paint timing), so neither pays a cost the other does not.
     * The popup's figure counts only when that paint is its status: the saved view painted before
     * it (else the time its status became visible is counted). The store is reseeded. Each popup
     * stays open half a second, as for a user reading it (the popup saves the view its next open
     * shows first: src/store/status-view.ts). Also timed: until the test driver finds the status
     * visible (`found`, which polls the page and so waits for the main thread; it starts looking
     * once the paint is read, so that its polling delays no paint), until the popup's
     * own drawing has taken over (`live`), opens with no saved view, as after a change of the data
     * (`cold`), and the empty extension page until its load event (`blank`, the earlier baseline).
     */
    popupOpen: (n) =>
      once(`popupOpen${n}`, async () => {
        const { context, extensionId } = await fx.browser();
        const store = makeStore(n, { years: Math.max(1, Math.round(n / 1000)) });
        const { page: seedPage, check } = await fx.benchPage();
        await seedPage.evaluate((s) => globalThis.__rcBench.seed(s), store);
        check();
        const url = (p) => `chrome-extension://${extensionId}/${p}`;
        const popup = [];
        const line = [];
        const found = [];
        const live = [];
        const blank = [];
        const cold = [];
        const clock = () => performance.timeOrigin + performance.now();
        /** When the page first painted content, in ms since `start` (the host's wall clock). */
        const paintedSince = (page, start) =>
          page
            .evaluate(
              () =>
                new Promise((resolve) => {
                  const done = (entry) =>
                    resolve({
                      at: performance.timeOrigin + entry.startTime,
                      paint: entry.startTime,
                      view: performance.getEntriesByName('rc:saved-view-painted')[0]?.startTime ?? null,
                    });
                  const seen = performance.getEntriesByName('first-contentful-paint')[0];
                  if (seen) return done(seen);
                  new PerformanceObserver((list, obs) => {
                    const entry = list.getEntriesByName('first-contentful-paint')[0];
                    if (entry) {
                      obs.disconnect();
                      done(entry);
                    }
                  }).observe({ type: 'paint', buffered: true });
                }),
            )
            .then((r) => ({ ...r, ms: r.at - start }));
        const openBlank = async () => {
          const b = await context.newPage();
          const t0 = performance.now();
          await b.goto(url('blank.html'), { waitUntil: 'load' });
          const ms = performance.now() - t0;
          await b.close();
          return ms;
        };
        const openLine = async () => {
          const b = await context.newPage();
          await b.setViewportSize({ width: 360, height: 600 });
          const start = clock();
          await b.goto(url('line.html'), { waitUntil: 'commit' });
          const { ms } = await paintedSince(b, start);
          await b.close();
          return ms;
        };
        const openPopup = async () => {
          const p = await context.newPage();
          await p.setViewportSize({ width: 360, height: 600 });
          const start = clock();
          const t0 = performance.now();
          await p.goto(url('popup.html'), { waitUntil: 'commit' });
          // The paint first, observed as on the one-line page: the driver's locators run their
          // script on the page's main thread while it loads, and so delayed the popup's paint,
          // not the line's (about 8 against 4 ms, measured side by side).
          const painted = await paintedSince(p, start);
          await p.locator('[data-testid="session-count"]').waitFor({ state: 'visible' });
          const seen = performance.now() - t0;
          await p.locator('#app:not([inert]) [data-testid="session-count"]').waitFor({ state: 'visible' });
          const own = performance.now() - t0;
          // The first paint is the status only when the saved view was on the page by then.
          const status = painted.view !== null && painted.view <= painted.paint ? painted.ms : seen;
          await p.waitForTimeout(500);
          await p.close();
          return { status, seen, own };
        };
        const forgetSavedView = () => seedPage.evaluate(() => chrome.storage.local.remove('statusView'));
        // One of each warms the browser's caches and is not counted; then POPUP_PAIRS pairs in ABBA order
        // (line page first, then popup first, ...), so neither side always runs second.
        await openBlank();
        await openLine();
        await openPopup();
        const timePopup = async () => {
          const r = await openPopup();
          popup.push(r.status);
          found.push(r.seen);
          live.push(r.own);
        };
        for (let i = 0; i < POPUP_PAIRS; i++) {
          if (i % 2 === 0) {
            line.push(await openLine());
            await timePopup();
          } else {
            await timePopup();
            line.push(await openLine());
          }
          blank.push(await openBlank());
        }
        for (let i = 0; i < RUNS; i++) {
          await forgetSavedView();
          cold.push((await openPopup()).seen);
        }
        await seedPage.close();
        return { popup, line, found, blank, live, cold };
      })(),

    /**
     * The options page over the 10k store: open until the first history page shows, filter by
     * area, sort oldest first; then the report of all sessions and the report as it opens by
     * default (6 months). RUNS fresh pages; times from the action to the updated table. A report
     * is timed until it can be read: page one, and the last row of the appendix as the screen
     * shows it (a page of rows, src/ui/report/ReportSessions.tsx; printing lays out every row).
     */
    optionsRuns: once('optionsRuns', async () => {
      await fx.store10k();
      const { context, extensionId } = await fx.browser();
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await context.newPage();
        let t0 = performance.now();
        await page.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'commit' });
        await page.locator('[data-testid="history-count"]').waitFor();
        // The first history page: the count and the table's first row on screen.
        await page.locator('[data-testid="history-table"] tbody tr').first().waitFor({ state: 'visible' });
        const open = performance.now() - t0;
        const count = () => page.locator('[data-testid="history-count"]').textContent();
        const before = await count();
        t0 = performance.now();
        await page.selectOption('#hf-area', 'scalp');
        await page.waitForFunction(
          (b) => document.querySelector('[data-testid="history-count"]')?.textContent !== b,
          before,
        );
        const filter = performance.now() - t0;
        const firstRow = () =>
          page.locator('[data-testid="history-table"] tbody tr').first().getAttribute('data-session');
        const firstBefore = await firstRow();
        t0 = performance.now();
        await page.selectOption('#hf-sort', 'when-asc');
        await page.waitForFunction(
          (b) =>
            document.querySelector('[data-testid="history-table"] tbody tr')?.getAttribute('data-session') !==
            b,
          firstBefore,
        );
        const sort = performance.now() - t0;
        await page.close();
        const report = await context.newPage();
        t0 = performance.now();
        await report.goto(`chrome-extension://${extensionId}/report.html?range=all`, { waitUntil: 'commit' });
        await report
          .locator('[data-testid="report-sessions"] tbody tr')
          .last()
          .waitFor({ state: 'attached' });
        const reportAll = performance.now() - t0;
        await report.close();
        // The report as opened from the options page: its default period (6 months).
        const byDefault = await context.newPage();
        t0 = performance.now();
        await byDefault.goto(`chrome-extension://${extensionId}/report.html`, { waitUntil: 'commit' });
        await byDefault.locator('[data-testid="report-kind"]').waitFor({ state: 'visible' });
        await byDefault
          .locator('[data-testid="report-sessions"] tbody tr')
          .last()
          .waitFor({ state: 'attached' });
        const reportDefault = performance.now() - t0;
        await byDefault.close();
        runs.push({ open, filter, sort, reportAll, reportDefault });
      }
      return runs;
    }),

    /** The 10k-session store, seeded once into chrome.storage.local in the repository's layout. */
    store10k: once('store10k', async () => {
      const store = makeStore(STORE_SESSIONS, { years: 10 });
      const { page, check } = await fx.benchPage();
      const layout = await time(`seed ${STORE_SESSIONS} sessions`, () =>
        page.evaluate((s) => globalThis.__rcBench.seed(s), store),
      );
      check();
      await page.close();
      fx.info.store = { sessions: store.sessions.length, ...layout, areas: store.profile.areas };
      return fx.info.store;
    }),

    /**
     * RUNS fresh pages over the seeded store. In each, in the order the popup meets them:
     * load() (a), areaStatuses() over what it loaded (c), then putSessions([one]) (b), whose
     * session is deleted again (untimed) so every run sees the same 10k. Then the two halves of
     * load() on their own: the raw chunk read and zod validation.
     */
    storageRuns: once('storageRuns', async () => {
      const seeded = await fx.store10k();
      const runs = [];
      await time(`${RUNS} storage runs`, async () => {
        for (let i = 0; i < RUNS; i++) {
          const { page, check } = await fx.benchPage();
          const r = await page.evaluate(
            async ({ session, tz }) => {
              const b = globalThis.__rcBench;
              const load = await b.load();
              const statuses = b.statuses(Date.now(), tz);
              const io = b.exportImport(Date.now(), tz);
              const append = await b.append(session);
              const removed = await b.remove([session]);
              const rawRead = await b.rawRead();
              const validate = b.validate();
              return { load, statuses, io, append, removed, rawRead, validate };
            },
            { session: makeNewSession(i), tz: BENCH_TZ },
          );
          check();
          await page.close();
          if (r.load.sessions !== seeded.sessions || r.load.rejected !== 0)
            throw new Error(
              `load() returned ${r.load.sessions} sessions and ${r.load.rejected} rejected values ` +
                `(seeded ${seeded.sessions}): the seeded store does not validate`,
            );
          if (r.removed !== 1) throw new Error(`the appended session was not found again (${r.removed})`);
          runs.push(r);
        }
      });
      return runs;
    }),

    async close() {
      for (const c of cleanups.reverse()) await c();
    },
  };
  return fx;
}

// ---------------------------------------------------------------------------------------------
// Safety card on retailer pages (issue 6): the content scripts' cost on the saved amazon.es page
// (1.9 MB, ../shared/fixtures/pages), as a non-roller product and with a derma roller title
// injected, and the page's load time with and without the extension, alternating in one run.

/** The saved real page, read from the shared fixtures (never copied into the project). */
export const CARD_PAGE = resolve(ROOT, '../shared/fixtures/pages/amazon-es-product.html');
/** The card's script as built (src/ui/card/card-script.ts), as the trace count names it. */
const CARD_FILE = 'retailer-card.js';

/**
 * The card's script was loaded (compiled as a module, or evaluated as an injected script) at the
 * extension's own address, and so counted: else the trace count would miss it without a word.
 */
function assertCardLoadCounted(events, prefix, byScript) {
  const loads = events.filter(
    (e) =>
      (e.name === 'v8.compileModule' || e.name === 'EvaluateScript') &&
      String(e.args?.data?.url ?? '').endsWith(`/${CARD_FILE}`),
  );
  const uncounted = loads.filter((e) => !String(e.args.data.url).startsWith(prefix));
  if (loads.length === 0 || uncounted.length > 0 || !(CARD_FILE in byScript))
    throw new Error(
      `the card was shown, but its loading was not counted (${loads.length} loads of ${CARD_FILE} in the trace, ${uncounted.length} at another address)`,
    );
}
const CARD_ORIGIN = 'https://www.amazon.es';
export const CARD_URLS = {
  plain: `${CARD_ORIGIN}/Cecotec-Excellence/dp/B01MUGXRT9`,
  roller: `${CARD_ORIGIN}/Dermaroller-Microagujas/dp/B0RC000050`,
  blank: `${CARD_ORIGIN}/blank`,
};
const ROLLER_TITLE =
  'Dermaroller 0,5 mm, Rodillo de Microagujas de Titanio con 540 Agujas para Cara y Cuero Cabelludo';

const cardMemo = new WeakMap();

/**
 * Fixtures of the card figures, made once per benchmark run on first use. The card is injected by
 * the background with chrome.scripting; a build without that permission gets it added in this
 * private copy (and `info.card.scriptingAdded` says so), as the card's e2e tests do.
 */
export function cardFixtures(fx) {
  if (cardMemo.has(fx)) return cardMemo.get(fx);
  const cleanups = [];
  const memo = new Map();
  const once = (name, fn) => () => {
    if (!memo.has(name)) memo.set(name, Promise.resolve().then(fn));
    return memo.get(name);
  };
  const close = fx.close;
  fx.close = async () => {
    for (const c of cleanups.reverse()) await c().catch((e) => console.error(`card clean-up: ${e}`));
    await close();
  };

  async function route(context, pages) {
    await context.route(/^https?:\/\//, (r) => {
      const url = r.request().url().split('#')[0];
      const body = url === CARD_URLS.blank ? '<!doctype html><title>blank</title>' : pages[url];
      return body ? r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : r.abort();
    });
  }

  const card = {
    pages: once('pages', async () => {
      const { existsSync, readFileSync } = await import('node:fs');
      if (!existsSync(CARD_PAGE)) throw new Error(`the saved Amazon page is missing: ${CARD_PAGE}`);
      const plain = readFileSync(CARD_PAGE, 'utf8');
      const roller = plain.replace(/(<span id="productTitle"[^>]*>)[^<]*/, `$1 ${ROLLER_TITLE} `);
      if (roller === plain) throw new Error('no #productTitle in the saved page');
      return { [CARD_URLS.plain]: plain, [CARD_URLS.roller]: roller };
    }),

    extensionDir: once('extensionDir', async () => {
      const { readFileSync } = await import('node:fs');
      const built = await fx.extensionDir();
      const dir = mkdtempSync(join(tmpdir(), 'roller-coach-bench-card-'));
      cpSync(built, dir, { recursive: true });
      const path = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      const added = !manifest.permissions?.includes('scripting');
      if (added) {
        manifest.permissions = [...(manifest.permissions ?? []), 'scripting'];
        writeFileSync(path, JSON.stringify(manifest));
      }
      fx.info.card = { scriptingAdded: added, page: 'amazon-es-product.html', rollerTitle: ROLLER_TITLE };
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      return dir;
    }),

    /**
     * The floor: an empty extension with the same content-script matches (and run_at, frames)
     * as the built one, each script an empty file, and an empty service worker. Generated into a
     * temp dir for this run only, never committed and never part of the build.
     */
    emptyExtensionDir: once('emptyExtensionDir', async () => {
      const { mkdirSync, readFileSync } = await import('node:fs');
      const built = JSON.parse(readFileSync(join(await fx.extensionDir(), 'manifest.json'), 'utf8'));
      const dir = mkdtempSync(join(tmpdir(), 'roller-coach-bench-empty-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      mkdirSync(join(dir, 'content-scripts'));
      writeFileSync(join(dir, 'background.js'), '\n');
      writeFileSync(join(dir, 'content-scripts', 'empty.js'), '\n');
      const contentScripts = (built.content_scripts ?? []).map(({ js, css, ...rest }) => ({
        ...rest,
        js: ['content-scripts/empty.js'],
      }));
      if (contentScripts.length === 0) throw new Error('the built manifest declares no content scripts');
      const manifest = {
        manifest_version: 3,
        name: 'Roller Coach bench floor (empty)',
        version: '0.0.0',
        background: { service_worker: 'background.js' },
        content_scripts: contentScripts,
      };
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
      fx.info.card = { ...fx.info.card, emptyExtension: { content_scripts: contentScripts } };
      return dir;
    }),

    /** Chromium with the empty extension, same flags. */
    emptyBrowser: once('emptyBrowser', async () => {
      const extensionDir = await card.emptyExtensionDir();
      const b = await time('launch Chromium with the empty extension', () =>
        launchWithExtension({ extensionDir, timezoneId: BENCH_TZ, locale: 'es-ES' }),
      );
      await route(b.context, await card.pages());
      cleanups.push(async () => {
        await b.context.close();
        rmSync(b.userDataDir, { recursive: true, force: true });
      });
      return b;
    }),

    /** Chromium with the extension (scripting permission ensured). */
    browser: once('browser', async () => {
      const extensionDir = await card.extensionDir();
      const b = await time('launch Chromium for the card', () =>
        launchWithExtension({ extensionDir, timezoneId: BENCH_TZ, locale: 'es-ES' }),
      );
      await route(b.context, await card.pages());
      cleanups.push(async () => {
        await b.context.close();
        rmSync(b.userDataDir, { recursive: true, force: true });
      });
      return b;
    }),

    /** The same Chromium and flags, without the extension. */
    plainBrowser: once('plainBrowser', async () => {
      const { chromium } = await import('playwright-core');
      const { chromiumArgs, requireChromium } = await import('../lib/chromium.mjs');
      const userDataDir = mkdtempSync(join(tmpdir(), 'roller-coach-bench-plain-'));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: requireChromium(),
        headless: true,
        args: chromiumArgs().filter(
          (a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'),
        ),
        timezoneId: BENCH_TZ,
        locale: 'es-ES',
        viewport: { width: 1100, height: 800 },
      });
      await route(context, await card.pages());
      cleanups.push(async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      });
      return { context };
    }),

    /**
     * Main-thread time of the extension's scripts in one page load, from a Chrome trace: their
     * scripts, the tasks their messages arrive in, and the microtask checkpoints right after
     * those, where the card's first draw runs (trace-time.mjs says what is counted and why).
     */
    scriptTime: (kind) =>
      once(`scriptTime.${kind}`, async () => {
        const { context, extensionId } = await card.browser();
        const prefix = `chrome-extension://${extensionId}/`;
        const samples = [];
        const detail = [];
        await time(`${SCRIPT_TRACES} content-script traces (${kind})`, async () => {
          for (let i = 0; i < SCRIPT_TRACES + 1; i++) {
            const page = await context.newPage();
            // A same-site page first: the navigation stays in one renderer and one CDP session.
            await page.goto(CARD_URLS.blank);
            const cdp = await context.newCDPSession(page);
            const events = [];
            cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
            await cdp.send('Tracing.start', {
              // toplevel: the tasks' "Receive mojo message" events, with their interface tag.
              categories: 'devtools.timeline,toplevel',
              transferMode: 'ReportEvents',
            });
            await page.goto(CARD_URLS[kind], { waitUntil: 'load' });
            if (kind === 'roller')
              await page.waitForSelector('roller-coach-card', { state: 'attached', timeout: 20_000 });
            // The detector's checks and the card's first fit and updates are over well within this.
            await page.waitForTimeout(kind === 'roller' ? 1500 : 2000);
            const frame = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
            const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
            await cdp.send('Tracing.end');
            await complete;
            // Only what happens from the product page's own request on (not the blank page's).
            const start =
              events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url === CARD_URLS[kind])
                ?.ts ?? 0;
            const { total, thread, byScript } = extensionScriptTime(events, { prefix, frame, start });
            const cardShown = await page.evaluate(() => document.querySelector('roller-coach-card') !== null);
            await page.close();
            if (cardShown !== (kind === 'roller'))
              throw new Error(`the card was ${cardShown ? '' : 'not '}shown on the ${kind} page`);
            // The card's own loading must be in the count: were it loaded from an address the
            // count does not know as the extension's (a per-session one), the figure would leave
            // it out.
            if (cardShown) assertCardLoadCounted(events, prefix, byScript);
            if (i === 0) {
              // The first load warms caches (the card's compiled code among them): shown, not counted.
              detail.push({ 'first load, cold caches (not counted)': total });
              continue;
            }
            samples.push(total);
            detail.push({ ...byScript, 'thread time (not a budget)': thread });
          }
        });
        return { samples, detail };
      })(),

    /**
     * Load-event time of the page (navigation start to the end of the load event) in three
     * browsers, the same flags: without an extension, with the empty extension (the floor: what
     * any extension with these content-script matches costs) and with Roller Coach. One round
     * warms the caches and is not counted; then RUNS rounds alternating the order (A B C, then
     * C B A, ...), so no browser always loads first or last.
     */
    loadTimes: (kind) =>
      once(`loadTimes.${kind}`, async () => {
        const [{ context: withExt }, { context: empty }, { context: without }] = await Promise.all([
          card.browser(),
          card.emptyBrowser(),
          card.plainBrowser(),
        ]);
        const loadMs = async (context) => {
          const page = await context.newPage();
          await page.goto(CARD_URLS[kind], { waitUntil: 'load' });
          const ms = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
          await page.close();
          return ms;
        };
        const sides = [
          { name: 'without', context: without },
          { name: 'empty', context: empty },
          { name: 'with', context: withExt },
        ];
        const samples = { with: [], empty: [], without: [], order: [] };
        await time(`${RUNS} ${kind} page loads without, with an empty and with the extension`, async () => {
          for (const side of sides) await loadMs(side.context);
          for (let i = 0; i < RUNS; i++) {
            const order = i % 2 === 0 ? sides : [...sides].reverse();
            for (const side of order) samples[side.name].push(await loadMs(side.context));
            samples.order.push(order.map((side) => side.name).join(','));
          }
        });
        return samples;
      })(),
  };
  cardMemo.set(fx, card);
  return card;
}
