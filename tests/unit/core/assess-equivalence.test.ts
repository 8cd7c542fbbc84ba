import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/core/assess';
import { assessCaseArb } from './assess-cases';
import { assess as legacyAssess } from './legacy/assess-legacy';

describe('assess() as named checks gives what the inline assess() gave', () => {
  it('on many generated assessments', () => {
    fc.assert(
      fc.property(assessCaseArb, ({ candidate, ctx }) => {
        expect(assess(candidate, ctx)).toEqual(legacyAssess(candidate, ctx));
      }),
      { numRuns: 3000, seed: 17 },
    );
  });
});
