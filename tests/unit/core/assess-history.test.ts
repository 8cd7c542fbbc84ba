import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../../src/core/areas';
import { type AssessContext, assess, type Candidate, canRollNow } from '../../../src/core/assess';
import { CONDITION_IDS, PRECHECK_IDS } from '../../../src/core/conditions';
import type { RuleId, RuleOverride } from '../../../src/core/rules';
import {
  type Bleeding,
  DEFAULT_SETTINGS,
  type Finding,
  findingSchema,
  type Roller,
  type Session,
} from '../../../src/core/schemas';
import { addLocalDays, formatInstant, parseInstant } from '../../../src/core/time';
import { ANSWERED_PROFILE, makeSession } from '../../support/factories';

const TZ = 'Europe/Berlin';
const ACK = '2026-01-01T00:00:00Z';
const NOW = '2026-06-10T10:00:00+02:00';
const NOW_MS = parseInstant(NOW);
const daysBefore = (n: number) => formatInstant(addLocalDays(NOW_MS, -n, TZ), TZ);
const msBefore = (n: number) => addLocalDays(NOW_MS, -n, TZ);

const session = (p: Partial<Session> & { when: string }): Session => makeSession(p);
function roller(p: Partial<Roller> = {}): Roller {
  const base: Roller = {
    id: 'r1',
    name: 'My roller',
    kind: 'roller',
    needleMm: 0.25,
    firstUse: '2026-05-01',
    retired: false,
    createdAt: ACK,
  };
  return { ...base, ...p };
}
function ctx(p: Partial<AssessContext> & { overrides?: Partial<Record<RuleId, RuleOverride>> } = {}) {
  const { overrides = {}, ...rest } = p;
  const settings = { ...DEFAULT_SETTINGS, ruleOverrides: overrides };
  return { sessions: [], rollers: [], profile: ANSWERED_PROFILE, settings, tz: TZ, ...rest } as AssessContext;
}
function run(c: Partial<Candidate> = {}, x: AssessContext = ctx()): Finding[] {
  return assess({ whenMs: NOW_MS, area: 'cheeks', needleMm: 0.25, rollerId: null, ...c }, x);
}
const codes = (f: Finding[]) => f.map((x) => x.code);
const find = (f: Finding[], code: Finding['code']) => f.find((x) => x.code === code);
/** Sessions with roller r1 on `days` distinct earlier days, 4 days apart (`areas` sessions per day). */
const uses = (days: number, areas: Area[] = ['cheeks']) =>
  Array.from({ length: days }, (_, k) =>
    areas.map((area) => session({ when: daysBefore(4 * (k + 1)), area, rollerId: 'r1' })),
  ).flat();

describe('spacing', () => {
  it('a session too soon in the same area is flagged with its rule and safe moment', () => {
    const prev = session({ when: daysBefore(3), needleMm: 0.5 });
    const f = run({ needleMm: 0.5 }, ctx({ sessions: [prev] }));
    expect(find(f, 'too-soon')).toMatchObject({
      severity: 'warn',
      rule: 'interval.caution',
      params: { days: 7, previous: prev.when, safeFrom: '2026-06-14T10:00:00+02:00', extended: 0 },
    });
    // The cap of 1 in 7 days sets the same moment here: it is not said twice.
    expect(codes(f)).not.toContain('weekly-cap');
    expect(codes(run({ needleMm: 0.5, area: 'scalp' }, ctx({ sessions: [prev] })))).not.toContain('too-soon');
  });

  it('too soon AND over the weekly cap are both said when the cap sets a later moment', () => {
    // 0.25 mm on day -5 and day -2: the interval allows day +1, the cap of 2 per 7 days day +2.
    const x = ctx({ sessions: [session({ when: daysBefore(5) }), session({ when: daysBefore(2) })] });
    const f = run({}, x);
    expect(codes(f)).toEqual(['too-soon', 'weekly-cap']);
    expect(find(f, 'weekly-cap')).toMatchObject({
      params: { cap: 2, safeFrom: '2026-06-12T00:00:00+02:00' },
    });
  });

  it('weekly cap: 0.25 mm on day -6 and day -3 -> today is capped, tomorrow is fine', () => {
    const x = ctx({ sessions: [session({ when: daysBefore(6) }), session({ when: daysBefore(3) })] });
    const f = run({}, x);
    expect(codes(f)).toEqual(['weekly-cap']);
    expect(f[0]).toMatchObject({
      rule: 'weekly-cap.cosmetic',
      params: { cap: 2, safeFrom: '2026-06-11T00:00:00+02:00' },
    });
    expect(run({ whenMs: msBefore(-1) }, x)).toEqual([]);
  });

  it('a forgotten session logged in the past is checked against LATER sessions', () => {
    const later = session({ when: NOW, needleMm: 0.5 });
    const x = ctx({ sessions: [session({ when: daysBefore(60), needleMm: 0.5 }), later] });
    const f = run({ whenMs: msBefore(5), needleMm: 0.5 }, x);
    expect(find(f, 'too-soon')).toMatchObject({
      rule: 'interval.caution',
      params: { previous: later.when, days: 7 },
    });
    expect(codes(run({ whenMs: msBefore(9), needleMm: 0.5 }, x))).not.toContain('too-soon');
    const bled = run({ whenMs: msBefore(9), needleMm: 0.5, bleeding: 'pinpoint' as Bleeding }, x);
    expect(find(bled, 'too-soon')).toMatchObject({
      rule: 'interval-extended.caution',
      params: { days: 14, extended: 1 },
    });
  });

  // assess.ts weekly cap: with no EARLIER session in the area, nextSafeFromTimed() returns -Infinity
  // and formatInstant(-Infinity) throws RangeError instead of returning a finding.
  it('a forgotten session capped only by a LATER session is flagged, not a crash', () => {
    const x = ctx({ sessions: [session({ when: NOW, needleMm: 0.5 })] });
    let f: Finding[] = [];
    expect(() => {
      f = run({ whenMs: msBefore(2), needleMm: 0.5 }, x);
    }).not.toThrow();
    expect(codes(f)).toEqual(expect.arrayContaining(['too-soon', 'weekly-cap']));
  });

  it('an edited session is not compared with itself', () => {
    const s = session({ when: daysBefore(1), needleMm: 0.5 });
    expect(codes(run({ id: s.id, needleMm: 0.5 }, ctx({ sessions: [s] })))).toEqual([
      'first-caution-session',
    ]);
  });
});

describe('roller wear (reference, section 5)', () => {
  const rollers = [roller()];
  it('the 11th use day warns, the 10th does not', () => {
    const f = run({ rollerId: 'r1' }, ctx({ rollers, sessions: uses(10) }));
    expect(f).toEqual([
      expect.objectContaining({ code: 'roller-worn-uses', severity: 'warn', rule: 'wear.max-uses' }),
    ]);
    expect(f[0]?.params).toEqual({ uses: 10, max: 10, roller: 'My roller' });
    expect(run({ rollerId: 'r1' }, ctx({ rollers, sessions: uses(9) }))).toEqual([]);
  });

  it('several areas on the same day count as one use; today does not count yet', () => {
    const sameDay = session({ when: '2026-06-10T08:00:00+02:00', area: 'forehead', rollerId: 'r1' });
    const sessions = [...uses(9, ['cheeks', 'forehead', 'neck']), sameDay];
    expect(run({ rollerId: 'r1' }, ctx({ rollers, sessions }))).toEqual([]);
  });

  it('90 days after first use -> roller-worn-age', () => {
    const old = [roller({ firstUse: '2026-03-12' })];
    const f = run({ rollerId: 'r1' }, ctx({ rollers: old }));
    expect(f).toEqual([
      expect.objectContaining({ code: 'roller-worn-age', severity: 'warn', rule: 'wear.max-days' }),
    ]);
    expect(f[0]?.params).toMatchObject({ days: 90, max: 90 });
    expect(run({ rollerId: 'r1', whenMs: msBefore(1) }, ctx({ rollers: old }))).toEqual([]);
  });

  it('pens are never worn out but get the cartridge note; retired rollers warn', () => {
    const pen = [roller({ kind: 'pen', firstUse: '2025-01-01' })];
    expect(run({ rollerId: 'r1' }, ctx({ rollers: pen, sessions: uses(12) }))).toEqual([
      expect.objectContaining({ code: 'pen-cartridge', severity: 'info' }),
    ]);
    const retired = [roller({ retired: true })];
    expect(run({ rollerId: 'r1' }, ctx({ rollers: retired }))).toEqual([
      expect.objectContaining({ code: 'roller-retired', severity: 'warn', params: { roller: 'My roller' } }),
    ]);
    expect(run({ rollerId: 'unknown' }, ctx({ rollers: retired }))).toEqual([]);
  });
});

describe('loosened rules are said', () => {
  it('a loosened rule of the candidate band is reported as info', () => {
    const x = ctx({ overrides: { 'interval.cosmetic': { value: 2, looserAcknowledgedAt: ACK } } });
    expect(run({}, x)).toEqual([
      expect.objectContaining({
        code: 'rule-loosened',
        severity: 'info',
        rule: 'interval.cosmetic',
        params: { value: 2, default: 3 },
      }),
    ]);
    expect(codes(run({ needleMm: 0.5 }, x))).not.toContain('rule-loosened');
    const wear = ctx({
      overrides: { 'wear.max-uses': { value: 15, looserAcknowledgedAt: ACK } },
      rollers: [roller()],
      sessions: uses(12),
    });
    expect(run({ rollerId: 'r1' }, wear)).toEqual([
      expect.objectContaining({ code: 'rule-loosened', rule: 'wear.max-uses' }),
    ]);
    const unacked = ctx({ overrides: { 'interval.cosmetic': { value: 2 } } });
    expect(run({}, unacked)).toEqual([]);
  });

  // assess.ts: "Loosened rules that shaped this assessment are always said": only the candidate band's are.
  it('a loosened interval of the EARLIER session band that set the spacing is said', () => {
    const x = ctx({
      overrides: { 'interval.professional': { value: 14, looserAcknowledgedAt: ACK } },
      sessions: [session({ when: daysBefore(20), needleMm: 1.0 })],
    });
    const f = run({ needleMm: 0.25 }, x);
    expect(codes(f)).not.toContain('too-soon');
    expect(f).toContainEqual(
      expect.objectContaining({ code: 'rule-loosened', rule: 'interval.professional' }),
    );
  });

  it('a loosened isotretinoin window that lets a session through is said', () => {
    const x = ctx({
      overrides: { 'isotretinoin.months': { value: 3, looserAcknowledgedAt: ACK } },
      profile: {
        ...ANSWERED_PROFILE,
        conditions: {
          ...ANSWERED_PROFILE.conditions,
          isotretinoin: { present: false, areas: [], date: '2026-02-01' },
        },
      },
    });
    const f = run({}, x);
    expect(codes(f)).not.toContain('isotretinoin');
    expect(f).toContainEqual(expect.objectContaining({ code: 'rule-loosened', rule: 'isotretinoin.months' }));
  });
});

describe('canRollNow', () => {
  const ask = (x: AssessContext, needleMm = 0.25) => canRollNow('cheeks', needleMm, null, NOW_MS, x);
  it('answers yes, not-yet (with the moment) and no', () => {
    expect(ask(ctx())).toEqual({ answer: 'yes', findings: [] });
    const prev = ctx({ sessions: [session({ when: daysBefore(3), needleMm: 0.5 })] });
    const notYet = ask(prev, 0.5);
    expect(notYet.answer).toBe('not-yet');
    expect(notYet.answer === 'not-yet' && formatInstant(notYet.untilMs, TZ)).toBe(
      '2026-06-14T10:00:00+02:00',
    );
    const capped = ask(
      ctx({ sessions: [session({ when: daysBefore(6) }), session({ when: daysBefore(3) })] }),
    );
    expect(capped.answer === 'not-yet' && formatInstant(capped.untilMs, TZ)).toBe(
      '2026-06-11T00:00:00+02:00',
    );
    const pregnant = {
      ...prev,
      profile: {
        ...ANSWERED_PROFILE,
        conditions: { ...ANSWERED_PROFILE.conditions, 'pregnancy-nursing': { present: true, areas: [] } },
      },
    };
    const no = ask(pregnant, 0.5);
    expect(no.answer).toBe('no');
    expect(codes(no.findings)).toEqual(expect.arrayContaining(['contraindication', 'too-soon']));
    // From 1.0 mm the reference says "never suggest a home schedule": the answer is no.
    for (const mm of [1.0, 1.5, 2.0, 3.0]) {
      const deep = ask(ctx(), mm);
      expect(deep.answer).toBe('no');
      expect(codes(deep.findings)).toContain(mm >= 2 ? 'needle-do-not-use' : 'needle-professional');
    }
    expect(ask(ctx(), 0.75).answer).toBe('yes');
  });
});

describe('every finding', () => {
  const AREAS: Area[] = ['cheeks', 'scalp'];
  it('property: cites a source, spacing findings name their rule, sorted block > warn > info, valid shape', () => {
    const arb = fc.record({
      conditions: fc.subarray([...CONDITION_IDS]),
      precheck: fc.subarray([...PRECHECK_IDS]),
      history: fc.array(
        fc.record({
          day: fc.integer({ min: -40, max: 0 }),
          area: fc.constantFrom(...AREAS),
          needleMm: fc.constantFrom(0.2, 0.25, 0.5, 0.75, 1.0, 2.0),
          bleeding: fc.constantFrom<Bleeding>('none', 'pinpoint', 'more'),
        }),
        { maxLength: 15 },
      ),
      needleMm: fc.constantFrom(0.2, 0.25, 0.3, 0.5, 0.75, 1.0, 2.0, 3.0),
      kind: fc.constantFrom<Roller['kind']>('roller', 'pen'),
      ageBand: fc.constantFrom<'under-18' | '22-plus'>('under-18', '22-plus'),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const sessions = a.history.map((h) =>
          session({
            when: daysBefore(-h.day),
            area: h.area,
            needleMm: h.needleMm,
            bleeding: h.bleeding,
            rollerId: 'r1',
          }),
        );
        const conditions = Object.fromEntries(a.conditions.map((id) => [id, { present: true, areas: [] }]));
        const x = ctx({
          sessions,
          rollers: [roller({ kind: a.kind, firstUse: '2026-01-01', retired: a.kind === 'pen' })],
          profile: {
            ...ANSWERED_PROFILE,
            ageBand: a.ageBand,
            conditions: { ...ANSWERED_PROFILE.conditions, ...conditions },
          },
          precheck: Object.fromEntries(a.precheck.map((id) => [id, true])),
          overrides: { 'interval.cosmetic': { value: 1, looserAcknowledgedAt: ACK } },
        });
        const f = run({ needleMm: a.needleMm, rollerId: 'r1' }, x);
        const rank = { block: 0, warn: 1, info: 2 };
        f.forEach((finding, i) => {
          expect(finding.sources.length).toBeGreaterThan(0);
          if (['too-soon', 'weekly-cap', 'isotretinoin'].includes(finding.code))
            expect(finding.rule).toBeDefined();
          if (i > 0)
            expect(rank[finding.severity]).toBeGreaterThanOrEqual(rank[(f[i - 1] as Finding).severity]);
          expect(findingSchema.safeParse(finding).success).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
