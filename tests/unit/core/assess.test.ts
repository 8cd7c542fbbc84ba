import { describe, expect, it } from 'vitest';
import { type AssessContext, assess, type Candidate } from '../../../src/core/assess';
import { type ConditionId, PRECHECK_IDS } from '../../../src/core/conditions';
import type { RuleId, RuleOverride } from '../../../src/core/rules';
import {
  type ConditionAnswer,
  DEFAULT_SETTINGS,
  type Finding,
  type Profile,
  type Session,
} from '../../../src/core/schemas';
import { addLocalDays, formatInstant, parseInstant } from '../../../src/core/time';
import { ANSWERED_PROFILE, makeSession } from '../../support/factories';

const TZ = 'Europe/Berlin';
const NOW = '2026-06-10T10:00:00+02:00';
const NOW_MS = parseInstant(NOW);
const daysBefore = (n: number, from = NOW) => formatInstant(addLocalDays(parseInstant(from), -n, TZ), TZ);

const session = (p: Partial<Session> & { when: string }): Session => makeSession(p);
const answer = (p: Partial<ConditionAnswer> = {}): ConditionAnswer => ({ present: true, areas: [], ...p });
function ctx(p: Partial<AssessContext> & { overrides?: Partial<Record<RuleId, RuleOverride>> } = {}) {
  const { overrides = {}, ...rest } = p;
  return {
    sessions: [],
    rollers: [],
    profile: ANSWERED_PROFILE,
    settings: { ...DEFAULT_SETTINGS, ruleOverrides: overrides },
    tz: TZ,
    ...rest,
  } satisfies AssessContext;
}
/** The answered profile with some answers changed (the others stay answered "no"). */
const withConditions = (conditions: Profile['conditions'], more: Partial<Profile> = {}) =>
  ctx({
    profile: { ...ANSWERED_PROFILE, conditions: { ...ANSWERED_PROFILE.conditions, ...conditions }, ...more },
  });
function run(c: Partial<Candidate> = {}, x: AssessContext = ctx()): Finding[] {
  return assess({ whenMs: NOW_MS, area: 'cheeks', needleMm: 0.25, rollerId: null, ...c }, x);
}
const codes = (f: Finding[]) => f.map((x) => x.code);
const find = (f: Finding[], code: Finding['code']) => f.find((x) => x.code === code);

describe('contraindications (reference, section 2)', () => {
  it.each<ConditionId>([
    'skin-cancer',
    'wound-or-sunburn',
    'infection',
    'active-acne',
    'bleeding-disorder',
    'pregnancy-nursing',
    'metal-allergy',
  ])('do-not-roll: %s blocks', (id) => {
    const f = run({}, withConditions({ [id]: answer() }));
    expect(f).toContainEqual(expect.objectContaining({ code: 'contraindication', severity: 'block' }));
    expect(find(f, 'contraindication')?.params).toEqual({ condition: id });
    expect(run({}, withConditions({ [id]: answer({ present: false }) }))).toEqual([]);
  });

  it.each<ConditionId>([
    'chronic-skin-condition',
    'cold-sores-history',
    'keloid-tendency',
    'recent-scars',
    'healing-impaired',
    'heart-problems',
    'actinic-keratosis',
  ])('ask-doctor: %s warns', (id) => {
    const f = run({}, withConditions({ [id]: answer() }));
    expect(f).toEqual([
      expect.objectContaining({ code: 'ask-doctor', severity: 'warn', params: { condition: id } }),
    ]);
  });

  it('per-area conditions apply only to their areas', () => {
    const x = withConditions({
      'skin-cancer': answer({ areas: ['cheeks'] }),
      'chronic-skin-condition': answer({ areas: ['scalp', 'neck'] }),
    });
    expect(codes(run({ area: 'cheeks' }, x))).toEqual(['contraindication']);
    expect(codes(run({ area: 'scalp' }, x))).toEqual(['ask-doctor']);
    expect(codes(run({ area: 'forehead' }, x))).toEqual([]);
  });

  // conditions.ts: perArea=false means the condition "cannot be limited to some areas"; assess ignores it.
  it('a systemic condition applies to every area even if areas were recorded with it', () => {
    const x = withConditions({ 'bleeding-disorder': answer({ areas: ['scalp'] }) });
    expect(codes(run({ area: 'cheeks' }, x))).toContain('contraindication');
  });

  it('isotretinoin: now -> block; last dose 5 months ago -> block until 6 months; 7 months ago -> none', () => {
    const now = run({}, withConditions({ isotretinoin: answer() }));
    expect(now).toEqual([
      expect.objectContaining({ code: 'isotretinoin', severity: 'block', rule: 'isotretinoin.months' }),
    ]);
    expect(now[0]?.params).toEqual({ months: 6 });
    const recent = run({}, withConditions({ isotretinoin: answer({ present: false, date: '2026-01-10' }) }));
    expect(recent).toEqual([expect.objectContaining({ code: 'isotretinoin', severity: 'block' })]);
    expect(recent[0]?.params).toEqual({ months: 6, until: '2026-07-10' });
    expect(run({}, withConditions({ isotretinoin: answer({ present: false, date: '2025-11-10' }) }))).toEqual(
      [],
    );
    const edge = withConditions({ isotretinoin: answer({ present: false, date: '2025-12-10' }) });
    expect(run({}, edge)).toEqual([]);
    expect(codes(run({ whenMs: NOW_MS - 86_400_000 }, edge))).toEqual(['isotretinoin']);
  });

  it('recent procedure in the area: warns for 14 days after its date, or undated', () => {
    const dated = (date: string) =>
      withConditions({ 'recent-procedure': answer({ areas: ['cheeks'], date }) });
    expect(find(run({}, dated('2026-06-01')), 'recent-procedure')).toMatchObject({
      severity: 'warn',
      rule: 'procedure.days',
      params: { days: 14, until: '2026-06-15' },
    });
    expect(run({}, dated('2026-05-27'))).toEqual([]);
    expect(run({ area: 'scalp' }, dated('2026-06-01'))).toEqual([]);
    expect(codes(run({}, withConditions({ 'recent-procedure': answer() })))).toEqual(['recent-procedure']);
  });

  it('precheck answers: breakouts and wounds block, actives and leftover redness warn', () => {
    const all = Object.fromEntries(PRECHECK_IDS.map((id) => [id, true]));
    const f = run({}, ctx({ precheck: all }));
    expect(f.map((x) => [x.severity, x.params.check])).toEqual([
      ['block', 'breakout-or-infection'],
      ['block', 'wound-or-sunburn'],
      ['warn', 'actives-48h'],
      ['warn', 'redness-from-last-time'],
    ]);
    expect(f[2]).toMatchObject({ rule: 'actives.hours', params: { hours: 48 } });
    const none = Object.fromEntries(PRECHECK_IDS.map((id) => [id, false]));
    expect(run({}, ctx({ precheck: none }))).toEqual([]);
  });
});

describe('needle length and age', () => {
  it.each<[number, Finding['code'] | null]>([
    [0.25, null],
    [0.75, 'needle-not-for-home'],
    [1.0, 'needle-professional'],
    [1.5, 'needle-professional'],
    [2.0, 'needle-do-not-use'],
    [3.0, 'needle-do-not-use'],
  ])('%d mm -> %s', (needleMm, code) => {
    const f = run({ needleMm });
    expect(f).toEqual(
      code ? [expect.objectContaining({ code, severity: 'warn', params: { needleMm } })] : [],
    );
  });

  it('first session in the caution band warns; later ones in that area are info', () => {
    expect(run({ needleMm: 0.5 })).toEqual([
      expect.objectContaining({ code: 'first-caution-session', severity: 'warn' }),
    ]);
    const earlier = session({ when: daysBefore(30), needleMm: 0.3 });
    expect(run({ needleMm: 0.5 }, ctx({ sessions: [earlier] }))).toEqual([
      expect.objectContaining({ code: 'caution-band', severity: 'info' }),
    ]);
    const cosmeticOnly = session({ when: daysBefore(30), needleMm: 0.25 });
    expect(codes(run({ needleMm: 0.3 }, ctx({ sessions: [cosmeticOnly] })))).toEqual([
      'first-caution-session',
    ]);
    const later = session({ when: daysBefore(-30), needleMm: 0.5 });
    expect(codes(run({ needleMm: 0.5 }, ctx({ sessions: [later] })))).toEqual(['first-caution-session']);
  });

  it.each([
    ['under-18', true],
    ['18-21', true],
    ['22-plus', false],
    [undefined, false],
  ] as const)('age band %s -> under-22 warning: %s', (ageBand, warned) => {
    const f = run({}, withConditions({}, { ageBand }));
    expect(codes(f).includes('under-22')).toBe(warned);
  });
});
