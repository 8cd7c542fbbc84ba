import type { MessageKey } from '../i18n/en';
import type { Params, PluralKey } from '../i18n/i18n';
import { loadCatalogue } from '../i18n/load-catalogue';
import { browserLocale, type Locale, type LocaleSetting } from '../i18n/locales';
import { interpolate } from '../ui/card/text';
import { workerEnglish } from './worker-english';

/**
 * The background's words, as src/i18n/i18n.ts says them on the pages (the same messages, English
 * where a language has none, the same plural forms and numbers), without what the pages need and
 * the worker does not: the whole English catalogue, signals and preact (issue 12).
 */

let setting: LocaleSetting = 'auto';
const catalogues = new Map<Locale, Readonly<Record<string, string>>>();
const pending = new Map<Locale, Promise<void>>();

/** The user's language setting ('auto': the browser's). */
export function setLocaleSetting(s: LocaleSetting): void {
  setting = s;
}

export function currentLocale(): Locale {
  return setting === 'auto' ? browserLocale() : setting;
}

/** Load a language's messages (once); resolves when `t` speaks it. */
export function ensureCatalogue(l: Locale): Promise<void> {
  if (l === 'en' || catalogues.has(l)) return Promise.resolve();
  let p = pending.get(l);
  if (!p) {
    p = loadCatalogue(l).then((m) => {
      catalogues.set(l, m as Record<string, string>);
    });
    // A failed load is tried again next time.
    p.catch(() => pending.delete(l));
    pending.set(l, p);
  }
  return p;
}

/** Every message the background has for a language, English where it has none (for the card). */
export async function messagesIn(l: Locale): Promise<Record<string, string>> {
  await ensureCatalogue(l);
  return { ...workerEnglish, ...catalogues.get(l) };
}

/** The tag for numbers: the browser's full language when it matches the messages' language. */
function formatLocale(): string {
  const l = currentLocale();
  const preferred = globalThis.navigator?.languages ?? [];
  return preferred.find((x) => x.toLowerCase().split('-')[0] === l) ?? l;
}

/** The message for `key` in the current language (English when missing), with `{params}` filled. */
export function t(key: MessageKey, params?: Params): string {
  const message = catalogues.get(currentLocale())?.[key] ?? workerEnglish[key] ?? key;
  return interpolate(message, params);
}

/** A plural message: `key.one`, `key.other`, ... by Intl.PluralRules; `{count}` is the number. */
export function tp(key: PluralKey, count: number, params?: Params): string {
  const tag = formatLocale();
  const full = `${key}.${new Intl.PluralRules(tag).select(count)}`;
  const k = (full in workerEnglish ? full : `${key}.other`) as MessageKey;
  return t(k, { count: new Intl.NumberFormat(tag).format(count), ...params });
}
