// Stands in for `wxt/browser` in the benchmark bundle (see ./bundle.mjs): the real module is the
// webextension-polyfill, which WXT wires up at build time. Chromium's own `chrome` has the same
// promise-based storage API, which is all the storage layer uses.
import type { browser as wxtBrowser } from 'wxt/browser';

export const browser = (globalThis as unknown as { chrome: typeof wxtBrowser }).chrome;
