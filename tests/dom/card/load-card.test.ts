import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardApi, setCardApi } from '../../../src/ui/card/api';
import { cardModuleStarted } from '../../../src/ui/card/load-card';

/**
 * Chrome's detector imports the card's file; "started" only when that import ran and left the
 * card's API in this frame, so that any other outcome falls back to the background's injection.
 */
describe('whether the card’s module started the card', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    setCardApi(undefined);
  });

  const moduleAt = (code: string) =>
    vi
      .spyOn(fakeBrowser.runtime, 'getURL')
      .mockReturnValue(`data:text/javascript,${encodeURIComponent(code)}`);

  it('a module that starts the card: started', async () => {
    moduleAt('globalThis.__rollerCoachCard = { update() {}, remove() {} };');
    expect(await cardModuleStarted()).toBe(true);
    expect(cardApi()).toBeDefined();
  });

  it('a module that ran but started nothing: not started', async () => {
    moduleAt('export const nothing = 1;');
    expect(await cardModuleStarted()).toBe(false);
  });

  it('an import that fails: not started, and no error thrown', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue('chrome-extension://nowhere/retailer-card.js');
    expect(await cardModuleStarted()).toBe(false);
  });
});
