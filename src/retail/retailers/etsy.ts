import { cleanLabel, firstText, textOf } from '../dom';
import type { Listing, Variation } from '../listing';
import { defineSite, pathId, type Reader } from '../site';

export const site = defineSite({
  id: 'etsy',
  host: /(?:^|\.)etsy\.com$/,
  matches: ['https://*.etsy.com/*'],
  productId: pathId(/\/listing\/(\d+)/),
  title: ['h1[data-buy-box-listing-title="true"]', 'h1'],
  placement: [['h1[data-buy-box-listing-title="true"]', 'after']],
  watch: ['[data-buy-box-region]', 'main'],
});

/**
 * Etsy: h1[data-buy-box-listing-title="true"], the variation selects (select[id^="variation-selector"]
 * with their labels) and the description. Etsy also publishes JSON-LD Product, merged by the caller.
 */
export function readEtsy(doc: Document, productKey: string): Listing {
  const variations: Variation[] = [];
  const labels = [...doc.querySelectorAll('label[for]')];
  for (const select of doc.querySelectorAll('select[id^="variation-selector"]')) {
    const options = [...select.querySelectorAll('option')].filter(
      (o) => (o.getAttribute('value') ?? '') !== '',
    );
    const picked = options.find((o) => (o as HTMLOptionElement).selected);
    const label = labels.find((l) => l.getAttribute('for') === select.id);
    variations.push({
      label: cleanLabel(textOf(label)),
      options: options.map((o) => textOf(o)).filter(Boolean),
      selected: picked ? textOf(picked) : null,
    });
  }
  return {
    retailer: 'etsy',
    productKey,
    title: firstText(doc, site.title),
    context: [],
    bullets: [],
    specs: [],
    variations,
    description: firstText(doc, [
      '[data-product-details-description-text-content]',
      '#wt-content-toggle-product-details-read-more',
    ]),
  };
}

export const read: Reader = (doc, { productKey }) => readEtsy(doc, productKey);
