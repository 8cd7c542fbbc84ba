import { defineSite, jsonLdOnly, pathId } from '../site';

export const site = defineSite({
  id: 'iherb',
  host: /(?:^|\.)iherb\.com$/,
  matches: ['https://*.iherb.com/*'],
  productId: pathId(/\/pr\/[^/]+\/(\d+)/),
  title: ['h1#name', 'h1'],
  placement: [['h1', 'after']],
  watch: ['main', '#product-summary-header'],
});

/** No reader of its own: read from its schema.org Product data (json-ld.ts) and the title fallbacks. */
export const read = jsonLdOnly;
