import { en } from '../i18n/en';
import { pickWorkerMessages } from '../i18n/worker-messages';
import { pickCardMessages } from '../ui/card/card-messages';

/**
 * The English the background says: its own words (badge, title, notifications) and the card's.
 * The extension build replaces this module by its value (wxt.config.ts, `inlineWorkerEnglish`),
 * so the service worker carries these messages and not the whole catalogue (issue 12: `en` was
 * the largest part of the background); elsewhere (tests, dev) it is computed here, the same.
 */
export const workerEnglish: Readonly<Record<string, string>> = {
  ...pickWorkerMessages(en),
  ...pickCardMessages(en),
};
