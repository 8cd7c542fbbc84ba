import { defineSite, jsonLdOnly, pathId } from '../site';

export const site = defineSite({
  id: 'ulta',
  host: /(?:^|\.)ulta\.com$/,
  matches: ['https://*.ulta.com/*'],
  productId: pathId(/\/p\/[^/]*?-?((?:pimprod)?\d{6,})(?:[/?#]|$)/i),
  title: ['h1'],
  placement: [['h1', 'after']],
  watch: ['main'],
});

/** No reader of its own: read from its schema.org Product data (json-ld.ts) and the title fallbacks. */
export const read = jsonLdOnly;
