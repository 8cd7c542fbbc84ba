import { firstText, meta, textOf } from './dom';
import type { TitleSource } from './listing';
import { fold, oneLine } from './text';

/**
 * The product's name when the shop's own title selectors find nothing (an old layout, a
 * client-rendered shell, an unlisted shop). The fallbacks are tried in this fixed order, and the
 * one that answered is recorded so the card can say where it read the name:
 *
 * 1. `json-ld`: the `name` of a schema.org Product in any JSON-LD block (any case of `@type`,
 *    arrays, `@graph`); the card reads it, the detector skips this step (its size budget: it
 *    needs a name to classify, and the later steps give one on every page tested);
 * 2. `og`: `og:title` when `og:type` says product (`product`, `product.item`, `wayfairus:product`);
 * 3. `itemprop`: an element with `itemprop="name"` (old eBay, Walmart, Shopify themes);
 * 4. `h1`: the main `h1` (inside `main` first);
 * 5. `document`: the document's `<title>` without the shop's suffix ("... | eBay").
 */
export const TITLE_FALLBACKS: readonly Exclude<TitleSource, 'site'>[] = [
  'json-ld',
  'og',
  'itemprop',
  'h1',
  'document',
];

/** "Derma Roller 0.5mm | eBay" -> "Derma Roller 0.5mm": drops a last segment that names the shop. */
export function withoutShopSuffix(title: string, hostname: string): string {
  const labels = hostname
    .toLowerCase()
    .split('.')
    .filter((l) => l.length > 3 && !/^(?:www\d?|shop|store)$/.test(l));
  const m = /^(.*\S)\s+(?:[|–—:-]|at|en|bei|chez|su|op|em)\s+([^|–—]{1,60})$/.exec(oneLine(title));
  if (!m) return oneLine(title);
  const tail = fold(m[2] ?? '').replace(/[^a-z0-9]/g, '');
  return labels.some((l) => tail.includes(l.replace(/[^a-z0-9]/g, ''))) ? (m[1] ?? '') : oneLine(title);
}

/** Reads the JSON-LD Product name; passed in by the card (the detector skips JSON-LD to stay small). */
export type LdNameReader = (doc: Document) => string;

function fallback(
  doc: Document,
  from: Exclude<TitleSource, 'site'>,
  hostname: string,
  ldName: LdNameReader | undefined,
): string {
  switch (from) {
    case 'json-ld':
      return ldName ? ldName(doc) : '';
    case 'og':
      return /(?:^|[.:])product(?:\.|$)/i.test(meta(doc, 'og:type'))
        ? withoutShopSuffix(meta(doc, 'og:title'), hostname)
        : '';
    case 'itemprop':
      // The name of the product itself (a heading first), never of a breadcrumb, brand, seller or
      // review (old eBay pages mark every breadcrumb with itemprop="name").
      for (const el of doc.querySelectorAll('h1[itemprop="name"], [itemprop="name"]')) {
        if (
          el.closest(
            '[itemprop="brand"], [itemprop="author"], [itemprop="seller"], [itemprop="review"], [itemprop="itemListElement"], [itemtype*="BreadcrumbList" i], nav',
          )
        )
          continue;
        const t = el.tagName === 'META' ? oneLine(el.getAttribute('content')) : textOf(el);
        if (t) return t;
      }
      return '';
    case 'h1':
      return firstText(doc, ['main h1', 'h1']);
    case 'document':
      return withoutShopSuffix(doc.title, hostname);
  }
}

/** The title from the shop's own selectors, else from the first fallback that finds one. */
export function pageTitle(
  doc: Document,
  hostname: string,
  own: readonly string[] = [],
  ldName?: LdNameReader,
): { title: string; from: TitleSource } {
  const mine = firstText(doc, own);
  if (mine) return { title: mine, from: 'site' };
  for (const from of TITLE_FALLBACKS) {
    const title = fallback(doc, from, hostname, ldName);
    if (title) return { title, from };
  }
  return { title: '', from: 'site' };
}
