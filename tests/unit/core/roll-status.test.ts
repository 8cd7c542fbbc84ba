import { describe, expect, it } from 'vitest';
import type { Area } from '../../../src/core/areas';
import { type AssessContext, assess, canRollNow } from '../../../src/core/assess';
import { areaRollStatuses } from '../../../src/core/badge';
import type { PrecheckId } from '../../../src/core/conditions';
import { buildReport } from '../../../src/core/report';
import { type RollStatusKind, rollStatus, statusTone } from '../../../src/core/roll-status';
import { effectiveRules } from '../../../src/core/rules';
import { answersStale, unansweredQuestions } from '../../../src/core/safety-answers';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  type Profile,
  profileSchema,
  type Roller,
  type Session,
} from '../../../src/core/schemas';
import { addLocalDays, formatInstant, parseInstant } from '../../../src/core/time';
import { ANSWERED_PROFILE, makeRoller, makeSession } from '../../support/factories';

const TZ = 'Europe/Berlin';
const NOW = '2026-11-21T10:00:00+01:00';
const NOW_MS = parseInstant(NOW);
const daysAgo = (n: number) => formatInstant(addLocalDays(NOW_MS, -n, TZ), TZ);
const withAnswers = (conditions: Profile['conditions'] = {}, more: Partial<Profile> = {}): Profile => ({
  ...ANSWERED_PROFILE,
  conditions: { ...ANSWERED_PROFILE.conditions, ...conditions },
  ...more,
});

interface Case {
  name: string;
  needleMm: number | null;
  sessions?: Session[];
  profile?: Profile;
  rollers?: Roller[];
  rollerId?: string | null;
  precheck?: PrecheckId[];
  kind: RollStatusKind;
  reason?: string;
}

function statusOf(c: Case) {
  const ctx: AssessContext = {
    sessions: c.sessions ?? [],
    rollers: c.rollers ?? [],
    profile: c.profile ?? ANSWERED_PROFILE,
    settings: DEFAULT_SETTINGS,
    tz: TZ,
    precheck: Object.fromEntries((c.precheck ?? []).map((p) => [p, true])),
  };
  const answer = canRollNow('cheeks', c.needleMm ?? Number.NaN, c.rollerId ?? null, NOW_MS, ctx);
  return rollStatus(answer, c.needleMm);
}

const worn = makeRoller({ id: 'worn', firstUse: '2026-01-01', needleMm: 0.25 });

describe('one status vocabulary (issue 10, point 1): "possible" only when no warning applies', () => {
  it.each<Case>([
    { name: '0.25 mm, answered, nothing recent', needleMm: 0.25, kind: 'possible' },
    {
      name: '0.75 mm 30 days after its last session (the issue: it said "Safe to roll now")',
      needleMm: 0.75,
      sessions: [makeSession({ when: daysAgo(30), needleMm: 0.75 })],
      kind: 'not-for-home',
      reason: 'needle-not-for-home',
    },
    { name: '1.5 mm', needleMm: 1.5, kind: 'not-for-home', reason: 'needle-professional' },
    { name: '2.5 mm', needleMm: 2.5, kind: 'not-for-home', reason: 'needle-do-not-use' },
    {
      name: 'an ask-a-doctor answer',
      needleMm: 0.25,
      profile: withAnswers({ 'chronic-skin-condition': { present: true, areas: [] } }),
      kind: 'ask-doctor',
      reason: 'ask-doctor',
    },
    {
      name: 'a user under 22',
      needleMm: 0.25,
      profile: withAnswers({}, { ageBand: '18-21' }),
      kind: 'ask-doctor',
      reason: 'under-22',
    },
    {
      name: 'a worn-out roller (90 days)',
      needleMm: 0.25,
      rollers: [worn],
      rollerId: 'worn',
      kind: 'warned',
      reason: 'roller-worn-age',
    },
    {
      name: 'safety questions never answered (first run skipped them)',
      needleMm: 0.25,
      profile: DEFAULT_PROFILE,
      kind: 'answer-first',
      reason: 'safety-unanswered',
    },
    {
      name: 'unanswered and pregnant: the block wins',
      needleMm: 0.25,
      profile: { ...DEFAULT_PROFILE, conditions: { 'pregnancy-nursing': { present: true, areas: [] } } },
      kind: 'do-not-roll',
      reason: 'contraindication',
    },
    {
      name: 'too soon',
      needleMm: 0.25,
      sessions: [makeSession({ when: daysAgo(1) })],
      kind: 'not-yet',
      reason: 'too-soon',
    },
    { name: 'no length known', needleMm: null, kind: 'length-unknown' },
    {
      name: 'no length known, but a contraindication: still do not roll',
      needleMm: null,
      profile: withAnswers({ 'bleeding-disorder': { present: true, areas: [] } }),
      kind: 'do-not-roll',
    },
    {
      name: 'retinoid in the last 48 h ticked in the check',
      needleMm: 0.25,
      precheck: ['actives-48h'],
      kind: 'not-now',
      reason: 'precheck',
    },
    {
      name: 'redness from last time ticked in the check',
      needleMm: 0.25,
      precheck: ['redness-from-last-time'],
      kind: 'not-now',
      reason: 'precheck',
    },
    {
      name: 'the last session here recorded nodules',
      needleMm: 0.25,
      sessions: [makeSession({ when: daysAgo(20), sideEffects: ['nodules'] })],
      kind: 'do-not-roll',
      reason: 'side-effect-see-doctor',
    },
    {
      name: 'the last session here stayed red more than 3 days',
      needleMm: 0.25,
      sessions: [makeSession({ when: daysAgo(20), rednessHours: 96 })],
      kind: 'do-not-roll',
      reason: 'side-effect-see-doctor',
    },
  ])('$name -> $kind', (c) => {
    const s = statusOf(c);
    expect(s.kind).toBe(c.kind);
    if (c.reason) expect(s.reasons[0]?.code).toBe(c.reason);
    if (c.kind !== 'possible') expect(statusTone(s.kind)).not.toBe('ok');
    else expect(s.reasons).toEqual([]);
  });

  it('every block and warn finding is among the reasons, so none is hidden', () => {
    const s = statusOf({
      name: 'many',
      needleMm: 0.25,
      profile: withAnswers({ 'chronic-skin-condition': { present: true, areas: [] } }, { ageBand: '18-21' }),
      rollers: [worn],
      rollerId: 'worn',
      kind: 'ask-doctor',
    });
    expect(s.reasons.map((f) => f.code).sort()).toEqual(['ask-doctor', 'roller-worn-age', 'under-22']);
  });
});

describe('unanswered is not "no" (issue 10, point 2)', () => {
  it('a stored "no" is answered, a missing key is not; the age band counts too', () => {
    const p = profileSchema.parse({ conditions: { 'pregnancy-nursing': { present: false } } });
    const open = unansweredQuestions(p);
    expect(open).not.toContain('pregnancy-nursing');
    expect(open).toContain('isotretinoin');
    expect(open).toContain('age-band');
    expect(open).toHaveLength(16);
    expect(unansweredQuestions(ANSWERED_PROFILE)).toEqual([]);
  });

  it('every assessment carries the finding until the questions are answered', () => {
    const ctx = { sessions: [], rollers: [], settings: DEFAULT_SETTINGS, tz: TZ };
    const candidate = { whenMs: NOW_MS, area: 'cheeks' as Area, needleMm: 0.25, rollerId: null };
    const f = assess(candidate, { ...ctx, profile: DEFAULT_PROFILE });
    expect(f).toContainEqual(
      expect.objectContaining({ code: 'safety-unanswered', severity: 'warn', params: { count: 17 } }),
    );
    expect(assess(candidate, { ...ctx, profile: ANSWERED_PROFILE }).map((x) => x.code)).not.toContain(
      'safety-unanswered',
    );
  });

  it('answers older than 6 months, or undated, are due for a second look', () => {
    const reviewed = (iso: string) => ({ ...ANSWERED_PROFILE, safetyReviewedAt: iso });
    expect(answersStale(reviewed('2026-05-22T10:00:00+02:00'), NOW_MS, TZ)).toBe(false);
    expect(answersStale(reviewed('2026-05-20T10:00:00+02:00'), NOW_MS, TZ)).toBe(true);
    const { safetyReviewedAt: _r, ...undated } = ANSWERED_PROFILE;
    const noDates = {
      ...undated,
      conditions: Object.fromEntries(
        Object.entries(undated.conditions).map(([k, v]) => [k, { present: v?.present ?? false, areas: [] }]),
      ),
    };
    expect(answersStale(noDates, NOW_MS, TZ)).toBe(true);
    const f = assess(
      { whenMs: NOW_MS, area: 'cheeks', needleMm: 0.25, rollerId: null },
      {
        sessions: [],
        rollers: [],
        settings: DEFAULT_SETTINGS,
        tz: TZ,
        profile: reviewed('2026-01-01T10:00:00+01:00'),
      },
    );
    expect(f.map((x) => x.code)).toContain('safety-stale');
  });
});

describe('after-effects the rules need (issue 10, point 3)', () => {
  const ctx = { sessions: [], rollers: [], settings: DEFAULT_SETTINGS, tz: TZ, profile: ANSWERED_PROFILE };
  const log = (over: {
    needleMm?: number;
    bleeding?: 'none' | 'pinpoint' | 'more';
    rednessHours?: number;
    sideEffects?: string[];
  }) => assess({ whenMs: NOW_MS, area: 'cheeks', needleMm: 0.25, rollerId: null, ...over }, ctx);

  it.each([
    ['nodules', ['nodules'], undefined, true],
    ['infection signs', ['infection-signs'], undefined, true],
    ['redness over 3 days', [], 96, true],
    ['redness of exactly 3 days', [], 72, false],
    ['expected tightness', ['tightness'], 24, false],
    ['own words only', ['a bit warm'], undefined, false],
  ])('%s -> stop and see a doctor: %s', (_l, sideEffects, rednessHours, stop) => {
    const f = log({ sideEffects, ...(rednessHours === undefined ? {} : { rednessHours }) });
    expect(f.some((x) => x.code === 'side-effect-see-doctor' && x.severity === 'block')).toBe(stop);
  });

  it('bleeding with 0.25 mm or less notes pressure or a damaged roller; not at 0.5 mm', () => {
    expect(log({ bleeding: 'pinpoint' }).map((x) => x.code)).toContain('cosmetic-bleeding');
    expect(log({ bleeding: 'none' }).map((x) => x.code)).not.toContain('cosmetic-bleeding');
    expect(log({ bleeding: 'pinpoint', needleMm: 0.5 }).map((x) => x.code)).not.toContain(
      'cosmetic-bleeding',
    );
  });

  it('redness over 48 h recorded at logging lengthens the next interval', () => {
    const red = makeSession({ when: daysAgo(8), needleMm: 0.5, rednessHours: 60 });
    const calm = makeSession({ when: daysAgo(8), needleMm: 0.5, rednessHours: 24 });
    const statusAfter = (s: Session) =>
      canRollNow('cheeks', 0.5, null, NOW_MS, { ...ctx, sessions: [s] }).answer;
    expect(statusAfter(red)).toBe('not-yet');
    expect(statusAfter(calm)).toBe('yes');
  });
});

describe('no silent default length (issue 10, point 4)', () => {
  it('an area with no session and no roller has no length, and never reads as possible', () => {
    const ctx = {
      sessions: [],
      rollers: [],
      settings: DEFAULT_SETTINGS,
      tz: TZ,
      profile: { ...ANSWERED_PROFILE, areas: ['scalp'] as Area[] },
    };
    const [s] = areaRollStatuses(ctx, NOW_MS);
    expect(s?.area.needleMm).toBeNull();
    expect(s?.status.kind).toBe('length-unknown');
  });
});

describe('the report lists rules loosened at any time in the period (issue 10, point 10)', () => {
  it('a rule loosened when a session was logged, and not today, is listed', () => {
    const s = makeSession({
      when: daysAgo(10),
      findings: [
        {
          code: 'rule-loosened',
          severity: 'info',
          rule: 'interval.cosmetic',
          sources: ['roller-coach-proposal'],
          params: { value: 2, default: 3 },
        },
      ],
    });
    const data = buildReport({
      sessions: [s],
      rollers: [],
      rules: effectiveRules(),
      fromMs: NOW_MS - 30 * 86_400_000,
      toMs: NOW_MS + 1,
      nowMs: NOW_MS,
      tz: TZ,
    });
    expect(data.loosened).toEqual([]);
    expect(data.loosenedEarlier).toEqual([{ rule: 'interval.cosmetic', value: 2, default: 3 }]);
  });
});

describe('bleeding or redness not recorded is not "none" (reference section 1: 14 days at 0.25-0.5 mm after bleeding or redness over 48 h)', () => {
  const last = (days: number, over: Partial<Session> = {}) =>
    makeSession({
      when: daysAgo(days),
      needleMm: 0.5,
      bleeding: undefined,
      rednessHours: undefined,
      ...over,
    });
  it.each<[string, number, Session, RollStatusKind, string | null]>([
    [
      '0.5 mm 8 days ago, nothing recorded: a warning with the 14-day wait, never "possible"',
      0.5,
      last(8),
      'warned',
      'after-effects-unrecorded',
    ],
    [
      'bleeding recorded "none", redness not recorded: still unknown',
      0.5,
      last(8, { bleeding: 'none' }),
      'warned',
      'after-effects-unrecorded',
    ],
    [
      'redness recorded (10 h), bleeding not: still unknown',
      0.5,
      last(8, { rednessHours: 10 }),
      'warned',
      'after-effects-unrecorded',
    ],
    [
      'both recorded, neither lengthens: possible',
      0.5,
      last(8, { bleeding: 'none', rednessHours: 10 }),
      'possible',
      null,
    ],
    [
      'both recorded and it bled: the longer wait itself (too soon)',
      0.5,
      last(8, { bleeding: 'pinpoint', rednessHours: 10 }),
      'not-yet',
      'too-soon',
    ],
    ['14 days after, nothing recorded: past even the longer wait', 0.5, last(15), 'possible', null],
    [
      '5 days after: the plain wait is not over (too soon, no second warning)',
      0.5,
      last(5),
      'not-yet',
      'too-soon',
    ],
    [
      '0.25 mm after a 0.5 mm session 8 days ago, nothing recorded: the stricter band counts',
      0.25,
      last(8),
      'warned',
      'after-effects-unrecorded',
    ],
    [
      '0.25 mm after 0.25 mm 4 days ago, nothing recorded: no longer wait set by the reference',
      0.25,
      last(4, { needleMm: 0.25 }),
      'possible',
      null,
    ],
  ])('%s', (_, needleMm, session, kind, code) => {
    const s = statusOf({ name: '', needleMm, sessions: [session], kind });
    expect(s.kind).toBe(kind);
    const codes = s.reasons.map((f) => f.code);
    if (code) expect(codes).toContain(code);
    expect(codes.filter((c) => c === 'after-effects-unrecorded')).toHaveLength(
      code === 'after-effects-unrecorded' ? 1 : 0,
    );
  });

  it('says until when, in the longer wait, with its rule', () => {
    const s = statusOf({ name: '', needleMm: 0.5, sessions: [last(8)], kind: 'warned' });
    const f = s.reasons.find((x) => x.code === 'after-effects-unrecorded');
    expect(f?.rule).toBe('interval-extended.caution');
    expect(f?.params).toMatchObject({ days: 14, previous: daysAgo(8) });
    expect(parseInstant(String(f?.params.safeFrom))).toBeGreaterThan(NOW_MS + 5 * 86_400_000);
  });
});
