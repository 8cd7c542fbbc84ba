import { defineSite, domains, hostOf, jsonLdOnly, pathId } from '../site';

/** Countries whose language the classifier and the length parser read (see sites.ts). */
const SEPHORA_TLDS = ['com', 'fr', 'de', 'es', 'it', 'co.uk', 'pt', 'ch'] as const;

export const site = defineSite({
  id: 'sephora',
  host: hostOf('sephora', SEPHORA_TLDS),
  matches: domains('sephora', SEPHORA_TLDS),
  productId: pathId(/\/(?:product|p)\/[^/]*?-(P?\d{4,})(?:\.html)?(?:[/?#]|$)/),
  title: ['h1'],
  placement: [['h1', 'after']],
  watch: ['main'],
});

/** No reader of its own: read from its schema.org Product data (json-ld.ts) and the title fallbacks. */
export const read = jsonLdOnly;
