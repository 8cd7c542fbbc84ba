/**
 * The messages Chrome's background service worker says (badge, its title, notifications), by
 * prefix. A service worker may not import() a chunk, so the build writes each language's part to
 * worker-strings/<locale>.json (wxt.config.ts) and `ensureCatalogue` fetches that file there.
 * Pure, so that the build can use it too.
 */
import { pickMessages } from './pick-messages';

export const WORKER_MESSAGE_PREFIXES = [
  'badge.',
  'notify.',
  'area.',
  'aftercare.',
  'actionTitle',
  'app.name',
  // A notification that an area is possible again says it is not medical advice.
  'app.notMedicalAdvice',
] as const;

export function pickWorkerMessages(all: Readonly<Record<string, string>>): Record<string, string> {
  return pickMessages(all, WORKER_MESSAGE_PREFIXES);
}

/** Where the build puts a language's worker messages in the extension. */
export const workerStringsPath = (locale: string) => `/worker-strings/${locale}.json`;
