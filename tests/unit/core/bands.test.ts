import { describe, expect, it } from 'vitest';
import {
  BANDS,
  type BandId,
  bandById,
  bandOf,
  type HomeVerdict,
  homeVerdict,
  isValidNeedleMm,
  toMicrometres,
} from '../../../src/core/bands';

type Row = [label: string, mm: number, band: BandId | null, verdict: HomeVerdict | null];

const rows: Row[] = [
  ['0.01 (shortest accepted)', 0.01, 'cosmetic', 'home-ok'],
  ['0.2', 0.2, 'cosmetic', 'home-ok'],
  ['0.25 exactly', 0.25, 'cosmetic', 'home-ok'],
  ['0.1 + 0.15 (floating-point sum)', 0.1 + 0.15, 'cosmetic', 'home-ok'],
  ['0.25 + 1e-12 (noise above the edge)', 0.25 + 1e-12, 'cosmetic', 'home-ok'],
  ['0.2501 (rounds to 250 um)', 0.2501, 'cosmetic', 'home-ok'],
  ['0.2505 (rounds to 251 um)', 0.2505, 'caution', 'caution'],
  ['0.251', 0.251, 'caution', 'caution'],
  ['0.3', 0.3, 'caution', 'caution'],
  ['0.1 + 0.2 (0.30000000000000004)', 0.1 + 0.2, 'caution', 'caution'],
  ['0.5 exactly', 0.5, 'caution', 'caution'],
  ['0.7 - 0.2 (0.49999999999999994)', 0.7 - 0.2, 'caution', 'caution'],
  ['0.5 + 1e-12', 0.5 + 1e-12, 'caution', 'caution'],
  ['0.51', 0.51, 'not-for-home', 'not-for-home'],
  ['0.75', 0.75, 'not-for-home', 'not-for-home'],
  ['0.3 * 3 (0.8999999999999999)', 0.3 * 3, 'not-for-home', 'not-for-home'],
  ['0.99', 0.99, 'not-for-home', 'not-for-home'],
  ['0.9999 (rounds to 1000 um)', 0.9999, 'professional', 'not-for-home'],
  ['1.0 exactly', 1.0, 'professional', 'not-for-home'],
  ['1.1 - 0.1 (1.0000000000000002)', 1.1 - 0.1, 'professional', 'not-for-home'],
  ['1.5', 1.5, 'professional', 'not-for-home'],
  ['1.99', 1.99, 'professional', 'not-for-home'],
  ['2.0 exactly', 2.0, 'do-not-use', 'not-for-home'],
  ['0.7 + 1.3 (2 with noise)', 0.7 + 1.3, 'do-not-use', 'not-for-home'],
  ['2.5', 2.5, 'do-not-use', 'not-for-home'],
  ['3.0 (longest accepted)', 3.0, 'do-not-use', 'not-for-home'],
  ['0 (no needle)', 0, null, null],
  ['0.005 (below 0.01)', 0.005, null, null],
  ['-0.5', -0.5, null, null],
  ['-0 ', -0, null, null],
  ['3.01', 3.01, null, null],
  ['3.0000001', 3.0000001, null, null],
  ['NaN', Number.NaN, null, null],
  ['Infinity', Number.POSITIVE_INFINITY, null, null],
  ['-Infinity', Number.NEGATIVE_INFINITY, null, null],
];

describe('bandOf / homeVerdict at every boundary', () => {
  it.each(rows)('%s', (_label, mm, band, verdict) => {
    expect(bandOf(mm)?.id ?? null).toBe(band);
    expect(homeVerdict(mm)).toBe(verdict);
    expect(isValidNeedleMm(mm)).toBe(band !== null);
  });
});

describe('band table', () => {
  it('matches the reference: intervals, extended intervals and weekly caps', () => {
    const table = BANDS.map((b) => [b.id, b.intervalDays, b.extendedIntervalDays, b.weeklyCap, b.verdict]);
    expect(table).toEqual([
      ['cosmetic', 3, 7, 2, 'home-ok'],
      ['caution', 7, 14, 1, 'caution'],
      ['not-for-home', 14, 28, 1, 'not-for-home'],
      ['professional', 28, 42, 1, 'not-for-home'],
      ['do-not-use', 42, 56, 1, 'not-for-home'],
    ]);
  });

  it('extends the interval on pinpoint bleeding below 1 mm and only on heavier bleeding from 1 mm', () => {
    expect(BANDS.map((b) => b.extendOnBleeding)).toEqual([
      'pinpoint',
      'pinpoint',
      'pinpoint',
      'more',
      'more',
    ]);
  });

  it('bands are contiguous and cover (0, 3000] um without overlap', () => {
    for (let um = 1; um <= 3000; um++) {
      const matching = BANDS.filter(
        (b) =>
          (b.minInclusive ? um >= b.minUm : um > b.minUm) && (b.maxInclusive ? um <= b.maxUm : um < b.maxUm),
      );
      expect(matching.length, `${um} um`).toBe(1);
    }
  });

  it('every band cites at least one source and proposals cite the project proposal', () => {
    for (const b of BANDS) {
      expect(b.sources.length).toBeGreaterThan(0);
      if (b.intervalIsProposal) expect(b.sources).toContain('roller-coach-proposal');
    }
    expect(bandById('professional').intervalIsProposal).toBe(false);
  });

  it('bandById throws on an unknown id', () => {
    expect(() => bandById('huge' as BandId)).toThrow(/unknown band/);
  });

  it('toMicrometres rounds away floating-point noise', () => {
    expect(toMicrometres(0.1 + 0.15)).toBe(250);
    expect(toMicrometres(0.1 + 0.2)).toBe(300);
    expect(toMicrometres(0.7 - 0.2)).toBe(500);
    expect(toMicrometres(1.1 - 0.1)).toBe(1000);
  });
});
