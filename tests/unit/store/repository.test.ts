import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository, ValidationFailed } from '../../../src/store/repository';
import { makeRoller, makeSession } from '../../support/factories';

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

beforeEach(() => {
  resetStoreItems();
});

describe('sessions', () => {
  it('round-trips sessions in time order, chunked by month with an index', async () => {
    const repo = createRepository();
    const late = makeSession({ when: '2026-11-03T08:00:00+01:00' });
    const early = makeSession({ when: '2026-10-30T08:00:00+01:00' });
    await repo.putSessions([late, early]);
    const { sessions, rejected } = await repo.load();
    expect(sessions.map((s) => s.id)).toEqual([early.id, late.id]);
    expect(rejected).toEqual([]);
    const raw = await local();
    expect(raw.sessions).toEqual({ months: ['2026-10', '2026-11'] });
    // Each month is one JSON string (much faster for Chrome to read than arrays of objects).
    expect(JSON.parse(raw['sessions:2026-10'] as string)).toEqual([early]);
    expect(JSON.parse(raw['sessions:2026-11'] as string)).toEqual([late]);
  });

  it('orders by instant, not by the text of the time (offsets differ)', async () => {
    const repo = createRepository();
    const tokyo = makeSession({ when: '2026-11-21T07:00:00+09:00' }); // 22:00 UTC on the 20th
    const london = makeSession({ when: '2026-11-21T01:00:00+00:00' });
    await repo.putSessions([london, tokyo]);
    expect((await repo.load()).sessions.map((s) => s.id)).toEqual([tokyo.id, london.id]);
  });

  it('moves an edited session to its new month without duplicating it', async () => {
    const repo = createRepository();
    const s = makeSession({ when: '2026-10-31T20:00:00+01:00' });
    await repo.putSessions([s]);
    await repo.putSessions([{ ...s, when: '2026-11-01T08:00:00+01:00', notes: 'moved' }], [s]);
    const { sessions } = await repo.load();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.notes).toBe('moved');
    expect((await local())['sessions:2026-10']).toBe('[]');
  });

  it('deletes and undoes a delete exactly', async () => {
    const repo = createRepository();
    const a = makeSession({ notes: 'keep' });
    const b = makeSession({ products: ['hyaluronic serum'], pain: 2 });
    await repo.putSessions([a, b]);
    const removed = await repo.deleteSessions([b]);
    expect(removed).toEqual([b]);
    expect((await repo.load()).sessions).toEqual([a]);
    await repo.putSessions(removed);
    expect((await repo.load()).sessions).toEqual([a, b]);
  });

  it('appending reads and writes only the month concerned (plus the index for a new month, and the summary)', async () => {
    const repo = createRepository();
    await repo.putSessions([makeSession({ when: '2025-03-01T08:00:00+01:00' })]);
    const before = (await local())['sessions:2025-03'];
    const setSpy = vi.spyOn(fakeBrowser.storage.local, 'set');
    await repo.putSessions([makeSession({ when: '2026-11-02T08:00:00+01:00' })]);
    expect(setSpy).toHaveBeenCalledTimes(1);
    // The summary the popup reads is written in the same call (with its fingerprint, which the
    // popup's first script reads): never out of step with the months.
    expect(Object.keys(setSpy.mock.calls[0]?.[0] ?? {}).sort()).toEqual([
      'sessions',
      'sessions:2026-11',
      'summary',
      'summaryStamp',
    ]);
    await repo.putSessions([makeSession({ when: '2026-11-03T08:00:00+01:00' })]);
    expect(Object.keys(setSpy.mock.calls[1]?.[0] ?? {})).toEqual([
      'sessions:2026-11',
      'summary',
      'summaryStamp',
    ]);
    expect((await local())['sessions:2025-03']).toBe(before);
  });

  it('deletes a session whose month was mis-named by the caller (looks everywhere)', async () => {
    const repo = createRepository();
    const s = makeSession({ when: '2026-05-05T08:00:00+02:00' });
    await repo.putSessions([s]);
    expect(await repo.deleteSessions([{ id: s.id, when: '2026-11-01T08:00:00+01:00' }])).toEqual([s]);
    expect((await repo.load()).sessions).toEqual([]);
  });

  it('reads a month stored as an array of objects (hand-written or older data)', async () => {
    const s = makeSession({ when: '2026-11-02T08:00:00+01:00' });
    await fakeBrowser.storage.local.set({ sessions: { months: ['2026-11'] }, 'sessions:2026-11': [s] });
    expect((await createRepository().load()).sessions).toEqual([s]);
  });

  it('sets aside a month whose stored text is damaged', async () => {
    await fakeBrowser.storage.local.set({
      sessions: { months: ['2026-11'] },
      'sessions:2026-11': '[{"id":"s1",',
    });
    const repo = createRepository();
    const r = await repo.load();
    expect(r.rejected).toMatchObject([
      { key: 'local:sessions:2026-11', issues: [{ key: 'errors.corrupt' }] },
    ]);
    expect((await repo.readQuarantine())[0]?.raw).toBe('[{"id":"s1",');
  });

  it('refuses invalid sessions with the reason and leaves storage exactly as it was', async () => {
    const repo = createRepository();
    await repo.putSessions([makeSession()]);
    const before = await local();
    const bad = [makeSession(), makeSession({ needleMm: 5 }), makeSession({ area: 'lips' as never })];
    const err = await repo.putSessions(bad).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationFailed);
    expect((err as ValidationFailed).issues).toEqual([
      { path: [1, 'needleMm'], key: 'errors.needle.tooLong' },
      { path: [2, 'area'], key: 'errors.area.forbidden' },
    ]);
    expect(await local()).toEqual(before);
  });
});

describe('corrupt storage', () => {
  it('keeps what validates, sets the rest aside in quarantine, and reports it once', async () => {
    const good = makeSession({ when: '2026-11-02T08:00:00+01:00' });
    const garbage = { id: 'x', when: 'yesterday', needleMm: -1 };
    await fakeBrowser.storage.local.set({
      sessions: { months: ['2026-11'] },
      'sessions:2026-11': [good, garbage, 'not a session'],
      profile: { areas: ['cheeks', 'eyelids'], ageBand: '22-plus' },
      rollers: 'oops',
      settings: { theme: 'dark', locale: 'klingon' },
    });
    const repo = createRepository();
    const first = await repo.load();
    expect(first.sessions).toEqual([good]);
    expect(first.settings.theme).toBe('dark');
    expect(first.settings.locale).toBe('auto');
    expect(first.profile.ageBand).toBe('22-plus');
    // Issue 14: only the forbidden entry is set aside, not the whole list of areas.
    expect(first.profile.areas).toEqual(['cheeks']);
    expect(first.rollers).toEqual([]);
    expect(first.rejected.map((r) => r.key).sort()).toEqual(
      [
        'local:profile',
        'local:rollers',
        'local:sessions:2026-11',
        'local:sessions:2026-11',
        'local:settings',
      ].sort(),
    );
    const quarantine = await repo.readQuarantine();
    expect(quarantine.map((q) => q.raw)).toContainEqual(garbage);
    expect(quarantine.map((q) => q.raw)).toContainEqual('oops');
    // Stored values were rewritten with what validated: the next load is clean.
    const second = await repo.load();
    expect(second.rejected).toEqual([]);
    expect(second.sessions).toEqual([good]);
    expect((await repo.readQuarantine()).length).toBe(quarantine.length);
  });

  it('sets a value aside once, even when storage gave it back with its keys in another order', async () => {
    const good = makeSession({ when: '2026-11-02T08:00:00+01:00' });
    const bad = { id: 'x', when: 'yesterday', area: 'cheeks', needleMm: 0.25 };
    // As Chrome returns it: keys sorted.
    const sorted = Object.fromEntries(Object.entries(bad).sort(([a], [b]) => a.localeCompare(b)));
    await fakeBrowser.storage.local.set({
      sessions: { months: ['2026-11'] },
      'sessions:2026-11': JSON.stringify([good, bad]),
      quarantine: [
        { key: 'local:sessions:2026-11', index: 1, at: '2026-11-02T09:00:00.000Z', issues: [], raw: sorted },
      ],
    });
    const repo = createRepository();
    await repo.load();
    expect(await repo.readQuarantine()).toHaveLength(1);
  });

  it('rebuilds a broken session index from the chunks that exist', async () => {
    const s = makeSession({ when: '2026-09-15T08:00:00+02:00' });
    await fakeBrowser.storage.local.set({ sessions: { months: 42 }, 'sessions:2026-09': [s] });
    const repo = createRepository();
    await repo.load();
    expect((await repo.load()).sessions).toEqual([s]);
  });
});

describe('concurrent writers', () => {
  async function interleave(useRealLock: boolean): Promise<number> {
    const contexts = Array.from({ length: 4 }, () =>
      createRepository(useRealLock ? {} : { lock: (fn) => fn() }),
    );
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 25; i++)
      for (const [c, repo] of contexts.entries())
        writes.push(
          repo.putSessions([
            makeSession({
              id: `c${c}-${i}`,
              when: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00+01:00`,
            }),
          ]),
        );
    await Promise.all(writes);
    return (await createRepository().load()).sessions.length;
  }

  it('popup, options and background appending at once lose no session', async () => {
    expect(await interleave(true)).toBe(100);
  });

  it('(control) without the lock the same interleaving loses sessions, so the test above can fail', async () => {
    expect(await interleave(false)).toBeLessThan(100);
  });
});

describe('replace all (import "replace")', () => {
  it('writes the new data and removes months that no longer exist', async () => {
    const repo = createRepository();
    await repo.putSessions([makeSession({ when: '2025-01-05T08:00:00+01:00' })]);
    const fresh = makeSession({ when: '2026-11-05T08:00:00+01:00' });
    const roller = makeRoller();
    const current = await repo.load();
    await repo.replaceAll({ ...current, sessions: [fresh], rollers: [roller] });
    const after = await repo.load();
    expect(after.sessions).toEqual([fresh]);
    expect(after.rollers).toEqual([roller]);
    const raw = await local();
    expect(raw['sessions:2025-01']).toBeUndefined();
    expect(raw.sessions).toEqual({ months: ['2026-11'] });
  });

  it('changes nothing when any part is invalid', async () => {
    const repo = createRepository();
    await repo.putSessions([makeSession()]);
    const before = await local();
    const current = await repo.load();
    await expect(
      repo.replaceAll({ ...current, sessions: [makeSession(), makeSession({ when: 'soon' })] }),
    ).rejects.toBeInstanceOf(ValidationFailed);
    expect(await local()).toEqual(before);
  });
});

describe('rollers, profile and settings', () => {
  it('upserts rollers by id and validates profile and settings', async () => {
    const repo = createRepository();
    const r = makeRoller();
    await repo.saveRollers([r]);
    await repo.saveRollers([{ ...r, retired: true }]);
    expect((await repo.load()).rollers).toEqual([{ ...r, retired: true }]);
    await expect(repo.saveProfile({ areas: ['lips'] })).rejects.toBeInstanceOf(ValidationFailed);
    await expect(
      repo.saveSettings({ ruleOverrides: { 'interval.caution': { value: 3 } } }),
    ).rejects.toBeInstanceOf(ValidationFailed);
    const saved = await repo.saveSettings({
      ruleOverrides: { 'interval.caution': { value: 3, looserAcknowledgedAt: '2026-11-01T10:00:00+01:00' } },
    });
    expect((await repo.load()).settings).toEqual(saved);
  });
});
