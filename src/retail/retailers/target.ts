import { allText, firstText, htmlToText, isRecord, str } from '../dom';
import type { Listing, Variation } from '../listing';
import { defineSite, pathId, type Reader } from '../site';

export const site = defineSite({
  id: 'target',
  host: /(?:^|\.)target\.com$/,
  matches: ['https://*.target.com/*'],
  productId: pathId(/\/p\/(?:[^/]+\/)?-\/A-(\d+)/),
  title: ['h1[data-test="product-title"]'],
  breadcrumbs: '[data-test="breadcrumb"] a',
  placement: [['h1[data-test="product-title"]', 'after']],
  watch: ['main'],
});

/**
 * Target: the h1[data-test="product-title"] and the page data in the inline script that defines
 * __TGT_DATA__ (a JSON text inside a JavaScript string: escaped twice). Its product item has
 * product_description (title, bullet_descriptions, soft_bullets, downstream_description) and the
 * product has variation_hierarchy (the options, each with its tcin).
 */
function tgtData(doc: Document): unknown {
  for (const s of doc.querySelectorAll('script:not([src])')) {
    const text = s.textContent ?? '';
    if (!text.includes('__TGT_DATA__')) continue;
    const m = /JSON\.parse\("((?:[^"\\]|\\.)*)"\)/.exec(text);
    if (!m) continue;
    try {
      return JSON.parse(JSON.parse(`"${m[1]}"`));
    } catch {
      return null;
    }
  }
  return null;
}

/** The first object (depth-first, bounded) that has `key`. */
function findWith(value: unknown, key: string, depth = 0): Record<string, unknown> | null {
  if (depth > 12) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const r = findWith(v, key, depth + 1);
      if (r) return r;
    }
  } else if (isRecord(value)) {
    if (key in value) return value;
    for (const v of Object.values(value)) {
      const r = findWith(v, key, depth + 1);
      if (r) return r;
    }
  }
  return null;
}

export function readTarget(doc: Document, productKey: string, tcin: string): Listing {
  const data = tgtData(doc);
  const item = findWith(data, 'product_description');
  const desc = isRecord(item?.product_description) ? item.product_description : {};
  const hierarchy = findWith(data, 'variation_hierarchy')?.variation_hierarchy;
  const variations: Variation[] = [];
  if (Array.isArray(hierarchy)) {
    const opts = hierarchy.filter(isRecord);
    const picked = opts.find((o) => str(o.tcin) === tcin);
    variations.push({
      label: str(opts[0]?.name),
      options: opts.map((o) => str(o.value)).filter(Boolean),
      selected: picked ? str(picked.value) : null,
    });
  }
  const soft =
    isRecord(desc.soft_bullets) && Array.isArray(desc.soft_bullets.bullets) ? desc.soft_bullets.bullets : [];
  const bulletDescriptions = Array.isArray(desc.bullet_descriptions) ? desc.bullet_descriptions : [];
  return {
    retailer: 'target',
    productKey,
    title: firstText(doc, site.title) || htmlToText(desc.title),
    context: site.breadcrumbs ? allText(doc, site.breadcrumbs) : [],
    bullets: [...soft, ...bulletDescriptions].map(htmlToText).filter(Boolean),
    specs: [],
    variations,
    description: htmlToText(desc.downstream_description) || str(desc.downstream_description),
  };
}

export const read: Reader = (doc, { url, productKey }) =>
  readTarget(doc, productKey, url.searchParams.get('preselect') ?? productKey.split(':')[1] ?? '');
