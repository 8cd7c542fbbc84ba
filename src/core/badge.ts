import { activeAftercare } from './aftercare';
import type { Area } from './areas';
import { type AssessContext, canRollNow } from './assess';
import { type RollStatus, rollStatus } from './roll-status';
import type { Finding } from './schemas';
import { areaRoller, type TreatedArea, treatedAreas } from './status';
import { DAY_MS, isIsoDate, parseInstant, parseIsoDate, startOfLocalDay, type TimeZone } from './time';

export interface BadgeState {
  /**
   * block: a contraindication or a "see a doctor" effect applies (red mark); warn: a warning
   * applies somewhere, an answer is missing, or a needle is over 0.5 mm (amber mark); ready: an
   * area is possible with no warning; wait: every area waits; none: nothing to show.
   */
  kind: 'block' | 'warn' | 'ready' | 'wait' | 'none';
  /** Whole days (rounded up) until the first waiting area is possible, for `wait`. */
  days: number;
  /** Areas whose status is "possible" with no warning (the only ones a notification may announce). */
  possibleAreas: Area[];
  /** The next moment the badge or a notification may change: an area's wait, an aftercare item or a finding ending. */
  nextChangeMs: number | null;
}

/**
 * Each treated area with its status, from the same rules the popup uses. The roller whose wear
 * counts is the area's own (areaRoller: its last session's, as "can I roll now?" starts from), not
 * the one last used elsewhere: a worn face roller is a warning on the face.
 */
export function areaRollStatuses(
  ctx: AssessContext,
  nowMs: number,
): { area: TreatedArea; status: RollStatus }[] {
  return treatedAreas(ctx.profile.areas, ctx.sessions, ctx.rollers).map((area) => {
    const rollerId = areaRoller(area.area, ctx.rollers, ctx.sessions)?.id ?? null;
    return {
      area,
      // With no known length the profile's contraindications still count (NaN matches no band).
      status: rollStatus(
        canRollNow(area.area, area.needleMm ?? Number.NaN, rollerId, nowMs, ctx),
        area.needleMm,
      ),
    };
  });
}

/**
 * When a finding ends by itself, NaN when it does not say: its `safeFrom` instant (the longer
 * wait an unrecorded after-effect may need), or the start of its `until` day where the user is
 * (the end of an isotretinoin block, of a recent procedure's warning).
 */
function findingEndMs(f: Finding, tz: TimeZone): number {
  if (typeof f.params.safeFrom === 'string') return parseInstant(f.params.safeFrom);
  if (typeof f.params.until === 'string' && isIsoDate(f.params.until))
    return startOfLocalDay(parseIsoDate(f.params.until), tz);
  return Number.NaN;
}

/** What the toolbar badge shows. A warning anywhere is never hidden behind an empty badge. */
export function badgeState(ctx: AssessContext, nowMs: number): BadgeState {
  const statuses = areaRollStatuses(ctx, nowMs);
  let soonest = Number.POSITIVE_INFINITY;
  for (const { status } of statuses)
    if (status.kind === 'not-yet' && status.untilMs !== null) soonest = Math.min(soonest, status.untilMs);
  const possibleAreas = statuses.filter((s) => s.status.kind === 'possible').map((s) => s.area.area);
  const block = statuses.some((s) => s.status.kind === 'do-not-roll');
  const warn = statuses.some(
    (s) => !['possible', 'not-yet', 'do-not-roll'].includes(s.status.kind) || s.status.warnings.length > 0,
  );
  let next = soonest;
  // A finding that says when it ends changes the badge then.
  for (const { status } of statuses)
    for (const f of [...status.reasons, ...status.warnings]) {
      const ms = findingEndMs(f, ctx.tz);
      if (ms > nowMs) next = Math.min(next, ms);
    }
  for (const item of activeAftercare(ctx.sessions, nowMs, ctx.tz)) {
    for (const ms of [item.startMs, item.endMs]) if (ms !== null && ms > nowMs) next = Math.min(next, ms);
  }
  const days = Number.isFinite(soonest) ? Math.max(1, Math.ceil((soonest - nowMs) / DAY_MS)) : 0;
  const kind: BadgeState['kind'] = block
    ? 'block'
    : warn
      ? 'warn'
      : possibleAreas.length > 0
        ? 'ready'
        : Number.isFinite(soonest)
          ? 'wait'
          : 'none';
  return { kind, days, possibleAreas, nextChangeMs: Number.isFinite(next) ? next : null };
}
