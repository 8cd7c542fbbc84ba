import { describe, expect, it } from 'vitest';
import { readListing } from '../../../src/retail/read-page';
import { aliexpressPage, etsyPage } from '../../fixtures/retail/pages';
import { parse, read, summary } from './load';

describe('AliExpress reader', () => {
  const URL = 'https://www.aliexpress.com/item/1005004123456789.html';

  it('reads the SKU list from inline script data and the picked value above it', () => {
    const html = aliexpressPage({
      title: 'Titanium Micro Needle Roller 540 Derma Roller Face Care',
      sku: { name: 'Size', values: ['0.2mm', '0.25mm', '0.3mm', '0.5mm'], selected: 3 },
      specs: [['Needle Length', '0.2-0.5mm']],
    });
    const l = readListing(parse(html), new globalThis.URL(URL))?.listing;
    expect(l?.productKey).toBe('aliexpress:1005004123456789');
    expect(l?.variations).toEqual([
      { label: 'Size', options: ['0.2mm', '0.25mm', '0.3mm', '0.5mm'], selected: '0.5mm' },
    ]);
    expect(l?.specs).toContainEqual({ label: 'Needle Length', value: '0.2-0.5mm' });
    expect(summary(read(html, URL))).toMatchObject({ device: true, lengths: [0.5], source: 'variant' });
  });

  it('country subdomains and slugged item URLs', () => {
    const html = aliexpressPage({ title: 'Rodillo dermaroller 0,25 mm' });
    expect(
      summary(read(html, 'https://es.aliexpress.com/item/1005004123456789.html?spm=a2g0o')),
    ).toMatchObject({
      device: true,
      lengths: [0.25],
    });
  });
});

describe('Etsy reader (own selectors plus JSON-LD)', () => {
  it('takes the title and variation select from the page and the rest from JSON-LD', () => {
    const html = etsyPage({
      title: 'Handmade derma roller case',
      ld: {
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Handmade derma roller case',
        description: 'Fits 0.5mm rollers',
      },
    });
    expect(summary(read(html, 'https://www.etsy.com/listing/123456789/case'))).toMatchObject({
      device: false,
    });
  });

  it('a roller listing with a needle-length select', () => {
    const html = etsyPage({
      title: 'Titanium Derma Roller, choose your needle length',
      ld: { '@context': 'https://schema.org', '@type': 'Product', name: 'Titanium Derma Roller' },
      variation: { label: 'Needle length', options: ['0.25', '0.5', '0.75'], selected: 0 },
    });
    const url = 'https://www.etsy.com/listing/123456789/titanium-derma-roller';
    expect(readListing(parse(html), new globalThis.URL(url))?.listing.productKey).toBe('etsy:123456789');
    expect(summary(read(html, url))).toMatchObject({ device: true, lengths: [0.25], source: 'variant' });
  });
});
