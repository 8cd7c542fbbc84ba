import { describe, expect, it } from 'vitest';
import { RETAILER_MATCHES, SITES, siteFor } from '../../../src/retail/sites';

describe('supported retailers', () => {
  it.each([
    ['https://www.amazon.com/dp/B0RC000050', 'amazon'],
    ['https://www.amazon.co.uk/dp/B0RC000050', 'amazon'],
    ['https://www.amazon.com.mx/dp/B0RC000050', 'amazon'],
    ['https://www.amazon.it/dp/B0RC000050', 'amazon'],
    ['https://www.amazon.com.br/dp/B0RC000050', 'amazon'],
    ['https://www.amazon.nl/dp/B0RC000050', 'amazon'],
    ['https://www.ebay.it/itm/123456789012', 'ebay'],
    ['https://www.ebay.nl/itm/123456789012', 'ebay'],
    ['https://www.ebay.de/itm/123456789012', 'ebay'],
    ['https://www.ebay.com.au/itm/123456789012', 'ebay'],
    ['https://www.walmart.ca/ip/x/123456', 'walmart'],
    ['https://www.target.com/p/x/-/A-1', 'target'],
    ['https://fr.aliexpress.com/item/1005004123456789.html', 'aliexpress'],
    ['https://www.etsy.com/listing/1', 'etsy'],
    ['https://www.sephora.fr/p/x-123456.html', 'sephora'],
    ['https://www.ulta.com/p/x-pimprod2012345', 'ulta'],
    ['https://uk.iherb.com/pr/x/1', 'iherb'],
    ['https://www.boots.ie/x-10284873', 'boots'],
  ])('%s is %s', (href, id) => {
    expect(siteFor(new URL(href))?.id).toBe(id);
  });

  it.each([
    'https://www.target.com.au/p/x/-/A-1',
    'https://amazon.com.evil.example/dp/B0RC000050',
    'https://notamazon.com/dp/B0RC000050',
    'https://www.amazon.cn/dp/B0RC000050',
    'file:///amazon.com/dp/B0RC000050',
  ])('%s is not a supported retailer', (href) => {
    expect(siteFor(new URL(href))).toBeNull();
  });

  // Issue 11, point 4: shops whose language the classifier and length parser do not read are not
  // matched at all (a card there would judge listings it cannot read).
  it.each([
    'https://www.amazon.co.jp/dp/B0RC000050',
    'https://www.amazon.se/dp/B0RC000050',
    'https://www.amazon.pl/dp/B0RC000050',
    'https://www.amazon.com.tr/dp/B0RC000050',
    'https://www.amazon.ae/dp/B0RC000050',
    'https://www.amazon.sa/dp/B0RC000050',
    'https://www.amazon.eg/dp/B0RC000050',
    'https://www.ebay.pl/itm/123456789012',
    'https://www.sephora.pl/p/x-123456.html',
  ])('%s is not matched: its language is not read', (href) => {
    expect(siteFor(new URL(href))).toBeNull();
    expect(
      RETAILER_MATCHES.some((m) => new URL(href).hostname.endsWith(m.slice('https://*.'.length, -2))),
    ).toBe(false);
  });

  it('asks for HTTPS pages of the listed retailers only, each pattern a valid match pattern', () => {
    expect(RETAILER_MATCHES.length).toBeGreaterThan(50);
    for (const m of RETAILER_MATCHES) expect(m).toMatch(/^https:\/\/\*\.[a-z]+(\.[a-z]+)+\/\*$/);
    for (const site of SITES)
      for (const m of site.matches) {
        const host = m.slice('https://*.'.length, -2);
        expect(site.host.test(host), `${site.id}: ${host}`).toBe(true);
        expect(site.host.test(`www.${host}`)).toBe(true);
      }
  });
});
