import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { amazonPage, amazonRoller, cautionRoller } from '../fixtures/retail/pages';
import { needsShared, sharedPath } from '../support/shared';
import { errorLines, type FirefoxHarness, until } from './support';

const REAL_REL = 'fixtures/pages/real/ebay-p-1701411334-catalog-page.html';
const REAL = sharedPath(REAL_REL);
const REAL_URL = 'https://www.ebay.com/p/1701411334';
const REAL_TITLE = 'Hewlett Packard HP 423A Coaxial Crystal Detector';
const ROLLER_TITLE = 'Derma Roller 0.5mm, 540 Titanium Micro Needles for Face and Skin Care';
const ROLLER_URL = 'https://www.amazon.com/Derma-Roller/dp/B0RC000050';

let h: FirefoxHarness;

declare const browser: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript(o: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]>;
  };
};

const serve = (url: string, html: string) => {
  const u = new URL(url);
  h.pages.set(`${u.hostname}${u.pathname}`, html);
  return url;
};

/** The card's host, as the page sees it (its shadow root is closed: attributes only). */
const card = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('roller-coach-card');
    return el ? { mm: el.getAttribute('data-needle-mm'), verdict: el.getAttribute('data-verdict') } : null;
  });

const drawn = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('roller-coach-card');
    if (!host) return false;
    host.scrollIntoView({ block: 'center' });
    const r = host.getBoundingClientRect();
    for (let dy = 0; dy < 400; dy += 20)
      if (document.elementFromPoint(r.x + 150, r.y + dy) === host) return true;
    return false;
  });

async function expectNoCard(page: Page, ms = 3500) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    expect(await card(page)).toBeNull();
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * On a real shop page its own scripts log errors (their requests are aborted): only those of the
 * extension count there (its files, or its messages, which all start with "Roller Coach").
 */
const ours = (from: number) =>
  errorLines(h.output, from).filter((l) => /moz-extension:|Roller Coach/.test(l));

/** The safety card on shop pages, in the Firefox that `harness` gives (tests/e2e-firefox/firefox.test.ts). */
export const cardSuite = (harness: () => FirefoxHarness) =>
  describe('safety card in real Firefox', () => {
    beforeAll(() => {
      h = harness();
    });
    beforeEach(async () => {
      h.pages.clear();
      h.hang.clear();
      await h.clear();
    });

    it('shows on a routed Amazon roller page with the picked length and its verdict, with no errors', async () => {
      const from = h.output.length;
      // Every length it sells is 0.5 mm or less, so the verdict is the picked length's (caution).
      const page = await h.page(serve(ROLLER_URL, cautionRoller()));
      // The fixture has no scripts of its own: every error on it is the extension's.
      expect(await until('the card', () => card(page))).toEqual({ mm: '0.5', verdict: 'caution' });
      // The card is drawn: its host is an empty block by design, and the box that hangs from it
      // is what the page hits at some point below the host (a closed shadow root's content is
      // reported as its host).
      expect(await until('the card drawn', () => drawn(page))).toBe(true);
      expect(errorLines(h.output, from)).toEqual([]);
      await page.close();
    });

    it('shows while the page is still loading (an image that never arrives)', async () => {
      h.hang.add('www.amazon.com/images/stalled.jpg');
      const html = cautionRoller().replace(
        '</body>',
        '<img src="https://www.amazon.com/images/stalled.jpg" alt=""></body>',
      );
      const page = await h.page(serve(ROLLER_URL, html));
      expect(await until('the card', () => card(page))).toEqual({ mm: '0.5', verdict: 'caution' });
      expect(await page.evaluate(() => document.readyState)).toBe('interactive');
      await page.close();
    });

    it('injecting the detector (as the popup’s “check this page” does) answers what it found', async () => {
      const jade = serve(
        'https://www.amazon.com/Jade/dp/B0NEAR0001',
        amazonPage({ title: 'Jade Roller and Gua Sha' }),
      );
      const search = serve('https://www.amazon.com/s', amazonPage({ title: 'Derma Roller 0.5mm' }));
      const open = [
        await h.page(jade),
        await h.page(serve(ROLLER_URL, amazonRoller())),
        await h.page(search),
      ];
      await until('the card', () => card(open[1] as Page));
      const api = await h.page('manifest.json');
      const results = await api.evaluate(
        async (urls: string[]) => {
          const out: unknown[] = [];
          for (const url of urls) {
            const [tab] = await browser.tabs.query({ url });
            if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
            const r = await browser.scripting.executeScript({
              target: { tabId: tab.id },
              files: ['content-scripts/retailer.js'],
            });
            out.push(r[0]?.result);
          }
          return out;
        },
        [jade, ROLLER_URL, search],
      );
      expect(results).toEqual(['not-a-device', 'card', 'not-a-product']);
      expect(
        await (open[1] as Page).evaluate(() => document.querySelectorAll('roller-coach-card').length),
      ).toBe(1);
      for (const p of [...open, api]) await p.close();
    });

    const real = needsShared(
      'shows on a real saved eBay page (title made a roller’s) on its real URL, and not on the page as saved',
      REAL_REL,
    );
    it.skipIf(real.skip)(real.title, async () => {
      const html = readFileSync(REAL, 'utf8');
      expect(html).toContain(REAL_TITLE);
      const from = h.output.length;
      const asSaved = await h.page(serve(REAL_URL, html));
      await expectNoCard(asSaved);
      await asSaved.close();
      const page = await h.page(serve(REAL_URL, html.replaceAll(REAL_TITLE, ROLLER_TITLE)));
      expect(await until('the card', () => card(page))).toEqual({ mm: '0.5', verdict: 'caution' });
      expect(await until('the card drawn', () => drawn(page))).toBe(true);
      expect(ours(from)).toEqual([]);
      await page.close();
    });
  });
