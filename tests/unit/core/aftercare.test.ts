import { describe, expect, it } from 'vitest';
import {
  AFTERCARE_IDS,
  type AftercareItem,
  activeAftercare,
  aftercareFor,
} from '../../../src/core/aftercare';
import type { Session } from '../../../src/core/schemas';
import { formatInstant, HOUR_MS, parseInstant } from '../../../src/core/time';
import { makeSession } from '../../support/factories';

const TZ = 'Europe/Berlin';

const session = (when: string, p: Partial<Session> = {}): Session => makeSession({ ...p, when });
const t = (iso: string) => parseInstant(iso);
const fmt = (ms: number | null) => (ms === null ? null : formatInstant(ms, TZ));
const byId = (items: AftercareItem[]) => Object.fromEntries(items.map((i) => [i.id, i]));

describe('aftercareFor windows (reference, section 3)', () => {
  const s = session('2026-06-01T20:00:00+02:00');
  const items = byId(aftercareFor(s, t(s.when), TZ));

  it('lists every item once, in order, with the session id and a source', () => {
    const list = aftercareFor(s, t(s.when), TZ);
    expect(list.map((i) => i.id)).toEqual(AFTERCARE_IDS.filter((id) => id !== 'discard-cartridge'));
    for (const i of list) {
      expect(i.sessionId).toBe(s.id);
      expect(i.sources.length).toBeGreaterThan(0);
    }
  });

  it('a pen session says to discard the single-use cartridge instead of cleaning a roller', () => {
    const pen = aftercareFor(s, t(s.when), TZ, 'pen').map((i) => i.id);
    expect(pen).toContain('discard-cartridge');
    expect(pen).not.toContain('disinfect-roller');
    expect(aftercareFor(s, t(s.when), TZ, 'stamp').map((i) => i.id)).toContain('disinfect-roller');
  });

  it.each([
    ['no-makeup', '2026-06-01T20:00:00+02:00', '2026-06-02T20:00:00+02:00'],
    ['no-exercise', '2026-06-01T20:00:00+02:00', '2026-06-04T20:00:00+02:00'],
    ['no-sun', '2026-06-01T20:00:00+02:00', '2026-06-08T20:00:00+02:00'],
    ['no-actives', '2026-06-01T20:00:00+02:00', '2026-06-08T20:00:00+02:00'],
    ['spf', '2026-06-08T20:00:00+02:00', '2026-06-22T20:00:00+02:00'],
  ])('%s runs from %s to %s', (id, start, end) => {
    expect(fmt(items[id]?.startMs ?? null)).toBe(start);
    expect(fmt(items[id]?.endMs ?? null)).toBe(end);
  });

  it('SPF lasts 14 days after the 7 sun-free days', () => {
    const spf = items.spf as AftercareItem;
    expect((spf.endMs as number) - spf.startMs).toBe(14 * 24 * HOUR_MS);
  });

  it.each(['no-picking', 'broken-skin-products', 'disinfect-roller'])('%s has no countdown', (id) => {
    expect(items[id]).toMatchObject({ endMs: null, status: 'ongoing', startMs: t(s.when) });
  });

  it.each([
    [
      'at the session',
      '2026-06-01T20:00:00+02:00',
      { 'no-makeup': 'active', 'no-sun': 'active', spf: 'upcoming' },
    ],
    ['1 ms before 24 h', '2026-06-02T19:59:59.999+02:00', { 'no-makeup': 'active', 'no-exercise': 'active' }],
    ['at 24 h exactly', '2026-06-02T20:00:00+02:00', { 'no-makeup': 'done', 'no-exercise': 'active' }],
    ['at 72 h', '2026-06-04T20:00:00+02:00', { 'no-exercise': 'done', 'no-sun': 'active' }],
    ['at day 7', '2026-06-08T20:00:00+02:00', { 'no-sun': 'done', 'no-actives': 'done', spf: 'active' }],
    ['at day 21', '2026-06-22T20:00:00+02:00', { spf: 'done', 'no-picking': 'ongoing' }],
    ['before the session', '2026-06-01T19:00:00+02:00', { 'no-makeup': 'upcoming', spf: 'upcoming' }],
  ])('statuses %s', (_l, now, expected) => {
    const got = byId(aftercareFor(s, t(now), TZ));
    for (const [id, status] of Object.entries(expected)) expect(got[id]?.status, id).toBe(status);
  });
});

describe('DST does not shift day-based ends', () => {
  it('no-sun ends at the same wall time 7 calendar days later across the autumn change', () => {
    const s = session('2026-10-20T10:00:00+02:00');
    const items = byId(aftercareFor(s, t(s.when), TZ));
    expect(fmt(items['no-sun']?.endMs ?? null)).toBe('2026-10-27T10:00:00+01:00');
    expect(((items['no-sun']?.endMs as number) - t(s.when)) / HOUR_MS).toBe(7 * 24 + 1);
    expect(fmt(items.spf?.endMs ?? null)).toBe('2026-11-10T10:00:00+01:00');
  });

  it('hour-based windows stay exact durations across the change', () => {
    const s = session('2026-10-24T20:00:00+02:00');
    const items = byId(aftercareFor(s, t(s.when), TZ));
    expect(fmt(items['no-makeup']?.endMs ?? null)).toBe('2026-10-25T19:00:00+01:00');
    expect(fmt(items['no-exercise']?.endMs ?? null)).toBe('2026-10-27T19:00:00+01:00');
  });

  it('spring-forward: 7 calendar days are 167 hours', () => {
    const s = session('2026-03-25T09:00:00+01:00');
    const sun = byId(aftercareFor(s, t(s.when), TZ))['no-sun'] as AftercareItem;
    expect(fmt(sun.endMs)).toBe('2026-04-01T09:00:00+02:00');
    expect(((sun.endMs as number) - t(s.when)) / HOUR_MS).toBe(167);
  });

  it('the calendar of the user zone is used, not the offset written in the session', () => {
    const s = session('2026-10-20T08:00:00Z');
    const ny = byId(aftercareFor(s, t(s.when), 'America/New_York'))['no-sun'] as AftercareItem;
    expect(formatInstant(ny.endMs as number, 'America/New_York')).toBe('2026-10-27T04:00:00-04:00');
  });
});

describe('activeAftercare', () => {
  const NOW = t('2026-06-10T12:00:00+02:00');

  it('merges sessions: for each item the latest end wins', () => {
    const a = session('2026-06-01T10:00:00+02:00', { area: 'scalp' });
    const b = session('2026-06-10T08:00:00+02:00', { area: 'cheeks' });
    const items = activeAftercare([b, a], NOW, TZ);
    expect(items.map((i) => i.id)).toEqual(['no-makeup', 'no-exercise', 'no-sun', 'no-actives', 'spf']);
    for (const i of items) expect(i.sessionId).toBe(b.id);
    expect(byId(items).spf?.status).toBe('upcoming');
  });

  it('keeps an older session item when it ends later', () => {
    const a = session('2026-06-01T10:00:00+02:00');
    const items = byId(activeAftercare([a], NOW, TZ));
    expect(Object.keys(items)).toEqual(['spf']);
    expect(items.spf).toMatchObject({ status: 'active', sessionId: a.id });
  });

  it('ignores sessions in the future and sessions whose windows are over', () => {
    const future = session('2026-06-10T14:00:00+02:00');
    expect(activeAftercare([future], NOW, TZ)).toEqual([]);
    const old = session('2026-05-10T10:00:00+02:00');
    expect(activeAftercare([old], NOW, TZ)).toEqual([]);
    const recent = session('2026-06-09T10:00:00+02:00');
    const items = activeAftercare([future, recent], NOW, TZ);
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.sessionId).toBe(recent.id);
    expect(byId(items)['no-makeup']).toBeUndefined();
  });

  it('never lists untimed advice', () => {
    const items = activeAftercare([session('2026-06-10T11:00:00+02:00')], NOW, TZ);
    expect(items.every((i) => i.endMs !== null && i.status !== 'ongoing')).toBe(true);
  });
});
