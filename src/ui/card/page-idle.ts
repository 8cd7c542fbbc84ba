import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The longest the first look waits for the page's load event (a slow ad or image must not hold the card back). */
export const LOAD_WAIT_MS = 1000;
/** Then the longest it waits for an idle moment of the page's main thread. */
export const IDLE_WAIT_MS = 500;

type PageIdleContext = Pick<ContentScriptContext, 'addEventListener' | 'requestIdleCallback' | 'setTimeout'>;

/**
 * Resolves once the page's load event has passed (or LOAD_WAIT_MS went by without it) and then
 * the page's main thread is idle (at most IDLE_WAIT_MS later): the shop's own scripts run first,
 * and the card's work does not compete with the page still loading (issue 12). Never resolves
 * once the context is invalid.
 */
export function afterPageLoad(ctx: PageIdleContext): Promise<void> {
  return new Promise((resolve) => {
    let waiting = true;
    const idle = () => {
      if (!waiting) return;
      waiting = false;
      if (typeof requestIdleCallback === 'function')
        ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
      else ctx.setTimeout(resolve, 0);
    };
    if (document.readyState === 'complete') return idle();
    ctx.addEventListener(window, 'load', idle, { once: true });
    ctx.setTimeout(idle, LOAD_WAIT_MS);
  });
}
