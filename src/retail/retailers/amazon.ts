import { allText, cleanLabel, firstText, queryEach, tableRows, textOf } from '../dom';
import type { Listing, Spec, Variation } from '../listing';
import { defineSite, domains, hostOf, pathId, type Reader } from '../site';

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

export const site = defineSite({
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
  buyButtons: [
    '#add-to-cart-button',
    '#buy-now-button',
    'input[name^="submit.add" i]',
    'input[name^="submit.buy" i]',
  ],
});

/**
 * Amazon (every country): #productTitle, #feature-bullets, the technical and detail tables
 * (#productDetails_*, #productOverview_feature_div, #detailBullets_feature_div, whose labels carry
 * U+200E/U+200F marks around the colon), the size selector (#twister, classic and inline) and
 * #productDescription. Structure checked against saved amazon.es and amazon.co.uk pages; the
 * inline twister follows Amazon's current markup as public extractors read it.
 */
const SPEC_ROWS = [
  '#productDetails_techSpec_section_1 tr',
  '#productDetails_techSpec_section_2 tr',
  '#productDetails_detailBullets_sections1 tr',
  '#technicalSpecifications_section_1 tr',
  '#productOverview_feature_div tr',
  '#poExpander tr',
];

function detailBullets(doc: Document): Spec[] {
  const out: Spec[] = [];
  for (const li of doc.querySelectorAll('#detailBullets_feature_div li')) {
    const bold = li.querySelector('.a-text-bold');
    if (!bold) continue;
    const label = cleanLabel(textOf(bold));
    const value = textOf(bold.nextElementSibling);
    if (label && value) out.push({ label, value });
  }
  return out;
}

function optionText(li: Element): string {
  const t = textOf(
    li.querySelector('.twisterTextDiv, .swatch-title-text-display, .swatch-title-text, .a-button-text'),
  );
  if (t) return t;
  const alt = li.querySelector('img')?.getAttribute('alt');
  return cleanLabel(alt ?? '');
}

function classicTwister(doc: Document): Variation[] {
  const out: Variation[] = [];
  for (const dim of queryEach(doc, [
    '#twister [id^="variation_"]',
    '#twister_feature_div [id^="variation_"]',
  ])) {
    const key = dim.id.replace(/^variation_/, '');
    const label = cleanLabel(textOf(dim.querySelector('.a-form-label'))) || key;
    const lis = [...dim.querySelectorAll('li')];
    const selectOptions = [...dim.querySelectorAll('select option')].filter(
      (o) => (o.getAttribute('value') ?? '') !== '-1',
    );
    const options = [...lis.map(optionText), ...selectOptions.map((o) => textOf(o))].filter(Boolean);
    const pickedLi = lis.find((li) => li.classList.contains('swatchSelect'));
    const pickedOption = selectOptions.find(
      (o) => (o as HTMLOptionElement).selected || o.hasAttribute('selected'),
    );
    const selected =
      textOf(dim.querySelector('.selection')) ||
      (pickedLi ? optionText(pickedLi) : '') ||
      (pickedOption ? textOf(pickedOption) : '');
    out.push({ label, options, selected: selected || null });
  }
  return out;
}

function inlineTwister(doc: Document): Variation[] {
  const out: Variation[] = [];
  // Rows carry their class (a fast lookup) inside #twister-plus-inline-twister; an attribute
  // prefix alone would be tested on every element of the page.
  const rows = queryEach(doc, [
    '.inline-twister-row',
    '#twister-plus-inline-twister [id^="inline-twister-row-"]',
  ]);
  for (const row of rows.filter((r) => r.id.startsWith('inline-twister-row-'))) {
    const key = row.id.replace(/^inline-twister-row-/, '');
    const label = cleanLabel(textOf(row.querySelector('.inline-twister-dim-title span'))) || key;
    const selected = textOf(row.querySelector(`[id="inline-twister-expanded-dimension-text-${key}"]`));
    const options = [...row.querySelectorAll('li')].map(optionText).filter(Boolean);
    out.push({ label, options, selected: selected || null });
  }
  return out;
}

export function readAmazon(doc: Document, productKey: string): Listing {
  return {
    retailer: 'amazon',
    productKey,
    title: firstText(doc, site.title),
    context: site.breadcrumbs ? allText(doc, site.breadcrumbs) : [],
    bullets: allText(doc, '#feature-bullets li:not(.aok-hidden) .a-list-item'),
    specs: [...tableRows(doc, SPEC_ROWS), ...detailBullets(doc)],
    variations: [...classicTwister(doc), ...inlineTwister(doc)],
    description: firstText(doc, ['#productDescription']),
  };
}

export const read: Reader = (doc, { productKey }) => readAmazon(doc, productKey);
