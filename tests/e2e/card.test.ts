import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { amazonPage, amazonRoller, cautionRoller, ebayPage } from '../fixtures/retail/pages';
import { needsShared, sharedPath } from '../support/shared';
import { type CardHarness, CardProbe, expectNoCard, startCardHarness, waitForCard } from './card-support';

/** The part of the extension API the popup's "check this page" would use, run in the service worker here. */
declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript(o: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]>;
  };
};

const SHARED_ES_REL = 'fixtures/pages/amazon-es-product.html';
const SHARED_ES = sharedPath(SHARED_ES_REL);
const SCREENSHOTS = resolve(import.meta.dirname, '../../screenshots');

let h: CardHarness;
/** host + pathname -> page HTML; every other request is aborted. */
const pages = new Map<string, string>();

beforeAll(async () => {
  h = await startCardHarness({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  await h.context.route(/^https:\/\/[^/]+\.(?:amazon|ebay)\.[^/]+\//, (route) => {
    const u = new URL(route.request().url());
    const html = pages.get(`${u.hostname}${u.pathname}`);
    return html
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort();
  });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  pages.clear();
  await h.clear();
});

const ROLLER_URL = 'https://www.amazon.com/Derma-Roller/dp/B0RC000050';
const serve = (url: string, html: string) => {
  const u = new URL(url);
  pages.set(`${u.hostname}${u.pathname}`, html);
  return url;
};

async function settings(): Promise<{
  card: { enabled: boolean; disabledSites: string[]; dismissedProducts: string[] };
}> {
  return (await h.readStorage()).settings as never;
}

async function rects(page: Page, selectors: string[]) {
  return page.evaluate(
    (sels) =>
      sels.map((s) => {
        const r = document.querySelector(s)?.getBoundingClientRect();
        return r
          ? [s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]
          : [s, null];
      }),
    selectors,
  );
}

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('safety card on Amazon product pages, in real Chromium', () => {
  it('shows the picked length with its band, verdict, home schedule, contraindications and sources', async () => {
    serve(ROLLER_URL, cautionRoller());
    const { page, errors } = await h.visit(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    const text = (await (await CardProbe.of(page)).text()) ?? '';
    expect(text).toContain('Caution: upper edge of home use');
    expect(text).toContain(
      'Needle length on this page: 0.5 mm (over 0.25 to 0.5 mm), from the option you picked.',
    );
    expect(text).toContain('at least 7 days between sessions in the same area, at most 1 in 7 days');
    expect(text).toContain('a Roller Coach proposal, not a clinical finding');
    expect(text).toContain('Do not roll with: skin cancer or a suspicious mole;');
    expect(text).toContain('active acne (inflamed spots)');
    expect(text).toContain('Ask a doctor first with:');
    expect(text).toContain('Never roll over: eyelids or inside the orbital rim');
    expect(text).toContain('FDA 2020');
    expect(text).toContain('is not a medical device');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never moves the page, never covers a buy button, and keeps its px sizes under a 62.5% root font', async () => {
    const landmarks = [
      '#productTitle',
      '#add-to-cart-button',
      '#buy-now-button',
      '#wishlistButtonStack',
      '#feature-bullets',
      '.sponsored',
      '#moreBuyingChoices_feature_div',
    ];
    // The same page at a URL that is not a product page gets no card: the layout to compare with.
    serve('https://www.amazon.com/gp/help/customer/display', cautionRoller());
    const plain = await h.visit('https://www.amazon.com/gp/help/customer/display');
    await expectNoCard(plain.page, 1500);
    const before = await rects(plain.page, landmarks);
    serve(ROLLER_URL, cautionRoller());
    const { page } = await h.visit(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    expect(await rects(page, landmarks)).toEqual(before);
    const probe = await CardProbe.of(page);
    const card = await probe.rect();
    expect(card.height).toBeGreaterThan(100);
    for (const sel of ['#add-to-cart-button', '#buy-now-button', '#moreBuyingChoices_feature_div input']) {
      const b = await page.locator(sel).boundingBox();
      expect(b && overlaps(card, b), `card covers ${sel}`).toBe(false);
    }
    // Near the buy box: right under it, in the same column.
    const buybox = await page.locator('#desktop_buybox').boundingBox();
    expect(Math.abs(card.x - (buybox?.x ?? 0))).toBeLessThan(2);
    expect(card.y).toBeGreaterThanOrEqual((buybox?.y ?? 0) + (buybox?.height ?? 0));
    expect(await probe.style('font-size')).toBe('13px');
    // Opaque: the page underneath never shows through.
    expect(await probe.style('background-color')).toBe('rgb(255, 255, 255)');
    await page.close();
    await plain.page.close();
  });

  it('follows the size the shopper picks on the “on this page” line; the verdict follows the longest length the listing sells', async () => {
    // Sizes 0.25, 0.5 and 1.0 mm, and a description that "also fits 1.5mm heads" (issue 11, point 5).
    serve(ROLLER_URL, amazonRoller());
    const { page, errors } = await h.visit(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'not-for-home' });
    let text = (await (await CardProbe.of(page)).text()) ?? '';
    expect(text).toContain('Professional only');
    expect(text).toContain(
      'Needle length on this page: 0.5 mm (over 0.25 to 0.5 mm), from the option you picked.',
    );
    expect(text).toContain(
      'This listing also sells 1.0 mm, 1.5 mm: the verdict follows the longest, 1.5 mm: Professional only.',
    );
    expect(text).not.toContain('How often at home');
    await page.click('#size_name_2');
    await waitForCard(page, { mm: '1', verdict: 'not-for-home' });
    expect(await (await CardProbe.of(page)).text()).toContain('Needle length on this page: 1.0 mm');
    await page.click('#size_name_0');
    await waitForCard(page, { mm: '0.25', verdict: 'not-for-home' });
    text = (await (await CardProbe.of(page)).text()) ?? '';
    expect(text).toContain(
      'Needle length on this page: 0.25 mm (up to 0.25 mm), from the option you picked.',
    );
    expect(text).toContain('This listing also sells 0.5 mm, 1.0 mm, 1.5 mm');
    // The headline stays with the longest length; "fine for home use" appears only on the 0.25 mm row.
    expect(text).toMatch(/^Roller Coach Professional only /);
    expect(text).not.toContain('How often at home');
    expect(await page.locator('roller-coach-card').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [
      'an adjustable pen',
      'Dr. Pen A6 Microneedling Pen 0.25-2.5mm Adjustable',
      '0.25,2.5',
      'not-for-home',
      'Adjustable depth: 0.25 mm to 2.5 mm',
    ],
    [
      'a kit',
      'Derma Roller Kit 0.5mm, 1.0mm, 1.5mm, 3 Rollers',
      '0.5,1,1.5',
      'not-for-home',
      'Needle lengths on this page: 0.5 mm, 1.0 mm, 1.5 mm',
    ],
    [
      'no length anywhere',
      'Titanium Derma Roller for Face and Beard',
      '',
      'unknown',
      'This page does not say how long the needles are',
    ],
    [
      'a Spanish listing',
      'Rodillo Dermaroller 0,25 mm 540 Microagujas de Titanio',
      '0.25',
      'home-ok',
      'Fine for home use when no contraindication applies',
    ],
  ])('%s', async (_, title, mm, verdict, phrase) => {
    const url = serve('https://www.amazon.es/x/dp/B0RC000777', amazonPage({ title }));
    const { page } = await h.visit(url);
    await waitForCard(page, { mm, verdict });
    expect(await (await CardProbe.of(page)).text()).toContain(phrase);
    await page.close();
  });

  // The real amazon.es page joins the near-misses below when ../shared has it; without it that
  // part is skipped, visibly (a marked skip that `npm test` counts).
  const esPage = needsShared('no card on the real amazon.es page among the near-misses', SHARED_ES_REL);
  if (esPage.skip) it.skip(esPage.title, () => undefined);

  it('puts no card on near-misses: other rollers, pen needles, serums, masks, search pages, the real amazon.es page', async () => {
    const urls = [
      ['Jade Roller and Gua Sha Set for Face', 'B0NEAR0001'],
      ['BD Ultra-Fine Insulin Pen Needles 32G 4mm, 100 Count', 'B0NEAR0002'],
      ['Hyaluronic Acid Serum for Microneedling, 30 ml', 'B0NEAR0003'],
      ['LED Face Mask 7 Colours, for use after microneedling', 'B0NEAR0004'],
      ['Paint Roller 9 inch, 0.5 mm Nap', 'B0NEAR0005'],
      ['Ice Roller for Face and Eyes', 'B0NEAR0006'],
    ].map(([title, asin]) =>
      serve(`https://www.amazon.com/x/dp/${asin}`, amazonPage({ title: title as string })),
    );
    urls.push(serve('https://www.amazon.com/s', amazonPage({ title: 'Derma Roller 0.5mm' })));
    if (!esPage.skip)
      urls.push(
        serve('https://www.amazon.es/Cecotec-Excellence/dp/B01MUGXRT9', readFileSync(SHARED_ES, 'utf8')),
      );
    const opened = await Promise.all(urls.map((u) => h.visit(u)));
    await Promise.all(opened.map(({ page }) => expectNoCard(page, 2500)));
    await Promise.all(opened.map((o) => o.page.close()));
  });

  it('reads eBay item specifics and follows its variation menu', async () => {
    const url = serve(
      'https://www.ebay.co.uk/itm/derma-roller/285123456789',
      ebayPage({
        title: 'Derma Roller Titanium 540 Microneedles Face Scalp',
        specifics: [['Needle Length', '0.25 mm']],
        variation: { label: 'Needle Length', options: ['0.25mm', '0.5mm', '1.5mm'], selected: -1 },
      }),
    );
    const { page } = await h.visit(url);
    // The options on offer go up to 1.5 mm: the verdict follows it from the start.
    await waitForCard(page, { mm: '0.25', verdict: 'not-for-home' });
    await page.selectOption('select.x-msku__select-box', { label: '1.5mm' });
    await waitForCard(page, { mm: '1.5', verdict: 'not-for-home' });
    await page.close();
  });
});

describe('turning the card off', () => {
  it('hides it for this product only', async () => {
    serve(ROLLER_URL, cautionRoller());
    const { page } = await h.visit(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    const probe = await CardProbe.of(page);
    await probe.click('Hide the card…');
    await probe.click('Hide for this product');
    await page.waitForFunction(() => !document.querySelector('roller-coach-card'));
    expect((await settings()).card.dismissedProducts).toEqual(['amazon:B0RC000050']);
    await page.reload();
    await expectNoCard(page, 2000);
    const other = serve('https://www.amazon.com/Derma-Roller/dp/B0RC000100', amazonRoller({ selected: 2 }));
    const second = await h.visit(other);
    await waitForCard(second.page, { mm: '1', verdict: 'not-for-home' });
    await page.close();
    await second.page.close();
  });

  it('turns it off on this site only', async () => {
    serve(ROLLER_URL, cautionRoller());
    const { page } = await h.visit(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    const probe = await CardProbe.of(page);
    await probe.click('Hide the card…');
    await probe.click('Turn off on amazon.com');
    await page.waitForFunction(() => !document.querySelector('roller-coach-card'));
    expect((await settings()).card.disabledSites).toEqual(['amazon.com']);
    const again = await h.visit(
      serve('https://www.amazon.com/Other/dp/B0RC000025', cautionRoller({ selected: 0 })),
    );
    await expectNoCard(again.page, 2000);
    const uk = await h.visit(serve('https://www.amazon.co.uk/Derma-Roller/dp/B0RC000050', cautionRoller()));
    await waitForCard(uk.page, { mm: '0.5', verdict: 'caution' });
    await Promise.all([page.close(), again.page.close(), uk.page.close()]);
  });

  it('turns it off everywhere, by keyboard alone', async () => {
    serve(ROLLER_URL, cautionRoller());
    const { page } = await h.visit(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    await page.focus('#wishlistButtonStack button');
    // In reading order the card comes right after the buy box: notes, sources, details, menu.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ROLLER-COACH-CARD');
    await page.keyboard.press('Enter');
    // Escape closes the menu again without leaving the card.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await (await CardProbe.of(page)).text()).not.toContain('Turn off everywhere');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('roller-coach-card'));
    expect((await settings()).card.enabled).toBe(false);
    const uk = await h.visit(serve('https://www.amazon.co.uk/Derma-Roller/dp/B0RC000050', cautionRoller()));
    await expectNoCard(uk.page, 2000);
    await Promise.all([page.close(), uk.page.close()]);
  });
});

describe('checking a page on demand', () => {
  it('injecting the detector (as the popup’s “check this page” would) answers what it found', async () => {
    const jade = serve(
      'https://www.amazon.com/Jade/dp/B0NEAR0001',
      amazonPage({ title: 'Jade Roller and Gua Sha' }),
    );
    const roller = serve(ROLLER_URL, cautionRoller());
    const search = serve('https://www.amazon.com/s', amazonPage({ title: 'Derma Roller 0.5mm' }));
    const pagesOpen = await Promise.all([h.visit(jade), h.visit(roller), h.visit(search)]);
    await waitForCard((pagesOpen[1] as { page: Page }).page, { mm: '0.5', verdict: 'caution' });
    const results = await h.worker.evaluate(
      async (urls: string[]) => {
        const out: unknown[] = [];
        for (const url of urls) {
          const [tab] = await chrome.tabs.query({ url });
          if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
          const r = await chrome.scripting.executeScript({
            target: { tabId: tab.id },
            files: ['content-scripts/retailer.js'],
          });
          out.push(r[0]?.result);
        }
        return out;
      },
      [jade, roller, search],
    );
    expect(results).toEqual(['not-a-device', 'card', 'not-a-product']);
    // Injected again, the detector replaces itself; still one card.
    expect(
      await pagesOpen[1]?.page.evaluate(() => document.querySelectorAll('roller-coach-card').length),
    ).toBe(1);
    await Promise.all(pagesOpen.map((o) => o.page.close()));
  });
});

describe('single-page navigation and hostile pages', () => {
  it('updates or removes the card when the URL changes without a reload', async () => {
    serve(
      ROLLER_URL,
      cautionRoller({
        spaLinks: [
          { href: '/Jade-Roller/dp/B0JADE0001', title: 'Jade Roller and Gua Sha Set', label: 'jade' },
          {
            href: '/Derma-Pen/dp/B0PEN00001',
            title: 'Dr. Pen A6 Microneedling Pen 0.25-2.5mm',
            label: 'pen',
          },
          { href: '/s?k=derma+roller', title: 'Results for derma roller 0.5mm', label: 'search' },
        ],
      }),
    );
    const { page, errors } = await h.visit(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    await page.click('a[data-spa]:text("jade")');
    await page.waitForFunction(() => !document.querySelector('roller-coach-card'), null, { timeout: 5000 });
    await page.click('a[data-spa]:text("pen")');
    await waitForCard(page, { mm: '0.25,2.5', verdict: 'not-for-home' });
    await page.click('a[data-spa]:text("search")');
    await page.waitForFunction(() => !document.querySelector('roller-coach-card'), null, { timeout: 5000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders page text as text, rewrites no link and makes no request', async () => {
    const hostile =
      'Derma Roller 0.5mm <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> <a href="https://evil.example/">x</a>';
    serve(ROLLER_URL, amazonPage({ title: hostile, bullets: ['<b onmouseover=alert(1)>0.25mm</b>'] }));
    const page = await h.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(ROLLER_URL);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    );
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    const probe = await CardProbe.of(page);
    const names = new Set(await probe.elementNames());
    for (const tag of ['img', 'script', 'a', 'iframe']) expect(names.has(tag), tag).toBe(false);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(
      await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))),
    ).toEqual(links);
    expect(await page.evaluate(() => document.querySelectorAll('roller-coach-card').length)).toBe(1);
    // No request but the page's own: the hostile text loaded nothing. The one other is the
    // extension's packaged card script, which Chrome's detector imports from the extension
    // itself (src/ui/card/load-card.ts): no network.
    const fromExtension = (u: string) => u.startsWith('chrome-extension://');
    expect(requests.filter((u) => !fromExtension(u))).toEqual([ROLLER_URL]);
    // (Requested at the per-session address, which Chrome redirects to the extension's own.)
    expect(new Set(requests.filter(fromExtension).map((u) => new URL(u).pathname))).toEqual(
      new Set(['/retailer-card.js']),
    );
    expect(requests.filter(fromExtension).some((u) => new URL(u).host !== h.extensionId)).toBe(true);
    await page.close();
  });
});

/**
 * Chrome's detector imports the card's file, a web-accessible resource (wxt.config.ts): only at
 * its per-session address, which the page never learns; so a shop cannot probe for the extension.
 */
describe('the card’s file, web-accessible for the detector only', () => {
  it('a page can neither fetch it at the extension’s fixed address nor see the address it was loaded from', async () => {
    serve(ROLLER_URL, amazonPage({ title: 'Derma Roller 0.5mm, 540 titanium needles' }));
    const page = await h.context.newPage();
    await page.goto(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    const seen = await page.evaluate(async (url) => {
      const fetched = await fetch(url).then(
        () => 'read',
        () => 'refused',
      );
      const timings = performance.getEntriesByType('resource').map((e) => e.name);
      return { fetched, extensionTimings: timings.filter((n) => n.startsWith('chrome-extension:')) };
    }, `chrome-extension://${h.extensionId}/retailer-card.js`);
    expect(seen).toEqual({ fetched: 'refused', extensionTimings: [] });
    await page.close();
  });

  it('a page whose policy allows no script of anyone else still gets its card', async () => {
    const page = await h.context.newPage();
    await page.route(ROLLER_URL, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'",
        },
        body: amazonPage({ title: 'Derma Roller 0.5mm, 540 titanium needles' }),
      }),
    );
    await page.goto(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    await page.close();
  });
});

describe('the shopper’s own history', () => {
  it('says when they last rolled and from when another session in that area is possible for this length', async () => {
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00');
    const when = iso(Date.now() - 3 * 86_400_000);
    await h.seed({
      profile: { areas: ['cheeks'], onboardedAt: '2026-01-01T00:00:00+00:00' },
      sessions: { months: [when.slice(0, 7)] },
      [`sessions:${when.slice(0, 7)}`]: JSON.stringify([
        {
          id: 's1',
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
      ]),
    });
    serve(ROLLER_URL, cautionRoller());
    const { page } = await h.visit(ROLLER_URL);
    await waitForCard(page, { mm: '0.5', verdict: 'caution' });
    const text = (await (await CardProbe.of(page)).text()) ?? '';
    expect(text).toContain('Your last session: Cheeks, 3 days ago.');
    expect(text).toContain(
      'A 0.5 mm roller needs 7 days between sessions in the same area: another session there is possible from',
    );
    // The card is in a closed shadow root: the shop's scripts cannot read this.
    expect(
      await page.evaluate(() => document.querySelector('roller-coach-card')?.shadowRoot ?? null),
    ).toBeNull();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/card-amazon.png` });
    const card = await (await CardProbe.of(page)).rect();
    await page.setViewportSize({ width: 1100, height: Math.ceil(card.y + card.height + 20) });
    await page.screenshot({
      path: `${SCREENSHOTS}/card-amazon-detail.png`,
      clip: { x: card.x - 12, y: card.y - 260, width: card.width + 24, height: card.height + 272 },
    });
    await page.close();
  });
});
