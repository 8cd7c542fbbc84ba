import type { RetailerId } from './listing';

/**
 * The retailers the card supports out of the box: how to recognise their product URLs, where
 * their title is, where the card goes and which part of the page changes when the shopper picks
 * another variant. Pure data, shared by the tiny detector and the card.
 *
 * Amazon and eBay selectors are checked against saved pages and public extractor code; Sephora,
 * Ulta, iHerb and Boots are unverified and rely on JSON-LD and meta tags (see json-ld.ts).
 */
/**
 * Where the card goes: next to an element, or ('corner') in a fixed corner of the window when the
 * page has none of the known anchors (see FALLBACK_PLACEMENT).
 */
export type Placement = readonly [selector: string, where: 'after' | 'before' | 'first' | 'last' | 'corner'];

export interface Site {
  id: Exclude<RetailerId, 'shopify' | 'generic'>;
  host: RegExp;
  /** Match patterns for the manifest (content script matches, host permissions). */
  matches: readonly string[];
  /** The product id in a URL, or null when the URL is not a product page. */
  productId: (url: URL) => string | null;
  title: readonly string[];
  breadcrumbs?: string;
  /** Bullets and specification blocks the detector reads when the title is inconclusive. */
  details?: string;
  placement: readonly Placement[];
  /** Containers to watch for variant changes while the card shows (the first that exists). */
  watch: readonly string[];
}

const domains = (name: string, tlds: readonly string[]) => tlds.map((tld) => `https://*.${name}.${tld}/*`);
const hostOf = (name: string, tlds: readonly string[]) =>
  new RegExp(`(?:^|\\.)${name}\\.(?:${tlds.map((t) => t.replace(/\./g, '\\.')).join('|')})$`);
const pathId = (re: RegExp) => (url: URL) => re.exec(url.pathname)?.[1] ?? null;

const AMAZON_TLDS = [
  'com',
  'ca',
  'com.mx',
  'com.br',
  'co.uk',
  'ie',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'be',
  'com.be',
  'in',
  'com.au',
  'sg',
] as const;
const EBAY_TLDS = [
  'com',
  'co.uk',
  'ie',
  'de',
  'at',
  'ch',
  'fr',
  'be',
  'nl',
  'es',
  'it',
  'ca',
  'com.au',
  'com.sg',
  'com.my',
  'com.hk',
  'ph',
] as const;
/**
 * Shops are listed only in countries whose language the classifier and the length parser read:
 * English, Spanish, French, German, Italian, Portuguese and Dutch. Amazon Sweden, Poland, Turkey,
 * Japan, the United Arab Emirates, Saudi Arabia and Egypt, and eBay Poland, are not matched:
 * their listings would be read blind (issue 11, point 4).
 */
const SEPHORA_TLDS = ['com', 'fr', 'de', 'es', 'it', 'co.uk', 'pt', 'ch'] as const;

export const SITES: readonly Site[] = [
  {
    id: 'amazon',
    host: hostOf('amazon', AMAZON_TLDS),
    matches: domains('amazon', AMAZON_TLDS),
    productId: pathId(/\/(?:dp|gp\/product|gp\/aw\/d|d)\/([A-Z0-9]{10})(?:[/?#]|$)/i),
    title: ['#productTitle', '#title'],
    breadcrumbs: '#wayfinding-breadcrumbs_feature_div li a',
    details: '#feature-bullets, #productOverview_feature_div',
    placement: [
      ['#desktop_buybox', 'after'],
      ['#buybox', 'after'],
      ['#title_feature_div', 'after'],
      ['#titleSection', 'after'],
    ],
    watch: ['#centerCol', '#ppd', '#dp-container'],
  },
  {
    id: 'ebay',
    host: hostOf('ebay', EBAY_TLDS),
    matches: domains('ebay', EBAY_TLDS),
    productId: pathId(/\/itm\/(?:[^/]+\/)?(\d{9,15})(?:[/?#]|$)/),
    title: ['h1.x-item-title__mainTitle span.ux-textspans', 'h1.x-item-title__mainTitle', '.x-item-title h1'],
    breadcrumbs: 'nav.breadcrumbs li a, .seo-breadcrumbs-container a',
    details: '.x-about-this-item, #viTabs_0_is',
    placement: [
      ['.x-buybox', 'after'],
      ['[data-testid="x-buybox-cta"]', 'after'],
      ['.x-item-title', 'after'],
    ],
    watch: ['#mainContent', '.x-msku', 'main'],
  },
  {
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
  },
  {
    id: 'target',
    host: /(?:^|\.)target\.com$/,
    matches: ['https://*.target.com/*'],
    productId: pathId(/\/p\/(?:[^/]+\/)?-\/A-(\d+)/),
    title: ['h1[data-test="product-title"]'],
    breadcrumbs: '[data-test="breadcrumb"] a',
    placement: [['h1[data-test="product-title"]', 'after']],
    watch: ['main'],
  },
  {
    id: 'aliexpress',
    host: hostOf('aliexpress', ['com', 'us']),
    matches: domains('aliexpress', ['com', 'us']),
    productId: pathId(/\/item\/(?:[^/]*?)(\d{8,20})\.html/),
    title: ['h1[data-pl="product-title"]', '.product-title-text'],
    placement: [['h1[data-pl="product-title"]', 'after']],
    watch: ['[class*="sku--wrap"]', '#root'],
  },
  {
    id: 'etsy',
    host: /(?:^|\.)etsy\.com$/,
    matches: ['https://*.etsy.com/*'],
    productId: pathId(/\/listing\/(\d+)/),
    title: ['h1[data-buy-box-listing-title="true"]', 'h1'],
    placement: [['h1[data-buy-box-listing-title="true"]', 'after']],
    watch: ['[data-buy-box-region]', 'main'],
  },
  {
    id: 'sephora',
    host: hostOf('sephora', SEPHORA_TLDS),
    matches: domains('sephora', SEPHORA_TLDS),
    productId: pathId(/\/(?:product|p)\/[^/]*?-(P?\d{4,})(?:\.html)?(?:[/?#]|$)/),
    title: ['h1'],
    placement: [['h1', 'after']],
    watch: ['main'],
  },
  {
    id: 'ulta',
    host: /(?:^|\.)ulta\.com$/,
    matches: ['https://*.ulta.com/*'],
    productId: pathId(/\/p\/[^/]*?-?((?:pimprod)?\d{6,})(?:[/?#]|$)/i),
    title: ['h1'],
    placement: [['h1', 'after']],
    watch: ['main'],
  },
  {
    id: 'iherb',
    host: /(?:^|\.)iherb\.com$/,
    matches: ['https://*.iherb.com/*'],
    productId: pathId(/\/pr\/[^/]+\/(\d+)/),
    title: ['h1#name', 'h1'],
    placement: [['h1', 'after']],
    watch: ['main', '#product-summary-header'],
  },
  {
    id: 'boots',
    host: hostOf('boots', ['com', 'ie']),
    matches: domains('boots', ['com', 'ie']),
    productId: pathId(/-(\d{6,10})(?:\/|$)/),
    title: ['h1#estore_product_title', 'h1'],
    placement: [['h1', 'after']],
    watch: ['main'],
  },
];

/** Every match pattern of the supported retailers (the content scripts' `matches`). */
export const RETAILER_MATCHES: readonly string[] = SITES.flatMap((s) => s.matches);

export function siteFor(url: URL): Site | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return SITES.find((s) => s.host.test(url.hostname)) ?? null;
}

/** Placement and watch roots for shops without their own entry (JSON-LD, Shopify). */
export const GENERIC_PLACEMENT: readonly Placement[] = [
  ['form[action*="/cart/add"]', 'after'],
  ['h1', 'after'],
];
/** After every shop's own anchors: the generic ones, then a fixed corner of the window. */
export const FALLBACK_PLACEMENT: readonly Placement[] = [...GENERIC_PLACEMENT, ['body', 'corner']];
/** What the detector reads past a vague title on shops without `details`. */
export const GENERIC_DETAILS =
  '[itemprop="description"], #description, .product-description, .product__description';
export const GENERIC_WATCH: readonly string[] = ['form[action*="/cart/add"]', 'main', 'body'];

/** Buy buttons the card must never cover. */
export const BUY_BUTTONS = [
  '#add-to-cart-button',
  '#buy-now-button',
  '[name^="submit.add" i]',
  '[name^="submit.buy" i]',
  '[data-testid*="add-to-cart" i]',
  '[data-test*="addToCart" i]',
  '[data-testid="x-bin-action"]',
  '[data-testid="x-atc-action"]',
  'button[name="add"]',
  'form[action*="/cart/add"] [type="submit"]',
  // Substring matches only on buttons: checking every element's class on a large page is slow.
  'button[id*="add-to-cart" i]',
  'button[class*="add-to-cart" i]',
  'button[class*="addToCart" i]',
].join(', ');
