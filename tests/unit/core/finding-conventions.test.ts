import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../../src/core/assess';
import { CHECKS } from '../../../src/core/checks';
import { FINDING_CODES } from '../../../src/core/schemas';
import { SOURCE_IDS, SOURCES } from '../../../src/core/sources';
import { de } from '../../../src/i18n/de';
import { englishAll as en } from '../../../src/i18n/en-all';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';
import { localeSetting } from '../../../src/i18n/i18n';
import { findingText } from '../../../src/ui/shared/Findings';
import { messageOf } from '../../../src/ui/shared/finding-messages';
import { assessCaseArb, unrecordedAfterEffectsCaseArb } from './assess-cases';

/**
 * The conventions a finding follows, so that adding one is one entry in each table and the tests
 * say what is missing: every finding code is produced by a check (declared, and really given on
 * generated cases), every check names its sources, and every code has a message in all four
 * catalogues, with its plural forms where it is counted.
 */
const CATALOGUES = { en, es, de, fr } as Record<string, Record<string, string>>;
const SAMPLES = [
  ...fc.sample(assessCaseArb, { numRuns: 1500, seed: 5 }),
  ...fc.sample(unrecordedAfterEffectsCaseArb, { numRuns: 100, seed: 5 }),
];

describe('finding conventions', () => {
  it('every finding code is declared by a check, and every check declares known codes', () => {
    const declared = new Set(CHECKS.flatMap((c) => c.produces));
    expect(FINDING_CODES.filter((code) => !declared.has(code))).toEqual([]);
    expect([...declared].filter((code) => !(FINDING_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('checks have distinct names and each names at least one known source', () => {
    const names = CHECKS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of CHECKS) {
      expect(c.sources, `check "${c.name}" names no source`).not.toHaveLength(0);
      for (const s of c.sources) {
        expect(SOURCE_IDS, `check "${c.name}" cites unknown source ${s}`).toContain(s);
        expect(SOURCES[s], `source ${s} has no entry in sources.ts`).toBeDefined();
      }
    }
  });

  it('on generated assessments, a check gives only the codes and sources it declares, and every code is given', () => {
    const given = new Set<string>();
    for (const { candidate, ctx } of SAMPLES) {
      const input = checkInput(candidate, ctx);
      for (const check of CHECKS)
        for (const f of check.run(input)) {
          given.add(f.code);
          expect(check.produces, `check "${check.name}" gave ${f.code}`).toContain(f.code);
          expect(f.sources.length, `${f.code} from "${check.name}" cites no source`).toBeGreaterThan(0);
          for (const s of f.sources) expect(check.sources, `check "${check.name}" cited ${s}`).toContain(s);
        }
    }
    // A code never given here is either dead or not reached by tests/unit/core/assess-cases.ts.
    expect(FINDING_CODES.filter((code) => !given.has(code))).toEqual([]);
  }, 60_000);

  it('every finding code has a message, in all four catalogues, with plural forms where counted', () => {
    for (const code of FINDING_CODES) {
      const m = messageOf(code);
      expect([...m.keys, ...(m.plural ?? [])], `finding ${code} names no message key`).not.toHaveLength(0);
      for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
        // The report's short label of the code (its findings table and the sessions' column).
        expect(catalogue[`report.code.${code}`], `${locale} lacks report.code.${code}`).toBeTruthy();
        for (const key of m.keys)
          expect(catalogue[key], `${locale} lacks ${key} (finding ${code})`).toBeTruthy();
        for (const base of m.plural ?? [])
          for (const form of ['one', 'other'])
            expect(
              catalogue[`${base}.${form}`],
              `${locale} lacks ${base}.${form} (finding ${code})`,
            ).toBeTruthy();
      }
    }
  });

  it('every generated finding reads as a sentence: no raw key, no unfilled {placeholder}', () => {
    localeSetting.value = 'en';
    try {
      for (const { candidate, ctx } of SAMPLES.slice(0, 400))
        for (const check of CHECKS)
          for (const f of check.run(checkInput(candidate, ctx))) {
            const text = findingText(f, ctx.tz);
            expect(text, f.code).not.toMatch(/finding\.|\{\w+\}|undefined|NaN/);
            expect(text.length, f.code).toBeGreaterThan(10);
          }
    } finally {
      localeSetting.value = 'auto';
    }
  }, 60_000);
});
