import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summarySchema } from '../../../src/core/summary';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { makeSession } from '../../support/factories';

beforeEach(() => {
  resetStoreItems();
});

const stored = async () =>
  (await fakeBrowser.storage.local.get('summary')).summary as Record<string, unknown>;

async function seeded() {
  const repo = createRepository({
    now: () => Date.parse('2026-11-21T10:00:00+01:00'),
    tz: () => 'Europe/Berlin',
  });
  await repo.putSessions([
    makeSession({ id: 'a', when: '2026-10-03T09:00:00+02:00' }),
    makeSession({ id: 'b', when: '2026-11-03T09:00:00+01:00' }),
  ]);
  const summary = await stored();
  expect(summarySchema.safeParse(summary).success).toBe(true);
  return { repo, summary };
}

/** What load() does with the stored summary, whatever it reads it with (issue 12). */
describe("load() and the stored summary's fingerprints", () => {
  it('in step and valid: left as it is', async () => {
    const { repo, summary } = await seeded();
    await repo.load();
    expect(await stored()).toEqual(summary);
  });

  it('in step but not valid: left to its first reader, as a missing one is', async () => {
    const { repo, summary } = await seeded();
    const damaged = { ...summary, count: -1 };
    await fakeBrowser.storage.local.set({ summary: damaged });
    await repo.load();
    expect(await stored()).toEqual(damaged);
  });

  it('out of step and not valid: left to its first reader too', async () => {
    const { repo, summary } = await seeded();
    const damaged = { ...summary, count: 'many', stamps: { '2026-10': 'x', '2026-11': 'y' } };
    await fakeBrowser.storage.local.set({ summary: damaged });
    await repo.load();
    expect(await stored()).toEqual(damaged);
  });

  it('out of step and valid: rebuilt from the months', async () => {
    const { repo, summary } = await seeded();
    await fakeBrowser.storage.local.set({ summary: { ...summary, count: 7, stamps: { '2026-10': 'x' } } });
    await repo.load();
    expect(await stored()).toEqual(summary);
  });

  it('stamps that are not an object: validated, and left when invalid', async () => {
    const { repo, summary } = await seeded();
    const damaged = { ...summary, stamps: 'none' };
    await fakeBrowser.storage.local.set({ summary: damaged });
    await repo.load();
    expect(await stored()).toEqual(damaged);
  });
});
