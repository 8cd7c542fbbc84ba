import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/core/assess';
import { assessCaseArb } from './assess-cases';
import { assess as legacyAssess } from './legacy/assess-legacy';

describe('assess() as named checks gives what the inline assess() gave', () => {
  it('on many generated assessments', () => {
    fc.assert(
      fc.property(assessCaseArb, ({ candidate, ctx }) => {
        const now = assess(candidate, ctx);
        const before = legacyAssess(candidate, ctx);
        expect(now).toEqual(before);
        // Byte for byte as stored and exported (backup JSON, CSV findings_detail): key order too.
        expect(JSON.stringify(now)).toBe(JSON.stringify(before));
      }),
      { numRuns: 2000, seed: 17 },
    );
  }, 60_000);
});
