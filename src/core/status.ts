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
 * The roller the next session in `area` is expected to use, as the area's status reads it
 * (treatedAreas: the length of the area's last session): the roller of that session, or the one
 * that replaced it; the usual roller for an area with no session yet. Null when the area's last
 * session had no roller or its roller is retired with no successor: then the length is typed,
 * never taken from a roller used elsewhere (which may be shorter). `rollers`: all, retired too.
 */
export function areaRoller(
  area: Area,
  rollers: readonly Roller[],
  sessions: readonly Session[],
): Roller | null {
  const last = sessions.findLast((s) => s.area === area);
  if (!last) return usualRoller(rollers, sessions);
  let roller = rollers.find((r) => r.id === last.rollerId);
  for (let hops = 0; roller?.retired && roller.replacedBy && hops < rollers.length; hops++) {
    const next: string = roller.replacedBy;
    roller = rollers.find((r) => r.id === next);
  }
  return roller && !roller.retired ? roller : null;
}

export interface TreatedArea {
  area: Area;
  last: Session | null;
  /**
   * The needle length the next session is expected to use: the last one in this area, else the
   * usual roller's; null when neither is known (no length is ever assumed).
   */
  needleMm: number | null;
}

/** The areas the user treats (their chosen areas, then any area with history), each with its assumed needle length. */
export function treatedAreas(
  profileAreas: readonly Area[],
  sessions: readonly Session[],
  rollers: readonly Roller[],
): TreatedArea[] {
  const last = lastSessionByArea(sessions);
  const fallbackMm = usualRoller(rollers, sessions)?.needleMm ?? null;
  return [...new Set<Area>([...profileAreas, ...last.keys()])].map((area) => {
    const l = last.get(area) ?? null;
    return { area, last: l, needleMm: l?.needleMm ?? fallbackMm };
  });
}

/**
 * For each area the user treats, when it is next safe to roll. `sessions` must be sorted oldest first.
 */
export function areaStatuses(input: {
  areas: readonly Area[];
  sessions: readonly Session[];
  rollers: readonly Roller[];
  rules: EffectiveRules;
  nowMs: number;
  tz: string;
}): AreaStatus[] {
  return treatedAreas(input.areas, input.sessions, input.rollers).flatMap(({ area, last: l, needleMm }) => {
    if (needleMm === null) return [];
    const safe = nextSafeMoment(area, needleMm, input.sessions, input.rules, input.tz);
    const homeSchedule = hasHomeSchedule(needleMm);
    return [
      {
        area,
        last: l,
        needleMm,
        safe,
        safeNow: homeSchedule && safe.safeFromMs <= input.nowMs,
        homeSchedule,
      },
    ];
  });
}
