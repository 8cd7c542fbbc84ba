import { defineSite, domains, hostOf, jsonLdOnly, pathId } from '../site';

export const site = defineSite({
  id: 'boots',
  host: hostOf('boots', ['com', 'ie']),
  matches: domains('boots', ['com', 'ie']),
  productId: pathId(/-(\d{6,10})(?:\/|$)/),
  title: ['h1#estore_product_title', 'h1'],
  placement: [['h1', 'after']],
  watch: ['main'],
});

/** No reader of its own: read from its schema.org Product data (json-ld.ts) and the title fallbacks. */
export const read = jsonLdOnly;
