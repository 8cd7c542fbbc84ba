import type { Area } from './areas';
import type { Session } from './schemas';
import { DAY_MS, localDay, parseInstant, type TimeZone } from './time';

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
  /** Keep only sessions within this many days of the latest one (the rest cannot matter). */
  horizonDays?: number,
): TimedSession[] {
  const picked: { session: Session; ms: number }[] = [];
  let latest = Number.NEGATIVE_INFINITY;
  for (const s of sessions) {
    if (s.area !== area || s.id === excludeId) continue;
    const ms = parseInstant(s.when);
    if (Number.isNaN(ms)) continue;
    picked.push({ session: s, ms });
    if (ms > latest) latest = ms;
  }
  const since = horizonDays === undefined ? Number.NEGATIVE_INFINITY : latest - horizonDays * DAY_MS;
  const out: TimedSession[] = [];
  for (const p of picked) if (p.ms >= since) out.push({ ...p, day: localDay(p.ms, tz) });
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
