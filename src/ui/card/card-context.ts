import { browser } from 'wxt/browser';
import type { CardContext } from './api';

/**
 * The card's own life in the frame, started from the detector's context (./api.ts): the card's
 * script builds no second WXT content-script context, so it neither carries WXT's context code
 * nor announces itself to the page's other scripts on every roller page. It ends as WXT's does
 * when the extension's context is gone (updated, reloaded, turned off: runtime.id is then unset),
 * checked whenever the card acts, and at once when the context of the detector it started from
 * ends. It does not end when the popup's "check this page" injects the detector again into a
 * frame of the same extension: the card shown stays as it is.
 */
export function cardContext(detector: CardContext): CardContext {
  const life = new AbortController();
  const gone = () => browser.runtime?.id == null;
  const ctx: CardContext = {
    signal: life.signal,
    get isInvalid() {
      if (!life.signal.aborted && gone()) life.abort();
      return life.signal.aborted;
    },
    onInvalidated(callback) {
      life.signal.addEventListener('abort', callback, { once: true });
      return () => life.signal.removeEventListener('abort', callback);
    },
    setTimeout(handler, timeout) {
      const id = setTimeout(() => {
        stop();
        if (!ctx.isInvalid) handler();
      }, timeout);
      const stop = ctx.onInvalidated(() => clearTimeout(id));
      return id as unknown as number;
    },
  };
  detector.onInvalidated(() => void ctx.isInvalid);
  return ctx;
}
