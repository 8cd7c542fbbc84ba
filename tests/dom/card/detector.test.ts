import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setCardApi } from '../../../src/ui/card/api';
import { startDetector } from '../../../src/ui/card/detector';
import { firstLook } from '../../../src/ui/card/first-look';
import { amazonPage, cautionRoller } from '../../fixtures/retail/pages';
import { parse } from '../retail/load';

const URL_ = new URL('https://www.amazon.com/x/dp/B0RC000777');

/** Issue 11, point 3: the detector reads past a vague title (bullets), within its budget. */
describe('the detector’s first look past a vague title', () => {
  it.each([
    [
      'Hair Growth Kit for Men, Beard and Scalp',
      ['Includes a 0.5mm derma roller with 540 titanium needles'],
      'device',
    ],
    ['Glowtech Q2 Professional', ['Wireless microneedling device, 12-pin cartridges'], 'device'],
    ['Biotin Hair Growth Serum 60 ml', ['Works great with a derma roller for best results'], 'not-a-device'],
    [
      'Hair Growth Kit for Men, Beard and Scalp',
      ['Biotin shampoo and conditioner, 250 ml each'],
      'not-a-device',
    ],
    ['Jade Roller and Gua Sha Set', ['Not a derma roller: no needles'], 'not-a-device'],
  ] as const)('%s + %j: %s', (title, bullets, found) => {
    expect(firstLook(parse(amazonPage({ title, bullets: [...bullets] })), URL_).found).toBe(found);
  });

  it('reads at most DETAILS_BUDGET characters of the details', () => {
    const filler = 'Soft bristles for a gentle clean. '.repeat(200);
    const late = amazonPage({ title: 'Hair Growth Kit', bullets: [filler, 'Includes a 0.5mm derma roller'] });
    expect(firstLook(parse(late), URL_).found).toBe('not-a-device');
  });
});

/**
 * Unknown is not "no": a page that may sell a device, and no answer from the background (it
 * failed, or the extension is reloading), is "not checked" in the popup's "Check this shop page",
 * never "no product was found".
 */
describe('the detector when the background does not answer', () => {
  const ROLLER_URL = 'https://www.amazon.com/Derma-Roller/dp/B0RC000050';
  beforeEach(() => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(ROLLER_URL);
    const doc = new DOMParser().parseFromString(cautionRoller(), 'text/html');
    document.body.innerHTML = doc.body.innerHTML;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it.each([
    ['throws', () => Promise.reject(new Error('Could not establish connection'))],
    ['answers nothing', () => Promise.resolve(undefined)],
    ['answers an error', () => Promise.resolve({ ok: false, error: 'storage is corrupt' })],
  ])('%s: not checked', async (_, answer) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(answer as never);
    const ctx = new ContentScriptContext('retailer');
    try {
      expect(await startDetector(ctx)).toBe('not-checked');
    } finally {
      ctx.abort();
    }
  });

  it('the same page with an answer: the answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      found: 'turned-off',
    } as never);
    const ctx = new ContentScriptContext('retailer');
    try {
      expect(await startDetector(ctx)).toBe('turned-off');
    } finally {
      ctx.abort();
    }
  });
});

const loadCard = vi.hoisted(() => ({ calls: 0, fail: false, starts: true }));
vi.mock('../../../src/ui/card/load-card', async () => {
  const { setCardApi } = await import('../../../src/ui/card/api');
  return {
    DETECTOR_LOADS_CARD: true,
    // The import fails, or runs the card's module, which starts the card (src/ui/card/start.ts).
    cardModuleStarted: async () => {
      loadCard.calls += 1;
      if (loadCard.fail) return false;
      if (loadCard.starts) setCardApi({ update() {}, remove() {} });
      return loadCard.starts;
    },
  };
});

/**
 * Chrome's detector loads the card's code itself (src/ui/card/load-card.ts): it says so to the
 * background, and loads it only when the background answers "card".
 */
describe('the detector that loads the card itself', () => {
  const ROLLER_URL = 'https://www.amazon.com/Derma-Roller/dp/B0RC000050';
  beforeEach(() => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(ROLLER_URL);
    document.body.innerHTML = new DOMParser().parseFromString(cautionRoller(), 'text/html').body.innerHTML;
    loadCard.calls = 0;
    loadCard.fail = false;
    loadCard.starts = true;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    setCardApi(undefined);
    document.body.innerHTML = '';
  });

  async function detect(found: string): Promise<{ result: string; sent: unknown[] }> {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => {
      sent.push(m);
      return { ok: true, found };
    }) as never);
    const ctx = new ContentScriptContext('retailer');
    try {
      return { result: await startDetector(ctx), sent };
    } finally {
      ctx.abort();
    }
  }

  it('answered "card": says it loads the card, and loads it once', async () => {
    const { result, sent } = await detect('card');
    expect(result).toBe('card');
    expect(sent).toMatchObject([{ type: 'roller-coach:detected', cardLoaded: false, loadsCard: true }]);
    expect(loadCard.calls).toBe(1);
  });

  it.each(['turned-off', 'not-a-device'])('answered "%s": loads nothing', async (found) => {
    expect((await detect(found)).result).toBe(found);
    expect(loadCard.calls).toBe(0);
  });

  it('the card’s module ran already in this frame (no card started): the background is asked to inject it', async () => {
    loadCard.starts = false;
    const { result, sent } = await detect('card');
    expect(result).toBe('card');
    expect(loadCard.calls).toBe(1);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ loadsCard: true });
    expect(sent[1]).not.toHaveProperty('loadsCard');
  });

  it('the card’s file fails to load (a page it is not web-accessible to): the background is asked to inject it', async () => {
    loadCard.fail = true;
    const { result, sent } = await detect('card');
    expect(result).toBe('card');
    expect(sent).toHaveLength(2);
    expect(sent[1]).not.toHaveProperty('loadsCard');
  });

  it('neither loads: not checked, never "no product"', async () => {
    loadCard.fail = true;
    let asked = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => {
      asked += 1;
      if (asked > 1) throw new Error('Could not establish connection');
      return { ok: true, found: 'card' };
    }) as never);
    const ctx = new ContentScriptContext('retailer');
    try {
      expect(await startDetector(ctx)).toBe('not-checked');
    } finally {
      ctx.abort();
    }
  });
});
