import * as aliexpress from './retailers/aliexpress';
import * as amazon from './retailers/amazon';
import * as boots from './retailers/boots';
import * as ebay from './retailers/ebay';
import * as etsy from './retailers/etsy';
import * as iherb from './retailers/iherb';
import * as sephora from './retailers/sephora';
import * as target from './retailers/target';
import * as ulta from './retailers/ulta';
import * as walmart from './retailers/walmart';
import type { Placement, Site } from './site';

export type { Placement, Site } from './site';

/**
 * The retailers the card supports out of the box, one file each in ./retailers/ (README, "Add a
 * retailer"). This list takes only their `site` entries (pure data), so the tiny detector that
 * runs on every shop page carries no reader; the readers are registered in read-page.ts, which
 * only the card's script imports.
 *
 * Amazon and eBay selectors are checked against saved pages and public extractor code; Sephora,
 * Ulta, iHerb and Boots are unverified and rely on JSON-LD and meta tags (see json-ld.ts).
 *
 * Shops are listed only in countries whose language the classifier and the length parser read:
 * English, Spanish, French, German, Italian, Portuguese and Dutch. Amazon Sweden, Poland, Turkey,
 * Japan, the United Arab Emirates, Saudi Arabia and Egypt, and eBay Poland, are not matched:
 * their listings would be read blind (issue 11, point 4).
 */
export const SITES = [
  amazon.site,
  ebay.site,
  walmart.site,
  target.site,
  aliexpress.site,
  etsy.site,
  sephora.site,
  ulta.site,
  iherb.site,
  boots.site,
] as const satisfies readonly Site[];

/** The id of a retailer with its own entry: derived from the list. */
export type SiteId = (typeof SITES)[number]['id'];

/** Every match pattern of the supported retailers (the content scripts' `matches`). */
export const RETAILER_MATCHES: readonly string[] = SITES.flatMap((s) => s.matches);

export function siteFor(url: URL): Site<SiteId> | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return SITES.find((s) => s.host.test(url.hostname)) ?? null;
}

/** Placement and watch roots for shops without their own entry (JSON-LD, Shopify). */
export const GENERIC_PLACEMENT: readonly Placement[] = [
  ['form[action*="/cart/add"]', 'after'],
  ['h1', 'after'],
];
/** After every shop's own anchors: the generic ones, then a fixed corner of the window. */
export const FALLBACK_PLACEMENT: readonly Placement[] = [...GENERIC_PLACEMENT, ['body', 'corner']];
/** What the detector reads past a vague title on shops without `details`. */
export const GENERIC_DETAILS =
  '[itemprop="description"], #description, .product-description, .product__description';
export const GENERIC_WATCH: readonly string[] = ['form[action*="/cart/add"]', 'main', 'body'];

/** Buy buttons the card must never cover (one selector each: see queryEach in dom.ts). */
export const BUY_BUTTONS: readonly string[] = [
  '#add-to-cart-button',
  '#buy-now-button',
  '[name^="submit.add" i]',
  '[name^="submit.buy" i]',
  '[data-testid*="add-to-cart" i]',
  '[data-test*="addToCart" i]',
  '[data-testid="x-bin-action"]',
  '[data-testid="x-atc-action"]',
  'button[name="add"]',
  'form[action*="/cart/add"] [type="submit"]',
  // Substring matches only on buttons: checking every element's class on a large page is slow.
  'button[id*="add-to-cart" i]',
  'button[class*="add-to-cart" i]',
  'button[class*="addToCart" i]',
];
