import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedTexts, classifyTexts } from '../../../src/retail/classify-texts';
import { type DeviceTexts, mayNameDevice } from '../../../src/retail/device-stems';
import { HAS_SHARED, listingRows } from './shared-fixtures';

/**
 * The detector decides a page by itself only when no text names a device stem; the classifier
 * runs in the background for the others. That split may never turn a device into "not a device":
 * whenever mayNameDevice says no, the classifier must say no too.
 */
const WORDS = [
  'Derma Roller',
  'DERMA-ROLLER',
  'Der\u00ADma Roller',
  'microneedling pen',
  'Micro\u200Bneedle',
  'Rodillo de microagujas',
  'Rouleau à micro-aiguilles',
  'Mikronadel-Roller',
  'Dr. Pen A6',
  'Dr.Pen',
  'Skin Pen',
  'Hydra Pen',
  'Colágeno',
  'collagen induction therapy',
  'inducción de colágeno',
  'micropunción',
  'Rullo dermico',
  'microaghi',
  'microagulhamento',
  'microneedling naalden',
  'Cartridges 12 pin',
  'Jade Roller',
  'Gua Sha',
  'Ice Roller',
  'Serum for microneedling',
  'Hair Growth Kit',
  'Biotin shampoo',
  '0.5mm',
  '540 titanium needles',
  'for men',
  'LED mask',
  'Tattoo needles',
  '',
];

const texts = fc.record({
  title: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => w.join(' ')),
  context: fc.array(
    fc.array(fc.constantFrom(...WORDS), { maxLength: 2 }).map((w) => w.join(' ')),
    {
      maxLength: 3,
    },
  ),
  details: fc.array(
    fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((w) => w.join(', ')),
    {
      maxLength: 3,
    },
  ),
});

describe('the detector’s own decision (device stems) never hides a device', () => {
  it('random titles, categories and details: no stem means the classifier says no device', () => {
    fc.assert(
      fc.property(texts, (t: DeviceTexts) => mayNameDevice(t) || !classifyTexts(t).device),
      { numRuns: 3000 },
    );
  });

  it('is not vacuous: every device of these cases has a stem, in the title, the category or a detail', () => {
    const devices: DeviceTexts[] = [
      { title: 'Der\u00ADma Roller 0.5mm', context: [], details: [] },
      { title: 'ProSkin Titanium 0.5mm 540', context: ['Beauty', 'Derma Rollers'], details: [] },
      { title: 'Hair Growth Kit', context: [], details: ['Includes a 0.5mm derma roller'] },
      { title: 'Glowtech Q2', context: [], details: ['Wireless microneedling device'] },
    ];
    for (const t of devices) {
      expect(classifyTexts(t).device, t.title).toBe(true);
      expect(mayNameDevice(t), t.title).toBe(true);
    }
    expect(mayNameDevice({ title: 'Jade Roller and Gua Sha Set', context: ['Beauty'], details: [] })).toBe(
      false,
    );
  });

  it.skipIf(!HAS_SHARED)(
    'the shared listing strings, as titles and as details (../shared skipped when absent)',
    () => {
      for (const row of listingRows()) {
        for (const t of [
          { title: row.text, context: [], details: [] },
          { title: 'Product', context: [], details: [row.text] },
        ]) {
          if (!mayNameDevice(t)) expect(classifyTexts(t).device, row.text.slice(0, 60)).toBe(false);
        }
      }
    },
  );
});

describe('texts a content script sends, checked and bounded', () => {
  it.each([
    [null],
    ['Derma Roller'],
    [{ title: 1, context: [], details: [] }],
    [{ title: 'Derma Roller', context: 'Beauty', details: [] }],
    [{ title: 'Derma Roller', context: [], details: [3] }],
  ])('%j is refused', (v) => {
    expect(boundedTexts(v)).toBeNull();
  });

  it('cuts hostile lengths to what the classifier reads', () => {
    const t = boundedTexts({
      title: `Derma Roller ${'x'.repeat(100_000)}`,
      context: Array.from({ length: 500 }, () => 'Beauty'),
      details: ['y'.repeat(100_000)],
    });
    expect(t?.title.length).toBe(2000);
    expect(t?.context).toHaveLength(20);
    expect(t?.details[0]?.length).toBe(5000);
    expect(classifyTexts(t as DeviceTexts).device).toBe(true);
  });
});
