import type { Listing } from './listing';

/** The name a site is turned off by, and a generic product key starts with: its host without "www.". */
export function siteName(hostname: string): string {
  return hostname.replace(/^www\./, '');
}

/**
 * What a retailer is to Roller Coach: one file in src/retail/retailers/ exporting its `site`
 * (pure data: how to recognise its product URLs, where its title is, where the card goes, what to
 * watch for variant changes) and its `read` (the reader of its product pages). The tiny detector
 * on every shop page imports only the `site`s (src/retail/sites.ts); the readers go into the
 * card's script alone (src/retail/read-page.ts). See README, "Add a retailer".
 */

/**
 * Where the card goes: next to an element, or ('corner') in a fixed corner of the window when the
 * page has none of the known anchors (see FALLBACK_PLACEMENT).
 */
export type Placement = readonly [selector: string, where: 'after' | 'before' | 'first' | 'last' | 'corner'];

export interface Site<Id extends string = string> {
  id: Id;
  host: RegExp;
  /** Match patterns for the manifest (content script matches, host permissions). */
  matches: readonly string[];
  /** The product id in a URL, or null when the URL is not a product page. */
  productId: (url: URL) => string | null;
  /** The product title, first selector that has text (the detector's and the reader's). */
  title: readonly string[];
  breadcrumbs?: string;
  /** Bullets and specification blocks the detector reads when the title is inconclusive. */
  details?: string;
  placement: readonly Placement[];
  /** Containers to watch for variant changes while the card shows (the first that exists). */
  watch: readonly string[];
  /**
   * The shop's own buy buttons, which the card must never cover: looked for first (one selector
   * at a time, a lone #id is fast); when none is on the page, the generic list (BUY_BUTTONS).
   */
  buyButtons?: readonly string[];
}

/** What a reader is given: the page's URL and the product's key ("amazon:B0XXXXXXXX"). */
export interface ReaderPage {
  url: URL;
  productKey: string;
}

/**
 * A retailer's reader: what its product page says (title, bullets, specs, variations,
 * description), or null to leave the page to its JSON-LD and the generic title fallbacks.
 */
export type Reader = (doc: Document, page: ReaderPage) => Listing | null;

/** A retailer's site entry, with its id kept as a literal (the RetailerId union derives from them). */
export const defineSite = <const Id extends string>(site: Site<Id>): Site<Id> => site;

/** For shops read from their schema.org Product data alone (json-ld.ts): no reader of their own. */
export const jsonLdOnly: Reader = () => null;

/** `https://*.name.tld/*` for each top-level domain. */
export const domains = (name: string, tlds: readonly string[]) =>
  tlds.map((tld) => `https://*.${name}.${tld}/*`);

/** The host of `name` under any of `tlds`, with any subdomain. */
export const hostOf = (name: string, tlds: readonly string[]) =>
  new RegExp(`(?:^|\\.)${name}\\.(?:${tlds.map((t) => t.replace(/\./g, '\\.')).join('|')})$`);

/** The product id as the first group of a pattern on the URL's path. */
export const pathId = (re: RegExp) => (url: URL) => re.exec(url.pathname)?.[1] ?? null;
