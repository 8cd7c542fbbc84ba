import * as z from 'zod/mini';
import type { Area } from './areas';
import { rulesFor } from './assessment-context';
import type { EffectiveRules } from './rules';
import { longestInterval } from './schedule';
import { type Session, type Settings, sessionSchema } from './schemas';
import { fnv1a } from './text-hash';
import { DAY_MS, localDay, monthOf, parseInstant, type TimeZone } from './time';
import { registerUseDays } from './wear';

/**
 * What the popup, the badge and the background read instead of the whole history: the sessions
 * the rules look at (a subset of real sessions, chosen so that `assess`, `canRollNow`,
 * `areaRollStatuses`, `badgeState` and `activeAftercare` give the same answers on it as on the
 * whole history), each roller's days of use (wear), and the history's count and first session.
 *
 * Which sessions each rule reads, with a candidate at `nowMs` (or later):
 * - spacing, weekly cap, "the last session bled" (assess): the area's sessions within
 *   `longestInterval + 9` days of the candidate, before or after it;
 * - "not yet, until" (canRollNow): the area's latest session and those within `longestInterval + 2`
 *   days of it, and the area's last `cap` (at most 7) sessions;
 * - the first deeper session (assess): whether any session over 0.25 mm came earlier: the earliest;
 * - roller wear: every distinct local day of use of the roller (kept as days, not sessions);
 * - usual roller, treated areas, the last area: the last session of each roller and of each area,
 *   and the first of each area (areas are listed in the order they first appear);
 * - running aftercare: the sessions of the last 22 days.
 * The kept set is the union of those, per area from `cutoff = min(anchor, latest) - horizon`.
 */
export const SUMMARY_VERSION = 2;

/** Sessions per area always kept, whatever their age: the most any weekly cap can be (rules.ts: max 7). */
const LAST_PER_AREA = 7;
/** Aftercare runs at most 21 days (spf) after a session; the background looks 22 days back. */
const AFTERCARE_DAYS = 23;

export const summarySchema = z.object({
  version: z.literal(SUMMARY_VERSION),
  /** Version of the sessions dataset it was built from (the index's item version). */
  dataVersion: z.number(),
  /** The zone the days of use are counted in. */
  tz: z.string(),
  /** Build (or last append) time; with each area's latest session it sets the area's cutoff. */
  anchorMs: z.number(),
  /** Days kept before the cutoff moment; enough for the rules in force when it was built. */
  horizonDays: z.number(),
  /** Per area, the moment from which every session is kept (older ones only as its last 7). */
  cutoffs: z.record(z.string(), z.number()),
  /** Fingerprint of each month chunk it was built from (length and hash of the stored text). */
  stamps: z.record(z.string(), z.string()),
  /** How many sessions the whole history holds, and when the first one was. */
  count: z.int().check(z.gte(0)),
  /**
   * How many of them each month holds (by the month of `when`, as the pages group them; months
   * with none are left out): the options history shows its exact total from these without
   * reading the months it does not show. They add up to `count`.
   */
  monthCounts: z.record(z.string(), z.int().check(z.gte(0))),
  firstWhen: z.nullable(z.string()),
  /** The kept sessions, oldest first. */
  sessions: z.array(sessionSchema),
  /** Per roller id, the distinct local days (in `tz`) it was used on, ascending. */
  useDays: z.record(z.string(), z.array(z.int())),
});
export type Summary = z.infer<typeof summarySchema>;

/**
 * The part of a stored summary that says which months it was built from and what they hold: the
 * options history validates only this to show its total (not the kept sessions and days).
 */
export const summaryCountsSchema = z.pick(summarySchema, {
  version: true,
  dataVersion: true,
  stamps: true,
  monthCounts: true,
});

export interface SummaryOptions {
  anchorMs: number;
  tz: TimeZone;
  horizonDays: number;
  dataVersion: number;
  stamps: Record<string, string>;
}

/** The days of history the rules in force need around "now" (never less than the aftercare's 22). */
export function horizonFor(rules: EffectiveRules): number {
  return Math.max(longestInterval(rules) + 9, AFTERCARE_DAYS);
}

export function horizonForSettings(settings: Settings): number {
  return horizonFor(rulesFor(settings));
}

/** Oldest first by instant, ties by id (as the store sorts). */
function sortTimed(list: { s: Session; ms: number }[]): { s: Session; ms: number }[] {
  return list.sort((a, b) => a.ms - b.ms || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
}

/** The kept subset of `timed` (sorted oldest first) and each area's cutoff. */
function select(
  timed: { s: Session; ms: number }[],
  anchorMs: number,
  horizonDays: number,
): { kept: Session[]; cutoffs: Record<string, number> } {
  const latest = new Map<Area, number>();
  const perArea = new Map<Area, number>();
  const keep = new Set<number>();
  const lastOfRoller = new Map<string, number>();
  let deep = -1;
  for (let i = timed.length - 1; i >= 0; i--) {
    const { s, ms } = timed[i] as { s: Session; ms: number };
    if (!latest.has(s.area)) latest.set(s.area, ms);
    const n = perArea.get(s.area) ?? 0;
    if (n < LAST_PER_AREA) keep.add(i);
    perArea.set(s.area, n + 1);
    if (s.rollerId !== null && !lastOfRoller.has(s.rollerId)) {
      lastOfRoller.set(s.rollerId, i);
      keep.add(i);
    }
  }
  // The first session of each area: areas are listed in the order they first appear.
  const seen = new Set<Area>();
  for (let i = 0; i < timed.length; i++) {
    const { s } = timed[i] as { s: Session };
    if (!seen.has(s.area)) {
      seen.add(s.area);
      keep.add(i);
    }
    if (deep < 0 && s.needleMm > 0.25) deep = i;
  }
  if (deep >= 0) keep.add(deep);
  const cutoffs: Record<string, number> = {};
  for (const [area, ms] of latest) cutoffs[area] = Math.min(anchorMs, ms) - horizonDays * DAY_MS;
  timed.forEach(({ s, ms }, i) => {
    if (ms >= (cutoffs[s.area] ?? Number.POSITIVE_INFINITY)) keep.add(i);
  });
  return { kept: [...keep].sort((a, b) => a - b).map((i) => (timed[i] as { s: Session }).s), cutoffs };
}

function addDay(days: Map<string, Set<number>>, s: Session, ms: number, tz: TimeZone): void {
  if (s.rollerId === null || Number.isNaN(ms)) return;
  const set = days.get(s.rollerId) ?? new Set<number>();
  set.add(localDay(ms, tz));
  days.set(s.rollerId, set);
}

/** `counts` with one more session in the month of each of `sessions`. */
function addMonthCounts(
  counts: Record<string, number>,
  sessions: readonly Session[],
): Record<string, number> {
  const out = { ...counts };
  for (const s of sessions) {
    const m = monthOf(s.when);
    out[m] = (out[m] ?? 0) + 1;
  }
  return out;
}

function daysRecord(days: Map<string, Set<number>>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [id, set] of [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    out[id] = [...set].sort((a, b) => a - b);
  return out;
}

/** The summary of a whole history (unique ids; any order). */
export function buildSummary(history: readonly Session[], o: SummaryOptions): Summary {
  const timed = sortTimed(history.map((s) => ({ s, ms: parseInstant(s.when) })));
  const days = new Map<string, Set<number>>();
  for (const { s, ms } of timed) addDay(days, s, ms, o.tz);
  const { kept, cutoffs } = select(timed, o.anchorMs, o.horizonDays);
  return {
    version: SUMMARY_VERSION,
    dataVersion: o.dataVersion,
    tz: o.tz,
    anchorMs: o.anchorMs,
    horizonDays: o.horizonDays,
    cutoffs,
    stamps: o.stamps,
    count: timed.length,
    monthCounts: addMonthCounts({}, history),
    firstWhen: timed[0]?.s.when ?? null,
    sessions: kept,
    useDays: daysRecord(days),
  };
}

/**
 * The summary after new sessions (ids not in the history) were added: equal to rebuilding from
 * the whole history, because what is kept only ever moves forward (a session dropped from the
 * kept set can never be needed again after an append).
 */
export function appendToSummary(
  summary: Summary,
  added: readonly Session[],
  o: { anchorMs: number; stamps: Record<string, string> },
): Summary {
  const anchorMs = Math.max(summary.anchorMs, o.anchorMs);
  const days = new Map<string, Set<number>>(Object.entries(summary.useDays).map(([k, v]) => [k, new Set(v)]));
  const addedTimed = added.map((s) => ({ s, ms: parseInstant(s.when) }));
  for (const { s, ms } of addedTimed) addDay(days, s, ms, summary.tz);
  const timed = sortTimed([...summary.sessions.map((s) => ({ s, ms: parseInstant(s.when) })), ...addedTimed]);
  const { kept, cutoffs } = select(timed, anchorMs, summary.horizonDays);
  let firstWhen = summary.firstWhen;
  for (const { s, ms } of addedTimed) {
    const firstMs = firstWhen === null ? Number.POSITIVE_INFINITY : parseInstant(firstWhen);
    if (ms < firstMs) firstWhen = s.when;
  }
  return {
    ...summary,
    anchorMs,
    cutoffs,
    stamps: o.stamps,
    count: summary.count + added.length,
    monthCounts: addMonthCounts(summary.monthCounts, added),
    firstWhen,
    sessions: kept,
    useDays: daysRecord(days),
  };
}

/**
 * Whether a (valid) summary can answer for a reader at `nowMs` in `tz` under rules needing
 * `horizonDays`, over the months the index lists: otherwise it is rebuilt.
 */
export function summaryFits(
  summary: Summary,
  want: { nowMs: number; tz: TimeZone; horizonDays: number; dataVersion: number; months: readonly string[] },
): boolean {
  if (summary.dataVersion !== want.dataVersion || summary.tz !== want.tz) return false;
  if (summary.horizonDays < want.horizonDays) return false;
  const months = Object.keys(summary.stamps).sort();
  if (months.length !== want.months.length || months.some((m, i) => m !== want.months[i])) return false;
  return summaryCovers(summary, want.nowMs, want.horizonDays);
}

/** The summary's sessions as the core reads them: with each roller's days of use attached for wear. */
export function summarySessions(summary: Summary): Session[] {
  const list = [...summary.sessions];
  registerUseDays(list, summary.tz, summary.useDays);
  return list;
}

/** Fingerprint of a stored month chunk: its length and a 32-bit FNV-1a hash of its text. */
export function stampOf(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw ?? null);
  return `${text.length}.${fnv1a(text)}`;
}

/** Whether the summary holds every session the rules read for a candidate at `ms` (and later). */
export function summaryCovers(summary: Summary, ms: number, horizonDays: number): boolean {
  if (summary.horizonDays < horizonDays) return false;
  const needed = ms - horizonDays * DAY_MS;
  return Object.values(summary.cutoffs).every((c) => c <= needed);
}
