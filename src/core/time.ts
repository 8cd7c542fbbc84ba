/**
 * Calendar arithmetic in the user's time zone, with no dependency on the machine's zone.
 * Instants are epoch milliseconds; "days" are local calendar days numbered like the Unix epoch
 * (day 0 = 1970-01-01 in the user's calendar). A session at 23:30 and one at 00:10 the next
 * morning are one day apart; a due date is the start of a local day, so DST never moves it.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export type TimeZone = string;

/** The zone this browser runs in, in which every "day" of the rules is counted ('UTC' when unknown). */
export function systemTimeZone(): TimeZone {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The calendar month written in an instant's or a date's text ("2026-11"): a session's storage chunk. */
export function monthOf(when: string): string {
  return when.slice(0, 7);
}

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<TimeZone, Intl.DateTimeFormat>();

function formatter(tz: TimeZone): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.length === 0 || tz.length > 64) return false;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * What a memo holds before it starts again: every instant of a 10,000-session history (the report
 * and the history's filters pass over them several times; a smaller memo was cleared and
 * refilled on each pass).
 */
const MEMO_LIMIT = 32_768;

/**
 * A bounded memo for pure conversions: the popup converts the same few instants many times per
 * paint (each rule, status and aftercare line), and Intl's formatToParts costs microseconds each.
 */
function memo<K, V>(limit: number, make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = make(key);
      cache.set(key, v);
    }
    return v;
  };
}

const wallPartsMemo = memo<string, Readonly<WallParts>>(MEMO_LIMIT, (key) => {
  const at = key.indexOf('|');
  return computeWallParts(Number(key.slice(0, at)), key.slice(at + 1));
});

/** The wall-clock fields of an instant in a zone. */
export function wallParts(ms: number, tz: TimeZone): WallParts {
  return { ...wallPartsMemo(`${ms}|${tz}`) };
}

function computeWallParts(ms: number, tz: TimeZone): WallParts {
  const parts = formatter(tz).formatToParts(new Date(ms));
  const out: WallParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second':
        out[p.type] = Number(p.value);
        break;
      case 'era':
        bc = p.value === 'BC' || p.value === 'B';
        break;
    }
  }
  if (bc) out.year = 1 - out.year;
  return out;
}

/** Wall-clock time of an instant, encoded as if it were UTC (used to compare wall times). */
function wallMs(ms: number, tz: TimeZone): number {
  const p = wallParts(ms, tz);
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  d.setUTCHours(p.hour, p.minute, p.second, 0);
  return d.getTime() + (((ms % 1000) + 1000) % 1000);
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
export function offsetMs(ms: number, tz: TimeZone): number {
  return wallMs(ms, tz) - ms;
}

/**
 * The instant at which the zone's clocks show `wall` (a wall time encoded as UTC). Ambiguous
 * times (clocks going back) give the earlier instant; times skipped by a DST gap give the
 * instant just after the gap, at the same distance from the gap's start.
 */
export function instantOfWall(wall: number, tz: TimeZone): number {
  const approx = wall - offsetMs(wall, tz);
  const before = offsetMs(approx - 12 * HOUR_MS, tz);
  const after = offsetMs(approx + 12 * HOUR_MS, tz);
  const candidates = [wall - before, wall - after].filter((c) => wallMs(c, tz) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before;
}

const dayCache = new Map<string, number>();

/** The local calendar day (epoch day number) of an instant. Memoised: histories ask for the same instants often. */
export function localDay(ms: number, tz: TimeZone): number {
  const key = `${tz}|${ms}`;
  let day = dayCache.get(key);
  if (day === undefined) {
    day = Math.floor(wallMs(ms, tz) / DAY_MS);
    if (dayCache.size > 50_000) dayCache.clear();
    dayCache.set(key, day);
  }
  return day;
}

const dayStartCache = new Map<string, number>();

/** The first instant of a local calendar day. */
export function startOfLocalDay(day: number, tz: TimeZone): number {
  const key = `${tz}|${day}`;
  let v = dayStartCache.get(key);
  if (v === undefined) {
    v = instantOfWall(day * DAY_MS, tz);
    if (dayStartCache.size > 5000) dayStartCache.clear();
    dayStartCache.set(key, v);
  }
  return v;
}

/** The same wall-clock time `n` calendar days later (or earlier). */
export function addLocalDays(ms: number, n: number, tz: TimeZone): number {
  return instantOfWall(wallMs(ms, tz) + n * DAY_MS, tz);
}

/** Whole calendar days from the day of `a` to the day of `b` (positive when b is later). */
export function localDaysBetween(a: number, b: number, tz: TimeZone): number {
  return localDay(b, tz) - localDay(a, tz);
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of an ISO-8601 instant that carries an offset (or Z); NaN for anything else. */
export function parseInstant(iso: string): number {
  if (typeof iso !== 'string' || iso.length > 40) return Number.NaN;
  return parseInstantMemo(iso);
}

const parseInstantMemo = memo<string, number>(MEMO_LIMIT, (iso) => computeInstant(iso));

/**
 * `parseInstant` without the memo, for one pass over many distinct instants (a whole history
 * validated or sorted once): there the memo only churns (10,000 sessions hold more instants than
 * it keeps) and cost load() more than the parsing itself.
 */
export function parseInstantOnce(iso: string): number {
  if (typeof iso !== 'string' || iso.length > 40) return Number.NaN;
  return computeInstant(iso);
}

/** Two ASCII digits at `i` as a number; -1 when either is not a digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * The instants the app writes ("2026-11-21T20:30:00+01:00", or "...Z"), read without the regex
 * and the Date object: a stored history is thousands of them, and in a cold extension page they
 * were most of load()'s own time. Anything else (fractions, no seconds, years before 100, any
 * doubt) is undefined, for the general reading below; tests compare parseInstant with the regex alone.
 */
function canonicalInstant(iso: string): number | undefined {
  const n = iso.length;
  if (n !== 25 && n !== 20) return undefined;
  if (
    iso.charCodeAt(4) !== 45 || // -
    iso.charCodeAt(7) !== 45 ||
    iso.charCodeAt(10) !== 84 || // T
    iso.charCodeAt(13) !== 58 || // :
    iso.charCodeAt(16) !== 58
  )
    return undefined;
  const century = twoDigits(iso, 0);
  const yy = twoDigits(iso, 2);
  const month = twoDigits(iso, 5);
  const day = twoDigits(iso, 8);
  const hour = twoDigits(iso, 11);
  const minute = twoDigits(iso, 14);
  const second = twoDigits(iso, 17);
  if (century < 1 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  let offset = 0;
  const zone = iso.charCodeAt(19);
  if (n === 20) {
    if (zone !== 90) return undefined; // Z
  } else {
    const oh = twoDigits(iso, 20);
    const om = twoDigits(iso, 23);
    if ((zone !== 43 && zone !== 45) || iso.charCodeAt(22) !== 58 || oh < 0 || om < 0) return undefined;
    if (oh > 18 || om > 59) return Number.NaN;
    offset = (zone === 45 ? -1 : 1) * (oh * HOUR_MS + om * MINUTE_MS);
  }
  const year = century * 100 + yy;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const days = month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
  if (day > days) return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second) - offset;
}

function computeInstant(iso: string): number {
  return canonicalInstant(iso) ?? generalInstant(iso);
}

function generalInstant(iso: string): number {
  const m = ISO_INSTANT.exec(iso);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s = '0', frac = '0', off = 'Z'] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return Number.NaN;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, reads years 0-99 literally.
  date.setUTCFullYear(Number(y), month - 1, day);
  date.setUTCHours(hour, minute, second, Number(frac.slice(0, 3).padEnd(3, '0')));
  if (date.getUTCDate() !== day) return Number.NaN;
  const base = date.getTime();
  let offset = 0;
  if (off !== 'Z') {
    const sign = off.startsWith('-') ? -1 : 1;
    const oh = Number(off.slice(1, 3));
    const om = Number(off.slice(4, 6));
    if (oh > 18 || om > 59) return Number.NaN;
    offset = sign * (oh * HOUR_MS + om * MINUTE_MS);
  }
  return base - offset;
}

/** Epoch day of a calendar date "YYYY-MM-DD"; NaN when it is not a real date. */
export function parseIsoDate(iso: string): number {
  if (typeof iso !== 'string') return Number.NaN;
  const m = ISO_DATE.exec(iso);
  if (!m) return Number.NaN;
  const [, y, mo, d] = m;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  const ms = date.getTime();
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return Number.NaN;
  return ms / DAY_MS;
}

export function isIsoDate(value: string): boolean {
  return !Number.isNaN(parseIsoDate(value));
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** "YYYY-MM-DD" of an epoch day. */
export function formatIsoDate(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** An instant as ISO-8601 with the zone's offset at that instant, e.g. 2026-03-29T01:30:00+01:00. */
export function formatInstant(ms: number, tz: TimeZone): string {
  const p = wallParts(ms, tz);
  const offMin = Math.round(offsetMs(ms, tz) / MINUTE_MS);
  const sign = offMin < 0 ? '-' : '+';
  const off = `${sign}${pad(Math.floor(Math.abs(offMin) / 60))}:${pad(Math.abs(offMin) % 60)}`;
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${off}`;
}

/** The epoch day `months` calendar months after `day`, clamped to the month's end (Aug 31 + 6 = Feb 28/29). */
export function addMonthsToDay(day: number, months: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)) / DAY_MS;
}
