import { identify, type PageIdentity } from './identify';
import { jsonLdProductName, readJsonLdProduct } from './json-ld';
import type { Listing } from './listing';
import { readAliexpress } from './readers/aliexpress';
import { readAmazon } from './readers/amazon';
import { readEbay } from './readers/ebay';
import { readEtsy } from './readers/etsy';
import { readShopify } from './readers/shopify';
import { readTarget } from './readers/target';
import { readWalmart } from './readers/walmart';

function ownReader(doc: Document, url: URL, id: PageIdentity): Listing | null {
  switch (id.retailer) {
    case 'amazon':
      return readAmazon(doc, id.productKey);
    case 'ebay':
      return readEbay(doc, id.productKey);
    case 'walmart':
      return readWalmart(doc, id.productKey);
    case 'target':
      return readTarget(
        doc,
        id.productKey,
        url.searchParams.get('preselect') ?? id.productKey.split(':')[1] ?? '',
      );
    case 'aliexpress':
      return readAliexpress(doc, id.productKey);
    case 'etsy':
      return readEtsy(doc, id.productKey);
    case 'shopify':
      return readShopify(doc, url, id.productKey);
    default:
      return null;
  }
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
