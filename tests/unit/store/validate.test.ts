import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  profileSchema,
  rollerSchema,
  settingsSchema,
} from '../../../src/core/schemas';
import { parseIndex } from '../../../src/store/repository';
import { parseList, parseRecord, ROLLER_FIELDS } from '../../../src/store/validate';
import { makeRoller } from '../../support/factories';

const profile = (raw: unknown) => parseRecord(raw, profileSchema, DEFAULT_PROFILE, 'local:profile');
const settings = (raw: unknown) => parseRecord(raw, settingsSchema, DEFAULT_SETTINGS, 'local:settings');
const where = (r: { rejected: { path?: (string | number)[] }[] }) => r.rejected.map((x) => x.path);

describe('a profile keeps every part that validates (issue 14)', () => {
  it('one forbidden area and one bad date: the other areas stay, the answer with the bad date is set aside whole', () => {
    const r = profile({
      ageBand: '22-plus',
      areas: ['cheeks', 'eyelids', 'neck'],
      conditions: {
        isotretinoin: { present: true, date: '2026-13-45', areas: [] },
        'pregnancy-nursing': { present: false },
      },
      onboardedAt: '2026-01-01T00:00:00+00:00',
    });
    expect(r.value.areas).toEqual(['cheeks', 'neck']);
    expect(r.value.ageBand).toBe('22-plus');
    expect(r.value.onboardedAt).toBe('2026-01-01T00:00:00+00:00');
    // An answer with an unreadable part is set aside whole: not answered (unknown), never a "no".
    expect(r.value.conditions.isotretinoin).toBeUndefined();
    expect(r.value.conditions['pregnancy-nursing']).toEqual({ present: false, areas: [] });
    expect(r.rejected).toEqual([
      {
        key: 'local:profile',
        path: ['areas', 1],
        issues: [{ path: ['areas', 1], key: 'errors.area.forbidden' }],
        raw: 'eyelids',
      },
      {
        key: 'local:profile',
        path: ['conditions', 'isotretinoin'],
        issues: [{ path: ['conditions', 'isotretinoin', 'date'], key: 'errors.date' }],
        raw: { present: true, date: '2026-13-45', areas: [] },
      },
    ]);
  });

  it('"no, but the last dose was on <unreadable date>" never becomes a plain "no"', () => {
    const r = profile({ conditions: { isotretinoin: { present: false, date: 'last spring' } } });
    expect(r.value.conditions).toEqual({});
    expect(r.rejected.map((x) => x.raw)).toEqual([{ present: false, date: 'last spring' }]);
  });

  it.each([
    ['a wrong type in one field', { skinType: 'pale', areas: ['neck'] }, { areas: ['neck'] }, [['skinType']]],
    [
      'an unknown condition',
      { conditions: { 'sore-knee': { present: true } } },
      {},
      [['conditions', 'sore-knee']],
    ],
    [
      'a condition without its answer',
      { conditions: { infection: { areas: [] } } },
      {},
      [['conditions', 'infection']],
    ],
    [
      'a field from a newer version',
      { areas: ['neck'], skinType: 9, moonPhase: 'full' },
      { areas: ['neck'] },
      [['skinType'], ['moonPhase']],
    ],
    ['garbage in a list', { areas: 42, ageBand: '18-21' }, { ageBand: '18-21', areas: [] }, [['areas']]],
  ])('%s', (_name, raw, kept, paths) => {
    const r = profile(raw);
    expect(r.value).toMatchObject(kept);
    expect(where(r)).toEqual(paths);
    for (const x of r.rejected) expect(x.issues.length).toBeGreaterThan(0);
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 7],
    ['a list', ['cheeks']],
    ['truncated JSON text', '{"areas":["che'],
  ])('%s instead of a profile is set aside whole, the default is used', (_name, raw) => {
    const r = profile(raw);
    expect(r.value).toEqual(DEFAULT_PROFILE);
    expect(r.rejected).toEqual([expect.objectContaining({ key: 'local:profile', raw })]);
    expect(r.rejected[0]?.path).toBeUndefined();
  });

  it('a valid profile is returned as is, with nothing set aside', () => {
    expect(profile({ areas: ['neck'] })).toEqual({
      value: { ...DEFAULT_PROFILE, areas: ['neck'] },
      rejected: [],
    });
  });
});

describe('settings keep every part that validates', () => {
  it('a loosened rule without its acknowledgement is set aside, the other overrides and fields stay', () => {
    const r = settings({
      theme: 'dark',
      locale: 'tlh',
      ruleOverrides: { 'interval.cosmetic': { value: 1 }, 'interval.caution': { value: 10 } },
      card: { enabled: false, disabledSites: ['a.example', 7] },
    });
    expect(r.value.theme).toBe('dark');
    expect(r.value.locale).toBe('auto');
    expect(r.value.card).toEqual({ enabled: false, disabledSites: ['a.example'], dismissedProducts: [] });
    expect(where(r)).toContainEqual(['locale']);
    expect(where(r)).toContainEqual(['card', 'disabledSites', 1]);
    expect(Object.keys(r.value.ruleOverrides).length).toBeLessThanOrEqual(1);
  });
});

describe('rollers keep every field that validates, but never turn a bad "retired" into "in use"', () => {
  const list = (raw: unknown) => parseList(raw, rollerSchema, 'local:rollers', ROLLER_FIELDS);
  it.each([
    ['a bad optional field is left out', { needleCount: -3 }, true, [['needleCount']]],
    [
      'a field from a newer version is set aside with it',
      { colour: 'blue', needleCount: 0 },
      true,
      [['needleCount'], ['colour']],
    ],
    ['a bad "retired" sets the roller aside whole', { retired: 'maybe' }, false, [undefined]],
    ['a bad needle length sets the roller aside whole', { needleMm: '0.5mm' }, false, [undefined]],
    ['a truncated name sets the roller aside whole', { name: 42 }, false, [undefined]],
  ])('%s', (_name, over, kept, paths) => {
    const good = makeRoller();
    const bad = { ...makeRoller(), ...over };
    const r = list([good, bad]);
    expect(r.items[0]).toEqual(good);
    expect(r.items.length).toBe(kept ? 2 : 1);
    expect(r.rejected.map((x) => x.path)).toEqual(paths);
    expect(r.rejected.every((x) => x.index === 1)).toBe(true);
  });
});

describe('the session index keeps every month that is well formed', () => {
  it.each([
    [{ months: ['2026-01', 'soon', 7, '2026-02'] }, ['2026-01', '2026-02'], 2],
    [{ months: 42 }, [], 1],
    ['{"months":["2026-0', [], 1],
    [{ months: ['2026-02', '2026-02'] }, ['2026-02'], 0],
  ])('%j', (raw, months, rejected) => {
    const r = parseIndex(raw);
    expect(r.index.months).toEqual(months);
    expect(r.rejected.length).toBe(rejected);
  });
});

describe('the salvage follows the schema, whatever it becomes', () => {
  // A schema the store has never seen: the walk is driven by its shape alone.
  const schema = z.object({
    name: z.string(),
    answered: z._default(
      z.record(z.string(), z.object({ at: z.string().check(z.minLength(4)), note: z.optional(z.string()) })),
      {},
    ),
    tags: z._default(z.array(z.enum(['a', 'b'])), []),
    meta: z._default(z.object({ by: z.optional(z.string()), at: z.optional(z.number()) }), {}),
  });
  const empty = { name: '', answered: {}, tags: [], meta: {} };
  it('keeps what validates at every depth and says exactly what was set aside', () => {
    const r = parseRecord(
      {
        name: 'x',
        answered: { q1: { at: '2026' }, q2: { at: 1 }, q3: { at: '2027', note: 5 } },
        tags: ['a', 'z'],
        meta: { by: 'me', at: 'noon' },
      },
      schema,
      empty,
      'k',
    );
    // Objects field by field, lists element by element; a record's entry (one answer) whole.
    expect(r.value).toEqual({ name: 'x', answered: { q1: { at: '2026' } }, tags: ['a'], meta: { by: 'me' } });
    expect(where(r)).toEqual([
      ['answered', 'q2'],
      ['answered', 'q3'],
      ['tags', 1],
      ['meta', 'at'],
    ]);
    expect(r.rejected.map((x) => x.raw)).toEqual([{ at: 1 }, { at: '2027', note: 5 }, 'z', 'noon']);
  });
  it('a required field that cannot be read sets the record aside whole', () => {
    const r = parseRecord({ name: 3, tags: ['a'] }, schema, empty, 'k');
    expect(r.value).toEqual(empty);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.raw).toEqual({ name: 3, tags: ['a'] });
  });
});
