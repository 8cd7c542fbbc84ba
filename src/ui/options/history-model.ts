import type { Area } from '../../core/areas';
import type { Session } from '../../core/schemas';
import { DAY_MS, parseInstant, parseIsoDate } from '../../core/time';

export interface HistoryFilter {
  area: Area | '';
  rollerId: string;
  needleMm: string;
  from: string;
  to: string;
  sort: 'when-desc' | 'when-asc' | 'area' | 'needle';
}

export const EMPTY_FILTER: HistoryFilter = {
  area: '',
  rollerId: '',
  needleMm: '',
  from: '',
  to: '',
  sort: 'when-desc',
};

/**
 * Filtered and sorted sessions. `sessions` is oldest first (as the store keeps it); dates in the
 * filter are calendar dates compared with the instant's UTC date +- 14 h so a session is found on
 * the day the user sees it, in any zone.
 */
export function filterSessions(sessions: readonly Session[], f: HistoryFilter): Session[] {
  const fromMs = f.from ? parseIsoDate(f.from) * DAY_MS - 14 * 3_600_000 : Number.NEGATIVE_INFINITY;
  const toMs = f.to ? (parseIsoDate(f.to) + 1) * DAY_MS + 14 * 3_600_000 : Number.POSITIVE_INFINITY;
  const needle = f.needleMm ? Number(f.needleMm) : null;
  const out = sessions.filter((s) => {
    if (f.area && s.area !== f.area) return false;
    if (f.rollerId && (f.rollerId === 'none' ? s.rollerId !== null : s.rollerId !== f.rollerId)) return false;
    if (needle !== null && s.needleMm !== needle) return false;
    if (f.from || f.to) {
      const ms = parseInstant(s.when);
      if (ms < fromMs || ms >= toMs) return false;
      // The calendar date as written with the session's own offset decides at the edges.
      const date = s.when.slice(0, 10);
      if (f.from && date < f.from) return false;
      if (f.to && date > f.to) return false;
    }
    return true;
  });
  switch (f.sort) {
    case 'when-desc':
      return out.reverse();
    case 'when-asc':
      return out;
    case 'area':
      return out.sort((a, b) => (a.area < b.area ? -1 : a.area > b.area ? 1 : 0));
    case 'needle':
      return out.sort((a, b) => a.needleMm - b.needleMm);
  }
}

/** The newest-first view with no filter: the one the history pages through month by month. */
export function isDefaultFilter(f: HistoryFilter): boolean {
  return !f.area && !f.rollerId && !f.needleMm && !f.from && !f.to && f.sort === 'when-desc';
}

/**
 * The month to read from for `atLeast` more sessions older than those read: the unread months'
 * stored counts, newest first, until they hold that many (null: every month left).
 */
export function olderBoundary(unread: ReadonlyMap<string, number>, atLeast: number): string | null {
  const months = [...unread.keys()].sort().reverse();
  let sum = 0;
  for (let i = 0; i < months.length; i++) {
    sum += unread.get(months[i] as string) ?? 0;
    if (sum >= atLeast) return i === months.length - 1 ? null : (months[i] as string);
  }
  return null;
}

/** Sessions stored in the months not read yet (their stored count). */
export function unreadTotal(unread: ReadonlyMap<string, number> | null): number {
  let n = 0;
  for (const c of unread?.values() ?? []) n += c;
  return n;
}
