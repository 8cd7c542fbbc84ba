import { describe, expect, it } from 'vitest';
import { identify } from '../../../src/retail/identify';
import { readListing } from '../../../src/retail/read-page';
import { ebayPage } from '../../fixtures/retail/pages';
import { parse, read, summary } from './load';

const URL = 'https://www.ebay.com/itm/derma-roller/285123456789';

describe('eBay reader', () => {
  it('reads the title, item specifics and the variation menu', () => {
    const html = ebayPage({
      title: 'Derma Roller Titanium 540 Microneedles',
      specifics: [
        ['Brand', 'Unbranded'],
        ['Needle Length', '0.5 mm'],
        ['Number of Needles', '540'],
      ],
      variation: { label: 'Needle Length', options: ['0.25mm', '0.5mm', '1.0mm'], selected: 2 },
    });
    const l = readListing(parse(html), new globalThis.URL(URL))?.listing;
    expect(l?.productKey).toBe('ebay:285123456789');
    expect(l?.title).toBe('Derma Roller Titanium 540 Microneedles');
    expect(l?.specs).toContainEqual({ label: 'Needle Length', value: '0.5 mm' });
    expect(l?.variations).toEqual([
      { label: 'Needle Length', options: ['0.25mm', '0.5mm', '1.0mm'], selected: '1.0mm' },
    ]);
    expect(summary(read(html, URL))).toMatchObject({ device: true, lengths: [1], source: 'variant' });
  });

  it('falls back to the "Needle Length" item specific, also without a unit', () => {
    const html = ebayPage({ title: 'Dermaroller Titan Mikronadeln', specifics: [['Nadellänge', '0,75']] });
    expect(summary(read(html, 'https://www.ebay.de/itm/123456789012'))).toMatchObject({
      device: true,
      lengths: [0.75],
      source: 'specs',
    });
  });

  it('ignores a needle count and reads the title when nothing else states a length', () => {
    const html = ebayPage({
      title: 'Derma Pen 0.25-2.5mm Auto Microneedle',
      specifics: [['Number of Needles', '36']],
    });
    expect(summary(read(html, URL))).toMatchObject({ lengths: [0.25, 2.5], form: 'range', source: 'title' });
  });

  it('recognises item URLs of every country site, with or without a slug', () => {
    const doc = parse(ebayPage({ title: 'x' }));
    for (const href of [
      'https://www.ebay.co.uk/itm/123456789012',
      'https://www.ebay.fr/itm/rouleau/123456789012?hash=1',
      'https://www.ebay.com.au/itm/123456789012',
    ])
      expect(identify(doc, new globalThis.URL(href))?.productKey).toBe('ebay:123456789012');
    expect(identify(doc, new globalThis.URL('https://www.ebay.com/sch/i.html?_nkw=derma+roller'))).toBeNull();
  });

  it('insulin pen needles on eBay are not a device', () => {
    const html = ebayPage({
      title: 'Insulin Pen Needles 32G 4mm 100 pcs',
      specifics: [['Needle Length', '4 mm']],
    });
    expect(summary(read(html, URL))).toMatchObject({ device: false, lengths: [] });
  });
});
