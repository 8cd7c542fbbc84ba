import type { Candidate } from '../assess';
import { BANDS, type Band, LONG_REDNESS_HOURS } from '../bands';
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
 * The area's last session before the candidate left its bleeding or its redness unrecorded, and
 * the interval had it bled or stayed red over 48 hours (reference section 1: 14 days at 0.5 mm)
 * is not over, though the plain one is: a warning with that longer wait, never a plain "possible".
 * Said only when nothing is too soon already, and only where the longer interval is longer.
 */
function afterEffectsUnrecorded(
  { candidate, ctx, rules, day, timed }: CheckInput,
  band: Band,
): TypedFinding<'after-effects-unrecorded'>[] {
  const last = timed.filter((t) => t.ms <= candidate.whenMs).at(-1);
  if (!last || (last.session.bleeding !== undefined && last.session.rednessHours !== undefined)) return [];
  const asRecorded = requiredGap(last.session, candidate.needleMm, rules);
  const worst = requiredGap(
    {
      needleMm: last.session.needleMm,
      bleeding: last.session.bleeding ?? 'more',
      rednessHours: last.session.rednessHours ?? LONG_REDNESS_HOURS + 1,
    },
    candidate.needleMm,
    rules,
  );
  // Where the reference itself sets the longer interval (section 1: 14 days instead of 7 for
  // 0.25-0.5 mm), by the stricter band of the two sessions: the last one or the next one is in it.
  // Between two sessions of 0.25 mm or less bleeding is not expected (it suggests too much
  // pressure), and over 0.5 mm there is no home schedule to lengthen.
  if (worst?.band !== 'caution' || (asRecorded && worst.days <= asRecorded.days)) return [];
  if (!closerThan({ ms: candidate.whenMs, day }, last, worst.days)) return [];
  const safeFrom = formatInstant(intervalEndMs(last, worst.days, ctx.tz), ctx.tz);
  return [
    finding(
      'after-effects-unrecorded',
      'warn',
      band.sources,
      { previous: last.session.when, days: worst.days, safeFrom },
      worst.rule,
    ),
  ];
}

/**
 * Spacing in this area (reference section 1), against sessions before and after the candidate:
 * the minimum interval (too soon), the most sessions per 7 days (weekly cap), and the longer
 * interval an unrecorded bleeding or redness may call for.
 */
export const spacingCheck = defineCheck<'too-soon' | 'weekly-cap' | 'after-effects-unrecorded'>({
  name: 'spacing',
  produces: ['too-soon', 'weekly-cap', 'after-effects-unrecorded'],
  sources: [...new Set(BANDS.flatMap((b) => b.sources))],
  run(input) {
    const { candidate, rules, day, band, timed } = input;
    if (!band) return [];
    const conflict = spacingConflict(candidate, day, timed, rules);
    return [
      ...(conflict ? [tooSoon(input, conflict, band.sources)] : afterEffectsUnrecorded(input, band)),
      ...weeklyCap(input, band, conflict),
    ];
  },
});
