import { describe, expect, it } from 'vitest';
import { sessionsToCsv } from '../../../src/core/csv';
import { buildReport } from '../../../src/core/report';
import { effectiveRules } from '../../../src/core/rules';
import { parseInstant } from '../../../src/core/time';
import { makeRoller, makeSession } from '../../support/factories';

const TZ = 'Europe/Berlin';
const at = (d: string) => `2026-${d}T09:00:00+01:00`;

describe('dermatologist report data', () => {
  const sessions = [
    makeSession({ area: 'cheeks', needleMm: 0.5, when: at('10-01'), rollerId: 'r1' }),
    makeSession({
      area: 'cheeks',
      needleMm: 0.5,
      when: at('10-04'),
      rollerId: 'r1',
      findings: [
        {
          code: 'too-soon',
          severity: 'warn',
          sources: ['fda-guidance-2020'],
          params: {},
          acknowledgedAt: at('10-04'),
        },
      ],
    }),
    makeSession({ area: 'cheeks', needleMm: 0.5, when: at('10-20'), bleeding: 'pinpoint' }),
    makeSession({ area: 'scalp', needleMm: 0.25, when: at('10-02'), pain: 5 }),
    makeSession({ area: 'scalp', needleMm: 0.25, when: at('12-01') }), // outside the range
  ];
  const report = buildReport({
    sessions,
    rollers: [makeRoller({ id: 'r1' })],
    rules: effectiveRules({ 'interval.cosmetic': { value: 2, looserAcknowledgedAt: at('01-01') } }),
    fromMs: parseInstant(at('10-01').replace('09:00', '00:00')),
    toMs: parseInstant(at('11-01').replace('09:00', '00:00')),
    nowMs: parseInstant(at('11-21')),
    tz: TZ,
  });

  it('summarises each area: sessions, shortest and median gap against the rule', () => {
    expect(report.areas).toEqual([
      {
        area: 'cheeks',
        sessions: 3,
        shortestGap: 3,
        medianGap: 9.5,
        ruleDays: 7,
        shortGaps: 1,
        needleLengths: [0.5],
      },
      {
        area: 'scalp',
        sessions: 1,
        shortestGap: null,
        medianGap: null,
        ruleDays: 2,
        shortGaps: 0,
        needleLengths: [0.25],
      },
    ]);
  });

  it('counts warnings shown and acknowledged, lists loosened rules and side effects', () => {
    expect(report.findings).toEqual([{ code: 'too-soon', severity: 'warn', shown: 1, acknowledged: 1 }]);
    expect(report.loosened.map((r) => r.def.id)).toEqual(['interval.cosmetic']);
    expect(report.sideEffects.map((s) => s.area)).toEqual(['cheeks', 'scalp']);
    expect(report.sessions).toHaveLength(4);
    expect(report.perMonth).toEqual([{ month: '2026-10', counts: { cheeks: 3, scalp: 1 } }]);
    expect(report.devices.map((d) => [d.roller.id, d.uses])).toEqual([['r1', 2]]);
  });
});

describe('report for the dermatologist visit (issue 15)', () => {
  const base = {
    rollers: [],
    rules: effectiveRules(),
    fromMs: parseInstant('2026-10-01T00:00:00+02:00'),
    toMs: parseInstant('2026-11-01T00:00:00+01:00'),
    nowMs: parseInstant(at('11-21')),
    tz: TZ,
  };

  it('a period with nothing recorded is an empty report, not an error', () => {
    const r = buildReport({ ...base, sessions: [] });
    expect(r).toMatchObject({
      sessions: [],
      areas: [],
      spacing: [],
      attention: [],
      productConcerns: [],
      unverifiedProducts: [],
      findings: [],
      loosened: [],
      loosenedEarlier: [],
    });
  });

  it('spacing per area marks each gap shorter than the rule, against the rule of its own sessions', () => {
    const r = buildReport({
      ...base,
      sessions: [
        makeSession({ area: 'cheeks', needleMm: 0.5, when: at('10-01') }),
        makeSession({ area: 'cheeks', needleMm: 0.5, when: at('10-05') }), // 4 < 7
        makeSession({ area: 'cheeks', needleMm: 0.5, when: at('10-20') }), // 15 >= 7
      ],
    });
    expect(r.spacing).toHaveLength(1);
    expect(r.spacing[0]?.points.map((p) => [p.gapDays, p.ruleDays, p.short])).toEqual([
      [null, null, false],
      [4, 7, true],
      [15, 7, false],
    ]);
  });

  it('after-effects that need attention: a "see a doctor" effect, redness over 48 h, heavy bleeding', () => {
    const r = buildReport({
      ...base,
      sessions: [
        makeSession({ when: at('10-02'), sideEffects: ['nodules'] }),
        makeSession({ when: at('10-06'), rednessHours: 60 }),
        makeSession({ when: at('10-10'), bleeding: 'more' }),
        makeSession({
          when: at('10-14'),
          sideEffects: ['tightness'],
          rednessHours: 24,
          bleeding: 'pinpoint',
        }),
      ],
    });
    expect(r.attention.map((s) => s.when)).toEqual([at('10-02'), at('10-06'), at('10-10')]);
  });

  it('a session whose bleeding was not recorded is no after-effect and no attention, and is not "none" in the CSV', () => {
    const { bleeding: _b, ...unrecorded } = makeSession({ when: at('10-02') });
    const r = buildReport({ ...base, sessions: [unrecorded] });
    expect(r.sideEffects).toEqual([]);
    expect(r.attention).toEqual([]);
    const [header, row] = sessionsToCsv([unrecorded], []).split('\r\n');
    const column = (header ?? '').split(',').indexOf('bleeding');
    expect(column).toBeGreaterThan(-1);
    expect((row ?? '').split(',')[column]).toBe('');
  });

  it('products on needled skin: matched concerns with counts, and products not known to be made for broken skin', () => {
    const r = buildReport({
      ...base,
      products: [{ name: 'Cicaplast', brokenSkin: true }],
      sessions: [
        makeSession({ when: at('10-02'), products: ['Vitamin C serum', 'Cicaplast'] }),
        makeSession({ when: at('10-09'), productsBefore: ['Vitamin C serum'], products: ['Peptide serum'] }),
      ],
    });
    expect(r.productConcerns).toEqual([
      {
        product: 'Vitamin C serum',
        concern: 'vitamin-c',
        matched: 'vitamin c',
        sessions: 2,
        lastMs: parseInstant(at('10-09')),
      },
    ]);
    expect(r.unverifiedProducts).toEqual(['Peptide serum']);
  });
});
