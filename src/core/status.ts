import type { Area } from './areas';
import { hasHomeSchedule } from './assess';
import { lastSessionByArea } from './history';
import type { EffectiveRules } from './rules';
import { nextSafeMoment, type SafeMoment } from './schedule';
import type { Roller, Session } from './schemas';

export interface AreaStatus {
  area: Area;
  last: Session | null;
  /** The needle length the next session is assumed to use: the last one in this area, else the usual roller's. */
  needleMm: number;
  safe: SafeMoment;
  safeNow: boolean;
  /** False from 1.0 mm on: no home schedule is ever suggested for professional lengths. */
  homeSchedule: boolean;
}

/** The roller most recently used, else the newest active one. */
export function usualRoller(rollers: readonly Roller[], sessions: readonly Session[]): Roller | null {
  const active = rollers.filter((r) => !r.retired);
  for (let i = sessions.length - 1; i >= 0; i--) {
    const r = active.find((x) => x.id === sessions[i]?.rollerId);
    if (r) return r;
  }
  return active[active.length - 1] ?? null;
}

/**
 * For each area the user treats (their chosen areas, then any area with history), when it is
 * next safe to roll. `sessions` must be sorted oldest first.
 */
export function areaStatuses(input: {
  areas: readonly Area[];
  sessions: readonly Session[];
  rollers: readonly Roller[];
  rules: EffectiveRules;
  nowMs: number;
  tz: string;
}): AreaStatus[] {
  const last = lastSessionByArea(input.sessions);
  const areas = [...new Set<Area>([...input.areas, ...last.keys()])];
  const fallbackMm = usualRoller(input.rollers, input.sessions)?.needleMm ?? 0.25;
  return areas.map((area) => {
    const l = last.get(area) ?? null;
    const needleMm = l?.needleMm ?? fallbackMm;
    const safe = nextSafeMoment(area, needleMm, input.sessions, input.rules, input.tz);
    const homeSchedule = hasHomeSchedule(needleMm);
    return {
      area,
      last: l,
      needleMm,
      safe,
      safeNow: homeSchedule && safe.safeFromMs <= input.nowMs,
      homeSchedule,
    };
  });
}
