import type { EffectiveRules } from './rules';
import type { Roller, Session } from './schemas';
import { localDay, parseInstant, parseIsoDate, type TimeZone } from './time';

export interface RollerWear {
  rollerId: string;
  /** Uses so far: distinct local days the roller was logged on (several areas in one sitting are one use). */
  uses: number;
  /** Local day of first use and whole days since then (on the day asked about). */
  firstUseDay: number;
  ageDays: number;
  /** The day it is due for replacement: after `wear.max-uses` uses or `wear.max-days` days, whichever comes first. */
  replaceByDay: number;
  worn: boolean;
  reason: 'uses' | 'age' | null;
  /** Pens are not worn out by use: their cartridges are single-use (reference, section 5). */
  appliesToKind: boolean;
}

/**
 * Days of use known for a list of sessions that is not the whole history (the store's summary,
 * which keeps each roller's days but not every session): `useDays` answers from them, so the wear
 * of a summary-backed list equals that of the whole history. Keyed by the list itself: a filtered
 * copy is a different list and is counted from its sessions.
 */
const KNOWN_DAYS = new WeakMap<
  readonly Session[],
  { tz: TimeZone; days: Readonly<Record<string, readonly number[]>> }
>();

export function registerUseDays(
  sessions: readonly Session[],
  tz: TimeZone,
  days: Readonly<Record<string, readonly number[]>>,
): void {
  KNOWN_DAYS.set(sessions, { tz, days });
}

/** Distinct local days on which the roller was used, ascending; optionally only days before `beforeDay`. */
export function useDays(
  rollerId: string,
  sessions: readonly Session[],
  tz: TimeZone,
  beforeDay = Infinity,
): number[] {
  const known = KNOWN_DAYS.get(sessions);
  if (known && known.tz === tz) return (known.days[rollerId] ?? []).filter((d) => d < beforeDay);
  const days = new Set<number>();
  for (const s of sessions) {
    if (s.rollerId !== rollerId) continue;
    const ms = parseInstant(s.when);
    if (Number.isNaN(ms)) continue;
    const d = localDay(ms, tz);
    if (d < beforeDay) days.add(d);
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * Wear of a roller as of local day `onDay` (usually today). For a session being logged on
 * `onDay`, uses counts only the days before it, so the 11th use is the one that warns.
 */
export function rollerWear(
  roller: Roller,
  sessions: readonly Session[],
  rules: EffectiveRules,
  onDay: number,
  tz: TimeZone,
  countOnDay = true,
): RollerWear {
  const days = useDays(roller.id, sessions, tz, countOnDay ? onDay + 1 : onDay);
  const maxUses = rules['wear.max-uses'].value;
  const maxDays = rules['wear.max-days'].value;
  const declaredFirst = parseIsoDate(roller.firstUse);
  const firstUseDay = Math.min(declaredFirst, days[0] ?? declaredFirst);
  const byAge = firstUseDay + maxDays;
  const nthUse = days[maxUses - 1];
  const replaceByDay = nthUse !== undefined ? Math.min(nthUse, byAge) : byAge;
  const appliesToKind = roller.kind !== 'pen';
  let reason: RollerWear['reason'] = null;
  if (appliesToKind) {
    if (days.length >= maxUses) reason = 'uses';
    else if (onDay >= byAge) reason = 'age';
  }
  return {
    rollerId: roller.id,
    uses: days.length,
    firstUseDay,
    ageDays: onDay - firstUseDay,
    replaceByDay,
    worn: reason !== null,
    reason,
    appliesToKind,
  };
}
