import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { Finding } from '../../../src/core/schemas';
import { localeSetting } from '../../../src/i18n/i18n';
import { type AssessCase, assessCaseArb } from './assess-cases';

/**
 * The golden record of assess() and findingText(): what the inline assess() and the old
 * findingText() gave (before the checks and the message table) on generated cases, kept as a hash
 * per case and, for the first cases, in full (a readable diff when one changes).
 */
export const GOLDEN_SEED = 17;
export const GOLDEN_RUNS = 2000;
export const GOLDEN_FULL = 10;

export interface GoldenCase {
  findings: Finding[];
  en: string[];
  de: string[];
}

export interface Golden {
  seed: number;
  runs: number;
  full: GoldenCase[];
  hashes: string[];
}

export const goldenCases = (): AssessCase[] =>
  fc.sample(assessCaseArb, { numRuns: GOLDEN_RUNS, seed: GOLDEN_SEED });

export function hashOf(c: GoldenCase): string {
  return createHash('sha256').update(JSON.stringify(c)).digest('hex').slice(0, 16);
}

/** One case as `assess` and `text` say it, in English and German (the catalogue must be loaded). */
export function goldenCase(
  { candidate, ctx }: AssessCase,
  assess: (c: AssessCase['candidate'], x: AssessCase['ctx']) => Finding[],
  text: (f: Finding, tz: string) => string,
): GoldenCase {
  const findings = assess(candidate, ctx);
  localeSetting.value = 'en';
  const en = findings.map((f) => text(f, ctx.tz));
  localeSetting.value = 'de';
  const de = findings.map((f) => text(f, ctx.tz));
  localeSetting.value = 'auto';
  return { findings, en, de };
}
