import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refresh } from '../../../src/background/start';
import { DEFAULT_PROFILE, type Profile } from '../../../src/core/schemas';
import { parseInstant } from '../../../src/core/time';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { ANSWERED_PROFILE, makeSession } from '../../support/factories';

const TZ = 'Europe/Berlin';
const at = (iso: string) => ({ now: () => parseInstant(iso), tz: () => TZ });

beforeEach(() => resetStoreItems());

/** Cheeks rolled on Nov 19 (no bleeding, red for 12 hours unless `unrecorded`). */
async function seed(
  notifications = { areaSafe: true, aftercare: true },
  { profile = ANSWERED_PROFILE as Profile, needleMm = 0.5, unrecorded = false } = {},
) {
  const repo = createRepository();
  await repo.saveProfile({ ...profile, areas: ['cheeks'], onboardedAt: '2026-10-01T08:00:00+02:00' });
  await repo.saveSettings({ notifications });
  const effects = unrecorded ? { bleeding: undefined } : { bleeding: 'none' as const, rednessHours: 12 };
  await repo.putSessions([
    makeSession({ area: 'cheeks', needleMm, when: '2026-11-19T09:00:00+01:00', ...effects }),
  ]);
  return repo;
}

/** The messages of the notifications sent after sleeping past the area's wait. */
async function notifiedAfterSleep(): Promise<string[]> {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id' as never);
  await refresh(at('2026-11-21T10:00:00+01:00'));
  await refresh(at('2026-11-27T08:00:00+01:00'));
  return create.mock.calls.map((c) => String((c[1] as unknown as { message?: string }).message));
}

describe('background refresh', () => {
  it('shows the days until the next area is safe on the badge and arms an alarm for the next change', async () => {
    await seed();
    await refresh(at('2026-11-21T10:00:00+01:00'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('5d');
    expect(await fakeBrowser.action.getTitle({})).toContain('5 day');
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name).sort()).toEqual(['roller-coach:next', 'roller-coach:tick']);
    // Next change: exercise allowed again 72 h after the session.
    expect(alarms.find((a) => a.name === 'roller-coach:next')?.scheduledTime).toBe(
      parseInstant('2026-11-22T09:00:00+01:00') + 1000,
    );
  });

  it('shows a warning mark while a contraindication applies', async () => {
    const repo = await seed();
    await repo.saveProfile({ areas: ['cheeks'], conditions: { 'bleeding-disorder': { present: true } } });
    // (the other questions unanswered: the block still wins)
    await refresh(at('2026-11-21T10:00:00+01:00'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('notifies once when an area becomes safe and when aftercare ends, catching up after sleep', async () => {
    await seed();
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id' as never);
    await refresh(at('2026-11-21T10:00:00+01:00')); // first look: only remembers
    expect(create).not.toHaveBeenCalled();
    // The machine slept until the area was safe again (Nov 26, 00:00) and beyond.
    await refresh(at('2026-11-27T08:00:00+01:00'));
    expect(create).toHaveBeenCalledOnce();
    const message = String(
      (create.mock.calls[0]?.[1] as unknown as { message?: string } | undefined)?.message,
    );
    expect(message).toContain('Cheeks: a session is possible again');
    expect(message).toContain('gives no medical advice');
    expect(message).not.toMatch(/safe/i);
    expect(message).toContain('Aftercare done: Keep out of the sun.');
    expect(message).not.toContain('No make-up'); // ended before the last look
    await refresh(at('2026-11-27T09:00:00+01:00'));
    expect(create).toHaveBeenCalledOnce();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('announces no area while a safety question is unanswered, and marks the badge', async () => {
    await seed(undefined, { profile: DEFAULT_PROFILE });
    const messages = await notifiedAfterSleep();
    expect(messages.join('\n')).not.toContain('possible again');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toContain('a warning applies');
  });

  it('announces no area whose needle is over 0.5 mm (not for home use)', async () => {
    await seed(undefined, { needleMm: 0.75 });
    const messages = await notifiedAfterSleep();
    expect(messages.join('\n')).not.toContain('possible again');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('says it is not medical advice also when it only announces the end of an aftercare step', async () => {
    await seed({ areaSafe: false, aftercare: true });
    const messages = await notifiedAfterSleep();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Aftercare done: Keep out of the sun.');
    expect(messages[0]).not.toContain('possible again');
    expect(messages[0]).toContain('gives no medical advice');
  });

  it('announces no area while the longer wait an unrecorded bleeding or redness may need is not over, and marks the badge', async () => {
    await seed(undefined, { unrecorded: true });
    const messages = await notifiedAfterSleep();
    expect(messages.join('\n')).not.toContain('possible again');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('sends nothing when notifications are off (the default)', async () => {
    await seed({ areaSafe: false, aftercare: false });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id' as never);
    await refresh(at('2026-11-21T10:00:00+01:00'));
    await refresh(at('2026-11-27T08:00:00+01:00'));
    expect(create).not.toHaveBeenCalled();
  });
});
