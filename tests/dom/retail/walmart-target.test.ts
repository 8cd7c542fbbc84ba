import { describe, expect, it } from 'vitest';
import { readListing } from '../../../src/retail/read-page';
import { targetPage, walmartPage } from '../../fixtures/retail/pages';
import { parse, read, summary } from './load';

describe('Walmart reader (__NEXT_DATA__)', () => {
  const URL = 'https://www.walmart.com/ip/Derma-Roller-Titanium/123456789';

  it('reads the variant criteria with the picked one, and the specifications', () => {
    const html = walmartPage({
      title: 'Derma Roller Titanium Microneedle Roller',
      shortDescription: '<ul><li>540 needles</li><li>For face &amp; scalp</li></ul>',
      specifications: [['Needle Length', '0.25 mm']],
      variants: { name: 'Size', options: ['0.25 mm', '0.5 mm'], selected: 1 },
    });
    const l = readListing(parse(html), new globalThis.URL(URL))?.listing;
    expect(l?.productKey).toBe('walmart:123456789');
    expect(l?.bullets).toEqual(['540 needles For face & scalp']);
    expect(l?.variations).toEqual([{ label: 'Size', options: ['0.25 mm', '0.5 mm'], selected: '0.5 mm' }]);
    expect(summary(read(html, URL))).toMatchObject({ device: true, lengths: [0.5], source: 'variant' });
  });

  it('without variants: the specification row', () => {
    const html = walmartPage({
      title: 'Derma Roller for Beard',
      specifications: [['Needle Length', '0.25 mm']],
    });
    expect(summary(read(html, URL))).toMatchObject({ lengths: [0.25], source: 'specs' });
  });
});

describe('Target reader (__TGT_DATA__, escaped twice)', () => {
  it('reads bullets from the page data and picks the variant of the URL', () => {
    const html = targetPage({
      title: 'Skin Gym Titanium Microneedle Roller',
      bullets: ['<B>Needle Length:</B> 0.3mm', '<B>Includes:</B> case'],
      variations: [
        { value: '0.3mm', tcin: '11111111' },
        { value: '0.5mm', tcin: '22222222' },
      ],
    });
    const url = 'https://www.target.com/p/skin-gym-microneedle-roller/-/A-11111111?preselect=22222222';
    const l = readListing(parse(html), new globalThis.URL(url))?.listing;
    expect(l?.productKey).toBe('target:11111111');
    expect(l?.bullets).toEqual(['Needle Length: 0.3mm', 'Includes: case']);
    expect(l?.variations[0]).toEqual({ label: 'Size', options: ['0.3mm', '0.5mm'], selected: '0.5mm' });
    expect(summary(read(html, url))).toMatchObject({ device: true, lengths: [0.5], source: 'variant' });
    const plain = 'https://www.target.com/p/skin-gym-microneedle-roller/-/A-11111111';
    expect(summary(read(html, plain))).toMatchObject({ lengths: [0.3], source: 'variant' });
  });

  it('Target Australia is another company: not matched', () => {
    const html = targetPage({ title: 'Derma Roller 0.5mm' });
    expect(read(html, 'https://www.target.com.au/p/derma-roller/-/A-11111111')).toBeNull();
  });
});
