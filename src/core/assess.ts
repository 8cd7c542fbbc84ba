import type { Area } from './areas';
import { rulesFor } from './assessment-context';
import { bandOf } from './bands';
import { CHECKS, type Check, type CheckInput } from './checks';
import type { PrecheckId } from './conditions';
import { storedFinding, type TypedFinding } from './findings';
import { timedSessionsOf } from './history';
import type { EffectiveRules } from './rules';
import { longestInterval, nextSafeFromTimed } from './schedule';
import type { Bleeding, Finding, Profile, Roller, Session, Settings, Severity } from './schemas';
import { DAY_MS, localDay, parseInstant, type TimeZone } from './time';

/** A session about to be logged (or being edited), before it is stored. */
export interface Candidate {
  /** Set when an existing session is edited, so it is not compared with itself. */
  id?: string;
  whenMs: number;
  area: Area;
  needleMm: number;
  rollerId: string | null;
  /** After-effects, when the session already happened ("I just rolled"). */
  bleeding?: Bleeding;
  rednessHours?: number | undefined;
  sideEffects?: readonly string[];
  /** Products on the skin before or during, and after, the session. */
  productsBefore?: readonly string[];
  products?: readonly string[];
}

export interface AssessContext {
  sessions: readonly Session[];
  rollers: readonly Roller[];
  profile: Profile;
  settings: Settings;
  tz: TimeZone;
  /** Answers of the quick pre-session check, for the candidate's area. */
  precheck?: Partial<Record<PrecheckId, boolean>>;
  /** Rules computed once by the caller (optional). */
  rules?: EffectiveRules;
}

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** The rules in force for a context: the caller's when it gave them, else worked out once per settings. */
export function rulesOf(ctx: AssessContext): EffectiveRules {
  return ctx.rules ?? rulesFor(ctx.settings);
}

/** What every check reads, worked out once: the day, the band, the area's nearby sessions, the roller. */
export function checkInput(candidate: Candidate, ctx: AssessContext): CheckInput {
  const rules = rulesOf(ctx);
  // Only sessions within the longest possible gap of the candidate, before or after, can matter.
  const horizonMs = (longestInterval(rules) + 9) * DAY_MS;
  const timed = timedSessionsOf(
    ctx.sessions.filter((s) => Math.abs(parseInstant(s.when) - candidate.whenMs) <= horizonMs),
    candidate.area,
    ctx.tz,
    candidate.id,
  );
  return {
    candidate,
    ctx,
    rules,
    day: localDay(candidate.whenMs, ctx.tz),
    band: bandOf(candidate.needleMm),
    timed,
    roller: candidate.rollerId ? ctx.rollers.find((r) => r.id === candidate.rollerId) : undefined,
  };
}

/**
 * Everything the safety reference says about one session, typed: every check of `CHECKS` in turn,
 * block first, then warn, then info. Pure: the caller passes the clock's reading through
 * `candidate.whenMs` and the zone through `ctx.tz`.
 */
export function assessTyped(
  candidate: Candidate,
  ctx: AssessContext,
  checks: readonly Check[] = CHECKS,
): TypedFinding[] {
  const input = checkInput(candidate, ctx);
  return checks
    .flatMap((check) => check.run(input))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * Everything the safety reference says about one session: contraindications (block), spacing,
 * needle length and roller wear (warn), and context (info), in the form a session stores them.
 */
export function assess(candidate: Candidate, ctx: AssessContext): Finding[] {
  return assessTyped(candidate, ctx).map(storedFinding);
}

/** Whether the reference allows a home schedule for this length at all (not from 1.0 mm on). */
export function hasHomeSchedule(needleMm: number): boolean {
  const band = bandOf(needleMm);
  return !!band && band.id !== 'professional' && band.id !== 'do-not-use';
}

export type RollAnswer =
  | { answer: 'yes'; findings: Finding[] }
  | { answer: 'not-yet'; untilMs: number; findings: Finding[] }
  | { answer: 'not-now'; findings: Finding[] }
  | { answer: 'no'; findings: Finding[] };

/**
 * "Can I roll now?" for one area and needle length: no (a block applies, or a professional
 * length), not now (a condition ticked in the quick check: wait until it settles), not yet
 * (spacing; with the moment it becomes allowed), or yes (possibly with warnings to read: the
 * status says which, see `rollStatus`).
 */
export function canRollNow(
  area: Area,
  needleMm: number,
  rollerId: string | null,
  nowMs: number,
  ctx: AssessContext,
): RollAnswer {
  const findings = assess({ whenMs: nowMs, area, needleMm, rollerId }, ctx);
  if (findings.some((f) => f.severity === 'block')) return { answer: 'no', findings };
  // 1.0 mm and longer: professional only; the reference says never to suggest a home schedule.
  if (!hasHomeSchedule(needleMm)) return { answer: 'no', findings };
  if (findings.some((f) => f.code === 'precheck')) return { answer: 'not-now', findings };
  const spacing = findings.filter((f) => f.code === 'too-soon' || f.code === 'weekly-cap');
  if (spacing.length > 0) {
    const rules = rulesOf(ctx);
    const next = nextSafeFromTimed(
      area,
      needleMm,
      timedSessionsOf(ctx.sessions, area, ctx.tz),
      rules,
      ctx.tz,
    );
    return { answer: 'not-yet', untilMs: next.safeFromMs, findings };
  }
  return { answer: 'yes', findings };
}
