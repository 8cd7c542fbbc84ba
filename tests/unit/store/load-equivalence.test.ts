import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Session } from '../../../src/core/schemas';
import { encodeChunk } from '../../../src/store/chunks';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { makeHistory, makeSession } from '../../support/factories';
import { referenceSessions } from '../../support/reference-load';

beforeEach(() => {
  resetStoreItems();
});

type Months = Record<string, unknown>;

const s = (over: Partial<Session> & { id: string; when: string }) =>
  makeSession({ loggedAt: over.when, ...over });
const json = (list: unknown[]) => JSON.stringify(list);

/** Stored months that load() must read exactly as the zod-only reading did (issue 12). */
const CASES: [string, () => Months][] = [
  [
    'months in order, each sorted',
    () => {
      const h = makeHistory(90, 11);
      const by: Months = {};
      for (const x of h) {
        const m = x.when.slice(0, 7);
        by[m] = [...((by[m] as Session[] | undefined) ?? []), x];
      }
      return Object.fromEntries(Object.entries(by).map(([m, l]) => [m, json(l as Session[])]));
    },
  ],
  [
    'an unsorted month, and equal instants (ties by id)',
    () => ({
      '2026-11': json([
        s({ id: 'c', when: '2026-11-20T10:00:00+01:00' }),
        s({ id: 'b', when: '2026-11-03T10:00:00+01:00' }),
        s({ id: 'a', when: '2026-11-20T09:00:00+00:00' }), // the same instant as c
        s({ id: 'd', when: '2026-11-01T00:30:00+01:00' }),
      ]),
    }),
  ],
  [
    'months whose instants overlap (offsets across a month boundary)',
    () => ({
      '2026-10': json([s({ id: 'late-oct', when: '2026-10-31T23:30:00-05:00' })]), // 1 Nov 04:30 UTC
      '2026-11': json([
        s({ id: 'early-nov', when: '2026-11-01T01:00:00+09:00' }), // 31 Oct 16:00 UTC
        s({ id: 'nov', when: '2026-11-02T08:00:00+01:00' }),
      ]),
    }),
  ],
  [
    'duplicates across months: the newest copy wins, the first one on a tie',
    () => ({
      '2026-09': json([
        s({ id: 'x', when: '2026-09-10T08:00:00+02:00', notes: 'old' }),
        s({ id: 'tie', when: '2026-09-12T08:00:00+02:00', notes: 'first' }),
      ]),
      '2026-10': json([
        s({
          id: 'x',
          when: '2026-10-10T08:00:00+02:00',
          notes: 'edited',
          updatedAt: '2026-10-11T08:00:00+02:00',
        }),
        s({ id: 'tie', when: '2026-09-12T08:00:00+02:00', notes: 'second' }),
        s({
          id: 'y',
          when: '2026-10-01T08:00:00+02:00',
          notes: 'newer',
          updatedAt: '2026-10-05T08:00:00+02:00',
        }),
      ]),
      '2026-11': json([
        s({
          id: 'y',
          when: '2026-11-01T08:00:00+01:00',
          notes: 'older',
          updatedAt: '2026-10-04T08:00:00+02:00',
        }),
        s({ id: 'x', when: '2026-11-10T08:00:00+01:00', notes: 'stale copy' }),
      ]),
    }),
  ],
  [
    'invalid fields and unknown fields, set aside or dropped as zod does',
    () => ({
      '2026-11': json([
        s({ id: 'ok', when: '2026-11-01T08:00:00+01:00' }),
        { ...s({ id: 'extra', when: '2026-11-02T08:00:00+01:00' }), mood: 'fine', v2Field: { a: 1 } },
        { ...s({ id: 'bad-area', when: '2026-11-03T08:00:00+01:00' }), area: 'eyelids' },
        { ...s({ id: 'bad-time', when: '2026-11-04T08:00:00+01:00' }), when: '2026-11-31T08:00:00+01:00' },
        { ...s({ id: 'ctl', when: '2026-11-05T08:00:00+01:00' }), notes: 'a\u0000b' },
        {
          id: 'bare',
          when: '2026-11-06T08:00:00+01:00',
          area: 'neck',
          rollerId: null,
          needleMm: 0.2,
          loggedAt: '2026-11-06T08:00:00+01:00',
        },
        'not a session',
        null,
        [],
        {
          ...s({ id: 'finding', when: '2026-11-07T08:00:00+01:00' }),
          findings: [{ code: 'too-soon', severity: 'warn', sources: ['aad-2018'] }],
        },
        {
          ...s({ id: 'bad-finding', when: '2026-11-08T08:00:00+01:00' }),
          findings: [{ code: 'too-soon', severity: 'loud', sources: [] }],
        },
      ]),
    }),
  ],
  [
    'huge and odd numbers',
    () => ({
      '2026-11': json([
        { ...s({ id: 'n1', when: '2026-11-01T08:00:00+01:00' }), needleMm: 1e308 },
        { ...s({ id: 'n2', when: '2026-11-01T09:00:00+01:00' }), passes: 1234 },
        { ...s({ id: 'n3', when: '2026-11-01T10:00:00+01:00' }), pain: -0 },
        { ...s({ id: 'n4', when: '2026-11-01T11:00:00+01:00' }), rednessHours: 1e-320 },
        { ...s({ id: 'n5', when: '2026-11-01T12:00:00+01:00' }), needleMm: 0.29, rednessHours: 1440 },
        { ...s({ id: 'n6', when: '2026-11-01T13:00:00+01:00' }), passes: 5e1 },
      ])
        // Written as text: numbers no double holds exactly, and a negative zero.
        .replace('"passes":1234', '"passes":9007199254740993')
        .replace('"pain":0', '"pain":-0'),
    }),
  ],
  [
    'a month stored as an array (the old layout), a corrupt month, a month that is not a list',
    () => ({
      '2026-08': [s({ id: 'arr', when: '2026-08-01T08:00:00+02:00' }), { id: 'broken' }],
      '2026-09': '[{"id": "cut',
      '2026-10': { id: 'not-a-list' },
      '2026-11': json([s({ id: 'fine', when: '2026-11-01T08:00:00+01:00' })]),
    }),
  ],
  [
    'times the faster instant reading must read as before (Z, fractions, no seconds)',
    () => ({
      '2026-11': json([
        s({ id: 't1', when: '2026-11-01T08:00:00Z' }),
        s({ id: 't2', when: '2026-11-01T08:00:00.5+00:00' }),
        s({ id: 't3', when: '2026-11-01T08:00+00:00' }),
        s({ id: 't4', when: '2026-11-01T07:59:59.999-00:00' }),
      ]),
    }),
  ],
];

describe('load() gives exactly what the zod-only reading gave (issue 12)', () => {
  it.each(CASES)('%s', async (_name, make) => {
    const months = make();
    const index = Object.keys(months).sort();
    await fakeBrowser.storage.local.set({
      sessions: { months: index },
      ...Object.fromEntries(index.map((m) => [`sessions:${m}`, months[m]])),
    });
    const want = referenceSessions(index.map((m) => ({ key: `local:sessions:${m}`, value: months[m] })));
    const repo = createRepository();
    const got = await repo.load();
    // The same sessions, in the same order, each with its fields in the same order.
    expect(JSON.stringify(got.sessions)).toBe(JSON.stringify(want.sessions));
    expect(got.sessions).toStrictEqual(want.sessions);
    // The same rejections, and each set aside in quarantine.
    expect(got.rejected).toEqual(want.rejected);
    const quarantined = await repo.readQuarantine();
    for (const r of want.rejected)
      expect(quarantined).toContainEqual(
        expect.objectContaining({ key: r.key, issues: r.issues, raw: r.raw }),
      );
    // A month that held rejected values was rewritten with what validated, as before.
    const stored = await fakeBrowser.storage.local.get(null);
    const rewritten = new Set(want.rejected.map((r) => r.key.slice('local:'.length)));
    index.forEach((m, i) => {
      if (rewritten.has(`sessions:${m}`))
        expect(stored[`sessions:${m}`]).toBe(encodeChunk(want.perMonth[i] ?? []));
    });
    // And a second load reads the same sessions, now with nothing to set aside.
    const again = await createRepository().load();
    expect(JSON.stringify(again.sessions)).toBe(JSON.stringify(want.sessions));
    expect(again.rejected).toEqual([]);
  });
});
