import { describe, expect, it } from 'vitest';
import { findNeedleLengths, parseNeedleLengths } from '../../../src/retail/needle-length';
import { needsShared } from '../../support/shared';
import { listingRows } from './shared-fixtures';

/**
 * Where this project decides differently from a row's `expected_mm`, keyed by the start of the
 * row's text, with the reason. Everything else must match the fixture exactly.
 */
const DECISIONS: Record<string, { mm: number[]; why: string }> = {
  'Genosys DTS Microneedle Stamp 0.25mm ... 2.0mm': {
    mm: [0.25, 2],
    why:
      'the source elided the middle variants with "..."; the text states 0.25 and 2.0 mm only. ' +
      'Reading 0.5, 1.0 and 1.5 mm would invent lengths no text states. The verdict (from the ' +
      'longest, 2.0 mm) is the same either way.',
  },
};

const listings = needsShared(
  'every real listing string in ../shared/fixtures/listings.jsonl',
  'fixtures/listings.jsonl',
);
describe.skipIf(listings.skip)(listings.title, () => {
  const rows = listingRows();
  it('has the 41 rows this table was written against', () => {
    expect(rows.length).toBeGreaterThanOrEqual(41);
  });
  it.each(rows.map((r) => [`${r.kind}: ${r.text.slice(0, 70)}`, r] as const))('%s', (_, row) => {
    const decision = Object.entries(DECISIONS).find(([prefix]) => row.text.startsWith(prefix))?.[1];
    const expected = decision ? decision.mm : (row.expected_mm ?? []);
    expect(parseNeedleLengths(row.text, { kind: row.kind })).toEqual(expected);
  });
});

/** Cases written for this project, in the four languages, for every rule in the parser. */
const CASES: [string, number[], Parameters<typeof parseNeedleLengths>[1]?][] = [
  // units and number forms
  ['Derma Roller 0.5mm', [0.5]],
  ['Derma Roller 0.5 mm', [0.5]],
  ['Rodillo 0,5 mm 540 microagujas', [0.5]],
  ['Dermaroller 1,5 Millimeter Titan', [1.5]],
  ['Rouleau 0,25 millimètre', [0.25]],
  ['Rodillo de 0,75 milímetros', [0.75]],
  ['.25mm derma roller', [0.25]],
  ['Derma roller 250µm', [0.25]],
  ['Derma roller 250 μm', [0.25]],
  ['Derma roller 250um', [0.25]],
  ['Derma roller 200 microns', [0.2]],
  ['Derma roller 1,500 µm', [1.5]],
  ['Dermaroller \u200e0.5\u200f mm', [0.5]],
  ['Derma\u00a0Roller 0.5\u00a0mm', [0.5]],
  ['Roller 0.5mmTitanium needles', [0.5]],
  ['Roller ０.５ｍｍ'.replace('ｍｍ', 'mm'), [0.5]],
  // kits and lists
  ['Kit 0.5mm, 1.0mm, 1.5mm', [0.5, 1, 1.5]],
  ['Kit 0.5mm 1.0mm 1.5mm', [0.5, 1, 1.5]],
  ['3 in 1 kit 0.5,1.0,1.5mm', [0.5, 1, 1.5]],
  ['0.25mm/0.5mm/1.0mm', [0.25, 0.5, 1]],
  ['0.25 / 0.5 / 1.0 mm', [0.25, 0.5, 1]],
  ['Set 0,5 und 1,0 mm', [0.5, 1]],
  ['Lot de 0,5 et 1 mm', [0.5, 1]],
  // ranges of adjustable pens
  ['Adjustable 0.25-2.5mm', [0.25, 2.5]],
  ['Adjustable 0.25 - 2.5 mm', [0.25, 2.5]],
  ['Depth 0.2mm-2.5mm', [0.2, 2.5]],
  ['Needle depth 0 to 2.5 mm', [0, 2.5]],
  ['Profundidad ajustable de 0.25mm a 2.5mm', [0.25, 2.5]],
  ['Nadellänge von 0,25 bis 2,5 mm einstellbar', [0.25, 2.5]],
  ['Profondeur de 0,25 à 2,5 mm', [0.25, 2.5]],
  ['Réglable 0,25~2,5 mm', [0.25, 2.5]],
  ['between 0.5 and 1.5 mm deep', [0.5, 1.5]],
  ['Pen 0-3mm adjustable', [0, 3]],
  // slugs
  ['derma-roller-0-25mm-540-needles', [0.25]],
  ['titanium-roller-1-5mm', [1.5]],
  ['Pen 0-5mm', [0.5]],
  // labelled lists without a unit
  ['Size: 0.25 / 0.5 / 1.0', [0.25, 0.5, 1]],
  ['Needle length: 0.5', [0.5]],
  ['Tamaño: 0,5 / 1,0', [0.5, 1]],
  ['Size: 2', []],
  ['Size: 12 x 4 cm', []],
  // refused
  ['Needle diameter 0.25 mm', []],
  ['0.2 mm thickness', []],
  ['Nadel 0,2 mm dick', []],
  ['Aguja de 0,2 mm de diámetro', []],
  ['Aiguilles de 0,2 mm d’épaisseur', []],
  ['Adjustable in 0.25 mm steps', []],
  ['in increments of 0.25mm', []],
  ['en pasos de 0,25 mm', []],
  ['Area 2.5 mm²', []],
  ['Area 2.5mm2', []],
  ['0.5 mmHg', []],
  ['2 mmol', []],
  ['Speed 0-2.5mm/s', []],
  ['10 x 2.5 mm', []],
  ['2.5 x 10 mm', []],
  ['540 needles, 1 × roller', []],
  ['3.5mm', []],
  ['0mm', []],
  ['0 mm - 5 mm', []],
  ['models ST025/ST050/ST100', []],
  ['version 1.2.3 mm', []],
  ['31G 5mm pen needles', []],
  ['Tip 0.1" (2.5 mm)', []],
  ['0.25mm: enhances absorption', []],
  // prose about needles in general (descriptions only)
  ['Most rollers typically use 0.5 mm needles.', []],
  ['Wir empfehlen 0,25 mm für Anfänger.', []],
  ['Nous recommandons 0,25 mm.', []],
  ['Generalmente 0,5 mm.', []],
  ['Derma Roller 0.25mm Recommended for beginners', [0.25], { kind: 'title' }],
  // variant options without a unit
  ['0.5', [0.5], { unitless: 'decimal' }],
  ['0.25 / 0.5', [0.25, 0.5], { unitless: 'decimal' }],
  ['1', [], { unitless: 'decimal' }],
  ['1', [1], { unitless: 'any' }],
  ['Pack of 2', [], { unitless: 'decimal' }],
  ['0.5 mm', [0.5], { unitless: 'decimal' }],
  ['5.5', [], { unitless: 'decimal' }],
  // model codes and counts
  ['Dr. Pen A6 12 pin 0.25mm', [0.25]],
  ['Dr. Pen N2', []],
  ['192 needles', []],
];

describe('needle-length parser, project cases', () => {
  it.each(CASES)('%j -> %j', (text, mm, opts) => {
    expect(parseNeedleLengths(text, opts)).toEqual(mm);
  });

  it('says whether a reading is a single length, a kit or a range', () => {
    expect(findNeedleLengths('Derma roller 0.5mm').map((r) => r.form)).toEqual(['single']);
    expect(findNeedleLengths('Kit 0.5mm, 1.0mm, 1.5mm').map((r) => r.form)).toEqual(['list']);
    expect(findNeedleLengths('Pen 0.25-2.5mm').map((r) => r.form)).toEqual(['range']);
    expect(findNeedleLengths('Pen de 0.25mm a 2.5mm').map((r) => r.form)).toEqual(['range']);
  });

  it('rounds to hundredths of a millimetre', () => {
    expect(parseNeedleLengths('Roller 0.125mm')).toEqual([0.13]);
  });

  it('never throws and never returns a length outside (0, 3] mm except a range starting at 0', () => {
    const junk = ['', '...', '-', 'mm', '0', '٫', '1e9 mm', '9'.repeat(400), `${'0.'.repeat(500)}5mm`];
    for (const s of junk) {
      for (const v of parseNeedleLengths(s)) expect(v > 0 && v <= 3).toBe(true);
    }
  });
});
