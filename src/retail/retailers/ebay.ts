import { allText, cleanLabel, firstText, textOf } from '../dom';
import type { Listing, Spec, Variation } from '../listing';
import { defineSite, domains, hostOf, pathId, type Reader } from '../site';

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

export const site = defineSite({
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
});

/**
 * eBay (every country): the title, item specifics (div.ux-labels-values, or dt/dd pairs), the
 * variation menus (select.x-msku__select-box, or the newer listbox [data-testid="x-msku-evo"]).
 * The seller's description sits in a cross-origin iframe and is not read.
 */
function itemSpecifics(doc: Document): Spec[] {
  const out: Spec[] = [];
  for (const row of doc.querySelectorAll('.ux-labels-values')) {
    const label = cleanLabel(textOf(row.querySelector('.ux-labels-values__labels')));
    const value = textOf(row.querySelector('.ux-labels-values__values'));
    if (label && value) out.push({ label, value });
  }
  for (const dt of doc.querySelectorAll('[data-testid="x-about-this-item"] dt, .x-about-this-item dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName !== 'DD') continue;
    const label = cleanLabel(textOf(dt));
    const value = textOf(dd);
    if (label && value) out.push({ label, value });
  }
  return out;
}

function labelFor(doc: Document, el: Element): string {
  const id = el.getAttribute('id');
  const byFor = id ? [...doc.querySelectorAll('label[for]')].find((l) => l.getAttribute('for') === id) : null;
  return cleanLabel(
    textOf(byFor) ||
      el.getAttribute('aria-label') ||
      el.getAttribute('selectboxlabel') ||
      el.getAttribute('name') ||
      '',
  );
}

function variations(doc: Document): Variation[] {
  const out: Variation[] = [];
  for (const select of doc.querySelectorAll('select.x-msku__select-box')) {
    const options = [...select.querySelectorAll('option')].filter(
      (o) => (o.getAttribute('value') ?? '-1') !== '-1',
    );
    const picked = options.find((o) => (o as HTMLOptionElement).selected);
    out.push({
      label: labelFor(doc, select),
      options: options.map((o) => textOf(o)).filter(Boolean),
      selected: picked ? textOf(picked) : null,
    });
  }
  for (const evo of doc.querySelectorAll('[data-testid="x-msku-evo"]')) {
    for (const box of evo.querySelectorAll('[role="listbox"]')) {
      const opts = [...box.querySelectorAll('[role="option"]')];
      const picked = opts.find((o) => o.getAttribute('aria-selected') === 'true');
      const label =
        cleanLabel(box.getAttribute('aria-label') ?? '') ||
        cleanLabel(textOf(evo.querySelector('.x-msku-evo__label, label')));
      out.push({
        label,
        options: opts.map((o) => textOf(o)).filter(Boolean),
        selected: picked ? textOf(picked) : null,
      });
    }
  }
  return out;
}

export function readEbay(doc: Document, productKey: string): Listing {
  return {
    retailer: 'ebay',
    productKey,
    title: firstText(doc, site.title),
    context: site.breadcrumbs ? allText(doc, site.breadcrumbs) : [],
    bullets: [],
    specs: itemSpecifics(doc),
    variations: variations(doc),
    description: '',
  };
}

export const read: Reader = (doc, { productKey }) => readEbay(doc, productKey);
