import { describe, expect, it } from 'vitest';
import { classifyListing, type DeviceKind } from '../../../src/retail/classify';
import { assessListing, type Listing } from '../../../src/retail/listing';
import { parseNeedleLengths } from '../../../src/retail/needle-length';
import { withoutShopSuffix } from '../../../src/retail/title';

const listing = (over: Partial<Listing>): Listing => ({
  retailer: 'amazon',
  productKey: 'amazon:B0RC000050',
  title: '',
  context: [],
  bullets: [],
  specs: [],
  variations: [],
  description: '',
  ...over,
});

describe('lengths from every part of a listing (issue 11, point 5)', () => {
  it.each([
    [
      'a pen titled 0.25mm whose bullet says adjustable 0.25-2.5mm',
      listing({ title: 'Microneedling Pen 0.25mm', bullets: ['Adjustable 0.25-2.5mm needle depth'] }),
      [0.25],
      [0.25, 2.5],
    ],
    [
      'a kit titled 0.25mm whose bullet lists 0.5, 1.0 and 1.5 mm heads',
      listing({
        title: 'Derma Roller Kit 0.25mm with 3 Replacement Heads',
        bullets: ['Includes replacement heads of 0.5mm, 1.0mm and 1.5mm'],
      }),
      [0.25],
      [0.25, 0.5, 1, 1.5],
    ],
    [
      'the picked variant leads; other options and the description join the verdict',
      listing({
        title: 'Derma Roller Titanium',
        variations: [{ label: 'Size', options: ['0.25mm', '0.5mm', '1.5mm'], selected: '0.25mm' }],
        description: 'Our rollers come in 0.25 mm to 1.5 mm.',
      }),
      [0.25],
      [0.25, 0.5, 1.5],
    ],
    [
      'specs and bullets with one length each',
      listing({
        title: 'Derma Roller',
        specs: [{ label: 'Needle length', value: '0.5 mm' }],
        bullets: ['Needle: 0.75mm titanium'],
      }),
      [0.5],
      [0.5, 0.75],
    ],
    ['no length anywhere', listing({ title: 'Titanium Derma Roller' }), [], []],
  ])('%s', (_, l, lengths, offered) => {
    const r = assessListing(l);
    expect(r.classification.device).toBe(true);
    expect(r.lengths).toEqual(lengths);
    expect(r.offered).toEqual(offered);
  });
});

describe('thickness, diameter and gauge are not lengths wherever the word stands (point 6)', () => {
  it.each([
    ['0.2 mm titanium needle thickness', []],
    ['needles of 0.25 mm diameter', []],
    ['0.3mm thick', []],
    ['thickness of the titanium needles 0.1mm', []],
    ['Needle thickness of about 0.2 mm', []],
    ['0.5 mm needle length, 0.2 mm thickness', [0.5]],
    ['0.5mm needle length and 0.1 mm titanium needle diameter', [0.5]],
    ['Dermaroller 1.0 mm Nadellänge, 0.2 mm Nadeldicke', [1]],
    ['Rullo 0,5 mm, aghi da 0,1 mm di spessore', [0.5]],
    ['Derma roller 0.25 mm, long-lasting titanium', [0.25]],
    ['Derma Roller 0.5mm 540 titanium needles', [0.5]],
  ])('%s -> %j', (text, mm) => {
    expect(parseNeedleLengths(text, { kind: 'bullet' })).toEqual(mm);
  });
});

describe('accessories are not devices; cartridges and heads are (point 7)', () => {
  it.each([
    ['Numbing Cream for Microblading and Microneedling, 30g', null],
    ['Topical Anaesthetic Cream 5% Lidocaine for Microneedling and Tattoo', null],
    ['Hyaluronic Acid Serum for Microneedling, 30 ml', null],
    ['Growth Factor Vials for Microneedling 10 x 5ml', null],
    ['PDRN Exosome Serum Microneedling Ampoule 5ml', null],
    ['Derma Roller Cleaning Spray 100ml', null],
    ['Storage Case for Derma Roller', null],
    ['Display Stand for Dermapen and Cartridges', null],
    ['Derma Roller Kit with Hyaluronic Serum 0.5mm', 'roller'],
    ['Biotin Serum + Derma Roller 0.5mm Set', 'roller'],
    ['Replacement Heads 1.0mm for Derma Roller System', 'cartridge'],
    ['Dr. Pen A6 Cartridges 16 Pin 10 Pack', 'cartridge'],
    ['Microneedling Kit 0.5mm with Cleaning Solution and Storage Case', 'device'],
    ['Microneedling Serum 30 ml', null],
  ] as [string, DeviceKind | null][])('%s', (title, kind) => {
    const c = classifyListing(title);
    expect({ device: c.device, kind: c.kind }, c.why).toEqual({ device: kind !== null, kind });
  });
});

describe('reading past a vague title (point 3)', () => {
  it.each([
    [
      'a bundle named for its purpose whose bullets list a derma roller',
      'Hair Growth Kit for Men, Beard and Scalp',
      ['Includes a 0.5mm derma roller with 540 titanium needles', 'Biotin shampoo 250 ml'],
      'roller',
    ],
    [
      'a device named by its brand whose bullets say microneedling',
      'Glowtech Q2 Professional',
      ['Wireless microneedling device with 5 speed levels', 'Depth 0.25-2.5 mm'],
      'pen',
    ],
  ] as [string, string, string[], DeviceKind][])('%s', (_, title, details, kind) => {
    expect(classifyListing(title).device).toBe(false);
    expect(classifyListing(title, [], details)).toMatchObject({ device: true, kind });
  });

  it.each([
    ['Biotin Hair Growth Serum 60 ml', ['Works great with a derma roller for best results']],
    ['Hair Growth Oil for Men', ['Use after microneedling to soothe the scalp']],
    ['Vitamin C Face Cream', ['Ideal for use after dermaroller sessions']],
    ['Jade Roller for Face', ['Not a derma roller: no needles']],
    ['Coffee Mug 350 ml', []],
  ])('no device: %s', (title, details) => {
    expect(classifyListing(title, [], details).device).toBe(false);
  });

  it('reads RF from the bullets too', () => {
    expect(
      classifyListing('Glowtech RFQ Pro', [], ['Fractional radiofrequency microneedling device']),
    ).toMatchObject({ device: true, rf: true });
  });
});

describe('Italian, Portuguese and Dutch listings (point 4)', () => {
  it.each([
    ['Derma Roller 0,5 mm, rullo con microaghi in titanio, 540 aghi', 'roller', [0.5]],
    ['Rullo dermico 0,25 mm per viso e barba', 'roller', [0.25]],
    ['Penna microneedling elettrica, profondità da 0,25 a 2,5 mm', 'pen', [0.25, 2.5]],
    ['Rolo de microagulhas 0,5 mm com 540 agulhas de titânio', 'roller', [0.5]],
    ['Caneta de microagulhamento elétrica 0,25 a 2,5 mm', 'pen', [0.25, 2.5]],
    ['Dermaroller 0,5 mm met 540 micronaalden van titanium', 'roller', [0.5]],
    ['Microneedling pen draadloos, naaldlengte 0,25 tot 2,5 mm', 'pen', [0.25, 2.5]],
  ] as [string, DeviceKind, number[]][])('%s', (title, kind, mm) => {
    expect(classifyListing(title)).toMatchObject({ device: true, kind });
    expect(parseNeedleLengths(title, { kind: 'title' })).toEqual(mm);
  });

  it.each([
    'Siero all’acido ialuronico per microneedling, 30 ml',
    'Creme anestésico para microagulhamento 30 g',
    'Reiniger voor dermaroller 100 ml',
    'Custodia per derma roller',
  ])('no device: %s', (title) => {
    expect(classifyListing(title).device).toBe(false);
  });
});

describe('the document title without the shop’s suffix', () => {
  it.each([
    ['Derma Roller 0.5mm | eBay', 'www.ebay.co.uk', 'Derma Roller 0.5mm'],
    ['Derma Roller 0.5mm - Walmart.com', 'www.walmart.com', 'Derma Roller 0.5mm'],
    ['Derma Roller 0.5mm at John Lewis & Partners', 'www.johnlewis.com', 'Derma Roller 0.5mm'],
    ['Derma Roller - Titanium 0.5mm', 'shop.example.com', 'Derma Roller - Titanium 0.5mm'],
  ])('%s', (title, host, expected) => {
    expect(withoutShopSuffix(title, host)).toBe(expected);
  });
});
