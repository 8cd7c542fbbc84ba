// zod/mini: the same zod 4 schemas with a functional API, about a quarter of the bundle size
// (measured: 8 KB against 28 KB gzip), which every page and the service worker load.
import * as z from 'zod/mini';
import { AFTERCARE_IDS } from './aftercare';
import { AREAS, FORBIDDEN_AREAS } from './areas';
import { MAX_NEEDLE_MM, MIN_NEEDLE_MM } from './bands';
import { CONDITION_IDS } from './conditions';
import { FINDING_CODES } from './findings';
import { isLooser, RULE_IDS, type RuleId, ruleDef } from './rules';
import { SOURCE_IDS } from './sources';
import { DAY_MS, HOUR_MS, isIsoDate, parseInstant, parseInstantOnce, parseIsoDate } from './time';

/**
 * Schemas for everything the extension stores or imports. Error messages are i18n keys
 * (`errors.*`), so every surface can say in the user's language what was wrong.
 */

export const LIMITS = {
  id: 64,
  name: 80,
  notes: 2000,
  product: 80,
  products: 20,
  sideEffect: 80,
  link: 300,
  productList: 200,
  sideEffects: 20,
  findings: 30,
  rollers: 200,
  /** Sessions in one backup or in storage. Decades of daily use fit well below this. */
  sessions: 50_000,
  /** How far ahead of the clock a time may be (clock skew between devices and zones). */
  futureSkewMs: 36 * HOUR_MS,
  /** The earliest date anything can carry (microneedling rollers were not sold before). */
  earliestMs: Date.UTC(2000, 0, 1),
  /** The latest date storage accepts at all (a guard against absurd years). */
  latestMs: Date.UTC(2100, 0, 1),
  passes: 50,
  rednessHours: 24 * 60,
  needleCount: 2000,
} as const;

export const idSchema = z
  .string({ error: 'errors.id' })
  .check(
    z.minLength(1, { error: 'errors.id' }),
    z.maxLength(LIMITS.id, { error: 'errors.id' }),
    z.regex(/^[A-Za-z0-9_-]+$/, { error: 'errors.id' }),
  );

/** No control characters other than tab, line feed and carriage return (they break CSV, logs and screen readers). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Whether a text holds a control character the stored texts refuse (shared with store/session-reader). */
export const hasControlChars = (s: string): boolean => CONTROL.test(s);

function text(max: number, key: string) {
  return z.string({ error: key }).check(
    z.maxLength(max, { error: 'errors.tooLong' }),
    z.refine((s: string) => !hasControlChars(s), { error: 'errors.controlChars' }),
  );
}

/** Whether an instant's text reads as a time between the earliest and latest dates storage accepts. */
export function isInstantInRange(s: string): boolean {
  // Not memoised: stored histories are validated once, each instant seen once.
  const ms = parseInstantOnce(s);
  return !Number.isNaN(ms) && ms >= LIMITS.earliestMs && ms < LIMITS.latestMs;
}

export const instantSchema = z
  .string({ error: 'errors.instant' })
  .check(z.refine(isInstantInRange, { error: 'errors.instant' }));

export const isoDateSchema = z
  .string({ error: 'errors.date' })
  .check(
    z.refine(
      (s: string) =>
        isIsoDate(s) &&
        parseIsoDate(s) * DAY_MS >= LIMITS.earliestMs &&
        parseIsoDate(s) * DAY_MS < LIMITS.latestMs,
      { error: 'errors.date' },
    ),
  );

export const needleMmSchema = z.number({ error: 'errors.needle.number' }).check(
  z.refine((n: number) => Number.isFinite(n), { error: 'errors.needle.number' }),
  z.refine((n: number) => n >= MIN_NEEDLE_MM, { error: 'errors.needle.tooShort' }),
  z.refine((n: number) => n <= MAX_NEEDLE_MM, { error: 'errors.needle.tooLong' }),
  z.refine((n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, {
    error: 'errors.needle.precision',
  }),
);

export const areaSchema = z.enum(AREAS, {
  error: (issue) =>
    typeof issue.input === 'string' && (FORBIDDEN_AREAS as readonly string[]).includes(issue.input)
      ? 'errors.area.forbidden'
      : 'errors.area',
});

export const rollerKindSchema = z.enum(['roller', 'stamp', 'pen'], { error: 'errors.rollerKind' });
export type RollerKind = z.infer<typeof rollerKindSchema>;

/** A whole number in [min, max]; every failure explained by `key`. */
function intIn(min: number, max: number, key: string) {
  return z.int({ error: key }).check(z.gte(min, { error: key }), z.lte(max, { error: key }));
}

export const rollerSchema = z.object({
  id: idSchema,
  name: text(LIMITS.name, 'errors.name').check(z.minLength(1, { error: 'errors.name.required' })),
  kind: rollerKindSchema,
  /** Nominal needle length; for a pen, its usual depth (each session records the depth used). */
  needleMm: needleMmSchema,
  needleCount: z.optional(intIn(1, LIMITS.needleCount, 'errors.needleCount')),
  material: z.optional(z.enum(['stainless-steel', 'titanium', 'other'], { error: 'errors.material' })),
  /** Brand or product name as bought. */
  brand: z.optional(text(LIMITS.name, 'errors.name')),
  /** Where it was bought (an https link), for the dermatologist. */
  link: z.optional(
    text(LIMITS.link, 'errors.link').check(
      z.refine((s: string) => /^https:\/\/[^\s]+$/.test(s), { error: 'errors.link' }),
    ),
  ),
  /** How it is cleaned, in the user's words (the reference's routine is suggested). */
  cleaning: z.optional(text(LIMITS.name, 'errors.name')),
  firstUse: isoDateSchema,
  retired: z._default(z.boolean(), false),
  /** The day it was replaced; its sessions keep pointing at it, so its history stays. */
  replacedOn: z.optional(isoDateSchema),
  /** The roller that replaced it. */
  replacedBy: z.optional(idSchema),
  createdAt: instantSchema,
});
export type Roller = z.infer<typeof rollerSchema>;

export const severitySchema = z.enum(['block', 'warn', 'info']);
export type Severity = z.infer<typeof severitySchema>;

// The finding codes and their params shapes are one table: core/findings.ts.
export { FINDING_CODES, type FindingCode } from './findings';

const ruleIdSchema = z.custom<RuleId>(
  (v) => typeof v === 'string' && (RULE_IDS as readonly string[]).includes(v),
  {
    error: 'errors.rule',
  },
);

export const findingSchema = z.object({
  code: z.enum(FINDING_CODES),
  severity: severitySchema,
  rule: z.optional(ruleIdSchema),
  sources: z.array(z.enum(SOURCE_IDS)).check(z.maxLength(10)),
  /** Values the message needs (dates as ISO strings, lengths in mm, ids). */
  params: z._default(
    z.record(z.string().check(z.maxLength(40)), z.union([z.string().check(z.maxLength(200)), z.number()])),
    {},
  ),
  acknowledgedAt: z.optional(instantSchema),
});
export type Finding = z.infer<typeof findingSchema>;

export const bleedingSchema = z.enum(['none', 'pinpoint', 'more'], { error: 'errors.bleeding' });
export type Bleeding = z.infer<typeof bleedingSchema>;

export const sessionSchema = z.object({
  id: idSchema,
  /** When the session happened, ISO-8601 with the offset in force then. */
  when: instantSchema,
  area: areaSchema,
  rollerId: z.nullable(idSchema),
  /** Needle length (a pen's depth) copied at logging time: editing a roller never rewrites history. */
  needleMm: needleMmSchema,
  passes: z.optional(intIn(1, LIMITS.passes, 'errors.passes')),
  /** Absent: not recorded (never read as "none"). */
  bleeding: z.optional(bleedingSchema),
  pain: z.optional(intIn(0, 10, 'errors.pain')),
  rednessHours: z.optional(
    z
      .number({ error: 'errors.redness' })
      .check(z.gte(0, { error: 'errors.redness' }), z.lte(LIMITS.rednessHours, { error: 'errors.redness' })),
  ),
  /** Products applied after the session (and, in records from before the split, at any time). */
  products: z._default(
    z
      .array(text(LIMITS.product, 'errors.product'))
      .check(z.maxLength(LIMITS.products, { error: 'errors.tooMany' })),
    [],
  ),
  /** Products on the skin before or during the session (numbing cream, serum rolled over). */
  productsBefore: z.optional(
    z
      .array(text(LIMITS.product, 'errors.product'))
      .check(z.maxLength(LIMITS.products, { error: 'errors.tooMany' })),
  ),
  /** Aftercare items the user ticked as kept (an optional list after saving); absent: not said. */
  aftercareKept: z.optional(z.array(z.enum(AFTERCARE_IDS)).check(z.maxLength(AFTERCARE_IDS.length))),
  sideEffects: z._default(
    z
      .array(text(LIMITS.sideEffect, 'errors.sideEffect'))
      .check(z.maxLength(LIMITS.sideEffects, { error: 'errors.tooMany' })),
    [],
  ),
  notes: z._default(text(LIMITS.notes, 'errors.notes'), ''),
  findings: z._default(z.array(findingSchema).check(z.maxLength(LIMITS.findings)), []),
  loggedAt: instantSchema,
  updatedAt: z.optional(instantSchema),
});
export type Session = z.infer<typeof sessionSchema>;
export type SessionInput = z.input<typeof sessionSchema>;

/**
 * A session the user is entering now: the stored shape plus checks that need the clock
 * (nothing far in the future).
 */
export function sessionInputSchema(nowMs: number) {
  return sessionSchema.check(
    z.superRefine((s, ctx) => {
      if (parseInstant(s.when) > nowMs + LIMITS.futureSkewMs)
        ctx.addIssue({ code: 'custom', path: ['when'], message: 'errors.future', input: s.when });
    }),
  );
}

export const conditionAnswerSchema = z.object({
  present: z.boolean(),
  /** Areas concerned; empty means everywhere. */
  areas: z._default(z.array(areaSchema).check(z.maxLength(AREAS.length)), []),
  /** Meaning per condition: last dose, procedure date, since. */
  date: z.optional(isoDateSchema),
  updatedAt: z.optional(instantSchema),
});
export type ConditionAnswer = z.infer<typeof conditionAnswerSchema>;

export const profileSchema = z.object({
  /** FDA-authorised indications cover adults aged 22 and over. */
  ageBand: z.optional(z.enum(['under-18', '18-21', '22-plus'])),
  skinType: z.optional(intIn(1, 6, 'errors.invalid')),
  goals: z._default(z.array(text(LIMITS.name, 'errors.goal')).check(z.maxLength(10)), []),
  areas: z._default(z.array(areaSchema).check(z.maxLength(AREAS.length)), []),
  /** A condition with no entry was never answered; `present: false` is an answered "no". */
  conditions: z._default(z.partialRecord(z.enum(CONDITION_IDS), conditionAnswerSchema), {}),
  /** When the user last went through the safety questions (onboarding or the profile). */
  safetyReviewedAt: z.optional(instantSchema),
  onboardedAt: z.optional(instantSchema),
});
export type Profile = z.infer<typeof profileSchema>;

export const ruleOverrideSchema = z.object({
  value: z
    .number({ error: 'errors.ruleValue' })
    .check(z.refine((n: number) => Number.isFinite(n), { error: 'errors.ruleValue' })),
  looserAcknowledgedAt: z.optional(instantSchema),
});

const ruleOverridesSchema = z.partialRecord(ruleIdSchema, ruleOverrideSchema).check(
  z.superRefine((overrides, ctx) => {
    for (const [id, o] of Object.entries(overrides) as [RuleId, z.infer<typeof ruleOverrideSchema>][]) {
      const def = ruleDef(id);
      if (o.value < def.min || o.value > def.max)
        ctx.addIssue({ code: 'custom', path: [id, 'value'], message: 'errors.ruleRange', input: o.value });
      else if (isLooser(def, o.value) && !o.looserAcknowledgedAt)
        ctx.addIssue({
          code: 'custom',
          path: [id, 'value'],
          message: 'errors.ruleLooserAck',
          input: o.value,
        });
    }
  }),
);

export const settingsSchema = z.object({
  ruleOverrides: z._default(ruleOverridesSchema, {}),
  notifications: z._default(
    z.object({ areaSafe: z._default(z.boolean(), false), aftercare: z._default(z.boolean(), false) }),
    { areaSafe: false, aftercare: false },
  ),
  locale: z._default(z.enum(['auto', 'en', 'es', 'de', 'fr']), 'auto'),
  /** Products the user has logged, each marked (or not) as made for use on broken skin. */
  products: z._default(
    z
      .array(
        z.object({
          name: text(LIMITS.product, 'errors.product').check(z.minLength(1, { error: 'errors.product' })),
          brokenSkin: z._default(z.boolean(), false),
        }),
      )
      .check(z.maxLength(LIMITS.productList, { error: 'errors.tooMany' })),
    [],
  ),
  theme: z._default(z.enum(['auto', 'light', 'dark']), 'auto'),
  card: z._default(
    z.object({
      enabled: z._default(z.boolean(), true),
      disabledSites: z._default(z.array(z.string().check(z.maxLength(253))).check(z.maxLength(500)), []),
      dismissedProducts: z._default(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(2000)), []),
    }),
    { enabled: true, disabledSites: [], dismissedProducts: [] },
  ),
});
export type Settings = z.infer<typeof settingsSchema>;

export const BACKUP_FORMAT = 'roller-coach-backup';
export const BACKUP_SCHEMA_VERSION = 1;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'errors.backup.format' }),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION, { error: 'errors.backup.version' }),
  exportedAt: instantSchema,
  rollers: z.array(rollerSchema).check(z.maxLength(LIMITS.rollers, { error: 'errors.tooMany' })),
  sessions: z.array(sessionSchema).check(z.maxLength(LIMITS.sessions, { error: 'errors.tooMany' })),
  profile: profileSchema,
  settings: settingsSchema,
});
export type Backup = z.infer<typeof backupSchema>;

export const DEFAULT_PROFILE: Profile = profileSchema.parse({});
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** One validation problem, with the path that locates it and an i18n key that explains it. */
export interface ValidationIssue {
  path: (string | number)[];
  key: string;
}

export function issuesOf(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): ValidationIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    key: i.message.startsWith('errors.') ? i.message : 'errors.invalid',
  }));
}
