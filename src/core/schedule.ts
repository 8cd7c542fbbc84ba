import type { Area } from './areas';
import { type Band, type BandId, bandOf, LONG_REDNESS_HOURS } from './bands';
import { type TimedSession, timedSessionsOf } from './history';
import { bandRule, type EffectiveRules, type RuleId } from './rules';
import type { Bleeding, Session } from './schemas';
import { DAY_MS, startOfLocalDay, type TimeZone } from './time';

const BLEEDING_RANK: Record<Bleeding, number> = { none: 0, pinpoint: 1, more: 2 };

/** Whether a session's after-effects lengthen the interval that band `band` asks for. */
/** The parts of a session that decide the gap after it. */
export type GapSource = Pick<Session, 'needleMm' | 'bleeding' | 'rednessHours'>;

export function extendsInterval(session: GapSource, band: Band): boolean {
  if ((session.rednessHours ?? 0) > LONG_REDNESS_HOURS) return true;
  // Bleeding not recorded lengthens nothing, as redness not recorded does not.
  return (
    session.bleeding !== undefined && BLEEDING_RANK[session.bleeding] >= BLEEDING_RANK[band.extendOnBleeding]
  );
}

export interface Gap {
  days: number;
  rule: RuleId;
  band: BandId;
  extended: boolean;
}

/**
 * Calendar days required between an earlier session and a later one of length `laterMm` in the
 * same area: the stricter of the two bands' intervals, each lengthened when the earlier session
 * bled or stayed red (reference, section 1).
 */
export function requiredGap(earlier: GapSource, laterMm: number, rules: EffectiveRules): Gap | null {
  let best: Gap | null = null;
  for (const band of [bandOf(earlier.needleMm), bandOf(laterMm)]) {
    if (!band) continue;
    const extended = extendsInterval(earlier, band);
    const rule = bandRule(extended ? 'interval-extended' : 'interval', band.id);
    const days = Math.max(rules[rule].value, rules[bandRule('interval', band.id)].value);
    if (!best || days > best.days) best = { days, rule, band: band.id, extended };
  }
  return best;
}

/** The longest interval any rule can ask for now: sessions older than this never matter. */
export function longestInterval(rules: EffectiveRules): number {
  let max = 0;
  for (const r of Object.values(rules))
    if (r.def.kind === 'interval' || r.def.kind === 'interval-extended') max = Math.max(max, r.value);
  return max;
}

export interface SafeMoment {
  area: Area;
  needleMm: number;
  /** First instant at which a session of this length in this area breaks no spacing rule. */
  safeFromMs: number;
  /** The rule that sets it, or null when no session limits it. */
  reason: 'interval' | 'weekly-cap' | null;
  rule: RuleId | null;
  /** The session that the limit is counted from. */
  governing: Session | null;
  extended: boolean;
}

/**
 * The next moment a session of `needleMm` in `area` is allowed by the spacing rules: every earlier
 * session's required gap, and the weekly cap of the candidate's band. Stricter rule wins.
 */
export function nextSafeMoment(
  area: Area,
  needleMm: number,
  sessions: readonly Session[],
  rules: EffectiveRules,
  tz: TimeZone,
  excludeId?: string,
): SafeMoment {
  const horizon = longestInterval(rules) + 9;
  return nextSafeFromTimed(
    area,
    needleMm,
    timedSessionsOf(sessions, area, tz, excludeId, horizon),
    rules,
    tz,
  );
}

export function nextSafeFromTimed(
  area: Area,
  needleMm: number,
  timed: readonly TimedSession[],
  rules: EffectiveRules,
  tz: TimeZone,
): SafeMoment {
  const result: SafeMoment = {
    area,
    needleMm,
    safeFromMs: Number.NEGATIVE_INFINITY,
    reason: null,
    rule: null,
    governing: null,
    extended: false,
  };
  if (timed.length === 0) return result;
  // An interval of N days is met neither before the Nth local midnight nor before N x 24 hours
  // have passed: "7 days" is never met 6 days and a minute later because a midnight passed.
  let best = Number.NEGATIVE_INFINITY;
  const latest = timed[timed.length - 1] as TimedSession;
  const horizon = latest.ms - (longestInterval(rules) + 2) * DAY_MS;
  for (let i = timed.length - 1; i >= 0; i--) {
    const t = timed[i] as TimedSession;
    if (t.ms < horizon) break;
    const gap = requiredGap(t.session, needleMm, rules);
    if (!gap) continue;
    const ms = intervalEndMs(t, gap.days, tz);
    if (ms > best) {
      best = ms;
      result.reason = 'interval';
      result.rule = gap.rule;
      result.governing = t.session;
      result.extended = gap.extended;
    }
  }
  const band = bandOf(needleMm);
  if (band) {
    const capRule = bandRule('weekly-cap', band.id);
    const cap = rules[capRule].value;
    const kth = timed[timed.length - cap];
    const capEnd = kth ? startOfLocalDay(kth.day + 7, tz) : Number.NEGATIVE_INFINITY;
    if (kth && capEnd > best) {
      best = capEnd;
      result.reason = 'weekly-cap';
      result.rule = capRule;
      result.governing = kth.session;
      result.extended = false;
    }
  }
  result.safeFromMs = best;
  return result;
}

/**
 * The first instant an interval of `days` after a session is met: the later of the start of the
 * local day `days` calendar days on, and `days` x 24 hours after the session itself.
 */
export function intervalEndMs(earlier: { ms: number; day: number }, days: number, tz: TimeZone): number {
  return Math.max(startOfLocalDay(earlier.day + days, tz), earlier.ms + days * DAY_MS);
}

/** Whether two sessions are closer than an interval of `days`, by calendar days or by hours. */
export function closerThan(
  a: { ms: number; day: number },
  b: { ms: number; day: number },
  days: number,
): boolean {
  return Math.abs(a.day - b.day) < days || Math.abs(a.ms - b.ms) < days * DAY_MS;
}
