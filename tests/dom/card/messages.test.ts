import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyCardAction, handleCardMessage } from '../../../src/background/messages';
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
    expect(await handleCardMessage({ type: 'roller-coach:inject-card' }, {})).toMatchObject({ ok: false });
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
