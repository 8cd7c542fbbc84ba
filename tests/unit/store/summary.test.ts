import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeAftercare } from '../../../src/core/aftercare';
import type { Area } from '../../../src/core/areas';
import { type AssessContext, assess, canRollNow } from '../../../src/core/assess';
import { areaRollStatuses, badgeState } from '../../../src/core/badge';
import { effectiveRules } from '../../../src/core/rules';
import {
  DEFAULT_SETTINGS,
  type Profile,
  type Roller,
  type Session,
  type Settings,
} from '../../../src/core/schemas';
import { SEE_DOCTOR_EFFECT_IDS } from '../../../src/core/side-effects';
import { usualRoller } from '../../../src/core/status';
import {
  buildSummary,
  type Summary,
  summaryFits,
  summarySchema,
  summarySessions,
} from '../../../src/core/summary';
import { DAY_MS, formatInstant, localDay, parseInstant } from '../../../src/core/time';
import { rollerWear } from '../../../src/core/wear';
import { ITEM_VERSIONS, resetStoreItems, storeItems } from '../../../src/store/items';
import { KEYS } from '../../../src/store/keys';
import { storeLock } from '../../../src/store/lock';
import { createRepository, type Repository } from '../../../src/store/repository';
import { summaryStampOf } from '../../../src/store/summary-stamp';
import { ANSWERED_PROFILE, makeRoller, makeSession } from '../../support/factories';

const TZ = 'Europe/Madrid';
const START_MS = parseInstant('2026-06-10T10:00:00+02:00');
const AREAS: readonly Area[] = ['cheeks', 'forehead', 'scalp'];
const ROLLER_IDS = ['r1', 'r2', 'r3'] as const;
const PROFILE: Profile = { ...ANSWERED_PROFILE, areas: ['neck'] };

beforeEach(() => {
  resetStoreItems();
});

/** A clock the test moves forward; every repository of a case reads it. */
function clock() {
  let ms = START_MS;
  return { now: () => ms, advance: (hours: number) => (ms += hours * 3_600_000) };
}

function repoOf(c: { now: () => number }, lock = storeLock): Repository {
  return createRepository({ now: c.now, tz: () => TZ, lock });
}

async function storedSummary(): Promise<Summary> {
  return summarySchema.parse(await storeItems().summary.getValue());
}

async function storedStamp(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('summaryStamp')).summaryStamp;
}

// ---- what the popup, the badge and the background compute, from a list of sessions --------

function views(sessions: readonly Session[], rollers: Roller[], settings: Settings, nowMs: number) {
  const rules = effectiveRules(settings.ruleOverrides);
  const ctx: AssessContext = { sessions, rollers, profile: PROFILE, settings, tz: TZ, rules };
  const today = localDay(nowMs, TZ);
  const checks = [];
  for (const area of [...AREAS, 'neck' as const])
    for (const needleMm of [0.25, 0.5, 1.5])
      for (const rollerId of [null, ...ROLLER_IDS])
        checks.push(canRollNow(area, needleMm, rollerId, nowMs, ctx));
  // A session being logged now, with after-effects (the log form's assessment).
  const logged = assess(
    { whenMs: nowMs, area: 'cheeks', needleMm: 0.3, rollerId: 'r1', bleeding: 'more' },
    ctx,
  );
  return {
    statuses: areaRollStatuses(ctx, nowMs),
    badge: badgeState(ctx, nowMs),
    wear: rollers.map((r) => rollerWear(r, sessions, rules, today, TZ)),
    wearBefore: rollers.map((r) => rollerWear(r, sessions, rules, today, TZ, false)),
    aftercare: activeAftercare(sessions, nowMs, TZ),
    usual: usualRoller(rollers, sessions)?.id ?? null,
    lastArea: sessions[sessions.length - 1]?.area ?? null,
    areasUsed: [...new Set(sessions.map((s) => s.area))].sort(),
    checks,
    logged,
  };
}

function countsByMonth(sessions: readonly Session[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of sessions) out[s.when.slice(0, 7)] = (out[s.when.slice(0, 7)] ?? 0) + 1;
  return out;
}

/** The same figures from the whole history and from the stored summary, at several moments. */
async function expectSameAsHistory(repo: Repository, nowMs: number, o: { storedMustFit: boolean }) {
  const full = await repo.load();
  if ((await fakeBrowser.storage.local.get('summary')).summary === undefined) {
    // Nothing was ever written to the months: the first reader builds it.
    expect(full.sessions).toEqual([]);
    await repo.readSummary({ nowMs, tz: TZ });
  }
  const stored = await storedSummary();
  // Its fingerprint is written with it, always (what the popup's first script reads instead).
  expect(await storedStamp()).toBe(summaryStampOf(stored));
  const fits = summaryFits(stored, {
    nowMs,
    tz: TZ,
    horizonDays: stored.horizonDays,
    dataVersion: ITEM_VERSIONS.sessionIndex.version,
    months:
      ((await fakeBrowser.storage.local.get('sessions')).sessions as { months?: string[] } | undefined)
        ?.months ?? [],
  });
  if (o.storedMustFit) expect(fits).toBe(true);
  // What the popup reads (the stored summary when it fits, else a rebuild).
  const summary = await repo.readSummary({ nowMs, tz: TZ });
  expect(await storedStamp()).toBe(summaryStampOf(await storedSummary()));
  expect(summary.count).toBe(full.sessions.length);
  expect(summary.firstWhen).toBe(full.sessions[0]?.when ?? null);
  // Each month's count, as the options history groups the sessions (by the month of `when`).
  expect(summary.monthCounts).toEqual(countsByMonth(full.sessions));
  for (const later of [0, 2 * DAY_MS, 9 * DAY_MS, 40 * DAY_MS]) {
    const at = nowMs + later;
    expect(views(summarySessions(summary), full.rollers, full.settings, at)).toEqual(
      views(full.sessions, full.rollers, full.settings, at),
    );
  }
}

// ---- generated histories and edits ------------------------------------------------------

const whenArb = fc
  .tuple(fc.integer({ min: -400 * 24, max: 24 }), fc.constantFrom(0, 60, -300, 540))
  .map(([hours, off]) =>
    formatInstant(START_MS + hours * 3_600_000, off === 0 ? 'UTC' : off > 0 ? 'Asia/Tokyo' : TZ),
  );

const sessionArb = fc
  .record({
    n: fc.integer({ min: 0, max: 1_000_000 }),
    when: whenArb,
    area: fc.constantFrom(...AREAS),
    rollerId: fc.option(fc.constantFrom(...ROLLER_IDS), { nil: null }),
    needleMm: fc.constantFrom(0.2, 0.25, 0.3, 0.5, 0.75, 1.5),
    bleeding: fc.constantFrom('none', 'pinpoint', 'more'),
    rednessHours: fc.option(fc.constantFrom(2, 50, 80), { nil: undefined }),
    sideEffects: fc.subarray([...SEE_DOCTOR_EFFECT_IDS.slice(0, 1), 'redness'], { maxLength: 1 }),
  })
  .map(({ n, rednessHours, ...s }) =>
    makeSession({
      ...s,
      id: `g${n}`,
      loggedAt: s.when,
      ...(rednessHours === undefined ? {} : { rednessHours }),
    }),
  );

type Op =
  | { op: 'append'; sessions: Session[] }
  | { op: 'edit'; pick: number; when: string; needleMm: number }
  | { op: 'delete'; pick: number }
  | { op: 'replace'; sessions: Session[] }
  | { op: 'rollers'; retired: boolean[]; mm: number }
  | { op: 'wait'; hours: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('append' as const),
      sessions: fc.array(sessionArb, { minLength: 1, maxLength: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('edit' as const),
      pick: fc.nat(),
      when: whenArb,
      needleMm: fc.constantFrom(0.25, 0.5),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('replace' as const),
      sessions: fc.array(sessionArb, { maxLength: 25 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('rollers' as const),
      retired: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      mm: fc.constantFrom(0.25, 0.5),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 24 * 20 }) }),
  },
);

const unique = (list: Session[]) => [...new Map(list.map((s) => [s.id, s])).values()];

async function apply(repo: Repository, c: ReturnType<typeof clock>, o: Op): Promise<void> {
  const current = (await repo.load()).sessions;
  if (o.op === 'append') {
    const known = new Set(current.map((s) => s.id));
    const fresh = unique(o.sessions).filter((s) => !known.has(s.id));
    if (fresh.length > 0) await repo.putSessions(fresh);
  } else if (o.op === 'edit' && current.length > 0) {
    const old = current[o.pick % current.length] as Session;
    const edited = { ...old, when: o.when, needleMm: o.needleMm, updatedAt: formatInstant(c.now(), TZ) };
    await repo.putSessions([edited], [old]);
  } else if (o.op === 'delete' && current.length > 0) {
    await repo.deleteSessions([current[o.pick % current.length] as Session]);
  } else if (o.op === 'replace') {
    const snap = await repo.load();
    await repo.replaceAll({ ...snap, sessions: unique(o.sessions) });
  } else if (o.op === 'rollers') {
    await repo.saveRollers(
      ROLLER_IDS.map((id, i) => makeRoller({ id, needleMm: o.mm, retired: o.retired[i] ?? false })),
    );
  } else if (o.op === 'wait') c.advance(o.hours);
  c.advance(1);
}

describe('the summary gives what the whole history gives', () => {
  it('after random histories and random edits (append, edit across months, delete, replace, rollers)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sessionArb, { maxLength: 60 }),
        fc.array(opArb, { maxLength: 10 }),
        async (seed, ops) => {
          fakeBrowser.reset();
          resetStoreItems();
          const c = clock();
          const repo = repoOf(c);
          await repo.saveProfile(PROFILE);
          await repo.saveRollers(ROLLER_IDS.map((id) => makeRoller({ id })));
          if (seed.length > 0) await repo.putSessions(unique(seed));
          await expectSameAsHistory(repo, c.now(), { storedMustFit: true });
          for (const o of ops) {
            await apply(repo, c, o);
            // The stored summary, kept in step by the writes, answers as the history does.
            await expectSameAsHistory(repo, c.now(), { storedMustFit: true });
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('stricter rules that need more days than the summary holds make a reader rebuild it', async () => {
    const c = clock();
    const repo = repoOf(c);
    await repo.saveProfile(PROFILE);
    // Sessions 60 days apart: with a 100-day interval the older one matters.
    const old = makeSession({ when: formatInstant(START_MS - 90 * DAY_MS, TZ), area: 'cheeks' });
    const recent = makeSession({ when: formatInstant(START_MS - 30 * DAY_MS, TZ), area: 'forehead' });
    await repo.putSessions([old, recent]);
    const before = await storedSummary();
    await repo.update('settings', (s) => ({ ...s, ruleOverrides: { 'interval.cosmetic': { value: 100 } } }));
    const after = await repo.readSummary({ nowMs: c.now(), tz: TZ });
    expect(after.horizonDays).toBeGreaterThan(before.horizonDays);
    await expectSameAsHistory(repo, c.now(), { storedMustFit: true });
  });
});

// ---- corruption: the summary is rebuilt and nothing is lost ------------------------------

describe('a damaged summary is rebuilt from the history', () => {
  async function seeded() {
    const c = clock();
    const repo = repoOf(c);
    await repo.saveProfile(PROFILE);
    await repo.saveRollers([makeRoller({ id: 'r1' })]);
    const sessions = Array.from({ length: 40 }, (_, i) =>
      makeSession({
        id: `c${i}`,
        when: formatInstant(START_MS - i * 5 * DAY_MS, TZ),
        area: AREAS[i % 3] as Area,
        rollerId: 'r1',
      }),
    );
    await repo.putSessions(sessions);
    return { c, repo, sessions };
  }

  const damages: [string, (s: Summary) => unknown][] = [
    ['missing', () => undefined],
    ['of another version', (s) => ({ ...s, version: 99 })],
    ['of another dataset version', (s) => ({ ...s, dataVersion: 99 })],
    ['built from other months (stale fingerprint)', (s) => ({ ...s, stamps: { '2020-01': '1.a' } })],
    ['not an object', () => 'garbage{'],
    [
      'with a session that does not validate',
      (s) => ({ ...s, sessions: [{ ...s.sessions[0], needleMm: 'x' }] }),
    ],
    ['with an impossible count', (s) => ({ ...s, count: -3 })],
    ['with an impossible month count', (s) => ({ ...s, monthCounts: { ...s.monthCounts, '2026-06': -1 } })],
    ['with a month count that is not a whole number', (s) => ({ ...s, monthCounts: { '2026-06': 1.5 } })],
    ['of the previous version (no month counts)', ({ monthCounts: _, ...s }) => ({ ...s, version: 1 })],
    ['for another time zone', (s) => ({ ...s, tz: 'Asia/Tokyo' })],
  ];

  for (const [name, damage] of damages)
    it(`when ${name}`, async () => {
      const { c, repo, sessions } = await seeded();
      const good = await storedSummary();
      const damaged = damage(good);
      if (damaged === undefined) await fakeBrowser.storage.local.remove('summary');
      else await fakeBrowser.storage.local.set({ summary: damaged });
      // The options history's total: right whatever the damage (read from a rebuild when needed).
      expect(await repo.readMonthCounts()).toEqual(countsByMonth(sessions));
      const read = await repo.readSummary({ nowMs: c.now(), tz: TZ });
      expect(read.count).toBe(40);
      // Rebuilt and written back (a fresh reader gets it without rebuilding).
      expect(summarySchema.safeParse((await fakeBrowser.storage.local.get('summary')).summary).success).toBe(
        true,
      );
      const again = await storedSummary();
      expect(again.sessions.map((s) => s.id)).toEqual(good.sessions.map((s) => s.id));
      expect(again.useDays).toEqual(good.useDays);
      expect(again.monthCounts).toEqual(good.monthCounts);
      // Nothing lost: every session is still there.
      expect((await repo.load()).sessions.map((s) => s.id).sort()).toEqual(sessions.map((s) => s.id).sort());
      await expectSameAsHistory(repo, c.now(), { storedMustFit: true });
    });

  it('when a month was changed behind its back: the full load notices the fingerprint and rebuilds it', async () => {
    const { c, repo } = await seeded();
    const month = Object.keys((await storedSummary()).stamps)
      .sort()
      .at(-1) as string;
    const key = `sessions:${month}`;
    const raw = (await fakeBrowser.storage.local.get(key))[key] as string;
    const list = JSON.parse(raw) as Session[];
    // Another writer (an older version, a hand edit) adds a session without the summary.
    const extra = makeSession({ id: 'behind', when: list[0]?.when as string, area: 'scalp', needleMm: 0.5 });
    await fakeBrowser.storage.local.set({ [key]: JSON.stringify([...list, extra]) });
    await repo.load();
    const rebuilt = await storedSummary();
    expect(rebuilt.count).toBe(41);
    expect(rebuilt.sessions.map((s) => s.id)).toContain('behind');
    await expectSameAsHistory(repo, c.now(), { storedMustFit: true });
  });

  it('month counts from a summary built from other months than the index lists are not used', async () => {
    const { repo, sessions } = await seeded();
    const good = await storedSummary();
    // A month the index no longer lists (its chunk removed by another writer, index rewritten).
    const [dropped] = Object.keys(good.stamps).sort();
    const months = Object.keys(good.stamps)
      .sort()
      .filter((m) => m !== dropped);
    await fakeBrowser.storage.local.set({ sessions: { months } });
    await fakeBrowser.storage.local.remove(`sessions:${dropped}`);
    const left = sessions.filter((s) => s.when.slice(0, 7) !== dropped);
    expect(await repo.readMonthCounts()).toEqual(countsByMonth(left));
  });

  it('a rebuild that cannot be written (storage full) still answers', async () => {
    const { c, repo } = await seeded();
    await fakeBrowser.storage.local.remove('summary');
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      const read = await repo.readSummary({ nowMs: c.now(), tz: TZ });
      expect(read.count).toBe(40);
    } finally {
      fakeBrowser.storage.local.set = set;
    }
  });
});

// ---- concurrent writers ---------------------------------------------------------------------

describe('concurrent writers', () => {
  it('two repositories with the real lock: appends, edits, deletes and a reader at once end equal to a rebuild', async () => {
    const c = clock();
    const a = repoOf(c);
    const b = repoOf(c);
    await a.saveProfile(PROFILE);
    const base = Array.from({ length: 12 }, (_, i) =>
      makeSession({ id: `k${i}`, when: formatInstant(START_MS - i * 3 * DAY_MS, TZ), rollerId: 'r1' }),
    );
    await a.putSessions(base);
    await fakeBrowser.storage.local.remove('summary');
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 10; i++) {
      const s = makeSession({
        id: `n${i}`,
        when: formatInstant(START_MS - i * DAY_MS, TZ),
        area: AREAS[i % 3] as Area,
        rollerId: 'r2',
      });
      writes.push((i % 2 ? a : b).putSessions([s]));
    }
    writes.push(a.deleteSessions([base[1] as Session]));
    writes.push(
      b.putSessions([{ ...(base[2] as Session), when: formatInstant(START_MS, TZ) }], [base[2] as Session]),
    );
    writes.push(a.readSummary({ nowMs: c.now(), tz: TZ }));
    writes.push(b.update('settings', (s) => ({ ...s, theme: 'dark' })));
    writes.push(a.update('settings', (s) => ({ ...s, locale: 'de' })));
    await Promise.all(writes);
    const full = await a.load();
    expect(full.sessions).toHaveLength(12 - 1 + 10);
    // Neither settings change was lost.
    expect(full.settings).toMatchObject({ theme: 'dark', locale: 'de' });
    const stored = await storedSummary();
    const rebuilt = buildSummary(full.sessions, {
      anchorMs: stored.anchorMs,
      tz: TZ,
      horizonDays: stored.horizonDays,
      dataVersion: stored.dataVersion,
      stamps: stored.stamps,
    });
    expect(stored).toEqual(rebuilt);
    await expectSameAsHistory(a, c.now(), { storedMustFit: true });
  });

  it('(control) without the lock, the same interleaving leaves the summary out of step, so the test above can fail', async () => {
    const c = clock();
    const noLock = <T>(fn: () => Promise<T>) => fn();
    const a = repoOf(c, noLock);
    const b = repoOf(c, noLock);
    await a.saveProfile({ ...PROFILE });
    await a.saveSettings(DEFAULT_SETTINGS);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).putSessions([
          makeSession({ id: `u${i}`, when: formatInstant(START_MS - i * DAY_MS, TZ) }),
        ]),
      ),
    );
    const full = await a.load();
    const stored = await storedSummary();
    expect(stored.count === full.sessions.length && full.sessions.length === 10).toBe(false);
  });
});

describe('stored items', () => {
  it('the summary key is declared beside the others', () => {
    expect(KEYS.summary).toBe('local:summary');
  });
});
