import { activeAftercare } from './aftercare';
import type { Area } from './areas';
import { type AssessContext, canRollNow, hasHomeSchedule } from './assess';
import { treatedAreas, usualRoller } from './status';

export interface BadgeState {
  /** block: a contraindication applies (warning mark); wait: every area is waiting; ready: some area may be rolled; none: nothing to show. */
  kind: 'block' | 'wait' | 'ready' | 'none';
  /** Whole days (rounded up) until the first waiting area is safe, for `wait`. */
  days: number;
  /** Areas that may be rolled now (for "area is safe again" notifications). */
  safeAreas: Area[];
  /** The next moment the badge or a notification may change: an area becoming safe, an aftercare item ending. */
  nextChangeMs: number | null;
}

/** What the toolbar badge shows, from the same rules the popup uses. */
export function badgeState(ctx: AssessContext, nowMs: number): BadgeState {
  const usual = usualRoller(ctx.rollers, ctx.sessions);
  let block = false;
  let soonest = Number.POSITIVE_INFINITY;
  const safeAreas: Area[] = [];
  for (const { area, needleMm } of treatedAreas(ctx.profile.areas, ctx.sessions, ctx.rollers)) {
    const answer = canRollNow(area, needleMm, usual?.id ?? null, nowMs, ctx);
    if (answer.findings.some((f) => f.severity === 'block')) block = true;
    else if (!hasHomeSchedule(needleMm)) continue;
    else if (answer.answer === 'yes') safeAreas.push(area);
    else if (answer.answer === 'not-yet') soonest = Math.min(soonest, answer.untilMs);
  }
  let next = soonest;
  for (const item of activeAftercare(ctx.sessions, nowMs, ctx.tz)) {
    for (const ms of [item.startMs, item.endMs]) if (ms !== null && ms > nowMs) next = Math.min(next, ms);
  }
  const days = Number.isFinite(soonest) ? Math.max(1, Math.ceil((soonest - nowMs) / 86_400_000)) : 0;
  const kind: BadgeState['kind'] = block
    ? 'block'
    : safeAreas.length > 0
      ? 'ready'
      : Number.isFinite(soonest)
        ? 'wait'
        : 'none';
  return { kind, days, safeAreas, nextChangeMs: Number.isFinite(next) ? next : null };
}
