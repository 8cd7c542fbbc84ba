import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { createSettingsState } from '../../../src/ui/privacy/settings-state';
import { createMonthsState, earlierMonth } from '../../../src/ui/shared/months-state';
import { makeRoller, makeSession } from '../../support/factories';

// Issue 12 point 2: a page reads what it shows. The repository's read functions, the months
// state of the options history and the report, and the privacy page's settings-only state.

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const at = (month: string, day = 10) => `${month}-${String(day).padStart(2, '0')}T09:00:00+01:00`;
const MONTHS = ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

beforeEach(() => resetStoreItems());

async function seedMonths() {
  const repo = createRepository();
  const sessions = MONTHS.flatMap((m, i) =>
    Array.from({ length: i + 1 }, (_, k) => makeSession({ id: `${m}-${k}`, when: at(m, k + 1) })),
  );
  await repo.putSessions(sessions);
  return { repo, sessions };
}

describe('repository: reading some months', () => {
  it('lists the months newest first and reads only the months asked for, oldest first', async () => {
    const { repo } = await seedMonths();
    expect(await repo.listMonths()).toEqual([...MONTHS].reverse());
    const r = await repo.loadMonths(['2026-11', '2026-09']);
    expect(r.rejected).toEqual([]);
    expect(r.sessions.map((s) => s.id)).toEqual([
      '2026-09-0',
      '2026-09-1',
      '2026-09-2',
      '2026-11-0',
      '2026-11-1',
      '2026-11-2',
      '2026-11-3',
      '2026-11-4',
    ]);
    expect(Object.fromEntries(await repo.countMonths(['2026-07', '2026-10']))).toEqual({
      '2026-07': 1,
      '2026-10': 4,
    });
  });

  it('sets aside what does not validate in a month it reads, and leaves the months it does not read alone', async () => {
    const { repo } = await seedMonths();
    const bad = JSON.stringify([
      { id: 'broken', when: 'yesterday' },
      makeSession({ id: 'ok', when: at('2026-07') }),
    ]);
    await fakeBrowser.storage.local.set({ 'sessions:2026-07': bad, 'sessions:2026-08': '[not json' });
    const r = await repo.loadMonths(['2026-08', '2026-09']);
    expect(r.rejected.map((x) => x.key)).toEqual(['local:sessions:2026-08']);
    const raw = await local();
    expect(raw['sessions:2026-07']).toBe(bad); // not read: untouched
    expect(raw['sessions:2026-08']).toBe('[]'); // read: repaired, the raw value in quarantine
    expect((raw.quarantine as { raw: unknown }[]).map((q) => q.raw)).toEqual(['[not json']);
    // Counting does not validate: it says how many values are stored.
    expect((await repo.countMonths(['2026-07'])).get('2026-07')).toBe(2);
  });

  it('lists every stored month when the index is damaged, and repairs it', async () => {
    const { repo } = await seedMonths();
    await fakeBrowser.storage.local.set({ sessions: { months: ['2026-11', 42] } });
    expect(await repo.listMonths()).toEqual([...MONTHS].reverse());
    expect((await local()).sessions).toEqual({ months: MONTHS });
  });

  it('reads profile, settings and rollers without a session, and the settings alone', async () => {
    const { repo } = await seedMonths();
    await repo.saveRollers([makeRoller({ id: 'r' })]);
    await fakeBrowser.storage.local.set({ 'sessions:2026-11': '[broken' });
    const records = await repo.loadRecords();
    expect(records.rollers.map((r) => r.id)).toEqual(['r']);
    expect(records).not.toHaveProperty('sessions');
    await fakeBrowser.storage.local.set({ settings: { theme: 'neon', locale: 'de' } });
    const settings = await repo.readSettings();
    expect(settings.theme).toBe('auto');
    expect(settings.locale).toBe('de');
    // Neither read looked at the sessions: the broken month is still as it was.
    expect((await local())['sessions:2026-11']).toBe('[broken');
  });
});

describe('months state', () => {
  it('earlierMonth: null (everything) reads most', () => {
    expect(earlierMonth('2026-01', '2025-12')).toBe('2025-12');
    expect(earlierMonth('2025-12', '2026-01')).toBe('2025-12');
    expect(earlierMonth(null, '2026-01')).toBeNull();
    expect(earlierMonth('2026-01', null)).toBeNull();
  });

  it('holds the months from `from` on, reads older ones on demand, and follows changes of the months it holds', async () => {
    const { repo } = await seedMonths();
    const state = createMonthsState('2026-10');
    const stop = state.connect();
    await expect.poll(() => state.ready.value).toBe(true);
    expect(state.sessions.value.map((s) => s.id.slice(0, 7))).toEqual([
      ...Array(4).fill('2026-10'),
      ...Array(5).fill('2026-11'),
    ]);
    expect(state.complete.value).toBe(false);
    expect(state.months.value).toEqual([...MONTHS].reverse());
    // Another context logs a session this month and edits one in a month not read.
    await repo.putSessions([makeSession({ id: 'new', when: at('2026-11', 20) })]);
    await repo.putSessions([makeSession({ id: '2026-07-0', when: at('2026-07'), notes: 'edited' })]);
    await expect.poll(() => state.sessions.value.some((s) => s.id === 'new')).toBe(true);
    expect(state.sessions.value.some((s) => s.id === '2026-07-0')).toBe(false);
    await state.readFrom('2026-08');
    expect(state.sessions.value).toHaveLength(2 + 3 + 4 + 6);
    expect(state.complete.value).toBe(false);
    await state.readFrom(null);
    expect(state.complete.value).toBe(true);
    expect(state.sessions.value).toHaveLength(16);
    expect(state.sessions.value[0]).toMatchObject({ id: '2026-07-0', notes: 'edited' });
    // Reading from a later month never drops what is held.
    await state.readFrom('2026-11');
    expect(state.sessions.value).toHaveLength(16);
    stop();
  });

  it('reads years of months a few at a time into the same history load() gives, an id stored twice kept once (its latest edit)', async () => {
    const repo = createRepository();
    // 30 months (five batches, several asked for at once), two sessions each.
    const months = Array.from({ length: 30 }, (_, i) => {
      const d = new Date(Date.UTC(2024, i, 1));
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    });
    await repo.putSessions(
      months.flatMap((m) => [1, 2].map((day) => makeSession({ id: `${m}-${day}`, when: at(m, day) }))),
    );
    // The same id also in a month of another batch (an edit another version wrote twice): the
    // newer copy wins, wherever it is read.
    const twice = makeSession({
      id: `${months[0]}-1`,
      when: at(months[20] as string, 5),
      notes: 'newer',
      updatedAt: '2026-09-01T10:00:00+02:00',
    });
    const key = `sessions:${months[20]}`;
    const raw = JSON.parse((await local())[key] as string) as unknown[];
    await fakeBrowser.storage.local.set({ [key]: JSON.stringify([...raw, twice]) });
    const state = createMonthsState(null);
    state.connect();
    await expect.poll(() => state.ready.value).toBe(true);
    const full = await repo.load();
    expect(state.sessions.value).toEqual(full.sessions);
    expect(state.sessions.value).toHaveLength(60);
    expect(state.sessions.value.filter((s) => s.id === twice.id)).toEqual([twice]);
    expect(state.complete.value).toBe(true);
  });

  it('sets aside an unreadable value of a month it reads, as the full load does', async () => {
    await seedMonths();
    await fakeBrowser.storage.local.set({ 'sessions:2026-11': '[broken' });
    const state = createMonthsState('2026-11');
    state.connect();
    await expect.poll(() => state.ready.value).toBe(true);
    expect(state.rejected.value.map((r) => r.key)).toEqual(['local:sessions:2026-11']);
    expect(state.sessions.value).toEqual([]);
  });
});

describe('privacy page state', () => {
  it('reads the settings and what is set aside, and no session', async () => {
    await seedMonths();
    await fakeBrowser.storage.local.set({
      settings: { theme: 'dark', locale: 'fr', ruleOverrides: {} },
      'sessions:2026-11': '[broken',
    });
    const state = createSettingsState();
    const stop = state.connect();
    await expect.poll(() => state.ready.value).toBe(true);
    expect(state.settings.value).toMatchObject({ theme: 'dark', locale: 'fr' });
    expect(state.quarantine.value).toEqual([]);
    expect((await local())['sessions:2026-11']).toBe('[broken');
    // Live: a change of theme elsewhere, then an unreadable one (set aside, shown as the default).
    await fakeBrowser.storage.local.set({ settings: { theme: 'light', locale: 'fr', ruleOverrides: {} } });
    await expect.poll(() => state.settings.value.theme).toBe('light');
    await fakeBrowser.storage.local.set({ settings: { theme: 42, locale: 'fr', ruleOverrides: {} } });
    await expect.poll(() => state.quarantine.value.length).toBe(1);
    expect(state.settings.value.theme).toBe('auto');
    stop();
  });
});
