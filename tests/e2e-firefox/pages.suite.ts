import { beforeAll, describe, expect, it } from 'vitest';
import { bundleBenchEntry } from '../../scripts/bench/bundle.mjs';
import { makeStore } from '../../scripts/bench/history.mjs';
import * as flows from '../e2e/flows';
import { daysAgo, FACE_ROLLER, sessionRecord, userStorage } from '../e2e/seed';
import { css, testId } from '../e2e/ui';
import { pdfPageCount } from './pdf';
import { type FirefoxHarness, until } from './support';

declare const browser: {
  alarms: { clearAll(): Promise<boolean> };
  runtime: { getBackgroundPage(): Promise<Window> };
};

export const CONTROL = 'roller-coach-e2e-control';

/** The extension's pages, in the Firefox that `harness` gives (tests/e2e-firefox/firefox.test.ts). */
export const pagesSuite = (harness: () => FirefoxHarness) =>
  describe('extension pages in real Firefox', () => {
    let h: FirefoxHarness;
    let code: string;
    beforeAll(async () => {
      h = harness();
      code = await bundleBenchEntry();
    });

    it('console errors are captured: a control error in a page, an uncaught one, and one in the background page', async () => {
      const ui = await h.open('popup.html');
      await ui.evaluate((m) => console.error(m), `${CONTROL}-page`);
      await ui.evaluate((m) => {
        setTimeout(() => {
          throw new Error(m);
        });
      }, `${CONTROL}-uncaught`);
      await ui.evaluate(
        async (m) =>
          ((await browser.runtime.getBackgroundPage()) as unknown as typeof globalThis).console.error(m),
        `${CONTROL}-background`,
      );
      const seen = () => ui.errors().join('\n');
      await until('the control errors on Firefox output', async () =>
        ['page', 'uncaught', 'background'].every((k) => seen().includes(`${CONTROL}-${k}`)),
      );
      await ui.close();
    });

    it('a temporary install (as web-ext run makes) opens the popup in a tab', async () => {
      const urls = async () =>
        Promise.all((await h.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => '')));
      await until('the popup tab', async () => (await urls()).includes(h.url('popup.html')));
    });

    it('has the Web Locks API the store serialises every write with, in pages and the background page', async () => {
      const ui = await h.open('popup.html');
      expect(await ui.evaluate(() => typeof navigator.locks?.request, null)).toBe('function');
      expect(
        await ui.evaluate(
          async () =>
            typeof ((await browser.runtime.getBackgroundPage()) as unknown as typeof globalThis).navigator
              .locks?.request,
          null,
        ),
      ).toBe('function');
      await ui.close();
    });

    it('first run: welcome with the disclaimer, first roller, areas, then the status', () =>
      flows.firstRun(h));
    it("the popup's next open paints the status it last drew (its saved view), then its own drawing", async () => {
      await h.seed(userStorage([sessionRecord(daysAgo(1))]));
      const first = await h.open('popup.html');
      await first.waitFor(testId('status-cheeks'));
      await until('the popup saved its view', async () => Boolean((await h.readStorage()).statusView));
      await first.close();
      const second = await h.open('popup.html');
      await second.waitFor(css('#app:not([inert]) [data-testid="status-cheeks"]'));
      const painted = () => performance.getEntriesByName('rc:saved-view-painted').length;
      expect(await second.evaluate(painted, null)).toBe(1);
      expect(await second.text(testId('status-cheeks'))).toContain('Not yet');
      expect(second.errors()).toEqual([]);
      await second.close();
    });

    it('the popup shows what storage holds, and follows a write made elsewhere', () =>
      flows.popupFollowsStorage(h));
    it('logs a session; the badge counts down; undo removes it and the badge clears', () =>
      flows.logAndUndo(h));
    it('a session too soon is recorded with the warning and the acknowledgement is stored', () =>
      flows.tooSoonAcknowledged(h));
    it('the options page: rule table with sources, roller, profile, rules, theme', () =>
      flows.optionsSections(h));

    it('exports a JSON backup and a CSV, and imports the backup after a preview; a bad file changes nothing', async () => {
      await h.clear();
      await h.seed(flows.BACKUP_SEED);
      const ui = await h.open('options.html');
      const json = await h.download(ui, testId('export-json'));
      const csv = await h.download(ui, testId('export-csv'));
      flows.checkExports(json, csv);
      expect(ui.errors()).toEqual([]);
      await ui.close();
      await flows.importBackup(h, json.buffer);
    });

    it('the report renders the chosen period and prints to a PDF of a few pages', async () => {
      await h.clear();
      await h.seedWithStoreCode(code, makeStore(160, { years: 1 }));
      const ui = await flows.reportPeriods(h, 160);
      await ui.close();
      const page = await h.page('report.html?range=3');
      await until('the report', () => page.$('[data-testid="report-summary"]'));
      const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      await page.close();
    });

    it('after a background restart the alarms are armed again and the badge is set again', async () => {
      await h.clear();
      const when = new Date(Date.now() - 2 * 86_400_000).toISOString().replace(/\.\d+Z$/, '+00:00');
      // A roller bought 20 days ago: an old one would be worn out, and the badge would warn instead.
      const firstUse = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
      await h.seed(userStorage([sessionRecord(when)], { areas: ['cheeks'] }, [{ ...FACE_ROLLER, firstUse }]));
      const names = async () => (await h.alarms()).map((a) => a.name).sort();
      await until('the alarms', async () => (await names()).length === 2);
      expect(await names()).toEqual(['roller-coach:next', 'roller-coach:tick']);
      await until('the badge', async () => /^[56]d$/.test(await h.badge()));
      // Forget the alarms, then restart the add-on: its background page must arm them again.
      const ui = await h.open('manifest.json');
      await ui.evaluate(() => browser.alarms.clearAll(), null);
      expect(await names()).toEqual([]);
      await h.restartBackground();
      await until('the alarms after the restart', async () => (await names()).length === 2);
      expect(await names()).toEqual(['roller-coach:next', 'roller-coach:tick']);
      await until('the badge after the restart', async () => /^[56]d$/.test(await h.badge()));
    });
  });
