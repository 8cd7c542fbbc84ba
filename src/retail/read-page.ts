import { identify, type PageIdentity } from './identify';
import { jsonLdProductName, readJsonLdProduct } from './json-ld';
import type { Listing } from './listing';
import { readShopify } from './readers/shopify';
import type { Reader } from './site';

/**
 * Every retailer's reader, registered by its own file: each src/retail/retailers/<id>.ts exports
 * `read` beside its `site` (README, "Add a retailer"). Only the card's script imports this module,
 * so the detector never carries a reader. Keyed by the file's name, which is the site's id (the
 * convention test in tests/unit/retail/retailers.test.ts checks both).
 */
export const READERS: Readonly<Record<string, Reader>> = Object.fromEntries(
  Object.entries(import.meta.glob<Reader>('./retailers/*.ts', { eager: true, import: 'read' })).map(
    ([path, read]) => [path.replace(/^.*\/|\.ts$/g, ''), read],
  ),
);

function ownReader(doc: Document, url: URL, id: PageIdentity): Listing | null {
  if (id.retailer === 'shopify') return readShopify(doc, url, id.productKey);
  return READERS[id.retailer]?.(doc, { url, productKey: id.productKey }) ?? null;
}

/**
 * Everything a product page says about its product: the retailer's own reader, completed with
 * the page's schema.org Product data where the reader found nothing, and with the generic title
 * fallbacks of title.ts (recorded in `titleFrom`) when its own title selectors found none. Null when the page is not a
 * product page. Reads only.
 */
export function readListing(doc: Document, url: URL): { identity: PageIdentity; listing: Listing } | null {
  const identity = identify(doc, url, jsonLdProductName);
  if (!identity) return null;
  const own = ownReader(doc, url, identity);
  const ld = readJsonLdProduct(doc, url);
  const listing: Listing = own ?? {
    retailer: identity.retailer,
    productKey: identity.productKey,
    title: '',
    context: [],
    bullets: [],
    specs: [],
    variations: [],
    description: '',
  };
  // The reader's own title, else the identity's (the shop's selectors, then the fallbacks in order).
  if (listing.title) listing.titleFrom ??= 'site';
  else if (identity.title) {
    listing.title = identity.title;
    listing.titleFrom = identity.titleFrom;
  } else if (ld?.name) {
    listing.title = ld.name;
    listing.titleFrom = 'json-ld';
  }
  if (listing.context.length === 0) listing.context = [...identity.context];
  if (ld) {
    listing.context = [...listing.context, ...ld.category];
    listing.specs = [...listing.specs, ...ld.specs];
    if (listing.variations.length === 0) listing.variations = ld.variations;
    if (!listing.description) listing.description = ld.description;
    else if (ld.description && !listing.description.includes(ld.description))
      listing.description = `${listing.description}\n${ld.description}`;
  }
  return { identity, listing };
}
