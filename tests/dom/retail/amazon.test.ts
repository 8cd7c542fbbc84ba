import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identify } from '../../../src/retail/identify';
import { readListing } from '../../../src/retail/read-page';
import { amazonPage, amazonRoller, ROLLER_SIZES } from '../../fixtures/retail/pages';
import { needsShared } from '../../support/shared';
import { SHARED_FIXTURES } from '../../unit/retail/shared-fixtures';
import { parse, read, summary } from './load';

const URL_050 = 'https://www.amazon.com/Derma-Roller/dp/B0RC000050?th=1';

describe("Amazon's inline size selector (the newer layout)", () => {
  /** A size row as Amazon's inline twister draws it (markup as public extractors read it). */
  const row = (o: { withClass: boolean }) =>
    `<div id="inline-twister-row-size_name" class="a-section a-spacing-none${o.withClass ? ' inline-twister-row' : ''}">
      <div class="a-section dimension-heading"><div class="inline-twister-dim-title"><span>Size:</span></div>
        <span id="inline-twister-expanded-dimension-text-size_name">1.0 mm</span></div>
      <ul><li><span class="a-button-text">0.5 mm</span></li><li><span class="a-button-text">1.0 mm</span></li></ul>
    </div>`;
  const card = (inner: string) =>
    `<div id="twister-plus-inline-twister-card"><div class="a-cardui-body"><div id="twister-plus-inline-twister" class="a-section">${inner}</div></div></div>`;
  const page = (twister: string) =>
    amazonPage({ title: 'Titanium Derma Roller for Face' }).replace('</body>', `${twister}</body>`);
  const SIZE = { label: 'Size', options: ['0.5 mm', '1.0 mm'], selected: '1.0 mm' };

  it.each([
    ['a row with its class in its card', page(card(row({ withClass: true })))],
    ['a row without its class in its card', page(card(row({ withClass: false })))],
    ['a row with its class elsewhere on the page', page(row({ withClass: true }))],
  ])('reads %s, once', (_what, html) => {
    const r = readListing(parse(html), new URL(URL_050));
    expect(r?.listing.variations).toEqual([SIZE]);
    // The picked size leads, as with the classic selector.
    expect(summary(read(html, URL_050))).toMatchObject({ lengths: [1], source: 'variant' });
  });
});

describe('Amazon reader on pages modelled on Amazon', () => {
  it('reads title, breadcrumbs, bullets (not hidden ones), both spec tables and the size selector', () => {
    const r = readListing(parse(amazonRoller()), new URL(URL_050));
    expect(r?.identity.productKey).toBe('amazon:B0RC000050');
    const l = r?.listing;
    expect(l?.title).toBe('Derma Roller 0.5 mm, 540 Titanium Microneedles for Face and Scalp');
    expect(l?.context).toEqual([
      'Beauty & Personal Care',
      'Tools & Accessories',
      'Skin Care Tools',
      'Derma Rollers',
    ]);
    expect(l?.bullets).toHaveLength(2);
    expect(l?.specs).toContainEqual({ label: 'Needle Length', value: '0.5 Millimetres' });
    // U+200E/U+200F around the colon are gone from the label, and from the value.
    expect(l?.specs).toContainEqual({ label: 'ASIN', value: 'B0RC000050' });
    expect(l?.specs).toContainEqual({ label: 'Product Dimensions', value: '13,8 x 2,3 x 3 cm; 20 grams' });
    expect(l?.variations).toEqual([
      { label: 'Size', options: ['0.25 mm', '0.5 mm', '1.0 mm'], selected: '0.5 mm' },
      { label: 'Colour', options: [], selected: 'Gold' },
    ]);
  });

  it.each([
    ['the picked size wins over title, specs and description', amazonRoller(), [0.5], 'variant'],
    ['another picked size', amazonRoller({ selected: 2 }), [1], 'variant'],
    [
      'no size picked: the title',
      amazonPage({ title: 'Derma Roller 0.25mm for Beard', description: 'Also 1.5mm' }),
      [0.25],
      'title',
    ],
    [
      'title without length: the needle-length row of the spec table',
      amazonPage({ title: 'Titanium Derma Roller for Face', specs: [['Needle Length', '0.75 Millimetres']] }),
      [0.75],
      'specs',
    ],
    [
      'a unit-less spec value under a needle-length label',
      amazonPage({ title: 'Titanium Derma Roller for Face', specs: [['Needle Length (mm)', '1']] }),
      [1],
      'specs',
    ],
    [
      'then the bullets (a thickness is not a length)',
      amazonPage({
        title: 'Titanium Derma Roller for Face',
        bullets: ['Needles 0.2 mm thick', 'Needle length 0.3 mm for beginners'],
      }),
      [0.3],
      'bullets',
    ],
    [
      'sizes on offer when none is picked',
      amazonPage({ title: 'Titanium Derma Roller for Face', sizes: ROLLER_SIZES, selected: -1 }),
      [0.25, 0.5, 1],
      'options',
    ],
    [
      'then the description',
      amazonPage({
        title: 'Titanium Derma Roller for Face',
        description: 'Needle length: 0.5mm. 540 needles.',
      }),
      [0.5],
      'description',
    ],
    [
      'an adjustable pen',
      amazonPage({ title: 'Dr. Pen A6 Microneedling Pen 0.25-2.5mm Adjustable' }),
      [0.25, 2.5],
      'title',
    ],
    ['a kit', amazonPage({ title: 'Derma Roller Kit 0.5mm, 1.0mm, 1.5mm' }), [0.5, 1, 1.5], 'title'],
    [
      'Spanish, comma decimals',
      amazonPage({ title: 'Rodillo Dermaroller 0,5 mm 540 Microagujas' }),
      [0.5],
      'title',
    ],
    ['unknown length', amazonPage({ title: 'Derma Roller Titanium Microneedle Roller for Face' }), [], null],
  ] as const)('%s', (_, html, lengths, source) => {
    const r = summary(read(html, URL_050));
    expect(r).toMatchObject({ device: true, lengths, source });
  });

  it('says a pen range is a range and a kit is a list', () => {
    expect(read(amazonPage({ title: 'Derma Pen 0.25-2.5mm' }), URL_050)?.form).toBe('range');
    expect(read(amazonPage({ title: 'Derma Roller Kit 0.5mm, 1.0mm, 1.5mm' }), URL_050)?.form).toBe('list');
  });

  it.each([
    ['Jade Roller and Gua Sha Set for Face'],
    ['BD Ultra-Fine Insulin Pen Needles 32G 4mm, 100 Count'],
    ['Hyaluronic Acid Serum for Microneedling, 30 ml'],
    ['Numbing Cream for Derma Roller 30 g'],
    ['LED Face Mask 7 Colours for after microneedling'],
    ['Paint Roller 9 inch with 0.5 mm nap'],
    ['Lint Roller, 5 Refills'],
  ])('near-miss: %s is not a device and gets no lengths', (title) => {
    expect(summary(read(amazonPage({ title }), URL_050))).toMatchObject({ device: false, lengths: [] });
  });

  it('only product URLs are product pages', () => {
    const doc = parse(amazonRoller());
    expect(identify(doc, new URL('https://www.amazon.com/s?k=derma+roller'))).toBeNull();
    expect(identify(doc, new URL('https://www.amazon.de/gp/product/B0RC000050'))?.productKey).toBe(
      'amazon:B0RC000050',
    );
    expect(identify(doc, new URL('https://smile.amazon.co.uk/x/dp/B0RC000050/ref=sr_1_1'))?.productKey).toBe(
      'amazon:B0RC000050',
    );
  });
});

const savedPages = needsShared(
  'Amazon reader on the saved real pages (../shared/fixtures/pages)',
  'fixtures/pages/amazon-es-product.html',
);
describe.skipIf(savedPages.skip)(savedPages.title, () => {
  // Stylesheets and frames are dropped first: happy-dom would try (and fail) to fetch them.
  const load = (name: string) =>
    parse(
      readFileSync(`${SHARED_FIXTURES}pages/${name}`, 'utf8').replace(
        /<link\b[^>]*>|<iframe\b[\s\S]*?<\/iframe>/gi,
        '',
      ),
    );

  it('amazon.es: a window-cleaning robot, read but not a device; EU decimals and marks handled', () => {
    const doc = load('amazon-es-product.html');
    const r = readListing(doc, new URL('https://www.amazon.es/Cecotec-Excellence/dp/B01MUGXRT9'));
    expect(r?.identity.productKey).toBe('amazon:B01MUGXRT9');
    expect(r?.listing.title).toMatch(/^Cecotec Robot Limpiacristales Windroid 880/);
    expect(r?.listing.bullets.length).toBeGreaterThanOrEqual(3);
    expect(r?.listing.specs).toContainEqual({
      label: 'Dimensiones del producto',
      value: '13,8 x 23 x 30 cm; 1,6 kilogramos',
    });
    const reading = read(doc.documentElement.outerHTML, 'https://www.amazon.es/x/dp/B01MUGXRT9');
    expect(summary(reading)).toMatchObject({ device: false, lengths: [] });
    // Two parses of a 1.9 MB page in happy-dom: a busy machine needs more than the default 5 s.
  }, 30_000);

  it('amazon.co.uk: a hardcover book, with detail bullets whose labels carry direction marks', () => {
    const doc = load('amazon-co-uk-product.html');
    const r = readListing(doc, new URL('https://www.amazon.co.uk/Vegetable-Perfection/dp/1849757097'));
    expect(r?.listing.title).toBe(
      'Vegetable Perfection: 100 delicious recipes for roots, bulbs, shoots and stems',
    );
    expect(r?.listing.specs).toContainEqual({ label: 'ASIN', value: '1849757097' });
    expect(r?.listing.specs.every((s) => !/[\u200e\u200f]/.test(s.label + s.value))).toBe(true);
  });
});
