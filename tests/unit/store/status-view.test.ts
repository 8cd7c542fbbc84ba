import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import {
  changesStatusInputs,
  onStatusInputsChanged,
  readStatusView,
  STATUS_VIEW_KEY,
  type StatusView,
  saveStatusView,
  statusInputsFingerprint,
  VIEW_RESERVE_BYTES,
} from '../../../src/store/status-view';
import { makeSession } from '../../support/factories';

const ENV = { build: 'build-1', tz: 'Europe/Berlin', languages: ['en-GB', 'en'] };
const ROLLER = {
  id: 'r1',
  name: 'R',
  kind: 'roller' as const,
  needleMm: 0.25,
  firstUse: '2026-10-01',
  retired: false,
  createdAt: '2026-10-01T08:00:00+02:00',
};
const NOW = Date.parse('2026-11-21T10:00:00+01:00');

beforeEach(() => {
  fakeBrowser.reset();
  resetStoreItems();
});

async function savedNow(over: Partial<StatusView> = {}): Promise<StatusView> {
  const view: StatusView = {
    v: 1,
    fingerprint: await statusInputsFingerprint(ENV),
    shownFrom: NOW - 60_000,
    validUntil: NOW + 3_600_000,
    html: '<main>status</main>',
    lang: 'en',
    theme: null,
    title: 'Roller Coach',
    countdown: { days: 'in {days} d {hours} h', hours: 'in {hours} h' },
    ...over,
  };
  await saveStatusView(view);
  return view;
}

describe('the saved status view is used only when nothing it was drawn from changed', () => {
  it('is used when storage, build, zone and languages are as they were, inside its span', async () => {
    await createRepository().saveProfile(DEFAULT_PROFILE);
    const view = await savedNow();
    expect((await readStatusView(ENV, NOW)).view).toEqual(view);
  });

  it.each([
    ['a new session', (r: ReturnType<typeof createRepository>) => r.putSessions([makeSession()])],
    [
      'a settings change',
      (r: ReturnType<typeof createRepository>) => r.saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' }),
    ],
    [
      'a profile change',
      (r: ReturnType<typeof createRepository>) => r.saveProfile({ ...DEFAULT_PROFILE, areas: ['scalp'] }),
    ],
    [
      'a roller change',
      (r: ReturnType<typeof createRepository>) => r.saveRollers([{ ...ROLLER, name: 'Renamed' }]),
    ],
    [
      'a backup downloaded',
      (r: ReturnType<typeof createRepository>) => r.saveBackupMemo({ lastAt: '2026-11-21T09:00:00+01:00' }),
    ],
  ])('is not used after %s', async (_what, change) => {
    const repo = createRepository();
    await repo.saveProfile(DEFAULT_PROFILE);
    await repo.saveRollers([ROLLER]);
    await savedNow();
    await change(repo);
    expect((await readStatusView(ENV, NOW)).view).toBeNull();
  });

  it.each([
    ['another build', { ...ENV, build: 'build-2' }],
    ['another time zone', { ...ENV, tz: 'America/New_York' }],
    ['other browser languages', { ...ENV, languages: ['de-DE'] }],
  ])('is not used with %s', async (_what, env) => {
    await savedNow();
    expect((await readStatusView(env, NOW)).view).toBeNull();
  });

  it('is not used after its span, nor with a clock set back before it was drawn', async () => {
    const view = await savedNow();
    expect((await readStatusView(ENV, view.validUntil)).view).toBeNull();
    expect((await readStatusView(ENV, view.shownFrom - 1)).view).toBeNull();
    expect((await readStatusView(ENV, view.validUntil - 1)).view).not.toBeNull();
  });

  it.each([
    ['not an object', 'hello'],
    ['another version', { v: 2 }],
    ['a missing field', { title: undefined }],
    ['a field of the wrong type', { validUntil: 'tomorrow' }],
  ])('an unreadable record (%s) is not used and does not throw', async (_what, bad) => {
    const good = await savedNow();
    const value = typeof bad === 'string' ? bad : { ...good, ...bad };
    await fakeBrowser.storage.local.set({ [STATUS_VIEW_KEY]: value });
    expect((await readStatusView(ENV, NOW)).view).toBeNull();
  });

  it('"delete everything" removes it with the history whose words it holds', async () => {
    const repo = createRepository();
    await repo.putSessions([makeSession()]);
    await savedNow();
    await repo.replaceAll({
      profile: DEFAULT_PROFILE,
      settings: DEFAULT_SETTINGS,
      rollers: [],
      sessions: [],
    });
    expect((await fakeBrowser.storage.local.get(STATUS_VIEW_KEY))[STATUS_VIEW_KEY]).toBeUndefined();
  });

  it('tells which storage changes touch what the status is drawn from', async () => {
    expect(changesStatusInputs(['summary'])).toBe(true);
    expect(changesStatusInputs(['settings$'])).toBe(true);
    expect(changesStatusInputs([STATUS_VIEW_KEY, 'background'])).toBe(false);
    let calls = 0;
    const stop = onStatusInputsChanged(() => calls++);
    await saveStatusView(await savedNow());
    expect(calls).toBe(0);
    await createRepository().saveProfile(DEFAULT_PROFILE);
    const seen = calls;
    expect(seen).toBeGreaterThan(0);
    stop();
    await createRepository().saveProfile({ ...DEFAULT_PROFILE, areas: ['neck'] });
    expect(calls).toBe(seen);
  });
});

describe("the saved view leaves the room to the user's data", () => {
  const QUOTA = 10 * 1024 * 1024;
  /** Chrome's quota on the fake area: `used` bytes taken. */
  function quota(used: number): () => void {
    const area = fakeBrowser.storage.local as unknown as Record<string, unknown>;
    const before = { QUOTA_BYTES: area.QUOTA_BYTES, getBytesInUse: area.getBytesInUse };
    area.QUOTA_BYTES = QUOTA;
    area.getBytesInUse = () => Promise.resolve(used);
    return () => Object.assign(area, before);
  }

  it('is saved while storage has room', async () => {
    const restore = quota(QUOTA - VIEW_RESERVE_BYTES - 1);
    try {
      await savedNow();
      expect((await readStatusView(ENV, NOW)).view).not.toBeNull();
    } finally {
      restore();
    }
  });

  it('is not saved when storage is nearly full (a session save may need those bytes)', async () => {
    const restore = quota(QUOTA - VIEW_RESERVE_BYTES + 1);
    try {
      const view = await savedNow();
      expect(await saveStatusView(view)).toBe(false);
      expect((await fakeBrowser.storage.local.get(STATUS_VIEW_KEY))[STATUS_VIEW_KEY]).toBeUndefined();
    } finally {
      restore();
    }
  });
});
