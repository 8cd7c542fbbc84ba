import { rulesFor } from '../../core/assessment-context';
import { buildReport, type ReportData } from '../../core/report';
import type { EffectiveRules } from '../../core/rules';
import type { Roller, Session, Settings } from '../../core/schemas';
import { addMonthsToDay, formatIsoDate, localDay, parseIsoDate, type TimeZone } from '../../core/time';
import { periodOf, type Range } from './period';

/**
 * The report's model (issue 17 point 9), as history-model.ts is for the history: the date maths,
 * which months the report must read, and the derived facts; the components only render it.
 */

/** What the page has read: from which month on (null: everything), and whether that is all. */
export interface Read {
  from: string | null;
  complete: boolean;
}

/** A page that holds the whole history (the DOM tests' full AppState). */
export const READ_ALL: Read = { from: null, complete: true };

/** The custom period's first suggestion: the last 6 months to today, as input dates. */
export function defaultCustomDates(nowMs: number, tz: TimeZone): { from: string; to: string } {
  const today = localDay(nowMs, tz);
  return { from: formatIsoDate(addMonthsToDay(today, -6)), to: formatIsoDate(today) };
}

/**
 * The month to read from for sessions on local day `day` and later. A session's month is written
 * with its own offset, which can put it a day earlier than the user's calendar: one day's margin.
 */
export function monthForDay(day: number): string {
  return formatIsoDate(day - 1).slice(0, 7);
}

/**
 * The oldest month the period's sessions can be stored under: null for "everything" (every month
 * is read), undefined when the period is empty (an invalid custom period needs no month).
 */
export function periodMonth(input: {
  range: Range;
  customFrom: string;
  customTo: string;
  nowMs: number;
  tz: TimeZone;
}): string | null | undefined {
  const { range, nowMs, tz } = input;
  if (range === 'all') return null;
  const today = localDay(nowMs, tz);
  if (range === 'custom') {
    const from = parseIsoDate(input.customFrom);
    const to = parseIsoDate(input.customTo);
    return Number.isFinite(from) && Number.isFinite(to) && from <= to ? monthForDay(from) : undefined;
  }
  return monthForDay(addMonthsToDay(today, -Number(range)));
}

/**
 * The oldest month the devices' wear needs: a device's uses are counted over its whole life, so
 * from the month of its first use (undefined when no device is listed). Uses logged before a
 * device's declared first use are not looked for.
 */
export function wearMonth(devices: readonly { roller: Pick<Roller, 'firstUse'> }[]): string | undefined {
  let oldest: string | undefined;
  for (const { roller } of devices) {
    const day = parseIsoDate(roller.firstUse);
    if (!Number.isFinite(day)) return undefined;
    const m = monthForDay(day);
    if (oldest === undefined || m < oldest) oldest = m;
  }
  return oldest;
}

/** True when what was read holds every session from `month` on (undefined: nothing is needed). */
export function covers(read: Read, month: string | null | undefined): boolean {
  if (month === undefined || read.complete || read.from === null) return true;
  return month !== null && read.from <= month;
}

export interface ReportModel {
  fromMs: number;
  toMs: number;
  rules: EffectiveRules;
  data: ReportData;
  /** The months the report needs read: its period's, then (off the first paint) the devices' wear. */
  needs: { period: string | null | undefined; wear: string | undefined };
  /** Every session of the period is read: until then the page says it is loading. */
  periodRead: boolean;
  /** The devices' lifetime uses are counted: until then they are shown as not counted yet. */
  usesKnown: boolean;
}

export function reportModel(input: {
  range: Range;
  customFrom: string;
  customTo: string;
  /** The sessions read, oldest first. */
  sessions: readonly Session[];
  rollers: readonly Roller[];
  settings: Pick<Settings, 'ruleOverrides' | 'products'>;
  nowMs: number;
  tz: TimeZone;
  read: Read;
}): ReportModel {
  const { range, customFrom, customTo, nowMs, tz, read } = input;
  const { fromMs, toMs } = periodOf({
    range,
    customFrom,
    customTo,
    firstSessionWhen: input.sessions[0]?.when,
    nowMs,
    tz,
  });
  const rules = rulesFor(input.settings);
  const data = buildReport({
    sessions: input.sessions,
    rollers: input.rollers,
    rules,
    fromMs,
    toMs,
    nowMs,
    tz,
    products: input.settings.products,
  });
  const needs = {
    period: periodMonth({ range, customFrom, customTo, nowMs, tz }),
    wear: wearMonth(data.devices),
  };
  return {
    fromMs,
    toMs,
    rules,
    data,
    needs,
    periodRead: covers(read, needs.period),
    usesKnown: covers(read, needs.wear),
  };
}
