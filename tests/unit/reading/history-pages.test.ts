import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  isDefaultFilter,
  olderBoundary,
  unreadTotal,
} from '../../../src/ui/options/history-model';
import { monthsHolding } from '../../../src/ui/shared/months-state';

// Which months the options history reads for a page (issue 12 point 2).
const counts = new Map([
  ['2026-11', 20],
  ['2026-10', 31],
  ['2026-09', 30],
  ['2026-08', 0],
  ['2026-07', 31],
]);
const newestFirst = [...counts.keys()];

describe('the months a page of the history needs', () => {
  it.each([
    // at least, the oldest month to read (null: every month)
    [1, '2026-11'],
    [20, '2026-11'],
    [21, '2026-10'],
    [51, '2026-10'],
    [52, '2026-09'],
    [81, '2026-09'],
    [82, null], // 2026-08 holds nothing, so only 2026-07 can: that is every month
    [1000, null],
  ])('the newest months holding %i sessions start at %s', (atLeast, month) => {
    expect(monthsHolding(newestFirst, counts, atLeast)).toBe(month);
  });

  it('no month stored: everything (nothing) is read', () => {
    expect(monthsHolding([], new Map(), 50)).toBeNull();
  });

  it.each([
    [10, '2026-09'],
    [30, '2026-09'],
    [31, null],
  ])('older than 2026-10, %i more sessions start at %s', (atLeast, month) => {
    const unread = new Map([...counts].filter(([m]) => m < '2026-10'));
    expect(olderBoundary(unread, atLeast)).toBe(month);
  });

  it('counts what the months not read hold; none known is none', () => {
    expect(unreadTotal(counts)).toBe(112);
    expect(unreadTotal(null)).toBe(0);
  });

  it.each([
    [{}, true],
    [{ area: 'scalp' as const }, false],
    [{ rollerId: 'none' }, false],
    [{ needleMm: '0.25' }, false],
    [{ from: '2026-01-01' }, false],
    [{ to: '2026-01-01' }, false],
    [{ sort: 'when-asc' as const }, false],
    [{ sort: 'area' as const }, false],
  ])('%o is the view read by months: %s', (patch, out) => {
    expect(isDefaultFilter({ ...EMPTY_FILTER, ...patch })).toBe(out);
  });
});
