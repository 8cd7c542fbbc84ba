import type { Area } from './areas';
import type { Session } from './schemas';
import { localDay, parseInstant, type TimeZone } from './time';

/** A session with its instant and local day computed once, for the schedule and assessments. */
export interface TimedSession {
  session: Session;
  ms: number;
  day: number;
}

/**
 * Sessions of one area as TimedSessions, oldest first. Sessions whose `when` cannot be read are
 * skipped (the store never lets them in; this only keeps the core total).
 */
export function timedSessionsOf(
  sessions: readonly Session[],
  area: Area,
  tz: TimeZone,
  excludeId?: string,
): TimedSession[] {
  const out: TimedSession[] = [];
  for (const s of sessions) {
    if (s.area !== area || s.id === excludeId) continue;
    const ms = parseInstant(s.when);
    if (Number.isNaN(ms)) continue;
    out.push({ session: s, ms, day: localDay(ms, tz) });
  }
  out.sort((a, b) => a.ms - b.ms);
  return out;
}

/** The most recent session (by when) in each area. */
export function lastSessionByArea(sessions: readonly Session[]): Map<Area, Session> {
  const out = new Map<Area, { s: Session; ms: number }>();
  for (const s of sessions) {
    const ms = parseInstant(s.when);
    const cur = out.get(s.area);
    if (!cur || ms > cur.ms) out.set(s.area, { s, ms });
  }
  return new Map([...out].map(([a, v]) => [a, v.s]));
}
