import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handleCardMessage } from '../../../src/background/messages';
import { DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { cardApi, detectorContext, setCardApi, shareDetectorContext } from '../../../src/ui/card/api';
import { createCardController } from '../../../src/ui/card/controller';
import { startCard } from '../../../src/ui/card/start';
import { cautionRoller } from '../../fixtures/retail/pages';

/**
 * Issue 17, point 5: the card's controller tears down by signal. Invalidating the content
 * script's context (the extension updated or turned off) removes the card, and no observer or
 * listener of it runs again: page clicks and storage changes ask the background for nothing.
 */
const URL_ = 'https://www.amazon.com/Derma-Roller/dp/B0RC000050';
let asked: string[] = [];

beforeEach(() => {
  resetStoreItems();
  asked = [];
  const win = window as unknown as { happyDOM: { setURL(u: string): void } };
  win.happyDOM.setURL(URL_);
  const doc = new DOMParser().parseFromString(cautionRoller(), 'text/html');
  document.body.innerHTML = doc.body.innerHTML;
  // The background's own handler answers (the fake browser's sendMessage answers with every
  // listener's reply in an array, where a browser gives the first).
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
    asked.push((m as { type: string }).type);
    return handleCardMessage(m as Parameters<typeof handleCardMessage>[0], {});
  });
});
afterEach(() => {
  document.body.innerHTML = '';
});

const card = () => document.querySelector('roller-coach-card');
const settle = (ms = 250) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await settle(20);
  }
}

describe('the card controller’s teardown by signal', () => {
  it('shows the card, follows clicks and storage changes while the context is valid', async () => {
    const ctx = new ContentScriptContext('retailer-card');
    createCardController(ctx).update();
    await until(() => card() !== null);
    expect(card()?.getAttribute('data-needle-mm')).toBe('0.5');
    expect(card()?.getAttribute('data-verdict')).toBe('caution');
    const before = asked.length;
    document.querySelector('#centerCol')?.dispatchEvent(new Event('click', { bubbles: true }));
    await until(() => asked.length > before);
    const afterClick = asked.length;
    await createRepository().saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await until(() => asked.length > afterClick && card()?.getAttribute('data-theme') === 'dark');
    ctx.abort();
  });

  it('invalidating the context removes the card and every listener: no click, mutation or storage change asks again', async () => {
    const ctx = new ContentScriptContext('retailer-card');
    createCardController(ctx).update();
    await until(() => card() !== null);
    await settle();
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(true);
    ctx.abort();
    expect(card()).toBeNull();
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
    // A listener or observer left behind would schedule another look through ctx.setTimeout.
    const timers = vi.spyOn(ctx, 'setTimeout');
    const before = asked.length;
    const root = document.querySelector('#centerCol');
    root?.dispatchEvent(new Event('click', { bubbles: true }));
    root?.dispatchEvent(new Event('change', { bubbles: true }));
    root?.append(document.createElement('p'));
    await createRepository().saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await settle(400);
    expect(timers).not.toHaveBeenCalled();
    expect(asked.length).toBe(before);
    expect(card()).toBeNull();
  });

  it('an update that was on its way when the context went mounts nothing', async () => {
    const ctx = new ContentScriptContext('retailer-card');
    createCardController(ctx).update();
    await until(() => asked.includes('roller-coach:card-model'));
    ctx.abort();
    await settle(400);
    expect(card()).toBeNull();
  });
});

describe('the card’s life starts from the detector’s context (one WXT context per frame)', () => {
  const cards = () => document.querySelectorAll('roller-coach-card').length;
  afterEach(() => {
    cardApi()?.remove();
    setCardApi(undefined);
    vi.restoreAllMocks();
  });

  /** A detector started in the frame, and the card started from its context and shown. */
  async function cardOnDetector(): Promise<ContentScriptContext> {
    const detector = new ContentScriptContext('retailer');
    shareDetectorContext(detector);
    expect(detectorContext()).toBe(detector);
    startCard();
    await until(() => card() !== null);
    return detector;
  }
  /** The card's script loaded again into the frame: it asks for the card again, and draws no second one. */
  async function loadCardAgain(): Promise<void> {
    const before = asked.length;
    startCard();
    await until(() => asked.length > before);
    await settle();
    expect(cards()).toBe(1);
  }
  /** The extension's context gone (updated, reloaded, turned off): runtime.id is unset. */
  const extensionGone = () =>
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);

  it('without a detector in the frame, the card’s script starts nothing and asks nothing', async () => {
    expect(detectorContext()).toBeUndefined();
    startCard();
    await settle(400);
    expect(cards()).toBe(0);
    expect(asked).toEqual([]);
    expect(cardApi()).toBeUndefined();
  });

  it('starts from the detector’s context; loaded again, it updates the card it left', async () => {
    const detector = await cardOnDetector();
    await loadCardAgain();
    detector.abort();
    expect(detectorContext()).toBeUndefined();
  });

  it('a detector injected again (the popup’s “check this page”) takes over; the card shown stays as it is', async () => {
    const first = await cardOnDetector();
    const shown = card();
    // WXT's context tells the older script of the same name that a newer one started.
    const second = new ContentScriptContext('retailer');
    expect(first.isInvalid).toBe(true);
    shareDetectorContext(second);
    expect(detectorContext()).toBe(second);
    await settle();
    expect(card()).toBe(shown);
    await loadCardAgain();
    expect(card()).toBe(shown);
    second.abort();
  });

  it('once the extension’s context is gone, the card goes with its detector’s context and starts no more', async () => {
    await cardOnDetector();
    extensionGone();
    // The new version's detector starting in the page ends the old one's context.
    new ContentScriptContext('retailer');
    expect(card()).toBeNull();
    expect(cardApi()).toBeUndefined();
    startCard();
    await settle(400);
    expect(card()).toBeNull();
  });

  it('with the extension’s context gone, the card’s next look removes it and asks nothing', async () => {
    const detector = await cardOnDetector();
    await settle();
    extensionGone();
    const before = asked.length;
    document.querySelector('#centerCol')?.dispatchEvent(new Event('click', { bubbles: true }));
    await until(() => card() === null);
    expect(asked.length).toBe(before);
    expect(cardApi()).toBeUndefined();
    vi.restoreAllMocks();
    detector.abort();
  });
});
