import type { Messages } from './en';
import type { Locale } from './locales';
import { workerStringsPath } from './worker-messages';

/**
 * English is built in; the other catalogues are separate chunks loaded when their language is
 * used, so a page carries one language, not four. Shared by the pages (./i18n.ts) and the
 * background's own words (src/background/speech.ts).
 */
const chunkLoaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  es: () => import('./es').then((m) => m.es),
  de: () => import('./de').then((m) => m.de),
  fr: () => import('./fr').then((m) => m.fr),
};

/** Chrome's background is a service worker, where import() of a chunk is refused. */
function inServiceWorker(): boolean {
  const scope = (globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown })
    .ServiceWorkerGlobalScope;
  return typeof scope === 'function' && globalThis instanceof scope;
}

/** There, the worker's messages come from the file the build writes (see ./worker-messages.ts). */
async function workerMessages(l: Exclude<Locale, 'en'>): Promise<Messages> {
  const r = await fetch(new URL(workerStringsPath(l), globalThis.location.origin));
  if (!r.ok) throw new Error(`${workerStringsPath(l)}: ${r.status}`);
  return (await r.json()) as Messages;
}

/** A language's messages: its chunk, or in Chrome's service worker the worker's part of it. */
export const loadCatalogue = (l: Exclude<Locale, 'en'>): Promise<Messages> =>
  inServiceWorker() ? workerMessages(l) : chunkLoaders[l]();
