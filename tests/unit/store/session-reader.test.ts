import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionSchema } from '../../../src/core/schemas';
import { fieldsWithoutReader, readPlainSession } from '../../../src/store/session-reader';
import { makeSession } from '../../support/factories';

/**
 * The session reader (issue 12) may only ever accept what sessionSchema accepts, and must then
 * give exactly zod's value: the same fields, in the same order, with the same defaults.
 */
function agreesWithSchema(raw: unknown): void {
  const quick = readPlainSession(raw);
  const r = sessionSchema.safeParse(raw);
  if (quick === undefined) return;
  expect(r.success, JSON.stringify(raw)).toBe(true);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(r.data));
  expect(quick).toStrictEqual(r.data);
}

const valid = () =>
  makeSession({
    id: 'a_B-9',
    when: '2026-11-21T20:30:00+01:00',
    rollerId: 'roller-1',
    passes: 4,
    pain: 2,
    rednessHours: 12.5,
    products: ['Hyaluronic acid serum'],
    productsBefore: ['Numbing cream'],
    aftercareKept: ['no-makeup'],
    sideEffects: ['Redness'],
    notes: 'Tab\tand\nnew line are fine',
    findings: [
      {
        code: 'too-soon',
        severity: 'warn',
        rule: 'interval.cosmetic',
        sources: ['aad-2018'],
        params: { until: '2026-11-24', days: 3 },
        acknowledgedAt: '2026-11-21T20:31:00+01:00',
      },
    ],
    loggedAt: '2026-11-21T20:40:00+01:00',
    updatedAt: '2026-11-22T08:00:00+01:00',
  });

/** The bare stored form: only the required fields (the defaults are zod's to fill in). */
const bare = () => ({
  id: 's1',
  when: '2026-11-21T20:30:00+01:00',
  area: 'cheeks',
  rollerId: null,
  needleMm: 0.25,
  loggedAt: '2026-11-21T20:30:00+01:00',
});

const HUGE = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, -0, 1e-320, 0.1 + 0.2];

describe('the session reader accepts only what the schema accepts, and gives the same value', () => {
  it('has a reader for every field of the schema (a new field must get one, or every session goes to zod)', () => {
    expect(fieldsWithoutReader()).toEqual([]);
  });

  it('reads the common sessions itself (the fast path is taken)', () => {
    expect(readPlainSession(valid())).toBeDefined();
    expect(readPlainSession(bare())).toBeDefined();
    expect(readPlainSession(JSON.parse(JSON.stringify(valid())))).toBeDefined();
  });

  it('fills in the defaults zod fills in, in the schema order', () => {
    const r = readPlainSession(bare());
    expect(Object.keys(r ?? {})).toEqual(Object.keys(sessionSchema.parse(bare())));
    expect(r).toStrictEqual(sessionSchema.parse(bare()));
  });

  const tricky: [string, (s: Record<string, unknown>) => unknown][] = [
    ['an unknown field', (s) => ({ ...s, mood: 'fine' })],
    ['a field present as undefined', (s) => ({ ...s, pain: undefined })],
    ['an own __proto__ field', (s) => JSON.parse(JSON.stringify(s).replace('{', '{"__proto__":{"x":1},'))],
    ['a null prototype', (s) => Object.assign(Object.create(null), s)],
    ['an array', (s) => [s]],
    ['null', () => null],
    ['a string', () => 'session'],
    ['a missing id', ({ id: _id, ...s }) => s],
    ['an empty id', (s) => ({ ...s, id: '' })],
    ['a long id', (s) => ({ ...s, id: 'x'.repeat(65) })],
    ['an id of 64', (s) => ({ ...s, id: 'x'.repeat(64) })],
    ['an id with a space', (s) => ({ ...s, id: 'a b' })],
    ['an id with a line feed at the end', (s) => ({ ...s, id: 'ab\n' })],
    ['a numeric id', (s) => ({ ...s, id: 12 })],
    ['a time with no offset', (s) => ({ ...s, when: '2026-11-21T20:30:00' })],
    ['a time before 2000', (s) => ({ ...s, when: '1999-12-31T23:59:59Z' })],
    ['the first instant of 2000', (s) => ({ ...s, when: '2000-01-01T00:00:00Z' })],
    ['a time in 2100', (s) => ({ ...s, when: '2100-01-01T00:00:00Z' })],
    ['a time just before 2100', (s) => ({ ...s, when: '2099-12-31T23:59:59Z' })],
    ['a time with fractions', (s) => ({ ...s, when: '2026-11-21T20:30:00.5+01:00' })],
    ['a time on 31 April', (s) => ({ ...s, when: '2026-04-31T20:30:00+01:00' })],
    ['an offset of 19 hours', (s) => ({ ...s, loggedAt: '2026-11-21T20:30:00+19:00' })],
    ['a forbidden area', (s) => ({ ...s, area: 'eyelids' })],
    ['an unknown area', (s) => ({ ...s, area: 'toes' })],
    ['a missing rollerId', ({ rollerId: _r, ...s }) => s],
    ['a bad rollerId', (s) => ({ ...s, rollerId: 'a/b' })],
    ['needleMm as text', (s) => ({ ...s, needleMm: '0.25' })],
    ['needleMm 0.255', (s) => ({ ...s, needleMm: 0.255 })],
    ['needleMm 0.01', (s) => ({ ...s, needleMm: 0.01 })],
    ['needleMm 3', (s) => ({ ...s, needleMm: 3 })],
    ['needleMm 3.01', (s) => ({ ...s, needleMm: 3.01 })],
    ['needleMm 0', (s) => ({ ...s, needleMm: 0 })],
    ['needleMm 0.29 (float error)', (s) => ({ ...s, needleMm: 0.29 })],
    ...HUGE.flatMap((n): [string, (s: Record<string, unknown>) => unknown][] => [
      [`needleMm ${n}`, (s) => ({ ...s, needleMm: n })],
      [`passes ${n}`, (s) => ({ ...s, passes: n })],
      [`pain ${n}`, (s) => ({ ...s, pain: n })],
      [`rednessHours ${n}`, (s) => ({ ...s, rednessHours: n })],
    ]),
    ['passes 0', (s) => ({ ...s, passes: 0 })],
    ['passes 50', (s) => ({ ...s, passes: 50 })],
    ['passes 51', (s) => ({ ...s, passes: 51 })],
    ['passes 2.5', (s) => ({ ...s, passes: 2.5 })],
    ['passes null', (s) => ({ ...s, passes: null })],
    ['pain -1', (s) => ({ ...s, pain: -1 })],
    ['pain 10', (s) => ({ ...s, pain: 10 })],
    ['pain 11', (s) => ({ ...s, pain: 11 })],
    ['rednessHours 1440', (s) => ({ ...s, rednessHours: 1440 })],
    ['rednessHours 1440.5', (s) => ({ ...s, rednessHours: 1440.5 })],
    ['rednessHours -0.1', (s) => ({ ...s, rednessHours: -0.1 })],
    ['bleeding unknown', (s) => ({ ...s, bleeding: 'lots' })],
    ['bleeding null', (s) => ({ ...s, bleeding: null })],
    ['bleeding absent', ({ bleeding: _b, ...s }) => s],
    ['products absent', ({ products: _p, ...s }) => s],
    ['products not a list', (s) => ({ ...s, products: 'serum' })],
    ['products of 20', (s) => ({ ...s, products: Array.from({ length: 20 }, (_, i) => `p${i}`) })],
    ['products of 21', (s) => ({ ...s, products: Array.from({ length: 21 }, (_, i) => `p${i}`) })],
    ['a product of 80 characters', (s) => ({ ...s, products: ['p'.repeat(80)] })],
    ['a product of 81 characters', (s) => ({ ...s, products: ['p'.repeat(81)] })],
    ['a product with a control character', (s) => ({ ...s, products: ['a\u0007b'] })],
    ['a product with DEL', (s) => ({ ...s, products: ['a\u007fb'] })],
    ['a product with a tab', (s) => ({ ...s, products: ['a\tb'] })],
    ['a product that is a number', (s) => ({ ...s, products: [1] })],
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point
    ['a sparse product list', (s) => ({ ...s, products: [, 'a'] })],
    ['productsBefore null', (s) => ({ ...s, productsBefore: null })],
    ['productsBefore too long', (s) => ({ ...s, productsBefore: Array(21).fill('x') })],
    ['aftercareKept unknown item', (s) => ({ ...s, aftercareKept: ['dance'] })],
    ['aftercareKept empty', (s) => ({ ...s, aftercareKept: [] })],
    [
      'aftercareKept repeated beyond its length',
      (s) => ({ ...s, aftercareKept: Array(40).fill('no-makeup') }),
    ],
    ['side effects of 21', (s) => ({ ...s, sideEffects: Array(21).fill('x') })],
    ['a side effect of 81', (s) => ({ ...s, sideEffects: ['x'.repeat(81)] })],
    ['notes of 2000', (s) => ({ ...s, notes: 'n'.repeat(2000) })],
    ['notes of 2001', (s) => ({ ...s, notes: 'n'.repeat(2001) })],
    ['notes with a NUL', (s) => ({ ...s, notes: 'a\u0000' })],
    ['notes with a carriage return', (s) => ({ ...s, notes: 'a\r\nb' })],
    ['notes that are a number', (s) => ({ ...s, notes: 5 })],
    ['findings absent', ({ findings: _f, ...s }) => s],
    ['findings empty', (s) => ({ ...s, findings: [] })],
    ['findings not a list', (s) => ({ ...s, findings: {} })],
    [
      'a finding with an unknown code',
      (s) => ({ ...s, findings: [{ code: 'nope', severity: 'warn', sources: [] }] }),
    ],
    [
      'a finding with no params',
      (s) => ({ ...s, findings: [{ code: 'too-soon', severity: 'warn', sources: [] }] }),
    ],
    [
      '31 findings',
      (s) => ({ ...s, findings: Array(31).fill({ code: 'too-soon', severity: 'warn', sources: [] }) }),
    ],
    ['updatedAt not a time', (s) => ({ ...s, updatedAt: 'later' })],
    ['updatedAt null', (s) => ({ ...s, updatedAt: null })],
    ['loggedAt missing', ({ loggedAt: _l, ...s }) => s],
  ];

  it.each(tricky)('%s: the same verdict and value as zod', (_name, change) => {
    agreesWithSchema(change(valid() as unknown as Record<string, unknown>));
    agreesWithSchema(change(bare()));
    agreesWithSchema(JSON.parse(JSON.stringify(change(bare())) ?? 'null'));
  });

  it('generated damage to every field: never accepts what zod refuses, never differs from zod (fast-check)', () => {
    const values = fc.oneof(
      fc.constantFrom<unknown>(
        null,
        undefined,
        true,
        0,
        -0,
        1,
        0.25,
        3,
        10,
        50,
        1440,
        ...HUGE,
        '',
        'cheeks',
        'none',
        'no-makeup',
        '2026-11-21T20:30:00+01:00',
        '2026-11-21T20:30:00Z',
        '1999-01-01T00:00:00Z',
        'a\u0001',
        'x'.repeat(81),
        [],
        ['a'],
        ['a\u0002'],
        {},
      ),
      fc.string({ maxLength: 30 }),
      fc.double(),
      fc.integer(),
      fc.array(fc.oneof(fc.string({ maxLength: 90 }), fc.integer()), { maxLength: 25 }),
    );
    const fields = [...Object.keys(sessionSchema.shape), 'extra', '__proto__'];
    const change = fc.tuple(fc.constantFrom(...fields), fc.oneof(values, fc.constant('<delete>')));
    fc.assert(
      fc.property(fc.boolean(), fc.array(change, { maxLength: 4 }), (full, changes) => {
        const s: Record<string, unknown> = full ? { ...valid() } : bare();
        for (const [field, value] of changes) {
          if (value === '<delete>') delete s[field];
          else
            Object.defineProperty(s, field, { value, enumerable: true, writable: true, configurable: true });
        }
        agreesWithSchema(s);
        agreesWithSchema(JSON.parse(JSON.stringify(s)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("a session's findings are read as findingSchema reads them", () => {
  const finding = () => ({
    code: 'too-soon',
    severity: 'warn',
    rule: 'interval.cosmetic',
    sources: ['aad-2018', 'roller-coach-proposal'],
    params: { until: '2026-11-24', days: 3 },
    acknowledgedAt: '2026-11-21T20:31:00+01:00',
  });
  const withFindings = (findings: unknown) => ({ ...bare(), findings });

  it('reads plain findings itself', () => {
    expect(
      readPlainSession(withFindings([finding(), { code: 'too-soon', severity: 'info', sources: [] }])),
    ).toBeDefined();
  });

  const tricky: [string, (f: Record<string, unknown>) => unknown][] = [
    ['no params (the default)', ({ params: _p, ...f }) => f],
    ['no rule, no acknowledgement', ({ rule: _r, acknowledgedAt: _a, ...f }) => f],
    ['fields in another order', (f) => ({ acknowledgedAt: f.acknowledgedAt, params: f.params, ...f })],
    ['an unknown code', (f) => ({ ...f, code: 'nope' })],
    ['an unknown severity', (f) => ({ ...f, severity: 'loud' })],
    ['an unknown rule', (f) => ({ ...f, rule: 'interval.nope' })],
    ['a rule that is a number', (f) => ({ ...f, rule: 3 })],
    ['an unknown source', (f) => ({ ...f, sources: ['blog'] })],
    ['11 sources', (f) => ({ ...f, sources: Array(11).fill('aad-2018') })],
    ['10 sources', (f) => ({ ...f, sources: Array(10).fill('aad-2018') })],
    ['sources not a list', (f) => ({ ...f, sources: 'aad-2018' })],
    ['params null', (f) => ({ ...f, params: null })],
    ['params a list', (f) => ({ ...f, params: [1] })],
    ['a param key of 40', (f) => ({ ...f, params: { ['k'.repeat(40)]: 1 } })],
    ['a param key of 41', (f) => ({ ...f, params: { ['k'.repeat(41)]: 1 } })],
    ['a param text of 200', (f) => ({ ...f, params: { a: 'v'.repeat(200) } })],
    ['a param text of 201', (f) => ({ ...f, params: { a: 'v'.repeat(201) } })],
    ['a param that is an object', (f) => ({ ...f, params: { a: {} } })],
    ['a param that is true', (f) => ({ ...f, params: { a: true } })],
    ['a param that is huge', (f) => ({ ...f, params: { a: 1e308 } })],
    ['numeric param keys', (f) => ({ ...f, params: { b: 1, 2: 'x', 1: 'y' } })],
    [
      'a __proto__ param',
      (f) => JSON.parse(JSON.stringify(f).replace('"params":{', '"params":{"__proto__":1,')),
    ],
    ['an unknown finding field', (f) => ({ ...f, note: 'x' })],
    ['an acknowledgement that is not a time', (f) => ({ ...f, acknowledgedAt: 'now' })],
    ['a finding that is null', () => null],
  ];

  it.each(tricky)('%s: the same verdict and value as zod', (_name, change) => {
    agreesWithSchema(withFindings([change(finding())]));
    agreesWithSchema(withFindings([finding(), change(finding())]));
    agreesWithSchema(JSON.parse(JSON.stringify(withFindings([change(finding())]))));
  });

  it('31 findings are refused as zod refuses them, 30 read', () => {
    agreesWithSchema(withFindings(Array.from({ length: 31 }, finding)));
    expect(readPlainSession(withFindings(Array.from({ length: 30 }, finding)))).toBeDefined();
  });

  it('generated damage to findings: never accepts what zod refuses, never differs (fast-check)', () => {
    const values = fc.oneof(
      fc.constantFrom<unknown>(
        null,
        undefined,
        0,
        -0,
        3,
        1e308,
        '',
        'too-soon',
        'warn',
        'block',
        'interval.cosmetic',
        'aad-2018',
        '2026-11-21T20:31:00+01:00',
        [],
        ['aad-2018'],
        ['x'],
        {},
        { a: 1 },
        { a: 'x'.repeat(201) },
      ),
      fc.string({ maxLength: 12 }),
      fc.dictionary(
        fc.string({ maxLength: 45 }),
        fc.oneof(fc.string({ maxLength: 210 }), fc.double(), fc.boolean()),
        {
          maxKeys: 3,
        },
      ),
    );
    const fields = ['code', 'severity', 'rule', 'sources', 'params', 'acknowledgedAt', 'extra'];
    const change = fc.tuple(fc.constantFrom(...fields), fc.oneof(values, fc.constant('<delete>')));
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 3 }), { maxLength: 3 }), (perFinding) => {
        const list = perFinding.map((changes) => {
          const f: Record<string, unknown> = finding();
          for (const [field, value] of changes) {
            if (value === '<delete>') delete f[field];
            else
              Object.defineProperty(f, field, {
                value,
                enumerable: true,
                writable: true,
                configurable: true,
              });
          }
          return f;
        });
        agreesWithSchema(withFindings(list));
        agreesWithSchema(JSON.parse(JSON.stringify(withFindings(list))));
      }),
      { numRuns: 3000 },
    );
  });
});
