import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  addMonthsToDay,
  DAY_MS,
  formatInstant,
  formatIsoDate,
  HOUR_MS,
  instantOfWall,
  isValidTimeZone,
  localDay,
  localDaysBetween,
  MINUTE_MS,
  offsetMs,
  parseInstant,
  parseIsoDate,
  startOfLocalDay,
  wallParts,
} from '../../../src/core/time';
import { TRICKY_ZONES } from '../../support/zones';

const at = (iso: string) => Date.parse(iso);
const day = (iso: string) => parseIsoDate(iso);
const ZONES = TRICKY_ZONES;

describe('localDay', () => {
  it('23:30 and 00:10 the next morning are one calendar day apart', () => {
    const a = at('2026-06-10T23:30:00+02:00');
    const b = at('2026-06-11T00:10:00+02:00');
    expect(b - a).toBe(40 * MINUTE_MS);
    expect(localDaysBetween(a, b, 'Europe/Berlin')).toBe(1);
    expect(localDay(a, 'Europe/Berlin')).toBe(day('2026-06-10'));
    expect(localDay(b, 'Europe/Berlin')).toBe(day('2026-06-11'));
  });

  it('the same instant falls on different days in different zones', () => {
    const t = at('2026-01-01T10:30:00Z');
    expect(localDay(t, 'Pacific/Kiritimati')).toBe(day('2026-01-02'));
    expect(localDay(t, 'America/New_York')).toBe(day('2026-01-01'));
    expect(localDay(at('2026-01-01T18:29:00Z'), 'Asia/Kolkata')).toBe(day('2026-01-01'));
    expect(localDay(at('2026-01-01T18:30:00Z'), 'Asia/Kolkata')).toBe(day('2026-01-02'));
  });

  it('23 hours apart can be two days, 25 hours can be one (DST)', () => {
    // 00:30 on the 25-hour day and 00:10 the next morning: 24h40 apart, 1 day.
    const tz = 'Europe/Berlin';
    expect(localDaysBetween(at('2026-10-25T00:30:00+02:00'), at('2026-10-25T23:50:00+01:00'), tz)).toBe(0);
    expect(localDaysBetween(at('2026-03-28T23:30:00+01:00'), at('2026-03-29T23:30:00+02:00'), tz)).toBe(1);
  });
});

describe('startOfLocalDay on DST and odd-offset days', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29', '2026-03-28T23:00:00Z', 23],
    ['Europe/Berlin', '2026-10-25', '2026-10-24T22:00:00Z', 25],
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00Z', 23],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00Z', 25],
    // Santiago: midnight does not exist on 2026-09-06 (00:00 -> 01:00); the day starts at 01:00.
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00Z', 23],
    // Santiago: clocks go back at midnight on 2026-04-05, so 2026-04-04 has 25 hours.
    ['America/Santiago', '2026-04-04', '2026-04-04T03:00:00Z', 25],
    ['America/Santiago', '2026-04-05', '2026-04-05T04:00:00Z', 24],
    // Havana: midnight skipped on 2026-03-08, midnight repeated on 2026-11-01 (earlier one wins).
    ['America/Havana', '2026-03-08', '2026-03-08T05:00:00Z', 23],
    ['America/Havana', '2026-11-01', '2026-11-01T04:00:00Z', 25],
    // Lord Howe: 30-minute DST.
    ['Australia/Lord_Howe', '2026-04-05', '2026-04-04T13:00:00Z', 24.5],
    ['Australia/Lord_Howe', '2026-10-04', '2026-10-03T13:30:00Z', 23.5],
    ['Asia/Kolkata', '2026-06-01', '2026-05-31T18:30:00Z', 24],
    ['Pacific/Kiritimati', '2026-06-01', '2026-05-31T10:00:00Z', 24],
    ['UTC', '2026-06-01', '2026-06-01T00:00:00Z', 24],
  ])('%s %s starts at %s and lasts %d h', (tz, date, startIso, hours) => {
    const start = startOfLocalDay(day(date), tz);
    expect(new Date(start).toISOString()).toBe(new Date(startIso).toISOString());
    expect(localDay(start, tz)).toBe(day(date));
    expect(localDay(start - 1, tz)).toBe(day(date) - 1);
    expect((startOfLocalDay(day(date) + 1, tz) - start) / HOUR_MS).toBe(hours);
  });

  it('property: the start of a day is on that day and the millisecond before is on the previous one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('2000-01-01'), max: day('2099-12-31') }),
        fc.constantFrom(...ZONES),
        (d, tz) => {
          const start = startOfLocalDay(d, tz);
          expect(localDay(start, tz)).toBe(d);
          expect(localDay(start - 1, tz)).toBe(d - 1);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('addLocalDays', () => {
  it('keeps the wall time across spring-forward and fall-back', () => {
    const tz = 'Europe/Berlin';
    const spring = addLocalDays(at('2026-03-28T10:00:00+01:00'), 1, tz);
    expect(formatInstant(spring, tz)).toBe('2026-03-29T10:00:00+02:00');
    expect(spring - at('2026-03-28T10:00:00+01:00')).toBe(23 * HOUR_MS);
    const fall = addLocalDays(at('2026-10-20T21:15:00+02:00'), 7, tz);
    expect(formatInstant(fall, tz)).toBe('2026-10-27T21:15:00+01:00');
    const back = addLocalDays(at('2026-11-03T08:00:00-05:00'), -3, 'America/New_York');
    expect(formatInstant(back, 'America/New_York')).toBe('2026-10-31T08:00:00-04:00');
  });

  it('a wall time that falls in a gap moves past the gap', () => {
    const tz = 'Europe/Berlin';
    const r = addLocalDays(at('2026-03-28T02:30:00+01:00'), 1, tz);
    expect(formatInstant(r, tz)).toBe('2026-03-29T03:30:00+02:00');
  });

  it('a wall time that is repeated gives the earlier instant', () => {
    const r = addLocalDays(at('2026-10-24T02:30:00+02:00'), 1, 'Europe/Berlin');
    expect(formatInstant(r, 'Europe/Berlin')).toBe('2026-10-25T02:30:00+02:00');
  });

  it('property: n days later is n local days later', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2001-01-01T00:00:00Z'), max: at('2098-01-01T00:00:00Z') }),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom(...ZONES),
        (ms, n, tz) => {
          expect(localDaysBetween(ms, addLocalDays(ms, n, tz), tz)).toBe(n);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00.000Z'],
    ['2026-03-01T10:00Z', '2026-03-01T10:00:00.000Z'],
    ['2026-03-01T10:00:00+01:00', '2026-03-01T09:00:00.000Z'],
    ['2026-03-01T00:30:00+05:30', '2026-02-28T19:00:00.000Z'],
    ['2026-03-01T10:00:00-03:30', '2026-03-01T13:30:00.000Z'],
    ['2026-03-01T10:00:00.5Z', '2026-03-01T10:00:00.500Z'],
    ['2026-03-01T10:00:00.123456789+00:00', '2026-03-01T10:00:00.123Z'],
    ['2028-02-29T12:00:00+14:00', '2028-02-28T22:00:00.000Z'],
  ])('accepts %s', (iso, utc) => {
    expect(new Date(parseInstant(iso)).toISOString()).toBe(utc);
  });

  it.each([
    '2026-03-01T10:00:00',
    '2026-03-01',
    '2026-02-30T10:00:00Z',
    '2026-02-29T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-00-10T10:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T10:60:00Z',
    '2026-03-01T10:00:60Z',
    '2026-03-01T10:00:00+19:00',
    '2026-03-01T10:00:00+01:60',
    '2026-03-01T10:00:00+0100',
    '2026-03-01 10:00:00Z',
    '2026-03-01t10:00:00z',
    'garbage',
    '',
    '1e12',
    `2026-03-01T10:00:00.${'1'.repeat(40)}Z`,
  ])('rejects %j', (iso) => {
    expect(parseInstant(iso)).toBeNaN();
  });

  it('rejects non-strings', () => {
    expect(parseInstant(12 as unknown as string)).toBeNaN();
    expect(parseInstant(null as unknown as string)).toBeNaN();
  });

  // Date.UTC maps years 0-99 to 1900-1999, so a year below 100 is read a century late.
  it('reads years below 100 literally', () => {
    expect(new Date(parseInstant('0050-01-01T00:00:00Z')).getUTCFullYear()).toBe(50);
  });
});

describe('formatInstant', () => {
  it('writes the offset in force at the instant', () => {
    expect(formatInstant(at('2026-03-29T00:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29T01:30:00+01:00');
    expect(formatInstant(at('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
    expect(formatInstant(at('2026-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe('2026-06-01T05:30:00+05:30');
    expect(formatInstant(at('2026-06-01T00:00:00Z'), 'America/St_Johns')).toBe('2026-05-31T21:30:00-02:30');
    expect(formatInstant(at('2026-06-01T00:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-06-01T14:00:00+14:00');
    expect(formatInstant(at('2026-10-24T15:30:00Z'), 'Australia/Lord_Howe')).toBe(
      '2026-10-25T02:30:00+11:00',
    );
  });

  it('property: round-trips through parseInstant to the second, in every zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2099-12-31T00:00:00Z') }),
        fc.constantFrom(...ZONES),
        (ms, tz) => {
          const s = formatInstant(ms, tz);
          expect(parseInstant(s)).toBe(ms - (ms % 1000));
          expect(Math.abs(offsetMs(ms, tz) % MINUTE_MS)).toBe(0);
          const w = wallParts(ms, tz);
          expect(s.startsWith(`${w.year}-${String(w.month).padStart(2, '0')}`)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('instantOfWall inverts wall times that exist', () => {
    const wall = Date.UTC(2026, 6, 4, 12, 0);
    expect(instantOfWall(wall, 'America/New_York')).toBe(at('2026-07-04T12:00:00-04:00'));
    expect(instantOfWall(wall, 'Pacific/Kiritimati')).toBe(at('2026-07-04T12:00:00+14:00'));
  });
});

describe('calendar dates', () => {
  it.each([
    ['2025-08-31', 6, '2026-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-01-10', 0, '2026-01-10'],
  ])('addMonthsToDay(%s, %i) = %s', (from, months, to) => {
    expect(formatIsoDate(addMonthsToDay(day(from), months))).toBe(to);
  });

  it('parseIsoDate accepts real dates and rejects impossible ones', () => {
    expect(day('1970-01-02')).toBe(1);
    expect(formatIsoDate(day('2028-02-29'))).toBe('2028-02-29');
    for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-1-01', '2026-01-01T00:00Z', 'x'])
      expect(parseIsoDate(bad), bad).toBeNaN();
  });

  it('validates time zones', () => {
    expect(isValidTimeZone('Australia/Lord_Howe')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('DAY_MS is 24 hours', () => {
    expect(DAY_MS).toBe(24 * HOUR_MS);
  });
});
