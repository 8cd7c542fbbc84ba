import { describe, expect, it } from 'vitest';
import { identify } from '../../../src/retail/identify';
import { mayHaveJsonLdProduct, readJsonLdProduct } from '../../../src/retail/json-ld';
import { readListing } from '../../../src/retail/read-page';
import { jsonLdPage, shopifyPage } from '../../fixtures/retail/pages';
import { parse, read, summary } from './load';

const SHOPIFY = {
  title: 'Titanium Derma Roller',
  options: ['Needle Length'],
  variants: [
    { id: 101, option1: '0.25mm', title: '0.25mm' },
    { id: 102, option1: '0.5mm', title: '0.5mm' },
    { id: 103, option1: '1.0mm', title: '1.0mm' },
  ],
};

describe('Shopify stores', () => {
  it('are recognised on any domain by /products/ and Shopify markers', () => {
    const doc = parse(shopifyPage(SHOPIFY));
    const id = identify(doc, new URL('https://skin.example/products/titanium-derma-roller'));
    expect(id).toMatchObject({
      retailer: 'shopify',
      productKey: 'skin.example/products/titanium-derma-roller',
    });
    const collection = parse(shopifyPage(SHOPIFY).replace('<meta property="og:type" content="product">', ''));
    expect(identify(collection, new URL('https://skin.example/collections/all'))).toBeNull();
  });

  it('read the variant of ?variant= first, else the selected option of the form', () => {
    const html = shopifyPage({ ...SHOPIFY, selected: 101 });
    const base = 'https://skin.example/products/titanium-derma-roller';
    expect(summary(read(html, `${base}?variant=103`))).toMatchObject({
      device: true,
      lengths: [1],
      source: 'variant',
    });
    expect(summary(read(html, base))).toMatchObject({ lengths: [0.25], source: 'variant' });
    const l = readListing(parse(html), new URL(base))?.listing;
    expect(l?.variations).toEqual([
      { label: 'Needle Length', options: ['0.25mm', '0.5mm', '1.0mm'], selected: '0.25mm' },
    ]);
    expect(l?.description).toBe('Titanium needles.');
  });
});

const PRODUCT = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Microneedle Roller 0.3 mm',
  description: '<p>Titanium needles, <b>0.3 mm</b>.</p>',
  sku: 'MR-03',
};

describe('schema.org Product JSON-LD', () => {
  it.each([
    ['a single object', [PRODUCT]],
    ['an array', [[{ '@type': 'Organization', name: 'Shop' }, PRODUCT]]],
    ['a @graph', [{ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, PRODUCT] }]],
    ['a type array and full IRI', [{ ...PRODUCT, '@type': ['http://schema.org/Product', 'Thing'] }]],
  ])('reads %s', (_, blocks) => {
    const doc = parse(jsonLdPage({ h1: 'Roller', blocks }));
    expect(readJsonLdProduct(doc)).toMatchObject({
      name: 'Microneedle Roller 0.3 mm',
      description: 'Titanium needles, 0.3 mm.',
    });
  });

  it.each([
    ['application/ld+json', true],
    [' Application/LD+JSON ', true],
    ['text/ld+json', false],
    ['application/ld+json+x', false],
    ['application/json', false],
  ])('a block whose type is "%s" is read: %s', (type, read) => {
    const html = jsonLdPage({ h1: 'Roller', blocks: [PRODUCT] }).replace(
      '<script type="application/ld+json">',
      `<script type="${type}">`,
    );
    const doc = parse(html);
    expect(readJsonLdProduct(doc)?.name ?? null).toBe(read ? 'Microneedle Roller 0.3 mm' : null);
    expect(mayHaveJsonLdProduct(doc)).toBe(read);
  });

  it('tolerates malformed blocks: repairs line breaks in strings and trailing commas, skips the hopeless', () => {
    const doc = parse(
      jsonLdPage({
        h1: 'Roller',
        raw: [
          '{ this is not json',
          '{"@type": "Product", "name": "Derma Roller\n0.5 mm", "offers": {"price": 1,},}',
        ],
        blocks: [],
      }),
    );
    expect(readJsonLdProduct(doc)?.name).toBe('Derma Roller 0.5 mm');
  });

  it('reads ProductGroup variants and picks the one in the URL', () => {
    const group = {
      '@context': 'https://schema.org',
      '@type': 'ProductGroup',
      name: 'Derma Stamp',
      variesBy: 'https://schema.org/size',
      hasVariant: [
        { '@type': 'Product', sku: 'DS-025', size: '0.25 mm' },
        { '@type': 'Product', sku: 'DS-100', size: { '@type': 'SizeSpecification', name: '1.0 mm' } },
      ],
    };
    const html = jsonLdPage({ h1: 'Derma Stamp', blocks: [group] });
    const url = 'https://shop.example/derma-stamp?sku=DS-100';
    expect(readListing(parse(html), new URL(url))?.listing.variations).toEqual([
      { label: 'size', options: ['0.25 mm', '1.0 mm'], selected: '1.0 mm' },
    ]);
    expect(summary(read(html, url))).toMatchObject({ device: true, lengths: [1], source: 'variant' });
    expect(summary(read(html, 'https://shop.example/derma-stamp'))).toMatchObject({
      lengths: [0.25, 1],
      source: 'options',
    });
  });

  it('reads additionalProperty rows as specifications and breadcrumbs as the category', () => {
    const html = jsonLdPage({
      h1: 'Titanium Roller',
      blocks: [
        {
          ...PRODUCT,
          name: 'Titanium Roller',
          additionalProperty: [
            { '@type': 'PropertyValue', name: 'Needle length', value: 0.5, unitText: 'mm' },
          ],
        },
        {
          '@type': 'BreadcrumbList',
          itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Derma Rollers' }],
        },
      ],
    });
    const r = read(html, 'https://shop.example/p/titanium-roller');
    expect(r?.listing.context).toContain('Derma Rollers');
    expect(summary(r)).toMatchObject({ device: true, lengths: [0.5], source: 'specs' });
  });

  it.each([
    ['sephora', 'https://www.sephora.com/product/microneedle-roller-P123456'],
    ['ulta', 'https://www.ulta.com/p/microneedle-roller-pimprod2012345'],
    ['iherb', 'https://www.iherb.com/pr/microneedle-roller/123456'],
    ['boots', 'https://www.boots.com/microneedle-roller-10284873'],
  ])('%s pages are read from their JSON-LD', (retailer, url) => {
    const html = jsonLdPage({ h1: 'Microneedle Roller 0.3 mm', blocks: [PRODUCT] });
    const r = read(html, url);
    expect(r?.listing.retailer).toBe(retailer);
    expect(summary(r)).toMatchObject({ device: true, lengths: [0.3], source: 'title' });
  });

  it('any other shop with Product JSON-LD is a generic product page; a page without is not', () => {
    expect(
      read(jsonLdPage({ h1: 'x', blocks: [PRODUCT] }), 'https://small-shop.example/roller')?.listing.retailer,
    ).toBe('generic');
    expect(
      read(
        jsonLdPage({ h1: 'Derma Roller 0.5mm', blocks: [{ '@type': 'Article' }] }),
        'https://blog.example/post',
      ),
    ).toBeNull();
  });
});
