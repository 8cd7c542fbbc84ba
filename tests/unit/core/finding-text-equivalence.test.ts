import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, assessTyped } from '../../../src/core/assess';
import { ensureCatalogue, LOCALES, localeSetting } from '../../../src/i18n/i18n';
import { findingText } from '../../../src/ui/shared/Findings';
import { assessCaseArb } from './assess-cases';
import { findingText as legacyFindingText } from './legacy/finding-text-legacy';

describe('finding messages from the typed table read as findingText() read the stored bag', () => {
  it.each(LOCALES)(
    '%s: every generated finding, typed and as stored',
    async (locale) => {
      await ensureCatalogue(locale);
      localeSetting.value = locale;
      try {
        for (const { candidate, ctx } of fc.sample(assessCaseArb, { numRuns: 300, seed: 23 })) {
          const stored = assess(candidate, ctx);
          const typed = assessTyped(candidate, ctx);
          stored.forEach((f, i) => {
            const before = legacyFindingText(f, ctx.tz);
            expect(findingText(f, ctx.tz)).toBe(before);
            expect(findingText(typed[i] ?? f, ctx.tz)).toBe(before);
          });
        }
      } finally {
        localeSetting.value = 'auto';
      }
    },
    60_000,
  );
});
