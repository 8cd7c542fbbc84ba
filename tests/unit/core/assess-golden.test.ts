import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, assessTyped } from '../../../src/core/assess';
import { ensureCatalogue, localeSetting } from '../../../src/i18n/i18n';
import { findingText } from '../../../src/ui/shared/Findings';
import {
  GOLDEN_FULL,
  GOLDEN_RUNS,
  GOLDEN_SEED,
  type Golden,
  goldenCase,
  goldenCases,
  hashOf,
} from './assess-golden';

/**
 * assess() as a list of checks, and the finding messages as a table, give what the inline assess()
 * and the old findingText() gave: the golden record (assess.golden.json) was written by those, on
 * the same generated cases, before they were deleted. Stored and exported findings (backup JSON,
 * CSV findings_detail) are compared byte for byte, key order included.
 *
 * A change meant to alter what assess() says (a new finding, a new rule) fails here by design:
 * re-record with `UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/core/assess-golden.test.ts`
 * and review the diff of assess.golden.json (its first cases are kept in full).
 */
const GOLDEN_FILE = new URL('./assess.golden.json', import.meta.url);
const golden = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Golden;
const update = process.env.UPDATE_GOLDEN === '1';

describe('assess() and the finding messages against the golden record', () => {
  const cases = goldenCases();

  it('was recorded on these cases', () => {
    expect([golden.seed, golden.runs, golden.hashes.length]).toEqual([GOLDEN_SEED, GOLDEN_RUNS, GOLDEN_RUNS]);
  });

  it('gives the recorded findings and sentences on every case', async () => {
    await ensureCatalogue('de');
    const now = cases.map((c) => goldenCase(c, assess, findingText));
    if (update) {
      // Re-record from the code as it is (UPDATE_GOLDEN=1), then review the diff.
      const record: Golden = {
        seed: GOLDEN_SEED,
        runs: GOLDEN_RUNS,
        full: now.slice(0, GOLDEN_FULL),
        hashes: now.map(hashOf),
      };
      writeFileSync(GOLDEN_FILE, `${JSON.stringify(record, null, 2)}\n`);
      return;
    }
    now.slice(0, GOLDEN_FULL).forEach((c, i) => {
      expect(c, `case ${i}`).toEqual(golden.full[i]);
    });
    const mismatched = now.flatMap((c, i) => (hashOf(c) === golden.hashes[i] ? [] : [i]));
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
