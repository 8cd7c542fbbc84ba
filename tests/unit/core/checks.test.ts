import { describe, expect, it } from 'vitest';
import { type AssessContext, type Candidate, checkInput } from '../../../src/core/assess';
import { ageCheck } from '../../../src/core/checks/age';
import type { Check } from '../../../src/core/checks/check';
import { conditionsCheck } from '../../../src/core/checks/conditions';
import { loosenedRulesCheck } from '../../../src/core/checks/loosened';
import { needleCheck } from '../../../src/core/checks/needle';
import { precheckCheck } from '../../../src/core/checks/precheck';
import { productsCheck } from '../../../src/core/checks/products';
import { penCartridgeCheck, rollerRetiredCheck, rollerWearCheck } from '../../../src/core/checks/roller';
import { safetyAnswersCheck } from '../../../src/core/checks/safety-answers';
import {
  cosmeticBleedingCheck,
  previousEffectsCheck,
  sessionEffectsCheck,
} from '../../../src/core/checks/side-effects';
import { spacingCheck } from '../../../src/core/checks/spacing';
import type { TypedFinding } from '../../../src/core/findings';
import type { RuleId } from '../../../src/core/rules';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  type FindingCode,
  type Profile,
  type Roller,
  type Session,
  type Severity,
} from '../../../src/core/schemas';
import type { SourceId } from '../../../src/core/sources';
import { addLocalDays, formatInstant, parseInstant } from '../../../src/core/time';
import { ANSWERED_PROFILE, makeRoller, makeSession } from '../../support/factories';

/**
 * Each check on its own, over a table of real cases: what it gives (code, severity, rule and typed
 * params), and that it stays quiet when its rule does not apply.
 */
const TZ = 'Europe/Berlin';
const NOW = '2026-11-10T10:00:00+01:00';
const NOW_MS = parseInstant(NOW);
const daysAgo = (n: number) => formatInstant(addLocalDays(NOW_MS, -n, TZ), TZ);
const dayAgo = (n: number) => daysAgo(n).slice(0, 10);

interface Case {
  name: string;
  candidate?: Partial<Candidate>;
  sessions?: Partial<Session>[];
  rollers?: Partial<Roller>[];
  profile?: Partial<Profile>;
  conditions?: Profile['conditions'];
  overrides?: AssessContext['settings']['ruleOverrides'];
  products?: AssessContext['settings']['products'];
  precheck?: AssessContext['precheck'];
  /** What the check gives: code, severity, rule (when any) and params (a subset of each). */
  want: {
    code?: FindingCode;
    severity?: Severity;
    rule?: RuleId;
    params?: Record<string, unknown>;
    sources?: SourceId[];
  }[];
}

function run(check: Check, c: Case): TypedFinding[] {
  const ctx: AssessContext = {
    sessions: (c.sessions ?? []).map((s) => makeSession({ when: NOW, ...s })),
    rollers: (c.rollers ?? []).map((r) => makeRoller({ id: 'r1', ...r })),
    profile: {
      ...ANSWERED_PROFILE,
      ...c.profile,
      conditions: c.profile?.conditions ?? { ...ANSWERED_PROFILE.conditions, ...c.conditions },
    },
    settings: { ...DEFAULT_SETTINGS, ruleOverrides: c.overrides ?? {}, products: c.products ?? [] },
    tz: TZ,
    ...(c.precheck ? { precheck: c.precheck } : {}),
  };
  const candidate: Candidate = {
    whenMs: NOW_MS,
    area: 'cheeks',
    needleMm: 0.25,
    rollerId: null,
    ...c.candidate,
  };
  return check.run(checkInput(candidate, ctx));
}

function table(check: Check, cases: Case[]) {
  describe(check.name, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
      const got = run(check, c);
      expect(got).toHaveLength(c.want.length);
      c.want.forEach((w, i) => {
        expect(got[i]).toMatchObject(w);
      });
      if (c.name.includes('no "possible from"'))
        for (const f of got) expect(f.params).not.toHaveProperty('safeFrom');
      for (const f of got) expect(check.produces).toContain(f.code);
    });
  });
}

const present = (p: Partial<{ areas: Profile['areas']; date: string }> = {}) => ({
  present: true,
  areas: [],
  ...p,
});

table(conditionsCheck, [
  {
    name: 'skin cancer on the cheeks blocks the cheeks',
    conditions: { 'skin-cancer': present({ areas: ['cheeks'] }) },
    want: [{ code: 'contraindication', severity: 'block', params: { condition: 'skin-cancer' } }],
  },
  {
    name: '... but not the neck',
    candidate: { area: 'neck' },
    conditions: { 'skin-cancer': present({ areas: ['cheeks'] }) },
    want: [],
  },
  {
    name: 'pregnancy applies everywhere, whatever areas were ticked',
    candidate: { area: 'neck' },
    conditions: { 'pregnancy-nursing': present({ areas: ['cheeks'] }) },
    want: [{ code: 'contraindication', params: { condition: 'pregnancy-nursing' } }],
  },
  {
    name: 'rosacea: ask a doctor',
    conditions: { 'chronic-skin-condition': present() },
    want: [{ code: 'ask-doctor', severity: 'warn', params: { condition: 'chronic-skin-condition' } }],
  },
  {
    name: 'isotretinoin now',
    conditions: { isotretinoin: present() },
    want: [{ code: 'isotretinoin', severity: 'block', rule: 'isotretinoin.months', params: { months: 6 } }],
  },
  {
    name: 'isotretinoin stopped 2 months ago: blocked until 6 months after the last dose',
    conditions: { isotretinoin: { present: false, areas: [], date: '2026-09-10' } },
    want: [{ code: 'isotretinoin', params: { months: 6, until: '2027-03-10' } }],
  },
  {
    name: 'isotretinoin stopped 7 months ago',
    conditions: { isotretinoin: { present: false, areas: [], date: '2026-04-01' } },
    want: [],
  },
  {
    name: 'a peel, date not given: warned without an end',
    conditions: { 'recent-procedure': present() },
    want: [{ code: 'recent-procedure', severity: 'warn', rule: 'procedure.days', params: { days: 14 } }],
  },
  {
    name: 'a peel 5 days ago: warned until 14 days after it',
    conditions: { 'recent-procedure': present({ date: dayAgo(5) }) },
    want: [{ code: 'recent-procedure', params: { days: 14, until: '2026-11-19' } }],
  },
  { name: 'a peel 20 days ago', conditions: { 'recent-procedure': present({ date: dayAgo(20) }) }, want: [] },
  { name: 'every answer "no"', want: [] },
]);

table(safetyAnswersCheck, [
  {
    name: 'nothing answered: unanswered is not "no"',
    profile: { ...DEFAULT_PROFILE, ageBand: undefined, conditions: {} },
    want: [{ code: 'safety-unanswered', severity: 'warn', params: { count: 17 } }],
  },
  { name: 'answered and reviewed last month', want: [] },
  {
    name: 'answered, last reviewed 7 months ago',
    profile: { safetyReviewedAt: '2026-04-01T08:00:00+02:00' },
    want: [{ code: 'safety-stale', severity: 'warn', params: {} }],
  },
]);

table(sessionEffectsCheck, [
  {
    name: 'nodules after this session',
    candidate: { sideEffects: ['nodules', 'redness'] },
    want: [
      {
        code: 'side-effect-see-doctor',
        severity: 'block',
        params: { effect: 'nodules' },
        sources: ['soltani-2014', 'friedmann-2024'],
      },
    ],
  },
  {
    name: 'redness over 3 days',
    candidate: { rednessHours: 80 },
    want: [{ params: { effect: 'long-redness' } }],
  },
  {
    name: 'expected effects only',
    candidate: { sideEffects: ['redness', 'tightness'], rednessHours: 24 },
    want: [],
  },
]);

table(cosmeticBleedingCheck, [
  {
    name: '0.25 mm and pinpoint bleeding',
    candidate: { bleeding: 'pinpoint' },
    want: [{ code: 'cosmetic-bleeding', severity: 'warn' }],
  },
  { name: '0.25 mm, no bleeding', candidate: { bleeding: 'none' }, want: [] },
  { name: '0.5 mm bleeding is expected there', candidate: { needleMm: 0.5, bleeding: 'more' }, want: [] },
]);

table(productsCheck, [
  {
    name: 'a retinol serum after rolling',
    candidate: { products: ['Retinol serum'] },
    want: [
      {
        code: 'product-active',
        severity: 'warn',
        params: { product: 'Retinol serum', matched: 'retinol', concern: 'retinoid' },
      },
    ],
  },
  {
    name: 'an essential oil before rolling',
    candidate: { productsBefore: ['rose essential oil'] },
    want: [{ code: 'product-broken-skin', params: { concern: 'essential-oil' } }],
  },
  {
    name: 'an unknown product: not known',
    candidate: { products: ['Aloe'] },
    want: [{ code: 'product-unverified', severity: 'info', params: { product: 'Aloe' } }],
  },
  {
    name: '... marked as made for broken skin',
    candidate: { products: ['Aloe'] },
    products: [{ name: 'ALOE', brokenSkin: true }],
    want: [],
  },
  {
    name: 'the same product before and after counts once',
    candidate: { products: ['Aloe'], productsBefore: ['Aloe'] },
    want: [{ code: 'product-unverified' }],
  },
]);

table(precheckCheck, [
  {
    name: 'a breakout: do not roll now',
    precheck: { 'breakout-or-infection': true },
    want: [{ code: 'precheck', severity: 'block', params: { check: 'breakout-or-infection' } }],
  },
  {
    name: 'sunburn',
    precheck: { 'wound-or-sunburn': true },
    want: [{ severity: 'block', params: { check: 'wound-or-sunburn' } }],
  },
  {
    name: 'actives in the last 48 h',
    precheck: { 'actives-48h': true },
    want: [{ severity: 'warn', rule: 'actives.hours', params: { check: 'actives-48h', hours: 48 } }],
  },
  {
    name: 'redness from last time',
    precheck: { 'redness-from-last-time': true },
    want: [{ severity: 'warn', params: { check: 'redness-from-last-time' } }],
  },
  { name: 'nothing ticked', precheck: { 'actives-48h': false }, want: [] },
]);

table(spacingCheck, [
  {
    name: '0.5 mm 3 days after 0.5 mm: too soon, possible again after 7 days',
    candidate: { needleMm: 0.5 },
    sessions: [{ when: daysAgo(3), needleMm: 0.5 }],
    want: [
      {
        code: 'too-soon',
        rule: 'interval.caution',
        params: {
          needleMm: 0.5,
          days: 7,
          previous: daysAgo(3),
          later: false,
          safeFrom: '2026-11-14T10:00:00+01:00',
          extended: false,
        },
      },
    ],
  },
  {
    name: 'after a session that bled: the extended interval',
    candidate: { needleMm: 0.5 },
    sessions: [{ when: daysAgo(9), needleMm: 0.5, bleeding: 'pinpoint' }],
    want: [
      {
        code: 'too-soon',
        rule: 'interval-extended.caution',
        params: { days: 14, later: false, extended: true },
      },
    ],
  },
  {
    name: 'a forgotten session logged before a later one: no "possible from"',
    candidate: { needleMm: 0.5, whenMs: NOW_MS - 3 * 86_400_000 },
    sessions: [{ when: NOW, needleMm: 0.5 }],
    want: [
      { code: 'too-soon', params: { later: true, previous: NOW } },
      // The cap of 1 in 7 days is reached through the later session: no "possible from" either.
      { code: 'weekly-cap', params: { cap: 1 } },
    ],
  },
  {
    name: 'the third 0.25 mm session in 7 days: the weekly cap',
    sessions: [{ when: daysAgo(6) }, { when: daysAgo(3) }],
    want: [
      {
        code: 'weekly-cap',
        rule: 'weekly-cap.cosmetic',
        params: { cap: 2, safeFrom: '2026-11-11T00:00:00+01:00' },
      },
    ],
  },
  {
    name: 'another area does not count',
    candidate: { area: 'neck', needleMm: 0.5 },
    sessions: [{ when: daysAgo(3), needleMm: 0.5 }],
    want: [],
  },
  {
    name: 'a length outside every band: no spacing rule',
    candidate: { needleMm: Number.NaN },
    sessions: [{ when: daysAgo(1) }],
    want: [],
  },
]);

table(previousEffectsCheck, [
  {
    name: 'the last session here left nodules',
    sessions: [{ when: daysAgo(10), sideEffects: ['nodules'] }],
    want: [
      {
        code: 'side-effect-see-doctor',
        severity: 'block',
        params: { effect: 'nodules', previous: daysAgo(10) },
      },
    ],
  },
  {
    name: 'an older session did, the last one did not',
    sessions: [{ when: daysAgo(10), sideEffects: ['nodules'] }, { when: daysAgo(5) }],
    want: [],
  },
  {
    name: 'in another area',
    candidate: { area: 'neck' },
    sessions: [{ when: daysAgo(10), sideEffects: ['nodules'] }],
    want: [],
  },
]);

table(needleCheck, [
  { name: '0.25 mm: nothing to say', want: [] },
  {
    name: '0.5 mm, first time over 0.25 mm',
    candidate: { needleMm: 0.5 },
    want: [{ code: 'first-caution-session', severity: 'warn', params: { needleMm: 0.5 } }],
  },
  {
    name: '0.5 mm after an earlier 0.3 mm session elsewhere',
    candidate: { needleMm: 0.5 },
    sessions: [{ when: daysAgo(40), needleMm: 0.3, area: 'neck' }],
    want: [{ code: 'caution-band', severity: 'info' }],
  },
  {
    name: '0.75 mm',
    candidate: { needleMm: 0.75 },
    want: [{ code: 'needle-not-for-home', severity: 'warn' }],
  },
  {
    name: '1.5 mm',
    candidate: { needleMm: 1.5 },
    want: [{ code: 'needle-professional', params: { needleMm: 1.5 } }],
  },
  { name: '2.5 mm', candidate: { needleMm: 2.5 }, want: [{ code: 'needle-do-not-use' }] },
  { name: 'unknown length', candidate: { needleMm: Number.NaN }, want: [] },
]);

table(ageCheck, [
  {
    name: 'under 18',
    profile: { ageBand: 'under-18' },
    want: [{ code: 'under-22', severity: 'warn', params: { ageBand: 'under-18' } }],
  },
  { name: '18 to 21', profile: { ageBand: '18-21' }, want: [{ params: { ageBand: '18-21' } }] },
  { name: '22 and over', want: [] },
]);

table(rollerRetiredCheck, [
  {
    name: 'a retired roller',
    candidate: { rollerId: 'r1' },
    rollers: [{ retired: true, name: 'Old' }],
    want: [{ code: 'roller-retired', params: { roller: 'Old' } }],
  },
  { name: 'in use', candidate: { rollerId: 'r1' }, rollers: [{}], want: [] },
  {
    name: 'a roller id that is not known',
    candidate: { rollerId: 'gone' },
    rollers: [{ retired: true }],
    want: [],
  },
]);

table(rollerWearCheck, [
  {
    name: '100 days since first use',
    candidate: { rollerId: 'r1' },
    rollers: [{ firstUse: dayAgo(100), name: 'Face' }],
    want: [
      { code: 'roller-worn-age', rule: 'wear.max-days', params: { days: 100, max: 90, roller: 'Face' } },
    ],
  },
  {
    name: '10 uses already',
    candidate: { rollerId: 'r1' },
    rollers: [{ firstUse: dayAgo(60) }],
    sessions: Array.from({ length: 10 }, (_, i) => ({
      when: daysAgo(50 - i * 4),
      rollerId: 'r1',
      area: 'neck' as const,
    })),
    want: [{ code: 'roller-worn-uses', rule: 'wear.max-uses', params: { uses: 10, max: 10 } }],
  },
  { name: 'a new roller', candidate: { rollerId: 'r1' }, rollers: [{ firstUse: dayAgo(5) }], want: [] },
]);

table(penCartridgeCheck, [
  {
    name: 'a pen',
    candidate: { rollerId: 'r1' },
    rollers: [{ kind: 'pen' }],
    want: [{ code: 'pen-cartridge', severity: 'info' }],
  },
  { name: 'a roller', candidate: { rollerId: 'r1' }, rollers: [{ kind: 'roller' }], want: [] },
]);

const ack = '2026-10-01T08:00:00+02:00';
table(loosenedRulesCheck, [
  {
    name: 'the cosmetic interval loosened to 2 days (acknowledged)',
    overrides: { 'interval.cosmetic': { value: 2, looserAcknowledgedAt: ack } },
    want: [
      {
        code: 'rule-loosened',
        severity: 'info',
        rule: 'interval.cosmetic',
        params: { value: 2, default: 3 },
      },
    ],
  },
  {
    name: 'loosened without an acknowledgement is not applied',
    overrides: { 'interval.cosmetic': { value: 2 } },
    want: [],
  },
  { name: 'made stricter', overrides: { 'interval.cosmetic': { value: 5 } }, want: [] },
  {
    name: "another band than this session's and its area's",
    overrides: { 'interval.caution': { value: 3, looserAcknowledgedAt: ack } },
    want: [],
  },
  {
    name: 'wear rules only when a roller is named',
    candidate: { rollerId: 'r1' },
    rollers: [{}],
    overrides: { 'wear.max-uses': { value: 20, looserAcknowledgedAt: ack } },
    want: [{ rule: 'wear.max-uses', params: { value: 20, default: 10 } }],
  },
  {
    name: '... not without one',
    overrides: { 'wear.max-uses': { value: 20, looserAcknowledgedAt: ack } },
    want: [],
  },
]);
