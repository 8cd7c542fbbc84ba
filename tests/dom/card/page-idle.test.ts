import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterPageLoad, IDLE_WAIT_MS, LOAD_WAIT_MS } from '../../../src/ui/card/page-idle';

/** The detector's first look waits for the shop's page to load, but never long (issue 12). */
describe('after the page’s load', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const settled = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    return () => done;
  };

  it('a page already loaded: at once (its next idle moment)', async () => {
    vi.useFakeTimers();
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('complete');
    const ctx = new ContentScriptContext('retailer');
    const done = await settled(afterPageLoad(ctx));
    await vi.advanceTimersByTimeAsync(600);
    expect(done()).toBe(true);
    ctx.abort();
  });

  it('then waits for an idle moment of the page, at most IDLE_WAIT_MS', async () => {
    vi.useFakeTimers();
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('complete');
    const idle: { run?: () => void; timeout?: number } = {};
    vi.stubGlobal('requestIdleCallback', (run: () => void, o: { timeout: number }) => {
      idle.run = run;
      idle.timeout = o.timeout;
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const ctx = new ContentScriptContext('retailer');
    try {
      const done = await settled(afterPageLoad(ctx));
      await vi.advanceTimersByTimeAsync(2000);
      expect(done()).toBe(false);
      expect(idle.timeout).toBe(IDLE_WAIT_MS);
      idle.run?.();
      await vi.advanceTimersByTimeAsync(0);
      expect(done()).toBe(true);
    } finally {
      ctx.abort();
      vi.unstubAllGlobals();
    }
  });

  it('a page still loading: waits for its load event', async () => {
    vi.useFakeTimers();
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    const ctx = new ContentScriptContext('retailer');
    const done = await settled(afterPageLoad(ctx));
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS / 2);
    expect(done()).toBe(false);
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(600);
    expect(done()).toBe(true);
    ctx.abort();
  });

  it('a load event that never comes (a slow image, an ad): at most LOAD_WAIT_MS and an idle moment', async () => {
    vi.useFakeTimers();
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    const ctx = new ContentScriptContext('retailer');
    const done = await settled(afterPageLoad(ctx));
    await vi.advanceTimersByTimeAsync(LOAD_WAIT_MS - 10);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(10 + 600);
    expect(done()).toBe(true);
    ctx.abort();
  });
});
