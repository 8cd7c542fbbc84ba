import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { parseIsoDate } from '../../../src/core/time';
import {
  covers,
  defaultCustomDates,
  monthForDay,
  periodMonth,
  READ_ALL,
  reportModel,
  wearMonth,
} from '../../../src/ui/report/report-model';
import { makeRoller, makeSession } from '../../support/factories';

// The report's model (issue 17 point 9): its date maths and what it must read (issue 12 point 2).
const TZ = 'Europe/Berlin';
const NOW = Date.parse('2026-11-21T10:00:00+01:00');

describe('which months the report reads', () => {
  it.each([
    // range, custom from, custom to, month to read from (null: every month; undefined: none)
    ['3', '', '', '2026-08'],
    ['6', '', '', '2026-05'],
    ['12', '', '', '2025-11'],
    ['all', '', '', null],
    // The first day of a month can hold sessions written with an offset that puts them in the
    // month before: one day's margin.
    ['custom', '2026-03-01', '2026-03-31', '2026-02'],
    ['custom', '2026-03-02', '2026-03-31', '2026-03'],
    ['custom', '2026-04-01', '2026-03-01', undefined], // an empty period reads nothing
    ['custom', 'garbage', '2026-03-01', undefined],
  ] as const)('%s %s..%s reads from %s', (range, customFrom, customTo, month) => {
    expect(periodMonth({ range, customFrom, customTo, nowMs: NOW, tz: TZ })).toBe(month);
  });

  it('the custom period starts as the last 6 months to today', () => {
    expect(defaultCustomDates(NOW, TZ)).toEqual({ from: '2026-05-21', to: '2026-11-21' });
    // Just after midnight in Berlin it is already the next day there.
    expect(defaultCustomDates(Date.parse('2026-11-21T23:30:00Z'), TZ).to).toBe('2026-11-22');
  });

  it.each([
    ['2026-03-01', '2026-02'],
    ['2026-03-02', '2026-03'],
    ['2026-01-01', '2025-12'],
  ])('a day %s is read from month %s', (day, month) => {
    expect(monthForDay(parseIsoDate(day))).toBe(month);
  });

  it("the devices' wear reads from the oldest first use of the devices listed", () => {
    const devices = [
      { roller: makeRoller({ firstUse: '2024-06-15' }) },
      { roller: makeRoller({ firstUse: '2022-02-01' }) },
    ];
    expect(wearMonth(devices)).toBe('2022-01');
    expect(wearMonth([])).toBeUndefined();
  });

  it.each([
    // read from, complete, month needed, covered
    [null, false, '2026-01', true],
    ['2026-01', false, '2026-01', true],
    ['2026-01', false, '2026-02', true],
    ['2026-02', false, '2026-01', false],
    ['2026-02', true, '2026-01', true], // nothing older is stored
    ['2026-02', false, null, false], // everything is needed
    ['2026-02', false, undefined, true], // nothing is needed
  ] as const)('read from %s (complete %s) covers %s: %s', (from, complete, month, out) => {
    expect(covers({ from, complete }, month)).toBe(out);
  });
});

describe('the report model', () => {
  const roller = makeRoller({ id: 'face', firstUse: '2025-01-10' });
  const old = Array.from({ length: 12 }, (_, i) =>
    makeSession({ rollerId: 'face', when: `2025-${String(i + 1).padStart(2, '0')}-15T20:00:00+01:00` }),
  );
  const recent = [
    makeSession({ rollerId: 'face', when: '2026-10-01T20:00:00+02:00' }),
    makeSession({ rollerId: 'face', when: '2026-11-01T20:00:00+01:00', area: 'neck' }),
  ];
  const input = {
    range: '3' as const,
    customFrom: '',
    customTo: '',
    rollers: [roller],
    settings: DEFAULT_SETTINGS,
    nowMs: NOW,
    tz: TZ,
  };

  it('with only the period read, shows the period and says the uses are not counted yet', () => {
    const m = reportModel({ ...input, sessions: recent, read: { from: '2026-08', complete: false } });
    expect(m.periodRead).toBe(true);
    expect(m.usesKnown).toBe(false);
    expect(m.needs).toEqual({ period: '2026-08', wear: '2025-01' });
    expect(m.data.sessions).toHaveLength(2);
    expect(m.data.areas.map((a) => a.area).sort()).toEqual(['cheeks', 'neck']);
  });

  it('with the devices read too, counts every use over the roller’s life, and the period is the same', () => {
    const partial = reportModel({ ...input, sessions: recent, read: { from: '2026-08', complete: false } });
    const full = reportModel({
      ...input,
      sessions: [...old, ...recent],
      read: { from: '2025-01', complete: false },
    });
    expect(full.usesKnown).toBe(true);
    expect(full.data.devices[0]?.uses).toBe(14);
    expect(full.data.devices[0]?.worn).toBe(true);
    // What the period shows does not depend on what was read before it.
    expect(full.data.sessions).toEqual(partial.data.sessions);
    expect(full.data.areas).toEqual(partial.data.areas);
    expect(full.data.spacing).toEqual(partial.data.spacing);
    expect(full.data.findings).toEqual(partial.data.findings);
  });

  it('a longer period than what was read is not shown as read', () => {
    const m = reportModel({
      ...input,
      range: '12',
      sessions: recent,
      read: { from: '2026-08', complete: false },
    });
    expect(m.periodRead).toBe(false);
    expect(reportModel({ ...input, range: 'all', sessions: recent, read: READ_ALL }).periodRead).toBe(true);
    expect(
      reportModel({ ...input, range: 'all', sessions: recent, read: { from: '2026-08', complete: false } })
        .periodRead,
    ).toBe(false);
  });

  it('everything: the period starts at the first session', () => {
    const m = reportModel({ ...input, range: 'all', sessions: [...old, ...recent], read: READ_ALL });
    expect(m.data.sessions).toHaveLength(14);
    expect(m.fromMs).toBe(Date.parse('2025-01-15T00:00:00+01:00'));
  });
});
