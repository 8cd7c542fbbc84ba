import { cleanLabel, firstText, inlineJson, isRecord, str, textOf } from '../dom';
import type { Listing, Spec, Variation } from '../listing';
import { defineSite, domains, hostOf, pathId, type Reader } from '../site';

export const site = defineSite({
  id: 'aliexpress',
  host: hostOf('aliexpress', ['com', 'us']),
  matches: domains('aliexpress', ['com', 'us']),
  productId: pathId(/\/item\/(?:[^/]*?)(\d{8,20})\.html/),
  title: ['h1[data-pl="product-title"]', '.product-title-text'],
  placement: [['h1[data-pl="product-title"]', 'after']],
  watch: ['[class*="sku--wrap"]', '#root'],
});

/**
 * AliExpress: h1[data-pl="product-title"], the SKU properties in inline script data
 * (productSKUPropertyList, in skuModule or skuComponent), the picked value shown as
 * "Size: 0.5mm" above each SKU row, the specification list and #product-description. Class
 * names carry build hashes, so they are matched by prefix.
 */
function picked(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of doc.querySelectorAll('[class*="sku-item--title"], .sku-title')) {
    const text = textOf(el);
    const at = text.indexOf(':');
    if (at > 0) out.set(cleanLabel(text.slice(0, at)).toLowerCase(), text.slice(at + 1).trim());
  }
  return out;
}

function specs(doc: Document): Spec[] {
  const out: Spec[] = [];
  for (const prop of doc.querySelectorAll('[class*="specification--prop"]')) {
    const label = cleanLabel(textOf(prop.querySelector('[class*="specification--title"]')));
    const value = textOf(prop.querySelector('[class*="specification--desc"]'));
    if (label && value) out.push({ label, value });
  }
  return out;
}

export function readAliexpress(doc: Document, productKey: string): Listing {
  const props = inlineJson(doc, 'productSKUPropertyList');
  const chosen = picked(doc);
  const variations: Variation[] = (Array.isArray(props) ? props : []).filter(isRecord).map((p) => {
    const label = str(p.skuPropertyName);
    const values = (Array.isArray(p.skuPropertyValues) ? p.skuPropertyValues : []).filter(isRecord);
    return {
      label,
      options: values.map((v) => str(v.propertyValueDisplayName) || str(v.propertyValueName)).filter(Boolean),
      selected: chosen.get(label.toLowerCase()) ?? null,
    };
  });
  return {
    retailer: 'aliexpress',
    productKey,
    title: firstText(doc, site.title),
    context: [],
    bullets: [],
    specs: specs(doc),
    variations,
    description: firstText(doc, ['#product-description']),
  };
}

export const read: Reader = (doc, { productKey }) => readAliexpress(doc, productKey);
