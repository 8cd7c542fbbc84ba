import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../../src/core/areas';
import { assess } from '../../../src/core/assess';
import { type EffectiveRules, effectiveRules, type RuleId, type RuleOverride } from '../../../src/core/rules';
import { longestInterval, nextSafeMoment, requiredGap } from '../../../src/core/schedule';
import { type Bleeding, DEFAULT_SETTINGS, type Session } from '../../../src/core/schemas';
import { formatInstant, MINUTE_MS, parseInstant } from '../../../src/core/time';
import { ANSWERED_PROFILE, makeSession } from '../../support/factories';
import { TRICKY_ZONES } from '../../support/zones';

const TZ = 'Europe/Berlin';
const ACK = '2026-01-01T00:00:00Z';
const DEFAULTS = effectiveRules();

const session = (p: Partial<Session> & { when: string }): Session => makeSession(p);

function next(
  sessions: Session[],
  needleMm: number,
  o: { area?: Area; rules?: EffectiveRules; tz?: string; excludeId?: string } = {},
) {
  const tz = o.tz ?? TZ;
  const r = nextSafeMoment(o.area ?? 'cheeks', needleMm, sessions, o.rules ?? DEFAULTS, tz, o.excludeId);
  return { ...r, at: Number.isFinite(r.safeFromMs) ? formatInstant(r.safeFromMs, tz) : null };
}

const MON = '2026-05-04T21:30:00+02:00';

describe('nextSafeMoment: intervals of the reference, in calendar days and never under N x 24 hours', () => {
  it.each<[string, number, Bleeding, number | undefined, string, RuleId, boolean]>([
    ['0.25 mm', 0.25, 'none', undefined, '2026-05-07', 'interval.cosmetic', false],
    ['0.25 mm that bled', 0.25, 'pinpoint', undefined, '2026-05-11', 'interval-extended.cosmetic', true],
    ['0.5 mm', 0.5, 'none', undefined, '2026-05-11', 'interval.caution', false],
    ['0.5 mm, redness exactly 48 h', 0.5, 'none', 48, '2026-05-11', 'interval.caution', false],
    [
      '0.5 mm, pinpoint bleeding',
      0.5,
      'pinpoint',
      undefined,
      '2026-05-18',
      'interval-extended.caution',
      true,
    ],
    ['0.5 mm, redness 49 h', 0.5, 'none', 49, '2026-05-18', 'interval-extended.caution', true],
    ['0.3 mm, more bleeding', 0.3, 'more', 0, '2026-05-18', 'interval-extended.caution', true],
    ['0.75 mm', 0.75, 'none', undefined, '2026-05-18', 'interval.not-for-home', false],
    ['1.0 mm', 1.0, 'none', undefined, '2026-06-01', 'interval.professional', false],
    ['1.0 mm, pinpoint (expected)', 1.0, 'pinpoint', 10, '2026-06-01', 'interval.professional', false],
    ['1.0 mm, more bleeding', 1.0, 'more', undefined, '2026-06-15', 'interval-extended.professional', true],
    ['1.0 mm, redness 72 h', 1.0, 'pinpoint', 72, '2026-06-15', 'interval-extended.professional', true],
    ['2.0 mm', 2.0, 'none', undefined, '2026-06-15', 'interval.do-not-use', false],
  ])(
    '%s -> %s 21:30 (N x 24 h after the 21:30 session, later than midnight)',
    (_l, mm, bleeding, rednessHours, date, rule, extended) => {
      const s = session({ when: MON, needleMm: mm, bleeding, rednessHours });
      const r = next([s], mm);
      expect(r.at?.slice(0, 19)).toBe(`${date}T21:30:00`);
      expect(r).toMatchObject({ reason: 'interval', rule, extended, governing: s, area: 'cheeks' });
    },
  );

  it('with no session in the area, any time is safe', () => {
    const r = next([], 0.25);
    expect(r.safeFromMs).toBe(Number.NEGATIVE_INFINITY);
    expect(r).toMatchObject({ reason: null, rule: null, governing: null });
  });

  it('intervals are per area: a face session does not delay the scalp', () => {
    const s = [session({ when: MON, area: 'cheeks', needleMm: 1.0 })];
    expect(next(s, 0.25, { area: 'scalp' }).safeFromMs).toBe(Number.NEGATIVE_INFINITY);
    expect(next(s, 0.25, { area: 'forehead' }).safeFromMs).toBe(Number.NEGATIVE_INFINITY);
    expect(next(s, 0.25).at).toBe('2026-06-01T21:30:00+02:00');
  });

  it.each([
    ['1.5 mm then a 0.25 mm candidate', 1.5, 0.25, '2026-06-01', 'interval.professional'],
    ['0.25 mm then a 1.0 mm candidate', 0.25, 1.0, '2026-06-01', 'interval.professional'],
    ['0.25 mm then a 0.5 mm candidate', 0.25, 0.5, '2026-05-11', 'interval.caution'],
    ['2.5 mm then a 0.5 mm candidate', 2.5, 0.5, '2026-06-15', 'interval.do-not-use'],
  ])('the stricter band wins: %s', (_l, earlierMm, laterMm, date, rule) => {
    const r = next([session({ when: MON, needleMm: earlierMm })], laterMm);
    expect(r.at).toBe(`${date}T21:30:00+02:00`);
    expect(r.rule).toBe(rule);
  });

  it('the latest constraint wins over an earlier, longer one that ends sooner', () => {
    const a = session({ when: '2026-04-01T10:00:00+02:00', needleMm: 1.0 }); // safe from 04-29
    const b = session({ when: '2026-04-27T10:00:00+02:00', needleMm: 0.5 }); // possible from 05-04 10:00
    expect(next([b, a], 0.25)).toMatchObject({ at: '2026-05-04T10:00:00+02:00', governing: b });
  });

  it('weekly cap for 0.25 mm: sessions on day 0 and day 3 -> next on day 7, not day 6', () => {
    const d0 = session({ when: '2026-05-04T08:00:00+02:00' });
    const d3 = session({ when: '2026-05-07T22:00:00+02:00' });
    const r = next([d3, d0], 0.25);
    expect(r.at).toBe('2026-05-11T00:00:00+02:00');
    expect(r).toMatchObject({ reason: 'weekly-cap', rule: 'weekly-cap.cosmetic', governing: d0 });
  });

  it('the cap counts sessions in the area whatever their length', () => {
    const d0 = session({ when: '2026-05-04T08:00:00+02:00', needleMm: 0.2 });
    const d1 = session({ when: '2026-05-07T08:00:00+02:00', needleMm: 0.25 });
    expect(next([d0, d1], 0.2).at).toBe('2026-05-11T00:00:00+02:00');
  });

  it('a due date is never before local midnight nor before N x 24 hours, also across DST and in a zone that skips midnight', () => {
    expect(next([session({ when: '2026-03-26T09:00:00+01:00' })], 0.25).at).toBe('2026-03-29T10:00:00+02:00');
    expect(next([session({ when: '2026-10-22T23:30:00+02:00' })], 0.25).at).toBe('2026-10-25T22:30:00+01:00');
    const santiago = next([session({ when: '2026-09-03T12:00:00-04:00' })], 0.25, { tz: 'America/Santiago' });
    expect(santiago.at).toBe('2026-09-06T13:00:00-03:00');
    // The same instant is a different calendar day in Kiritimati: 2026-05-05 there.
    expect(next([session({ when: MON })], 0.25, { tz: 'Pacific/Kiritimati' }).at).toBe(
      '2026-05-08T09:30:00+14:00',
    );
  });

  it('excludeId leaves the session being edited out', () => {
    const a = session({ when: '2026-05-01T10:00:00+02:00' });
    const b = session({ when: MON, needleMm: 0.5 });
    expect(next([a, b], 0.25, { excludeId: b.id }).at).toBe('2026-05-04T10:00:00+02:00');
    expect(next([a, b], 0.25).at).toBe('2026-05-11T21:30:00+02:00');
  });

  it('user overrides: stricter applies, looser only when acknowledged', () => {
    const s = [session({ when: MON })];
    const rules = (o: Partial<Record<RuleId, RuleOverride>>) => effectiveRules(o);
    expect(next(s, 0.25, { rules: rules({ 'interval.cosmetic': { value: 5 } }) }).at).toBe(
      '2026-05-09T21:30:00+02:00',
    );
    expect(next(s, 0.25, { rules: rules({ 'interval.cosmetic': { value: 1 } }) }).at).toBe(
      '2026-05-07T21:30:00+02:00',
    );
    const loose = rules({ 'interval.cosmetic': { value: 1, looserAcknowledgedAt: ACK } });
    expect(next(s, 0.25, { rules: loose }).at).toBe('2026-05-05T21:30:00+02:00');
    const cap1 = next(s, 0.25, { rules: rules({ 'weekly-cap.cosmetic': { value: 1 } }) });
    expect(cap1).toMatchObject({ at: '2026-05-11T00:00:00+02:00', reason: 'weekly-cap' });
    // An extended interval loosened below the normal one never shortens the normal one.
    const odd = rules({ 'interval-extended.caution': { value: 2, looserAcknowledgedAt: ACK } });
    expect(next([session({ when: MON, needleMm: 0.5, bleeding: 'pinpoint' })], 0.5, { rules: odd }).at).toBe(
      '2026-05-11T21:30:00+02:00',
    );
  });

  it('"7 days" is not met 6 days and a minute later because a midnight passed (issue 10, point 9)', () => {
    const s = session({ when: '2026-05-04T23:59:00+02:00', needleMm: 0.5 });
    const r = next([s], 0.5);
    expect(r.at).toBe('2026-05-11T23:59:00+02:00');
    const sixDaysAndAMinute = parseInstant('2026-05-11T00:00:00+02:00');
    const f = assess(
      { whenMs: sixDaysAndAMinute, area: 'cheeks', needleMm: 0.5, rollerId: null },
      { sessions: [s], rollers: [], profile: ANSWERED_PROFILE, settings: DEFAULT_SETTINGS, tz: TZ },
    );
    expect(f.map((x) => x.code)).toContain('too-soon');
    const atMoment = assess(
      { whenMs: r.safeFromMs, area: 'cheeks', needleMm: 0.5, rollerId: null },
      { sessions: [s], rollers: [], profile: ANSWERED_PROFILE, settings: DEFAULT_SETTINGS, tz: TZ },
    );
    expect(atMoment.map((x) => x.code)).not.toContain('too-soon');
  });

  it('requiredGap is null only when neither length is valid', () => {
    expect(requiredGap({ needleMm: 0, bleeding: 'none' }, 7, DEFAULTS)).toBeNull();
    expect(requiredGap({ needleMm: 0, bleeding: 'none' }, 0.25, DEFAULTS)?.days).toBe(3);
    expect(longestInterval(DEFAULTS)).toBe(56);
  });
});

const ZONES = TRICKY_ZONES;
const AREAS: Area[] = ['cheeks', 'forehead', 'scalp'];
const LENGTHS = [0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5];
const BASE = Date.UTC(2026, 0, 1);
// Mostly home lengths, so that histories are dense enough for the weekly caps to bite.
const lengthArb = fc.oneof(
  { arbitrary: fc.constantFrom(0.1, 0.2, 0.25), weight: 3 },
  { arbitrary: fc.constantFrom(...LENGTHS), weight: 1 },
);
const YEAR_MIN = 365 * 24 * 60;

const overridesArb = fc.constantFrom<Partial<Record<RuleId, RuleOverride>>>(
  {},
  { 'interval.cosmetic': { value: 5 } },
  { 'weekly-cap.cosmetic': { value: 1 } },
  { 'interval.cosmetic': { value: 1, looserAcknowledgedAt: ACK } },
  { 'weekly-cap.cosmetic': { value: 4, looserAcknowledgedAt: ACK }, 'interval.caution': { value: 10 } },
  { 'interval-extended.professional': { value: 20, looserAcknowledgedAt: ACK } },
);

// Histories spread over a year, or crowded into a month so that the weekly caps bite.
const scenarioArb = fc.record({
  tz: fc.constantFrom(...ZONES),
  spanMin: fc.constantFrom(YEAR_MIN, 30 * 24 * 60, 14 * 24 * 60),
  history: fc.array(
    fc.record({
      pos: fc.double({ min: 0, max: 1, noNaN: true }),
      area: fc.constantFrom(...AREAS),
      needleMm: lengthArb,
      bleeding: fc.constantFrom<Bleeding>('none', 'pinpoint', 'more'),
      rednessHours: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    }),
    { maxLength: 25 },
  ),
  area: fc.constantFrom(...AREAS),
  needleMm: lengthArb,
  overrides: overridesArb,
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function scenario(sc: Scenario) {
  const sessions = sc.history.map((h) =>
    session({
      when: formatInstant(BASE + Math.floor(h.pos * sc.spanMin) * MINUTE_MS, sc.tz),
      area: h.area,
      needleMm: h.needleMm,
      bleeding: h.bleeding,
      rednessHours: h.rednessHours,
    }),
  );
  const settings = { ...DEFAULT_SETTINGS, ruleOverrides: sc.overrides };
  const rules = effectiveRules(sc.overrides);
  const safe = nextSafeMoment(sc.area, sc.needleMm, sessions, rules, sc.tz);
  const spacing = (whenMs: number) =>
    assess(
      { whenMs, area: sc.area, needleMm: sc.needleMm, rollerId: null },
      { sessions, rollers: [], profile: ANSWERED_PROFILE, settings, tz: sc.tz },
    ).filter((f) => f.code === 'too-soon' || f.code === 'weekly-cap');
  return { sessions, safe, spacing };
}

describe('nextSafeMoment agrees with assess()', () => {
  it('property: a session logged at the next-safe moment is never flagged too-soon or weekly-cap', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { sessions, safe, spacing } = scenario(sc);
        const inArea = sessions.filter((s) => s.area === sc.area);
        if (inArea.length === 0) {
          expect(safe.safeFromMs).toBe(Number.NEGATIVE_INFINITY);
          return;
        }
        for (const s of inArea) expect(safe.safeFromMs).toBeGreaterThan(parseInstant(s.when));
        expect(spacing(safe.safeFromMs)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('property: a session one minute before the next-safe moment IS flagged', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { safe, spacing } = scenario(sc);
        if (!Number.isFinite(safe.safeFromMs)) return;
        const flagged = spacing(safe.safeFromMs - MINUTE_MS);
        expect(flagged.length).toBeGreaterThan(0);
        for (const f of flagged) expect(f.rule).toBeDefined();
      }),
      { numRuns: 400 },
    );
  });
});
