import type { browser as PolyfilledBrowser } from 'wxt/browser';

/**
 * The extension API of the shop pages' scripts (the detector and the card), without
 * webextension-polyfill (the build points `wxt/browser` here for them: wxt.config.ts). What they call (runtime.sendMessage and id,
 * storage.local.get and onChanged) returns promises natively in Chrome's MV3 and in Firefox, and
 * they listen to no runtime.onMessage, the one place the polyfill changes behaviour; its 10 KB
 * were parsed on every page of every supported shop. The same choice as WXT's own `wxt/browser`.
 */
const g = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
export const browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as typeof PolyfilledBrowser;
