import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/start';

const deps = { now: () => Date.parse('2026-11-21T10:00:00+01:00'), tz: () => 'Europe/Berlin' };
const tabUrls = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url);

// The fake browser has no permission events nor registered scripts; the background uses them for the card.
beforeEach(() => {
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] } as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
});

// `npm run start:firefox` (web-ext run) and about:debugging load the add-on temporarily; Firefox
// says so in onInstalled. Then, and only then, the popup opens in a tab for the developer.
describe('install', () => {
  it.each([
    ['a temporary first install (Firefox, web-ext run)', { reason: 'install', temporary: true }, true],
    ['an ordinary install', { reason: 'install', temporary: false }, false],
    ['an install where the browser does not say (Chromium)', { reason: 'install' }, false],
    ['a temporary add-on reloaded (an update)', { reason: 'update', temporary: true }, false],
  ] as const)('%s', async (_, details, opens) => {
    startBackground(deps);
    await fakeBrowser.runtime.onInstalled.trigger(details as never);
    await new Promise((r) => setTimeout(r, 0));
    const popup = fakeBrowser.runtime.getURL('/popup.html');
    expect((await tabUrls()).includes(popup)).toBe(opens);
  });
});
