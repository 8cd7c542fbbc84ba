import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import type { Profile, Roller, Session, Settings } from '../../../src/core/schemas';
import { type ItemName, type ItemVersion, resetStoreItems, storeItems } from '../../../src/store/items';
import { chunkKey, KEYS } from '../../../src/store/keys';
import { rewriteEveryChunk } from '../../../src/store/migrations';
import { createRepository } from '../../../src/store/repository';
import { ANSWERED_PROFILE, makeRoller, makeSession } from '../../support/factories';

/**
 * Issue 17, point 6: migrations proven before they are needed. Data is written by today's
 * version 1 of every stored item; the items are then defined at a version 2 (on WXT's fake
 * browser, as a future release would) and read back through the repository.
 */
const MONTHS = ['2026-09', '2026-10', '2026-11'];

async function seedVersion1() {
  resetStoreItems();
  const repo = createRepository();
  await repo.saveProfile({ ...ANSWERED_PROFILE, areas: ['cheeks'], goals: ['texture'] });
  await repo.saveSettings({ locale: 'en' });
  await repo.saveRollers([makeRoller({ name: 'Face roller' }), makeRoller({ name: 'Body roller' })]);
  await repo.putSessions(
    MONTHS.flatMap((m) => [
      makeSession({ when: `${m}-05T09:00:00+02:00` }),
      makeSession({ when: `${m}-20T09:00:00+02:00` }),
    ]),
  );
  await storeItems().quarantine.setValue([
    {
      key: KEYS.rollers,
      at: '2026-11-01T08:00:00.000Z',
      issues: [{ path: ['name'], key: 'errors.name' }],
      raw: 7,
    },
  ]);
  await repo.saveBackupMemo({ lastAt: '2026-11-01T08:00:00+01:00', sessionsAtLast: 4 });
  await repo.saveBackgroundMemo({ checkedAt: 1, safeAreas: ['cheeks'] });
  return repo.load();
}

const rec = (v: unknown) => v as Record<string, unknown>;
const list = (v: unknown) => v as Record<string, unknown>[];

/** A version 2 of every item: each migration rewrites its value in a way the test can see. */
const VERSION_2: Record<ItemName, ItemVersion> = {
  profile: {
    version: 2,
    migrations: { 2: (p) => ({ ...rec(p), goals: [...(rec(p).goals as string[]), 'v2'] }) },
  },
  settings: { version: 2, migrations: { 2: (s) => ({ ...rec(s), locale: 'de' }) } },
  rollers: { version: 2, migrations: { 2: (r) => list(r).map((x) => ({ ...x, name: `${x.name} (v2)` })) } },
  sessionIndex: {
    version: 2,
    migrations: {
      2: rewriteEveryChunk((raw) =>
        JSON.stringify(list(JSON.parse(raw as string)).map((s) => ({ ...s, products: ['v2'] }))),
      ),
    },
  },
  quarantine: { version: 2, migrations: { 2: (q) => list(q).map((e) => ({ ...e, raw: { v1: e.raw } })) } },
  backup: {
    version: 2,
    migrations: { 2: (b) => ({ ...rec(b), snoozedUntil: '2026-12-01T08:00:00+01:00' }) },
  },
  background: { version: 2, migrations: { 2: (m) => ({ ...rec(m), safeAreas: ['cheeks', 'forehead'] }) } },
};

const ITEM_KEYS: Record<ItemName, string> = {
  profile: KEYS.profile,
  settings: KEYS.settings,
  rollers: KEYS.rollers,
  sessionIndex: KEYS.sessionIndex,
  quarantine: KEYS.quarantine,
  backup: KEYS.backup,
  background: KEYS.background,
};

async function rawChunks(): Promise<unknown[]> {
  return (await storage.getItems(MONTHS.map(chunkKey))).map((c) => c.value);
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return () => {
    vi.restoreAllMocks();
    resetStoreItems();
  };
});

describe('stored items at a version 2', () => {
  it('rewrites every value of every item, every month chunk included, and records version 2', async () => {
    const before = await seedVersion1();
    expect(before.sessions).toHaveLength(6);
    resetStoreItems(VERSION_2);
    const repo = createRepository();
    const after = await repo.load();
    expect(after.rejected).toEqual([]);
    expect((after.profile as Profile).goals).toEqual(['texture', 'v2']);
    expect((after.settings as Settings).locale).toBe('de');
    expect((after.rollers as Roller[]).map((r) => r.name)).toEqual(['Face roller (v2)', 'Body roller (v2)']);
    // Every session of every month, read back through the repository and straight from storage.
    expect(after.sessions).toHaveLength(6);
    expect(after.sessions.every((s: Session) => s.products.join() === 'v2')).toBe(true);
    for (const chunk of await rawChunks())
      expect(list(JSON.parse(chunk as string)).map((s) => s.products)).toEqual([['v2'], ['v2']]);
    expect((await repo.readQuarantine()).map((e) => e.raw)).toEqual([{ v1: 7 }]);
    expect((await repo.readBackupMemo()).snoozedUntil).toBe('2026-12-01T08:00:00+01:00');
    expect((await repo.readBackgroundMemo())?.safeAreas).toEqual(['cheeks', 'forehead']);
    for (const [name, key] of Object.entries(ITEM_KEYS))
      expect(await storage.getMeta(key as `local:${string}`), name).toEqual({ v: 2 });
  });

  it('runs once: the version-2 data read again by version 2 is not rewritten twice', async () => {
    await seedVersion1();
    resetStoreItems(VERSION_2);
    await createRepository().load();
    resetStoreItems(VERSION_2);
    const again = await createRepository().load();
    expect((again.profile as Profile).goals).toEqual(['texture', 'v2']);
    expect((again.rollers as Roller[])[0]?.name).toBe('Face roller (v2)');
  });

  it('a migration that fails leaves the old data readable: every item as version 1 wrote it', async () => {
    const before = await seedVersion1();
    const chunksBefore = await rawChunks();
    const boom = () => {
      throw new Error('v2 cannot read this');
    };
    let seen = 0;
    resetStoreItems({
      profile: { version: 2, migrations: { 2: boom } },
      rollers: { version: 2, migrations: { 2: boom } },
      // Fails on the last month, after the first two were transformed (in memory).
      sessionIndex: {
        version: 2,
        migrations: {
          2: rewriteEveryChunk((raw) => {
            seen += 1;
            if (seen === MONTHS.length) throw new Error('a month v2 cannot read');
            return JSON.stringify(list(JSON.parse(raw as string)).map((s) => ({ ...s, products: ['v2'] })));
          }),
        },
      },
    });
    const after = await createRepository().load();
    expect(seen).toBe(MONTHS.length);
    expect(after.rejected).toEqual([]);
    expect(after.profile).toEqual(before.profile);
    expect(after.rollers).toEqual(before.rollers);
    expect(after.sessions).toEqual(before.sessions);
    expect(await rawChunks()).toEqual(chunksBefore);
    // Still at version 1 (no mark of 2): a fixed release runs the migration again.
    expect(await storage.getMeta(KEYS.profile)).not.toEqual({ v: 2 });
    expect(await storage.getMeta(KEYS.sessionIndex)).not.toEqual({ v: 2 });
    expect(console.error).toHaveBeenCalled();
  });
});
