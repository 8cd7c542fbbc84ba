import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, assessTyped } from '../../../src/core/assess';
import { ensureCatalogue, localeSetting } from '../../../src/i18n/i18n';
import { findingText } from '../../../src/ui/shared/Findings';
import { GOLDEN_RUNS, GOLDEN_SEED, type Golden, goldenCase, goldenCases, hashOf } from './assess-golden';

/**
 * assess() as a list of checks, and the finding messages as a table, give what the inline assess()
 * and the old findingText() gave: the golden record (assess.golden.json) was written by those, on
 * the same generated cases, before they were deleted. Stored and exported findings (backup JSON,
 * CSV findings_detail) are compared byte for byte, key order included.
 */
const golden = JSON.parse(readFileSync(new URL('./assess.golden.json', import.meta.url), 'utf8')) as Golden;

describe('assess() and the finding messages against the golden record', () => {
  const cases = goldenCases();

  it('was recorded on these cases', () => {
    expect([golden.seed, golden.runs, golden.hashes.length]).toEqual([GOLDEN_SEED, GOLDEN_RUNS, GOLDEN_RUNS]);
  });

  it('gives the recorded findings and sentences on every case', async () => {
    await ensureCatalogue('de');
    const mismatched: number[] = [];
    cases.forEach((c, i) => {
      const now = goldenCase(c, assess, findingText);
      const full = golden.full[i];
      if (full) expect(now, `case ${i}`).toEqual(full);
      if (hashOf(now) !== golden.hashes[i]) mismatched.push(i);
    });
    expect(mismatched, 'cases whose findings or sentences changed').toEqual([]);
  }, 120_000);

  it('says a typed finding as it says its stored form', () => {
    localeSetting.value = 'en';
    try {
      for (const { candidate, ctx } of cases.slice(0, 500)) {
        const stored = assess(candidate, ctx);
        assessTyped(candidate, ctx).forEach((f, i) => {
          expect(findingText(f, ctx.tz)).toBe(findingText(stored[i] ?? f, ctx.tz));
        });
      }
    } finally {
      localeSetting.value = 'auto';
    }
  }, 60_000);
});
