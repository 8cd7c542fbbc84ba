import { allText, firstText, meta } from './dom';
import { mayHaveJsonLdProduct } from './json-ld';
import type { RetailerId } from './listing';
import { isShopifyProduct } from './readers/shopify';
import { GENERIC_PLACEMENT, GENERIC_WATCH, type Placement, type Site, siteFor } from './sites';

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
  context: string[];
  placement: readonly Placement[];
  watch: readonly string[];
}

const KEY_MAX = 300;

export function identify(doc: Document, url: URL): PageIdentity | null {
  const site = siteFor(url);
  const id = site?.productId(url);
  if (site && id) {
    return {
      retailer: site.id,
      site,
      productKey: `${site.id}:${id}`.slice(0, KEY_MAX),
      title: firstText(doc, site.title) || meta(doc, 'og:title'),
      context: site.breadcrumbs ? allText(doc, site.breadcrumbs) : [],
      placement: site.placement,
      watch: site.watch,
    };
  }
  const shopify = isShopifyProduct(doc, url);
  if (!shopify && !mayHaveJsonLdProduct(doc) && meta(doc, 'og:type') !== 'product') return null;
  return {
    retailer: site?.id ?? (shopify ? 'shopify' : 'generic'),
    site,
    productKey: `${url.hostname.replace(/^www\./, '')}${url.pathname}`.slice(0, KEY_MAX),
    title: firstText(doc, site?.title ?? ['h1']) || meta(doc, 'og:title'),
    context: [],
    placement: site ? [...site.placement, ...GENERIC_PLACEMENT] : GENERIC_PLACEMENT,
    watch: site ? [...site.watch, ...GENERIC_WATCH] : GENERIC_WATCH,
  };
}
