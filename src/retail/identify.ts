import { allText, meta } from './dom';
import { mayHaveJsonLdProduct } from './json-ld';
import type { RetailerId, TitleSource } from './listing';
import { isShopifyProduct } from './readers/shopify';
import { siteName } from './site';
import { BUY_BUTTONS, FALLBACK_PLACEMENT, GENERIC_WATCH, type Placement, type Site, siteFor } from './sites';
import { type LdNameReader, pageTitle } from './title';

/**
 * The cheap first look the detector takes at every page of a supported shop: is this a product
 * page, which product, and what is it called. Only the URL, a few selectors and (for shops without
 * their own reader) a scan of JSON-LD script text; no parsing of the whole page.
 */
export interface PageIdentity {
  retailer: RetailerId;
  site: Site | null;
  productKey: string;
  title: string;
  /** Where the title was read (the shop's own field, or a generic fallback: see title.ts). */
  titleFrom: TitleSource;
  context: string[];
  placement: readonly Placement[];
  watch: readonly string[];
  /** Buy buttons to keep clear, in tiers: the first tier that finds any is used (see place.ts). */
  buyButtons: readonly (readonly string[])[];
}

function buyButtonTiers(site: Site | null): readonly (readonly string[])[] {
  return site?.buyButtons ? [site.buyButtons, BUY_BUTTONS] : [BUY_BUTTONS];
}

const KEY_MAX = 300;

/** `ldName` reads a JSON-LD Product name for the title fallbacks (the card passes it; the detector does not). */
export function identify(doc: Document, url: URL, ldName?: LdNameReader): PageIdentity | null {
  const site = siteFor(url);
  const id = site?.productId(url);
  if (site && id) {
    const { title, from } = pageTitle(doc, url.hostname, site.title, ldName);
    return {
      retailer: site.id,
      site,
      productKey: `${site.id}:${id}`.slice(0, KEY_MAX),
      title,
      titleFrom: from,
      context: site.breadcrumbs ? allText(doc, site.breadcrumbs) : [],
      // The shop's own anchors, then the generic ones, then a fixed corner of the window.
      placement: [...site.placement, ...FALLBACK_PLACEMENT],
      watch: [...site.watch, ...GENERIC_WATCH],
      buyButtons: buyButtonTiers(site),
    };
  }
  const shopify = isShopifyProduct(doc, url);
  if (!shopify && !mayHaveJsonLdProduct(doc) && !/(?:^|[.:])product(?:\.|$)/i.test(meta(doc, 'og:type')))
    return null;
  const { title, from } = pageTitle(doc, url.hostname, site?.title ?? [], ldName);
  return {
    retailer: site?.id ?? (shopify ? 'shopify' : 'generic'),
    site,
    productKey: `${siteName(url.hostname)}${url.pathname}`.slice(0, KEY_MAX),
    title,
    titleFrom: from,
    context: [],
    placement: site ? [...site.placement, ...FALLBACK_PLACEMENT] : FALLBACK_PLACEMENT,
    watch: site ? [...site.watch, ...GENERIC_WATCH] : GENERIC_WATCH,
    buyButtons: buyButtonTiers(site),
  };
}
