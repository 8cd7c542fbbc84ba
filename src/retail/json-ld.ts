import { htmlToText, isRecord, str } from './dom';
import type { Spec, Variation } from './listing';
import { oneLine } from './text';

/**
 * schema.org Product data from JSON-LD blocks: single objects, arrays, `@graph`, nested
 * `mainEntity`, ProductGroup with `hasVariant`. Malformed blocks are repaired where the damage is
 * common (raw line breaks inside strings, trailing commas, HTML comments) and skipped otherwise;
 * one bad block never hides the others.
 */
export interface LdProduct {
  name: string;
  description: string;
  category: string[];
  specs: Spec[];
  variations: Variation[];
  sku: string;
}

function parseBlock(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const repaired = text
      .replace(/^\s*<!--|-->\s*$/g, '')
      .replace(/[\n\r\t]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/#]/, '').toLowerCase());
}

/** Every object in the blocks, depth-first (arrays, @graph, and values of any key). */
function nodes(value: unknown, out: Record<string, unknown>[] = [], depth = 0): Record<string, unknown>[] {
  if (depth > 8 || out.length > 500) return out;
  if (Array.isArray(value)) for (const v of value) nodes(v, out, depth + 1);
  else if (isRecord(value)) {
    out.push(value);
    for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) nodes(v, out, depth + 1);
  }
  return out;
}

/**
 * The page's JSON-LD blocks. The selector leaves the page's other scripts (hundreds on a large
 * shop page) to the browser; the test then keeps only the exact type, spaces around it allowed.
 */
function jsonLdScripts(doc: Document): Element[] {
  return [...doc.querySelectorAll('script[type*="ld+json" i]')].filter((s) =>
    /^application\/ld\+json$/i.test(s.getAttribute('type')?.trim() ?? ''),
  );
}

export function jsonLdNodes(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of jsonLdScripts(doc)) nodes(parseBlock(s.textContent ?? ''), out);
  return out;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

function specsOf(node: Record<string, unknown>): Spec[] {
  const out: Spec[] = [];
  for (const p of list(node.additionalProperty)) {
    if (!isRecord(p)) continue;
    const label = str(p.name);
    const value = [str(p.value), str(p.unitText) || str(p.unitCode)].filter(Boolean).join(' ');
    if (label && value) out.push({ label, value });
  }
  for (const key of ['size', 'model', 'material'] as const) {
    const v = node[key];
    const value = isRecord(v) ? str(v.name) : str(v);
    if (value) out.push({ label: key, value });
  }
  return out;
}

function variantLabel(v: Record<string, unknown>): string {
  const size = isRecord(v.size) ? str(v.size.name) : str(v.size);
  return size || str(v.name);
}

/** The Product (or ProductGroup) described on the page, or null. `url` picks the selected variant. */
export function readJsonLdProduct(doc: Document, url?: URL): LdProduct | null {
  const all = jsonLdNodes(doc);
  const product =
    all.find((n) => typesOf(n).includes('productgroup')) ?? all.find((n) => typesOf(n).includes('product'));
  if (!product) return null;
  const crumbs = all
    .filter((n) => typesOf(n).includes('breadcrumblist'))
    .flatMap((n) => list(n.itemListElement))
    .filter(isRecord)
    .map((li) => str(li.name) || (isRecord(li.item) ? str(li.item.name) : ''))
    .filter(Boolean);
  const category = [
    ...list(product.category).map((c) => (isRecord(c) ? str(c.name) : str(c))),
    ...crumbs,
  ].filter(Boolean);
  const variants = list(product.hasVariant).filter(isRecord);
  const variations: Variation[] = [];
  if (variants.length > 0) {
    const wanted = url?.searchParams.get('variant') ?? url?.searchParams.get('sku') ?? null;
    const picked = wanted
      ? variants.find((v) =>
          [str(v.sku), str(v.productID), str(v['@id']), str(v.url)].some((x) => x.includes(wanted)),
        )
      : undefined;
    const by = list(product.variesBy)
      .map((x) => str(x).replace(/^.*[/#]/, ''))
      .join(', ');
    variations.push({
      label: by || 'variant',
      options: variants.map(variantLabel).filter(Boolean),
      selected: picked ? variantLabel(picked) : null,
    });
  }
  return {
    name: str(product.name),
    description: htmlToText(product.description),
    category,
    specs: specsOf(product),
    variations,
    sku: oneLine(str(product.sku) || str(product.productID) || str(product.mpn)),
  };
}

/** The name of the page's schema.org Product (any case of `@type`, arrays, `@graph`), or ''. */
export function jsonLdProductName(doc: Document): string {
  if (!mayHaveJsonLdProduct(doc)) return '';
  const all = jsonLdNodes(doc);
  const product =
    all.find((n) => typesOf(n).includes('productgroup')) ?? all.find((n) => typesOf(n).includes('product'));
  return product ? str(product.name) : '';
}

/** Cheap check for the detector: does any JSON-LD block mention a Product? */
export function mayHaveJsonLdProduct(doc: Document): boolean {
  return jsonLdScripts(doc).some((s) =>
    /"@type"\s*:\s*(?:\[[^\]]*)?"(?:https?:\/\/schema\.org\/)?Product(?:Group)?"/i.test(s.textContent ?? ''),
  );
}
