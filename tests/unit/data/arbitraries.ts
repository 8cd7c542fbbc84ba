import fc from 'fast-check';
import { AREAS } from '../../../src/core/areas';
import type { DataSnapshot } from '../../../src/core/backup';
import { CONDITION_IDS } from '../../../src/core/conditions';
import { FORBIDDEN_KEYS } from '../../../src/core/import-issues';
import { isLooser, RULE_IDS, ruleDef } from '../../../src/core/rules';
import {
  FINDING_CODES,
  LIMITS,
  type Profile,
  profileSchema,
  type Roller,
  rollerSchema,
  type Session,
  type Settings,
  sessionSchema,
  settingsSchema,
} from '../../../src/core/schemas';
import { SOURCE_IDS } from '../../../src/core/sources';
import { DAY_MS, formatIsoDate, parseInstant } from '../../../src/core/time';

/** Generated data for round-trip and fuzz tests: valid by the schemas, nothing after NOW. */
export const NOW = '2026-06-10T10:00:00+02:00';
export const NOW_MS = parseInstant(NOW);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the schemas refuse these
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Characters that break CSV, list cells, spreadsheets and JSON, mixed with any Unicode. */
const SPECIAL = [
  ',',
  '"',
  '\r',
  '\n',
  '\r\n',
  '\t',
  ';',
  '; ',
  '\\',
  "'",
  '=',
  '+',
  '-',
  '@',
  ' ',
  '\uFEFF',
  '€',
  '😀',
];
const unit = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);

/** Free text as users (or hostile files) write it, within `max` UTF-16 units. */
export const text = (max: number, minLength = 0) =>
  fc
    .string({ unit, minLength, maxLength: Math.min(max, 40) })
    .filter((s) => s.length >= minLength && s.length <= max && !CONTROL.test(s));

export const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An ISO instant with a given offset (minutes), optionally with milliseconds or as Z. */
function iso(ms: number, offMin: number, frac: boolean, zulu: boolean): string {
  const d = new Date(ms + offMin * 60_000);
  const base = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const f = frac ? `.${pad(d.getUTCMilliseconds(), 3)}` : '';
  if (zulu && offMin === 0) return `${base}${f}Z`;
  const a = Math.abs(offMin);
  return `${base}${f}${offMin < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

export const instant = (min = LIMITS.earliestMs + DAY_MS, max = NOW_MS) =>
  fc
    .tuple(
      fc.integer({ min, max }),
      fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([ms, off, frac, zulu]) => iso(ms, off, frac, zulu));

export const isoDate = fc
  .integer({ min: LIMITS.earliestMs / DAY_MS + 1, max: Math.floor(NOW_MS / DAY_MS) - 1 })
  .map(formatIsoDate);

const needleMm = fc.integer({ min: 1, max: 300 }).map((k) => k / 100);
const safeKey = fc.string({ maxLength: 40 }).filter((k) => !FORBIDDEN_KEYS.has(k));
/** JSON has no negative zero (-0 is written 0), so none is generated. */
const noNegativeZero = (x: number) => (x === 0 ? 0 : x);
const finiteNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);

const finding = fc.record(
  {
    code: fc.constantFrom(...FINDING_CODES),
    severity: fc.constantFrom('block', 'warn', 'info'),
    rule: fc.constantFrom(...RULE_IDS),
    sources: fc.subarray([...SOURCE_IDS], { maxLength: 10 }),
    params: fc.dictionary(safeKey, fc.oneof(text(200), finiteNumber), { maxKeys: 4 }),
    acknowledgedAt: instant(),
  },
  { requiredKeys: ['code', 'severity', 'sources', 'params'] },
);

function parsed<T>(schema: { parse(v: unknown): T }) {
  return (v: unknown): T => schema.parse(v);
}

export const session = (rollerIds: readonly string[] = []): fc.Arbitrary<Session> =>
  fc
    .record(
      {
        id,
        when: instant(),
        area: fc.constantFrom(...AREAS),
        rollerId: rollerIds.length > 0 ? fc.option(fc.constantFrom(...rollerIds)) : fc.option(id),
        needleMm,
        passes: fc.integer({ min: 1, max: LIMITS.passes }),
        bleeding: fc.constantFrom('none', 'pinpoint', 'more'),
        pain: fc.integer({ min: 0, max: 10 }),
        rednessHours: fc.oneof(
          fc.integer({ min: 0, max: LIMITS.rednessHours }),
          fc.double({ min: 0, max: LIMITS.rednessHours, noNaN: true }).map(noNegativeZero),
        ),
        products: fc.array(text(LIMITS.product), { maxLength: 4 }),
        sideEffects: fc.array(text(LIMITS.sideEffect), { maxLength: 3 }),
        notes: text(LIMITS.notes),
        findings: fc.array(finding, { maxLength: 3 }),
        loggedAt: instant(),
        updatedAt: instant(),
      },
      {
        requiredKeys: [
          'id',
          'when',
          'area',
          'rollerId',
          'needleMm',
          'bleeding',
          'products',
          'sideEffects',
          'notes',
          'findings',
          'loggedAt',
        ],
      },
    )
    .map(parsed(sessionSchema));

export const roller: fc.Arbitrary<Roller> = fc
  .record(
    {
      id,
      name: text(LIMITS.name, 1),
      kind: fc.constantFrom('roller', 'stamp', 'pen'),
      needleMm,
      needleCount: fc.integer({ min: 1, max: LIMITS.needleCount }),
      material: fc.constantFrom('stainless-steel', 'titanium', 'other'),
      firstUse: isoDate,
      retired: fc.boolean(),
      createdAt: instant(),
    },
    { requiredKeys: ['id', 'name', 'kind', 'needleMm', 'firstUse', 'retired', 'createdAt'] },
  )
  .map(parsed(rollerSchema));

const condition = fc.record(
  {
    present: fc.boolean(),
    areas: fc.subarray([...AREAS]),
    date: isoDate,
    updatedAt: instant(),
  },
  { requiredKeys: ['present', 'areas'] },
);

export const profile: fc.Arbitrary<Profile> = fc
  .record(
    {
      ageBand: fc.constantFrom('under-18', '18-21', '22-plus'),
      skinType: fc.integer({ min: 1, max: 6 }),
      goals: fc.array(text(LIMITS.name), { maxLength: 3 }),
      areas: fc.subarray([...AREAS]),
      conditions: fc
        .subarray([...CONDITION_IDS], { maxLength: 4 })
        .chain((ids) =>
          fc
            .tuple(...ids.map(() => condition))
            .map((cs) => Object.fromEntries(ids.map((k, i) => [k, cs[i]]))),
        ),
      onboardedAt: instant(),
    },
    { requiredKeys: ['goals', 'areas', 'conditions'] },
  )
  .map(parsed(profileSchema));

const override = (rule: (typeof RULE_IDS)[number]) => {
  const def = ruleDef(rule);
  return fc
    .tuple(fc.integer({ min: def.min, max: def.max }), fc.option(instant(), { nil: undefined }))
    .map(([value, ack]) => {
      const needsAck = isLooser(def, value);
      const at = ack ?? (needsAck ? '2026-01-01T10:00:00+01:00' : undefined);
      return at ? { value, looserAcknowledgedAt: at } : { value };
    });
};

export const settings: fc.Arbitrary<Settings> = fc
  .record({
    ruleOverrides: fc
      .subarray([...RULE_IDS], { maxLength: 4 })
      .chain((ids) =>
        fc.tuple(...ids.map(override)).map((os) => Object.fromEntries(ids.map((k, i) => [k, os[i]]))),
      ),
    notifications: fc.record({ areaSafe: fc.boolean(), aftercare: fc.boolean() }),
    locale: fc.constantFrom('auto', 'en', 'es', 'de', 'fr'),
    theme: fc.constantFrom('auto', 'light', 'dark'),
    card: fc.record({
      enabled: fc.boolean(),
      disabledSites: fc.array(fc.domain(), { maxLength: 3 }),
      dismissedProducts: fc.array(text(300), { maxLength: 3 }),
    }),
  })
  .map(parsed(settingsSchema));

const uniqueById = <T extends { id: string }>(arb: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(arb, { selector: (x) => x.id, maxLength });

export const snapshot = (maxSessions = 12): fc.Arbitrary<DataSnapshot> =>
  uniqueById(roller, 4).chain((rollers) =>
    fc.record({
      profile,
      settings,
      rollers: fc.constant(rollers),
      sessions: uniqueById(session(rollers.map((r) => r.id)), maxSessions),
    }),
  );
