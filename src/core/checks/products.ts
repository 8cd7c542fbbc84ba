import { finding, type TypedFinding } from '../findings';
import { ACTIVE_CONCERNS, CONCERN_SOURCES, productConcerns } from '../products';
import { defineCheck } from './check';

type ProductCode = 'product-active' | 'product-broken-skin' | 'product-unverified';

/**
 * What went on the needled skin (reference section 3), one finding per product logged with the
 * session: an active the aftercare rules out for 7 days, an ingredient not made for broken skin
 * (what was matched is said), or, for a product matching nothing that the user has not marked as
 * made for broken skin, a note that it is not known.
 */
export const productsCheck = defineCheck<ProductCode>({
  name: 'products',
  produces: ['product-active', 'product-broken-skin', 'product-unverified'],
  sources: [
    ...new Set([...Object.values(CONCERN_SOURCES).flat(), 'soltani-2014', 'friedmann-2024'] as const),
  ],
  run({ candidate, ctx }) {
    const list = ctx.settings.products;
    const named = [...new Set([...(candidate.productsBefore ?? []), ...(candidate.products ?? [])])];
    return named.flatMap((product): TypedFinding<ProductCode>[] => {
      const matches = productConcerns(product);
      const out: TypedFinding<ProductCode>[] = matches.map((m) => {
        const params = { product, matched: m.matched, concern: m.concern };
        return ACTIVE_CONCERNS.includes(m.concern)
          ? finding('product-active', 'warn', [...CONCERN_SOURCES[m.concern], 'soltani-2014'], params)
          : finding('product-broken-skin', 'warn', CONCERN_SOURCES[m.concern], params);
      });
      const marked = list.some((p) => p.brokenSkin && p.name.toLowerCase() === product.toLowerCase());
      if (matches.length === 0 && !marked)
        out.push(finding('product-unverified', 'info', ['soltani-2014', 'friedmann-2024'], { product }));
      return out;
    });
  },
});
