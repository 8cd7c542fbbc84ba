import { addMonthsToDay, localDay, parseInstant, parseIsoDate, startOfLocalDay } from '../../core/time';

export type Range = '3' | '6' | '12' | 'all' | 'custom';
export const RANGES: readonly Range[] = ['3', '6', '12', 'all', 'custom'];

/**
 * The instants [fromMs, toMs) of a report period in the user's calendar: the last 3, 6 or 12
 * months to the end of today, everything since the first session, or custom dates (inclusive).
 * An invalid custom period is empty (fromMs = toMs = now).
 */
export function periodOf(input: {
  range: Range;
  customFrom: string;
  customTo: string;
  firstSessionWhen: string | undefined;
  nowMs: number;
  tz: string;
}): { fromMs: number; toMs: number; valid: boolean } {
  const { range, nowMs, tz } = input;
  const today = localDay(nowMs, tz);
  const fromDay =
    range === 'all'
      ? input.firstSessionWhen
        ? localDay(parseInstant(input.firstSessionWhen), tz)
        : today
      : range === 'custom'
        ? parseIsoDate(input.customFrom)
        : addMonthsToDay(today, -Number(range));
  const toDay = range === 'custom' ? parseIsoDate(input.customTo) : today;
  const valid = Number.isFinite(fromDay) && Number.isFinite(toDay) && fromDay <= toDay;
  return valid
    ? { fromMs: startOfLocalDay(fromDay, tz), toMs: startOfLocalDay(toDay + 1, tz), valid }
    : { fromMs: nowMs, toMs: nowMs, valid };
}
