import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyCardAction, handleCardMessage, isCardMessage } from '../../../src/background/messages';
import { DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';

beforeEach(() => resetStoreItems());

describe('card settings, written by the background', () => {
  it('keeps each list free of duplicates and within the schema’s limits, newest kept', () => {
    let s = DEFAULT_SETTINGS;
    s = applyCardAction(s, { action: 'disable-site', site: 'amazon.com' });
    s = applyCardAction(s, { action: 'disable-site', site: 'amazon.com' });
    expect(s.card.disabledSites).toEqual(['amazon.com']);
    for (let i = 0; i < 2005; i++)
      s = applyCardAction(s, { action: 'dismiss-product', productKey: `amazon:${i}` });
    expect(s.card.dismissedProducts).toHaveLength(2000);
    expect(s.card.dismissedProducts.at(-1)).toBe('amazon:2004');
    expect(applyCardAction(s, { action: 'disable-all' }).card.enabled).toBe(false);
  });

  it('changes only the card part of the stored settings, validated', async () => {
    const repo = createRepository();
    await repo.saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark', locale: 'de' });
    expect(
      await handleCardMessage(
        { type: 'roller-coach:card-settings', action: 'disable-site', site: 'ebay.de' },
        {},
      ),
    ).toEqual({
      ok: true,
    });
    expect(
      await handleCardMessage(
        { type: 'roller-coach:card-settings', action: 'dismiss-product', productKey: 'ebay:123456789012' },
        {},
      ),
    ).toEqual({ ok: true });
    const { settings } = await repo.load();
    expect(settings).toMatchObject({
      theme: 'dark',
      locale: 'de',
      card: { enabled: true, disabledSites: ['ebay.de'], dismissedProducts: ['ebay:123456789012'] },
    });
  });

  it('refuses a product key the schema refuses, and leaves storage unchanged', async () => {
    const r = await handleCardMessage(
      { type: 'roller-coach:card-settings', action: 'dismiss-product', productKey: 'x'.repeat(301) },
      {},
    );
    expect(r.ok).toBe(false);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('cannot load the card without a tab to load it into', async () => {
    const detected = {
      type: 'roller-coach:detected',
      texts: { title: 'Derma Roller 0.5mm, 540 titanium needles', context: [], details: [] },
      site: 'amazon.com',
      productKey: 'amazon:B0RC000777',
      cardLoaded: false,
    } as const;
    expect(await handleCardMessage(detected, {})).toMatchObject({ ok: false });
  });
});

/**
 * The detector sends the texts of a page that may sell a device; the background classifies them,
 * checks the user's card settings and loads the card (the shop's page runs neither the classifier
 * nor a storage read).
 */
describe('what the detector found, decided by the background', () => {
  const ROLLER = { title: 'Derma Roller 0.5mm, 540 titanium needles', context: [], details: [] };
  const message = (texts: { title: string; context: string[]; details: string[] }, cardLoaded = false) =>
    ({
      type: 'roller-coach:detected',
      texts,
      site: 'amazon.com',
      productKey: 'amazon:B0RC000777',
      cardLoaded,
    }) as const;
  const SENDER = { tab: { id: 7 }, frameId: 3 };

  async function withScripting<T>(run: (loaded: unknown[]) => Promise<T>): Promise<T> {
    const loaded: unknown[] = [];
    Object.assign(fakeBrowser, { scripting: { executeScript: async (o: unknown) => void loaded.push(o) } });
    try {
      return await run(loaded);
    } finally {
      delete (fakeBrowser as { scripting?: unknown }).scripting;
    }
  }

  it.each([
    ['a roller', ROLLER, 'card'],
    [
      'a serum for microneedling',
      { title: 'Hyaluronic Serum for Microneedling 30 ml', context: [], details: [] },
      'not-a-device',
    ],
    [
      'a kit whose bullets name a roller',
      { title: 'Hair Growth Kit for Men', context: [], details: ['Includes a 0.5mm derma roller'] },
      'card',
    ],
    [
      'a jade roller whose bullets say derma roller',
      { title: 'Jade Roller and Gua Sha Set', context: [], details: ['Not a derma roller: no needles'] },
      'not-a-device',
    ],
  ] as const)('%s: %s, the card loaded into the asking frame only then', async (_, texts, found) =>
    withScripting(async (loaded) => {
      const reply = await handleCardMessage(
        message({ ...texts, context: [...texts.context], details: [...texts.details] }),
        SENDER,
      );
      expect(reply).toEqual({ ok: true, found });
      expect(loaded).toEqual(
        found === 'card' ? [{ target: { tabId: 7, frameIds: [3] }, files: ['/retailer-card.js'] }] : [],
      );
    }),
  );

  it('turned off on this site: says so and loads nothing', async () => {
    await createRepository().saveSettings({
      ...DEFAULT_SETTINGS,
      card: { ...DEFAULT_SETTINGS.card, disabledSites: ['amazon.com'] },
    });
    await withScripting(async (loaded) => {
      expect(await handleCardMessage(message(ROLLER), SENDER)).toEqual({ ok: true, found: 'turned-off' });
      expect(loaded).toEqual([]);
    });
  });

  it('with the card already in the frame: answers card and loads it no second time', async () =>
    withScripting(async (loaded) => {
      expect(await handleCardMessage(message(ROLLER, true), SENDER)).toEqual({ ok: true, found: 'card' });
      expect(loaded).toEqual([]);
    }));
});

describe('a detector that loads the card itself (Chrome: src/ui/card/load-card.ts)', () => {
  const SENDER = { tab: { id: 7 }, frameId: 3 };
  const loadsCard = (title: string) =>
    ({
      type: 'roller-coach:detected',
      texts: { title, context: [], details: [] },
      site: 'amazon.com',
      productKey: 'amazon:B0RC000777',
      cardLoaded: false,
      loadsCard: true,
    }) as const;

  async function injected(run: () => Promise<void>): Promise<unknown[]> {
    const loaded: unknown[] = [];
    Object.assign(fakeBrowser, { scripting: { executeScript: async (o: unknown) => void loaded.push(o) } });
    try {
      await run();
    } finally {
      delete (fakeBrowser as { scripting?: unknown }).scripting;
    }
    return loaded;
  }

  it.each([
    ['Derma Roller 0.5mm, 540 titanium needles', 'card'],
    ['Hyaluronic Serum for Microneedling 30 ml', 'not-a-device'],
  ] as const)('%s: %s, and nothing injected', async (title, found) => {
    const loaded = await injected(async () => {
      expect(await handleCardMessage(loadsCard(title), SENDER)).toEqual({ ok: true, found });
    });
    expect(loaded).toEqual([]);
  });

  it('turned off on this site: still says so', async () => {
    await createRepository().saveSettings({
      ...DEFAULT_SETTINGS,
      card: { ...DEFAULT_SETTINGS.card, disabledSites: ['amazon.com'] },
    });
    const loaded = await injected(async () => {
      expect(await handleCardMessage(loadsCard('Derma Roller 0.5mm'), SENDER)).toEqual({
        ok: true,
        found: 'turned-off',
      });
    });
    expect(loaded).toEqual([]);
  });

  it('a message whose loadsCard is not a boolean is not one of the card’s', () => {
    expect(isCardMessage(loadsCard('Derma Roller 0.5mm'))).toBe(true);
    expect(isCardMessage({ ...loadsCard('Derma Roller 0.5mm'), loadsCard: 'yes' })).toBe(false);
  });
});

describe('shops the user allowed for good', () => {
  it('get the detector through one registered content script, kept in step with the grants', async () => {
    const { syncGrantedSites } = await import('../../../src/background/messages');
    const registered = new Map<string, { matches: string[]; js: string[] }>();
    const scripting = {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        ids.filter((id) => registered.has(id)).map((id) => ({ id })),
      registerContentScripts: async (s: { id: string; matches: string[]; js: string[] }[]) => {
        for (const x of s) registered.set(x.id, x);
      },
      updateContentScripts: async (s: { id: string; matches: string[]; js: string[] }[]) => {
        for (const x of s) registered.set(x.id, x);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
      },
    };
    let origins = ['https://*.amazon.com/*', 'https://skin.example/*'];
    Object.assign(fakeBrowser, { scripting });
    const getAll = fakeBrowser.permissions.getAll;
    fakeBrowser.permissions.getAll = async () => ({ origins, permissions: [] });
    try {
      expect(await syncGrantedSites()).toEqual(['https://skin.example/*']);
      expect([...registered.values()]).toMatchObject([
        { matches: ['https://skin.example/*'], js: ['content-scripts/retailer.js'] },
      ]);
      origins = ['https://skin.example/*', 'https://other.example/*'];
      await syncGrantedSites();
      expect([...registered.values()][0]?.matches).toEqual(origins);
      origins = [];
      await syncGrantedSites();
      expect(registered.size).toBe(0);
    } finally {
      fakeBrowser.permissions.getAll = getAll;
      delete (fakeBrowser as { scripting?: unknown }).scripting;
    }
  });
});
