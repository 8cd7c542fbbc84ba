import fc from 'fast-check';
import type { AssessContext, Candidate } from '../../../src/core/assess';
import { CONDITIONS, PRECHECK_IDS } from '../../../src/core/conditions';
import { RULES, type RuleId, type RuleOverride } from '../../../src/core/rules';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  type Profile,
  type Roller,
  type Session,
} from '../../../src/core/schemas';
import { EXPECTED_EFFECT_IDS, SEE_DOCTOR_EFFECT_IDS } from '../../../src/core/side-effects';
import { DAY_MS, formatInstant, HOUR_MS, parseInstant } from '../../../src/core/time';
import { makeRoller, makeSession } from '../../support/factories';

/**
 * Generated assessments for the equivalence (golden) test: candidates and contexts that reach
 * every check (conditions with and without dates and areas, every band and its edges, spacing
 * before and after, rollers worn by uses and age, products of every concern, loosened rules).
 */
export const NOW_MS = parseInstant('2026-06-10T10:00:00+02:00');
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC'] as const;
const AREAS_USED = ['cheeks', 'forehead', 'neck'] as const;
const NEEDLES = [0.2, 0.25, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5] as const;
const PRODUCTS = [
  'Retinol serum',
  'glycolic toner',
  'Hyaluronic gel',
  'rose essential oil',
  'perfume',
  'Aloe',
];
const EFFECTS = [...SEE_DOCTOR_EFFECT_IDS, ...EXPECTED_EFFECT_IDS, 'my own words'];
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const offsetHours = fc.integer({ min: -24 * 60, max: 24 * 30 });
const effects = fc.subarray(EFFECTS, { maxLength: 2 });
const products = fc.subarray(PRODUCTS, { maxLength: 2 });

const sessionArb = (tz: string) =>
  fc
    .record({
      before: offsetHours,
      area: fc.constantFrom(...AREAS_USED),
      needleMm: fc.constantFrom(...NEEDLES),
      bleeding: fc.constantFrom('none', 'pinpoint', 'more'),
      redness: fc.option(fc.constantFrom(10, 49, 80), { nil: undefined }),
      sideEffects: effects,
      roller: fc.constantFrom('ra', 'rb', null),
    })
    .map(
      (p): Session =>
        makeSession({
          when: formatInstant(NOW_MS - p.before * HOUR_MS, tz),
          area: p.area,
          needleMm: p.needleMm,
          bleeding: p.bleeding as Session['bleeding'],
          ...(p.redness === undefined ? {} : { rednessHours: p.redness }),
          sideEffects: p.sideEffects,
          rollerId: p.roller,
        }),
    );

const conditionsArb: fc.Arbitrary<Profile['conditions']> = fc
  .record(
    Object.fromEntries(
      CONDITIONS.map((c) => [
        c.id,
        fc.option(
          fc.record({
            present: fc.boolean(),
            areas: fc.subarray([...AREAS_USED], { maxLength: 2 }),
            dateDays: fc.option(fc.integer({ min: -400, max: 20 }), { nil: undefined }),
          }),
          { nil: undefined, freq: 2 },
        ),
      ]),
    ),
  )
  .map((r) => {
    const out: Profile['conditions'] = {};
    for (const [id, a] of Object.entries(r) as [
      keyof Profile['conditions'],
      { present: boolean; areas: string[]; dateDays?: number } | undefined,
    ][]) {
      if (!a) continue;
      out[id] = {
        present: a.present,
        areas: a.areas as Profile['areas'],
        ...(a.dateDays === undefined ? {} : { date: isoDay(NOW_MS + a.dateDays * DAY_MS) }),
      };
    }
    return out;
  });

const overridesArb = fc.subarray([...RULES], { maxLength: 4 }).chain((defs) =>
  fc
    .tuple(
      ...defs.map((d) =>
        fc.tuple(fc.integer({ min: d.min, max: Math.min(d.max, d.defaultValue * 2 + 2) }), fc.boolean()),
      ),
    )
    .map((vals) => {
      const out: Partial<Record<RuleId, RuleOverride>> = {};
      defs.forEach((d, i) => {
        const [value, ack] = vals[i] as [number, boolean];
        out[d.id] = { value, ...(ack ? { looserAcknowledgedAt: '2026-05-01T08:00:00+02:00' } : {}) };
      });
      return out;
    }),
);

/** Every question answered (the generated answers kept, the rest "no"). */
const allAnswered = (c: Profile['conditions']): Profile['conditions'] => ({
  ...Object.fromEntries(CONDITIONS.map((d) => [d.id, { present: false, areas: [] }])),
  ...c,
});

export interface AssessCase {
  candidate: Candidate;
  ctx: AssessContext;
}

export const assessCaseArb: fc.Arbitrary<AssessCase> = fc.constantFrom(...ZONES).chain((tz) =>
  fc
    .record({
      sessions: fc.array(sessionArb(tz), { maxLength: 7 }),
      rollers: fc.array(
        fc.record({
          kind: fc.constantFrom('roller', 'pen', 'stamp'),
          retired: fc.boolean(),
          ageDays: fc.integer({ min: 0, max: 200 }),
        }),
        { maxLength: 2 },
      ),
      conditions: fc.oneof(conditionsArb, conditionsArb.map(allAnswered)),
      oldUses: fc.nat(12),
      ageBand: fc.constantFrom(undefined, 'under-18', '18-21', '22-plus'),
      reviewedDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      overrides: overridesArb,
      brokenSkin: fc.subarray(PRODUCTS, { maxLength: 2 }),
      precheck: fc.option(fc.record(Object.fromEntries(PRECHECK_IDS.map((id) => [id, fc.boolean()]))), {
        nil: undefined,
      }),
      editIndex: fc.option(fc.nat(6), { nil: undefined }),
      whenHours: fc.integer({ min: -24 * 20, max: 24 }),
      area: fc.constantFrom(...AREAS_USED),
      needleMm: fc.constantFrom(...NEEDLES, Number.NaN),
      roller: fc.constantFrom('ra', 'rb', 'missing', null),
      bleeding: fc.option(fc.constantFrom('none', 'pinpoint', 'more'), { nil: undefined }),
      redness: fc.option(fc.constantFrom(10, 49, 80), { nil: undefined }),
      sideEffects: fc.option(effects, { nil: undefined }),
      productsBefore: fc.option(products, { nil: undefined }),
      productsAfter: fc.option(products, { nil: undefined }),
    })
    .map((p): AssessCase => {
      const rollers: Roller[] = p.rollers.map((r, i) =>
        makeRoller({
          id: i === 0 ? 'ra' : 'rb',
          name: `Roller ${i}`,
          kind: r.kind as Roller['kind'],
          retired: r.retired,
          firstUse: isoDay(NOW_MS - r.ageDays * DAY_MS),
        }),
      );
      const profile: Profile = {
        ...DEFAULT_PROFILE,
        ...(p.ageBand ? { ageBand: p.ageBand as Profile['ageBand'] } : {}),
        conditions: p.conditions,
        ...(p.reviewedDays === undefined
          ? {}
          : { safetyReviewedAt: formatInstant(NOW_MS - p.reviewedDays * DAY_MS, tz) }),
      };
      // Old sessions elsewhere with the first roller: wear by uses.
      const old = Array.from({ length: p.oldUses }, (_, i) =>
        makeSession({
          when: formatInstant(NOW_MS - (40 + i) * DAY_MS, tz),
          area: 'scalp',
          needleMm: 0.25,
          rollerId: 'ra',
        }),
      );
      const sessions = [...old, ...p.sessions];
      const edited = p.editIndex === undefined ? undefined : p.sessions[p.editIndex];
      const candidate: Candidate = {
        ...(edited ? { id: edited.id } : {}),
        whenMs: NOW_MS + p.whenHours * HOUR_MS,
        area: p.area,
        needleMm: p.needleMm,
        rollerId: p.roller,
        ...(p.bleeding ? { bleeding: p.bleeding as Session['bleeding'] } : {}),
        ...(p.redness === undefined ? {} : { rednessHours: p.redness }),
        ...(p.sideEffects ? { sideEffects: p.sideEffects } : {}),
        ...(p.productsBefore ? { productsBefore: p.productsBefore } : {}),
        ...(p.productsAfter ? { products: p.productsAfter } : {}),
      };
      return {
        candidate,
        ctx: {
          sessions,
          rollers,
          profile,
          settings: {
            ...DEFAULT_SETTINGS,
            ruleOverrides: p.overrides,
            products: p.brokenSkin.map((name) => ({ name: name.toUpperCase(), brokenSkin: true })),
          },
          tz,
          ...(p.precheck ? { precheck: p.precheck } : {}),
        },
      };
    }),
);

/**
 * Cases the broad generator above seldom reaches (bleeding became optional after it was written,
 * and the window is narrow): the area's last session, at 0.3 or 0.5 mm, 7 to 13 days before the
 * candidate, its bleeding or its redness duration left unrecorded. The longer wait an unrecorded
 * after-effect may call for (the spacing check) must be reachable by generated cases too.
 */
export const unrecordedAfterEffectsCaseArb: fc.Arbitrary<AssessCase> = fc
  .record({
    tz: fc.constantFrom(...ZONES),
    daysBefore: fc.integer({ min: 7, max: 13 }),
    lastMm: fc.constantFrom(0.3, 0.5),
    needleMm: fc.constantFrom(0.2, 0.25, 0.3, 0.5),
    bleeding: fc.option(fc.constantFrom('none', 'pinpoint'), { nil: undefined }),
    redness: fc.option(fc.constantFrom(10, 49), { nil: undefined }),
  })
  .map(
    (p): AssessCase => ({
      candidate: { whenMs: NOW_MS, area: 'cheeks', needleMm: p.needleMm, rollerId: null },
      ctx: {
        sessions: [
          makeSession({
            when: formatInstant(NOW_MS - p.daysBefore * DAY_MS, p.tz),
            area: 'cheeks',
            needleMm: p.lastMm,
            bleeding: p.bleeding as Session['bleeding'],
            ...(p.redness === undefined ? {} : { rednessHours: p.redness }),
          }),
        ],
        rollers: [],
        profile: DEFAULT_PROFILE,
        settings: DEFAULT_SETTINGS,
        tz: p.tz,
      },
    }),
  );
