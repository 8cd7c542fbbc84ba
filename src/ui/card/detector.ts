import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardMessage } from '../../background/messages';
import { classifyListing, DETAILS_BUDGET } from '../../retail/classify';
import { identify, type PageIdentity } from '../../retail/identify';
import { GENERIC_DETAILS, siteFor } from '../../retail/sites';
import { cardApi } from './api';

/**
 * The tiny detector that runs on every page of a supported shop. It looks at the URL and the
 * product title; when the title names no product type (a bundle named for its purpose, a device
 * named by its brand) also at the shop's bullets and specification blocks and the page's
 * description, at most DETAILS_BUDGET characters. On a microneedling product it asks the
 * background to load the card's code into this frame. No observer: it checks at start (again shortly after, while a client-rendered
 * page has no title yet) and after each single-page navigation.
 */
type Outcome = 'settled' | 'not-yet';

/**
 * What the first look found, returned by the content script's main (so a popup that injects the
 * detector with chrome.scripting.executeScript gets it as the injection result).
 */
export type DetectorResult = 'card' | 'turned-off' | 'not-a-device' | 'not-a-product';

/**
 * The text past the title the classifier may read: bounded, read only when the title is
 * inconclusive, and cheap on a large page: one selector at a time (a lone `#id` takes the
 * browser's fast path, where a selector list walks the whole document), the description meta tag
 * looked for in <head> only, and only on shops without their own details blocks.
 */
function details(doc: Document, page: PageIdentity): string[] {
  const out: string[] = [];
  let left = DETAILS_BUDGET;
  for (const sel of (page.site?.details ?? GENERIC_DETAILS).split(',')) {
    if (left <= 0) break;
    const text = (doc.querySelector(sel.trim())?.textContent ?? '').slice(0, left);
    left -= text.length;
    if (text) out.push(text);
  }
  if (!page.site?.details) {
    const description = doc.head
      ?.querySelector('meta[name="description"], meta[property="og:description"]')
      ?.getAttribute('content');
    if (description) out.push(description.slice(0, 1000));
  }
  return out;
}

/**
 * The detector's first look at a page, as a pure function of the document and URL: whether it
 * is a product page, and a microneedling device. `retry` when a product URL has no title yet.
 */
export function firstLook(
  doc: Document,
  url: URL,
): { found: 'device' | 'not-a-device' | 'not-a-product'; retry: boolean; page: PageIdentity | null } {
  const page = identify(doc, url);
  if (!page?.title)
    return { found: 'not-a-product', retry: Boolean(siteFor(url)?.productId(url)), page: null };
  const first = classifyListing(page.title, page.context);
  const device =
    first.device ||
    (first.why === 'no device term' && classifyListing(page.title, page.context, details(doc, page)).device);
  return { found: device ? 'device' : 'not-a-device', retry: false, page };
}

async function cardTurnedOff(hostname: string, productKey: string): Promise<boolean> {
  const { settings } = await browser.storage.local.get('settings');
  const card = (
    settings as { card?: { enabled?: unknown; disabledSites?: unknown; dismissedProducts?: unknown } }
  )?.card;
  if (!card) return false;
  const site = hostname.replace(/^www\./, '');
  return (
    card.enabled === false ||
    (Array.isArray(card.disabledSites) && card.disabledSites.includes(site)) ||
    (Array.isArray(card.dismissedProducts) && card.dismissedProducts.includes(productKey))
  );
}

export function startDetector(ctx: ContentScriptContext): Promise<DetectorResult> {
  let loading = false;
  let last: DetectorResult = 'not-a-product';

  async function check(): Promise<Outcome> {
    const url = new URL(location.href);
    const look = firstLook(document, url);
    const page = look.page;
    const api = cardApi();
    if (!page) {
      api?.remove();
      last = 'not-a-product';
      // A product URL whose page has not rendered its title yet: look again soon.
      return look.retry ? 'not-yet' : 'settled';
    }
    if (look.found !== 'device') {
      api?.remove();
      last = 'not-a-device';
      return 'settled';
    }
    last = 'card';
    if (api) api.update();
    else if (await cardTurnedOff(url.hostname, page.productKey)) last = 'turned-off';
    else if (!loading) {
      loading = true;
      try {
        await browser.runtime.sendMessage({ type: 'roller-coach:inject-card' } satisfies CardMessage);
      } finally {
        loading = false;
      }
    }
    return 'settled';
  }

  let run = 0;
  /**
   * Check at each delay; `all` keeps checking after a settled answer (a navigating page is still
   * changing). Resolves with the answer once one is settled, or after the last check.
   */
  function checks(delays: readonly number[], all: boolean): Promise<DetectorResult> {
    const mine = ++run;
    let i = 0;
    return new Promise((resolve) => {
      const next = async () => {
        if (mine !== run || ctx.isInvalid) return resolve(last);
        const outcome = await check().catch(() => 'settled' as const);
        i += 1;
        if (outcome === 'settled') resolve(last);
        if (i < delays.length && (all || outcome === 'not-yet')) ctx.setTimeout(next, delays[i] as number);
        else resolve(last);
      };
      ctx.setTimeout(next, delays[0] as number);
    });
  }

  ctx.addEventListener(window, 'wxt:locationchange', () => void checks([50, 400, 1200, 3000], true));
  return checks([0, 400, 1200, 3000], false);
}
