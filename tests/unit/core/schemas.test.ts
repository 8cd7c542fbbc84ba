import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  BACKUP_FORMAT,
  backupSchema,
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  issuesOf,
  LIMITS,
  needleMmSchema,
  profileSchema,
  rollerSchema,
  sessionInputSchema,
  sessionSchema,
  settingsSchema,
} from '../../../src/core/schemas';
import { DAY_MS, HOUR_MS, parseInstant } from '../../../src/core/time';

const NOW = '2026-06-10T10:00:00+02:00';
const NOW_MS = parseInstant(NOW);

const roller = (p: Record<string, unknown> = {}) => ({
  id: 'r_1',
  name: 'Face roller 0.25',
  kind: 'roller',
  needleMm: 0.25,
  firstUse: '2026-05-01',
  createdAt: '2026-05-01T09:00:00Z',
  ...p,
});
const session = (p: Record<string, unknown> = {}) => ({
  id: 'sess-1',
  when: '2026-06-09T21:30:00+02:00',
  area: 'cheeks',
  rollerId: 'r_1',
  needleMm: 0.25,
  bleeding: 'pinpoint',
  pain: 3,
  rednessHours: 12,
  products: ['hyaluronic serum'],
  notes: 'Left cheek\ttender.\nFine next day.',
  loggedAt: '2026-06-09T21:45:00+02:00',
  ...p,
});
const backup = (p: Record<string, unknown> = {}) => ({
  format: BACKUP_FORMAT,
  schemaVersion: 1,
  exportedAt: '2026-06-10T08:00:00Z',
  rollers: [roller()],
  sessions: [session()],
  profile: { ageBand: '22-plus', conditions: { isotretinoin: { present: false, date: '2025-01-15' } } },
  settings: { ruleOverrides: { 'interval.cosmetic': { value: 4 } } },
  ...p,
});

/** The i18n keys a schema reports for `data` ([] when it is accepted). */
function keys(schema: z.ZodMiniType, data: unknown): string[] {
  const r = schema.safeParse(data);
  return r.success ? [] : issuesOf(r.error).map((i) => i.key);
}

describe('good data is accepted', () => {
  it('roller, session, profile, settings and backup', () => {
    expect(keys(rollerSchema, roller())).toEqual([]);
    expect(rollerSchema.parse(roller()).retired).toBe(false);
    const s = sessionSchema.parse(session({ bleeding: undefined, products: undefined }));
    expect(s).toMatchObject({ products: [], sideEffects: [], findings: [] });
    // Bleeding left out is not recorded, never read as "none".
    expect(s.bleeding).toBeUndefined();
    expect(keys(profileSchema, {})).toEqual([]);
    expect(profileSchema.parse({})).toEqual(DEFAULT_PROFILE);
    expect(settingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
    expect(keys(backupSchema, backup())).toEqual([]);
  });

  it.each([0.01, 0.1, 0.25, 0.1 + 0.15, 0.1 + 0.2, 0.5, 1.5, 3])('needle length %d mm', (mm) => {
    expect(keys(needleMmSchema, mm)).toEqual([]);
  });
});

describe('absurd input is rejected with an i18n key', () => {
  it.each([
    [-0.5, 'errors.needle.tooShort'],
    [0, 'errors.needle.tooShort'],
    [0.005, 'errors.needle.tooShort'],
    [3.01, 'errors.needle.tooLong'],
    [30, 'errors.needle.tooLong'],
    [Number.NaN, 'errors.needle.number'],
    [Number.POSITIVE_INFINITY, 'errors.needle.number'],
    ['0.25', 'errors.needle.number'],
    [0.255, 'errors.needle.precision'],
  ])('needle %s -> %s', (mm, key) => {
    expect(keys(needleMmSchema, mm)).toContain(key);
    expect(keys(sessionSchema, session({ needleMm: mm }))).toContain(key);
    expect(keys(rollerSchema, roller({ needleMm: mm }))).toContain(key);
  });

  it.each([
    ['lips', 'errors.area.forbidden'],
    ['eyelids', 'errors.area.forbidden'],
    ['eye-area', 'errors.area.forbidden'],
    ['elbow', 'errors.area'],
    ['Cheeks', 'errors.area'],
    [7, 'errors.area'],
  ])('area %j -> %s', (area, key) => {
    expect(keys(sessionSchema, session({ area }))).toEqual([key]);
    expect(keys(profileSchema, { areas: [area] })).toEqual([key]);
  });

  it.each([
    ['2026-06-09T21:30:00', 'no offset'],
    ['2026-06-09', 'a date'],
    ['1900-06-09T21:30:00Z', 'year 1900'],
    ['1999-12-31T23:59:59Z', 'before 2000'],
    ['2200-06-09T21:30:00Z', 'year 2200'],
    ['2026-02-30T10:00:00Z', 'an impossible date'],
    ['yesterday', 'garbage'],
  ])('instant %s (%s) -> errors.instant', (when) => {
    expect(keys(sessionSchema, session({ when }))).toEqual(['errors.instant']);
    expect(keys(rollerSchema, roller({ createdAt: when }))).toEqual(['errors.instant']);
  });

  it('dates outside 2000-2100 or impossible -> errors.date', () => {
    for (const firstUse of ['1900-01-01', '2200-01-01', '2026-02-30', '2026-6-1'])
      expect(keys(rollerSchema, roller({ firstUse })), firstUse).toEqual(['errors.date']);
  });

  it('strings over the limits -> errors.tooLong', () => {
    expect(keys(rollerSchema, roller({ name: 'x'.repeat(LIMITS.name + 1) }))).toEqual(['errors.tooLong']);
    expect(keys(rollerSchema, roller({ name: 'x'.repeat(LIMITS.name) }))).toEqual([]);
    expect(keys(sessionSchema, session({ notes: 'n'.repeat(LIMITS.notes + 1) }))).toEqual(['errors.tooLong']);
    expect(keys(sessionSchema, session({ products: ['p'.repeat(81)] }))).toEqual(['errors.tooLong']);
    expect(keys(profileSchema, { goals: ['g'.repeat(81)] })).toEqual(['errors.tooLong']);
    expect(keys(sessionSchema, session({ products: Array(21).fill('p') }))).toEqual(['errors.tooMany']);
  });

  it.each(['\u0000', '\u0007', '\u000b', '\u001b[31m', '\u007f'])(
    'control character %j -> errors.controlChars',
    (c) => {
      expect(keys(sessionSchema, session({ notes: `bad${c}note` }))).toEqual(['errors.controlChars']);
      expect(keys(rollerSchema, roller({ name: `bad${c}` }))).toEqual(['errors.controlChars']);
    },
  );

  it('empty roller name -> errors.name.required', () => {
    expect(keys(rollerSchema, roller({ name: '' }))).toEqual(['errors.name.required']);
  });

  it.each([
    [{ pain: 11 }, 'errors.pain'],
    [{ pain: -1 }, 'errors.pain'],
    [{ pain: 2.5 }, 'errors.pain'],
    [{ rednessHours: -1 }, 'errors.redness'],
    [{ rednessHours: 24 * 61 }, 'errors.redness'],
    [{ passes: 0 }, 'errors.passes'],
    [{ bleeding: 'lots' }, 'errors.bleeding'],
    [{ id: 'has space' }, 'errors.id'],
    [{ id: '' }, 'errors.id'],
    [{ id: 'x'.repeat(65) }, 'errors.id'],
    [{ id: 'ünï' }, 'errors.id'],
    [{ rollerId: 'r 1' }, 'errors.id'],
  ])('session %j -> %s', (patch, key) => {
    expect([...new Set(keys(sessionSchema, session(patch)))]).toEqual([key]);
  });

  it('roller kind, needle count and material', () => {
    expect(keys(rollerSchema, roller({ kind: 'rf-pen' }))).toEqual(['errors.rollerKind']);
    expect(keys(rollerSchema, roller({ needleCount: 0 }))).toEqual(['errors.needleCount']);
    expect(keys(rollerSchema, roller({ needleCount: 540 }))).toEqual([]);
    expect(keys(rollerSchema, roller({ material: 'gold' }))).toEqual(['errors.material']);
  });

  it('issues carry the path of the bad field', () => {
    const r = sessionSchema.safeParse(session({ products: ['ok', 'x'.repeat(81)] }));
    expect(r.success || issuesOf(r.error)).toEqual([{ path: ['products', 1], key: 'errors.tooLong' }]);
  });

  it('profile: unknown condition and skin type out of range are rejected', () => {
    expect(keys(profileSchema, { conditions: { 'sore-knee': { present: true } } }).length).toBeGreaterThan(0);
    expect(keys(profileSchema, { skinType: 7 }).length).toBeGreaterThan(0);
    expect(
      keys(profileSchema, { conditions: { isotretinoin: { present: false, date: '2026-13-01' } } }),
    ).toEqual(['errors.date']);
  });
});

describe('sessionInputSchema(now)', () => {
  const at = (ms: number) => new Date(ms).toISOString();
  it('rejects a session 3 days in the future with errors.future', () => {
    const r = sessionInputSchema(NOW_MS).safeParse(session({ when: at(NOW_MS + 3 * DAY_MS) }));
    expect(r.success || issuesOf(r.error)).toEqual([{ path: ['when'], key: 'errors.future' }]);
  });

  it('accepts a session 1 hour ahead (clock skew), now, the past, and up to the skew limit', () => {
    const schema = sessionInputSchema(NOW_MS);
    for (const ms of [NOW_MS + HOUR_MS, NOW_MS, NOW_MS - 30 * DAY_MS, NOW_MS + LIMITS.futureSkewMs])
      expect(keys(schema, session({ when: at(ms) })), at(ms)).toEqual([]);
    expect(keys(schema, session({ when: at(NOW_MS + LIMITS.futureSkewMs + 1000) }))).toEqual([
      'errors.future',
    ]);
  });

  it('the stored-shape schema itself does not look at the clock', () => {
    expect(keys(sessionSchema, session({ when: at(NOW_MS + 300 * DAY_MS) }))).toEqual([]);
  });
});

describe('settingsSchema rule overrides', () => {
  it('rejects a looser override without acknowledgement', () => {
    const r = settingsSchema.safeParse({ ruleOverrides: { 'interval.cosmetic': { value: 2 } } });
    expect(r.success || issuesOf(r.error)).toEqual([
      { path: ['ruleOverrides', 'interval.cosmetic', 'value'], key: 'errors.ruleLooserAck' },
    ]);
    expect(keys(settingsSchema, { ruleOverrides: { 'weekly-cap.cosmetic': { value: 3 } } })).toEqual([
      'errors.ruleLooserAck',
    ]);
  });

  it('accepts a looser override with acknowledgement and a stricter one without', () => {
    const ack = { value: 2, looserAcknowledgedAt: '2026-06-01T10:00:00Z' };
    expect(keys(settingsSchema, { ruleOverrides: { 'interval.cosmetic': ack } })).toEqual([]);
    expect(keys(settingsSchema, { ruleOverrides: { 'interval.cosmetic': { value: 5 } } })).toEqual([]);
  });

  it('rejects out-of-range values, non-numbers and unknown rules', () => {
    expect(keys(settingsSchema, { ruleOverrides: { 'interval.cosmetic': { value: 400 } } })).toEqual([
      'errors.ruleRange',
    ]);
    expect(keys(settingsSchema, { ruleOverrides: { 'interval.cosmetic': { value: Number.NaN } } })).toEqual([
      'errors.ruleValue',
    ]);
    expect(
      keys(settingsSchema, { ruleOverrides: { 'interval.forever': { value: 3 } } }).length,
    ).toBeGreaterThan(0);
  });
});

describe('backupSchema', () => {
  it('rejects a wrong format or version, and bad nested data with its path', () => {
    expect(keys(backupSchema, backup({ format: 'other-app' }))).toEqual(['errors.backup.format']);
    expect(keys(backupSchema, backup({ schemaVersion: 2 }))).toEqual(['errors.backup.version']);
    const r = backupSchema.safeParse(backup({ sessions: [session(), session({ area: 'lips' })] }));
    expect(r.success || issuesOf(r.error)).toEqual([
      { path: ['sessions', 1, 'area'], key: 'errors.area.forbidden' },
    ]);
    const loose = backup({ settings: { ruleOverrides: { 'wear.max-uses': { value: 30 } } } });
    expect(keys(backupSchema, loose)).toEqual(['errors.ruleLooserAck']);
  });
});
