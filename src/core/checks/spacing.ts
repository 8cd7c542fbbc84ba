import type { Candidate } from '../assess';
import { BANDS, type Band } from '../bands';
import { finding, type TypedFinding } from '../findings';
import type { TimedSession } from '../history';
import { bandRule, type EffectiveRules, type RuleId } from '../rules';
import { closerThan, intervalEndMs, nextSafeFromTimed, requiredGap } from '../schedule';
import { formatInstant } from '../time';
import { type CheckInput, defineCheck } from './check';

interface Conflict {
  other: TimedSession;
  days: number;
  rule: RuleId;
  extended: boolean;
}

/** The session nearest in time that is closer to the candidate than the rules allow. */
export function spacingConflict(
  candidate: Candidate,
  day: number,
  timed: readonly TimedSession[],
  rules: EffectiveRules,
): Conflict | null {
  let best: Conflict | null = null;
  let bestDistance = Infinity;
  for (const t of timed) {
    const earlierIsOther = t.ms <= candidate.whenMs;
    const gap = earlierIsOther
      ? requiredGap(t.session, candidate.needleMm, rules)
      : requiredGap(
          {
            needleMm: candidate.needleMm,
            bleeding: candidate.bleeding ?? 'none',
            rednessHours: candidate.rednessHours,
          },
          t.session.needleMm,
          rules,
        );
    if (!gap) continue;
    const distance = Math.abs(candidate.whenMs - t.ms);
    if (closerThan({ ms: candidate.whenMs, day }, t, gap.days) && distance < bestDistance) {
      bestDistance = distance;
      best = { other: t, days: gap.days, rule: gap.rule, extended: gap.extended };
    }
  }
  return best;
}

/** The most sessions in any 7-day window that contains `day`, not counting the candidate. */
export function maxInAnyWeek(day: number, timed: readonly TimedSession[]): number {
  const near = timed.filter((t) => t.day > day - 7 && t.day < day + 7).map((t) => t.day);
  let max = 0;
  for (let start = day - 6; start <= day; start++) {
    const n = near.filter((d) => d >= start && d <= start + 6).length;
    if (n > max) max = n;
  }
  return max;
}

/** Too soon after (or before) the nearest session in conflict: the interval and its end. */
function tooSoon(
  { candidate, ctx }: CheckInput,
  conflict: Conflict,
  sources: Band['sources'],
): TypedFinding<'too-soon'> {
  const later = conflict.other.ms > candidate.whenMs;
  return finding(
    'too-soon',
    'warn',
    sources,
    {
      needleMm: candidate.needleMm,
      days: conflict.days,
      previous: conflict.other.session.when,
      later,
      ...(later
        ? {}
        : { safeFrom: formatInstant(intervalEndMs(conflict.other, conflict.days, ctx.tz), ctx.tz) }),
      extended: conflict.extended,
    },
    conflict.rule,
  );
}

/**
 * Over the most sessions per 7 days in the area. Said only when it adds something: when the
 * interval to an earlier session already explains the wait (and sets the same moment), a second
 * warning would repeat it.
 */
function weeklyCap(
  { candidate, ctx, rules, day, timed }: CheckInput,
  band: Band,
  conflict: Conflict | null,
): TypedFinding<'weekly-cap'>[] {
  const capRule = bandRule('weekly-cap', band.id);
  const cap = rules[capRule].value;
  if (maxInAnyWeek(day, timed) + 1 <= cap) return [];
  const before = timed.filter((t) => t.ms <= candidate.whenMs);
  const next = nextSafeFromTimed(candidate.area, candidate.needleMm, before, rules, ctx.tz);
  if (conflict && conflict.other.ms <= candidate.whenMs && next.reason === 'interval') return [];
  // Only when the earlier sessions alone set a later moment; a cap reached through later sessions
  // (a forgotten session logged afterwards) has no "safe from".
  const safeFrom =
    Number.isFinite(next.safeFromMs) && next.safeFromMs > candidate.whenMs
      ? { safeFrom: formatInstant(next.safeFromMs, ctx.tz) }
      : {};
  return [finding('weekly-cap', 'warn', band.sources, { cap, ...safeFrom }, capRule)];
}

/**
 * Spacing in this area (reference section 1), against sessions before and after the candidate:
 * the minimum interval (too soon) and the most sessions per 7 days (weekly cap).
 */
export const spacingCheck = defineCheck<'too-soon' | 'weekly-cap'>({
  name: 'spacing',
  produces: ['too-soon', 'weekly-cap'],
  sources: [...new Set(BANDS.flatMap((b) => b.sources))],
  run(input) {
    const { candidate, rules, day, band, timed } = input;
    if (!band) return [];
    const conflict = spacingConflict(candidate, day, timed, rules);
    return [
      ...(conflict ? [tooSoon(input, conflict, band.sources)] : []),
      ...weeklyCap(input, band, conflict),
    ];
  },
});
