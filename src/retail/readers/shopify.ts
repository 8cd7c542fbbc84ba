import { firstText, htmlToText, inlineJson, isRecord, meta, str, textOf } from '../dom';
import type { Listing, Variation } from '../listing';

/**
 * Shopify stores (any domain): product pages live at /products/<handle>. The product's data is in
 * inline JSON (a ProductJson script, [data-product-json], or the analytics `meta.product` object),
 * read as text: page variables such as window.ShopifyAnalytics are not visible to a content
 * script. The selected variant is ?variant=<id>, else the form's selected or checked id.
 */
const PRODUCT_PATH = /\/products\/([^/?#]+)/;

export function isShopifyProduct(doc: Document, url: URL): boolean {
  if (!PRODUCT_PATH.test(url.pathname)) return false;
  return (
    doc.querySelector(
      'link[href*="cdn.shopify.com"], script[src*="cdn.shopify.com"], meta[name="shopify-digital-wallet"], meta[name="shopify-checkout-api-token"], script#shopify-features',
    ) !== null || meta(doc, 'og:type') === 'product'
  );
}

function productJson(doc: Document): Record<string, unknown> | null {
  for (const s of doc.querySelectorAll(
    'script[type="application/json"][id^="ProductJson"], script[type="application/json"][data-product-json], script[type="application/json"]#product-json',
  )) {
    try {
      const v = JSON.parse(s.textContent ?? '');
      if (isRecord(v) && Array.isArray(v.variants)) return v;
    } catch {
      // a theme's broken block: try the next source
    }
  }
  const fromMeta = inlineJson(doc, 'product');
  return isRecord(fromMeta) && Array.isArray(fromMeta.variants) ? fromMeta : null;
}

function selectedVariantId(doc: Document, url: URL): string | null {
  const fromUrl = url.searchParams.get('variant');
  if (fromUrl) return fromUrl;
  const select = doc.querySelector('form[action*="/cart/add"] select[name="id"]') as HTMLSelectElement | null;
  if (select) {
    const opt = [...select.querySelectorAll('option')].find((o) => (o as HTMLOptionElement).selected);
    if (opt) return opt.getAttribute('value');
  }
  const input = doc.querySelector('form[action*="/cart/add"] input[name="id"]');
  return input?.getAttribute('value') ?? null;
}

export function readShopify(doc: Document, url: URL, productKey: string): Listing {
  const product = productJson(doc) ?? {};
  const variants = (Array.isArray(product.variants) ? product.variants : []).filter(isRecord);
  const selectedId = selectedVariantId(doc, url);
  const picked = variants.find((v) => str(v.id) === selectedId) ?? null;
  const names = (Array.isArray(product.options) ? product.options : []).map((o) =>
    isRecord(o) ? str(o.name) : str(o),
  );
  const variations: Variation[] = [];
  if (variants.length > 1 || names.length > 0) {
    const count = Math.max(1, names.length);
    for (let i = 0; i < count; i++) {
      const key = `option${i + 1}`;
      const values = [...new Set(variants.map((v) => str(v[key]) || str(v.public_title) || str(v.title)))];
      variations.push({
        label: names[i] ?? '',
        options: values.filter(Boolean),
        selected: picked ? str(picked[key]) || str(picked.public_title) || null : null,
      });
    }
  }
  // Themes without product JSON: the variant select itself.
  if (variations.length === 0) {
    const select = doc.querySelector('form[action*="/cart/add"] select[name="id"]');
    if (select) {
      const opts = [...select.querySelectorAll('option')];
      const sel = opts.find((o) => (o as HTMLOptionElement).selected);
      variations.push({ label: '', options: opts.map((o) => textOf(o)), selected: sel ? textOf(sel) : null });
    }
  }
  return {
    retailer: 'shopify',
    productKey,
    title: str(product.title) || firstText(doc, ['h1']) || meta(doc, 'og:title'),
    context: [str(product.type)].filter(Boolean),
    bullets: [],
    specs: [],
    variations,
    description: htmlToText(product.description) || meta(doc, 'og:description'),
  };
}
