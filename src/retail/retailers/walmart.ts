import { firstText, htmlToText, isRecord, str } from '../dom';
import type { Listing, Spec, Variation } from '../listing';
import { defineSite, domains, hostOf, pathId, type Reader } from '../site';

export const site = defineSite({
  id: 'walmart',
  host: hostOf('walmart', ['com', 'ca']),
  matches: domains('walmart', ['com', 'ca']),
  productId: pathId(/\/ip\/(?:[^/]+\/)?(\d{5,15})(?:[/?#]|$)/),
  title: ['h1[itemprop="name"]', 'main h1'],
  breadcrumbs: 'nav[aria-label="breadcrumb"] a',
  placement: [
    ['[data-testid="add-to-cart-section"]', 'after'],
    ['h1[itemprop="name"]', 'after'],
  ],
  watch: ['[data-testid="variant-group"]', 'main'],
});

/**
 * Walmart: the page data in script#__NEXT_DATA__ (props.pageProps.initialData.data: product with
 * name, shortDescription and variantCriteria; idml with specifications and longDescription), and
 * the h1 for the title, which follows variant changes that the initial data does not.
 */
function pageData(doc: Document): Record<string, unknown> {
  const raw = doc.querySelector('script#__NEXT_DATA__')?.textContent;
  if (!raw) return {};
  try {
    const data = JSON.parse(raw)?.props?.pageProps?.initialData?.data;
    return isRecord(data) ? data : {};
  } catch {
    return {};
  }
}

export function readWalmart(doc: Document, productKey: string): Listing {
  const data = pageData(doc);
  const product = isRecord(data.product) ? data.product : {};
  const idml = isRecord(data.idml) ? data.idml : {};
  const specs: Spec[] = (Array.isArray(idml.specifications) ? idml.specifications : [])
    .filter(isRecord)
    .map((s) => ({ label: str(s.name), value: str(s.value) }))
    .filter((s) => s.label && s.value);
  const variations: Variation[] = (Array.isArray(product.variantCriteria) ? product.variantCriteria : [])
    .filter(isRecord)
    .map((c) => {
      const items = (Array.isArray(c.variantList) ? c.variantList : []).filter(isRecord);
      const picked = items.find((v) => v.isSelected === true || v.selected === true);
      return {
        label: str(c.name),
        options: items.map((v) => str(v.name)).filter(Boolean),
        selected: picked ? str(picked.name) : null,
      };
    });
  const short = htmlToText(product.shortDescription);
  return {
    retailer: 'walmart',
    productKey,
    title: firstText(doc, site.title) || str(product.name),
    context: [],
    bullets: short ? [short] : [],
    specs,
    variations,
    description: htmlToText(idml.longDescription),
  };
}

export const read: Reader = (doc, { productKey }) => readWalmart(doc, productKey);
