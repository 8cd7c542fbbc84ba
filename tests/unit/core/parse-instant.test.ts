import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstant, parseInstantOnce } from '../../../src/core/time';
import { referenceInstant } from '../../support/reference-instant';

const same = (iso: string) => {
  expect(Object.is(parseInstantOnce(iso), referenceInstant(iso)), iso).toBe(true);
  expect(Object.is(parseInstant(iso), referenceInstant(iso)), iso).toBe(true);
};

describe('parseInstant reads every text exactly as the regex reading did (issue 12)', () => {
  it.each([
    '2026-11-21T20:30:00+01:00',
    '2026-11-21T20:30:00-05:30',
    '2026-11-21T20:30:00Z',
    '2026-11-21T20:30:00.123+01:00',
    '2026-11-21T20:30+01:00',
    '2024-02-29T00:00:00+00:00', // leap day
    '2026-02-29T00:00:00+00:00', // no such day
    '1900-02-29T00:00:00Z', // not a leap year
    '2000-02-29T00:00:00Z', // a leap year
    '2026-04-31T12:00:00+02:00',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T23:60:00Z',
    '2026-01-01T23:59:60Z',
    '2026-01-01T12:00:00+19:00',
    '2026-01-01T12:00:00+18:60',
    '2026-01-01T12:00:00+18:59',
    '2026-01-01T12:00:00-00:00',
    '0099-12-31T23:59:59Z', // two-digit years are read literally
    '0100-01-01T00:00:00Z',
    '0000-01-01T00:00:00+01:00',
    '9999-12-31T23:59:59-18:00',
    '2026-11-21t20:30:00+01:00',
    '2026-11-21T20:30:00+0100',
    '2026-11-21T20:30:00 01:00',
    '2026-11-21 20:30:00+01:00',
    '2026/11/21T20:30:00+01:00',
    '2026-1a-21T20:30:00+01:00',
    '+026-11-21T20:30:00+01:00',
    '2026-11-21T20:30:00z',
    '2026-11-21T20:30:00Y',
    '２026-11-21T20:30:00+01:00',
    '',
    'yesterday',
  ])('%s', (iso) => same(iso));

  it('generated texts near the written form: every one read the same (fast-check)', () => {
    const digit = fc.constantFrom(...'0123456789');
    const char = fc.oneof(
      { weight: 8, arbitrary: digit },
      { weight: 1, arbitrary: fc.constantFrom('-', ':', 'T', 'Z', '+', ' ', '.', 'a', '/', '٣') },
    );
    const canonical = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('Z', '+', '-'),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 60 }),
      )
      .map(([y, mo, d, h, mi, s, sign, oh, om]) => {
        const p = (n: number, w = 2) => String(n).padStart(w, '0');
        const zone = sign === 'Z' ? 'Z' : `${sign}${p(oh)}:${p(om)}`;
        return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}${zone}`;
      });
    // One character of a written instant replaced: every position, every kind of damage.
    const damaged = fc
      .tuple(canonical, fc.nat(), char)
      .map(([iso, i, c]) => iso.slice(0, i % iso.length) + c + iso.slice((i % iso.length) + 1));
    fc.assert(
      fc.property(fc.oneof(canonical, damaged), (iso) => {
        same(iso);
      }),
      { numRuns: 20_000 },
    );
  });
});
