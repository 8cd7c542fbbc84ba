import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/start';
import type { Profile } from '../../../src/core/schemas';
import { parseInstant } from '../../../src/core/time';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { ANSWERED_PROFILE, makeSession } from '../../support/factories';

/**
 * Issue 17, point 7: the service worker as the browser wakes it. `startBackground` is wired to
 * WXT's fake browser and each event is fired with `trigger`; every case checks what a user (or
 * the card) would see: the badge, the alarms armed, the reply. The clock moves a day before
 * each event, so a badge that shows the new count proves that event led to a fresh look.
 */
const TZ = 'Europe/Berlin';
let nowMs = 0;
const deps = { now: () => nowMs, tz: () => TZ };
const setNow = (iso: string) => {
  nowMs = parseInstant(iso);
};

beforeEach(async () => {
  resetStoreItems();
  // The card's granted-sites sync asks for APIs the fake browser does not mock: it only warns.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // The fake browser has no permission events: the worker only subscribes to them here.
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  const repo = createRepository();
  await repo.saveProfile({
    ...(ANSWERED_PROFILE as Profile),
    areas: ['cheeks'],
    onboardedAt: '2026-10-01T08:00:00+02:00',
  });
  // Cheeks rolled on Nov 19 at 0.5 mm, no bleeding, red for 12 hours: possible again on Nov 26.
  await repo.putSessions([
    makeSession({
      area: 'cheeks',
      needleMm: 0.5,
      bleeding: 'none',
      rednessHours: 12,
      when: '2026-11-19T09:00:00+01:00',
    }),
  ]);
});

afterEach(() => vi.restoreAllMocks());

/** Wait until a refresh made at the current `nowMs` has finished (its memo is its last write). */
async function refreshedNow(): Promise<void> {
  await vi.waitFor(
    async () => {
      expect((await createRepository().readBackgroundMemo())?.checkedAt).toBe(nowMs);
    },
    { timeout: 3000, interval: 20 },
  );
}

const badge = () => fakeBrowser.action.getBadgeText({});
const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();

/** Start the worker (it looks once on start) and clear what that first look showed. */
async function started(): Promise<void> {
  setNow('2026-11-21T10:00:00+01:00');
  startBackground(deps);
  await refreshedNow();
  expect(await badge()).toBe('5d');
  await fakeBrowser.action.setBadgeText({ text: '' });
  await fakeBrowser.alarms.clearAll();
}

describe('background events on the fake browser (startBackground)', () => {
  it('on start: shows the wait on the badge and arms the tick and next-change alarms', async () => {
    setNow('2026-11-21T10:00:00+01:00');
    startBackground(deps);
    await refreshedNow();
    expect(await badge()).toBe('5d');
    expect(await alarmNames()).toEqual(['roller-coach:next', 'roller-coach:tick']);
  });

  it('on install: looks again (new badge, alarms re-armed); a temporary install opens the popup in a tab', async () => {
    await started();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    setNow('2026-11-22T10:00:00+01:00');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: true } as never);
    await refreshedNow();
    expect(await badge()).toBe('4d');
    expect(await alarmNames()).toEqual(['roller-coach:next', 'roller-coach:tick']);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html') });
  });

  it('on an update (not a temporary install): looks again and opens no tab', async () => {
    await started();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    setNow('2026-11-22T10:00:00+01:00');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' } as never);
    await refreshedNow();
    expect(await badge()).toBe('4d');
    expect(create).not.toHaveBeenCalled();
  });

  it('on browser start-up: looks again and re-arms the alarms', async () => {
    await started();
    setNow('2026-11-23T10:00:00+01:00');
    await fakeBrowser.runtime.onStartup.trigger();
    await refreshedNow();
    expect(await badge()).toBe('3d');
    expect(await alarmNames()).toEqual(['roller-coach:next', 'roller-coach:tick']);
  });

  it('on its own alarms: the next-change alarm clears the badge once the area is possible again', async () => {
    await started();
    setNow('2026-11-27T09:00:00+01:00');
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'roller-coach:next',
      scheduledTime: nowMs,
      persistAcrossSessions: false,
    });
    await refreshedNow();
    expect(await badge()).toBe('');
    // Re-armed (the test cleared them): the periodic tick is always there.
    expect(await alarmNames()).toContain('roller-coach:tick');
    await fakeBrowser.alarms.clearAll();
    setNow('2026-11-27T10:00:00+01:00');
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'roller-coach:tick',
      scheduledTime: nowMs,
      persistAcrossSessions: false,
    });
    await refreshedNow();
    expect(await alarmNames()).toContain('roller-coach:tick');
  });

  it('ignores an alarm that is not its own', async () => {
    await started();
    const before = nowMs;
    setNow('2026-11-22T10:00:00+01:00');
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'someone-else',
      scheduledTime: nowMs,
      persistAcrossSessions: false,
    });
    await new Promise((r) => setTimeout(r, 400));
    expect((await createRepository().readBackgroundMemo())?.checkedAt).toBe(before);
    expect(await badge()).toBe('');
    expect(await alarmNames()).toEqual([]);
  });

  it('on a storage change: a contraindication saved in the popup turns the badge to a warning', async () => {
    await started();
    setNow('2026-11-22T10:00:00+01:00');
    // A real write: the fake storage fires storage.onChanged as the browser would.
    await createRepository().saveProfile({
      ...(ANSWERED_PROFILE as Profile),
      areas: ['cheeks'],
      onboardedAt: '2026-10-01T08:00:00+02:00',
      conditions: { ...(ANSWERED_PROFILE as Profile).conditions, 'bleeding-disorder': { present: true } },
    });
    await refreshedNow();
    expect(await badge()).toBe('!');
  });

  it('does not react to its own memo write, nor to the version mark WXT writes beside it', async () => {
    // started() made the first memo write ever, which also wrote `background$` ({ v: 1 }).
    await started();
    const memo = await createRepository().readBackgroundMemo();
    setNow('2026-11-22T10:00:00+01:00');
    await fakeBrowser.storage.onChanged.trigger({ background: { oldValue: memo, newValue: memo } }, 'local');
    await new Promise((r) => setTimeout(r, 500));
    expect((await createRepository().readBackgroundMemo())?.checkedAt).not.toBe(nowMs);
    expect(await badge()).toBe('');
  });

  it('on a card message: replies ok and the settings change is stored (then the badge is looked at again)', async () => {
    await started();
    setNow('2026-11-22T10:00:00+01:00');
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'roller-coach:card-settings', action: 'disable-site', site: 'www.amazon.de' },
      { id: fakeBrowser.runtime.id },
      () => undefined,
    );
    expect(replies.filter((r) => r !== undefined)).toEqual([{ ok: true }]);
    const { settings } = await createRepository().load();
    expect(settings.card.disabledSites).toEqual(['www.amazon.de']);
    // The settings write is a storage change: the worker looks again.
    await refreshedNow();
    expect(await badge()).toBe('4d');
  });

  it('leaves alone a message from another extension and a message it does not know', async () => {
    await started();
    const foreign = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'roller-coach:card-settings', action: 'disable-all' },
      { id: 'someone-else@example.org' },
      () => undefined,
    );
    const unknown = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'roller-coach:nope' },
      {},
      () => undefined,
    );
    expect([...foreign, ...unknown].filter((r) => r !== undefined)).toEqual([]);
    expect((await createRepository().load()).settings.card.enabled).toBe(true);
  });
});
