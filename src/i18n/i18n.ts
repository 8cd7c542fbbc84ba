import { computed, effect, signal } from '@preact/signals';
import { en, type MessageKey, type Messages } from './en';
import { loadCatalogue } from './load-catalogue';
import { browserLocale, type Locale, type LocaleSetting } from './locales';

export { browserLocale, LOCALES, type Locale, type LocaleSetting } from './locales';

// English is built in; the other catalogues load when their language is used (./load-catalogue).
const catalogues = signal<Partial<Record<Locale, Partial<Messages>>>>({ en });
/**
 * English messages of code that is itself loaded lazily (the photos section): registered by that
 * code when it loads, so pages that never show them do not carry them.
 */
const lazyEnglish = signal<Partial<Messages>>({});

export function addEnglish(messages: Partial<Messages>): void {
  lazyEnglish.value = { ...lazyEnglish.peek(), ...messages };
}
const pending = new Map<Locale, Promise<void>>();

/** Load a language's messages (once); resolves when `t` speaks it. */
export function ensureCatalogue(l: Locale): Promise<void> {
  if (l === 'en' || catalogues.peek()[l]) return Promise.resolve();
  let p = pending.get(l);
  if (!p) {
    p = loadCatalogue(l).then((m) => {
      catalogues.value = { ...catalogues.peek(), [l]: m };
    });
    // A failed load is tried again next time.
    p.catch(() => pending.delete(l));
    pending.set(l, p);
  }
  return p;
}

/**
 * Every message of one language, English where it has none, without changing the current
 * language: for words sent to a page that carries no catalogue (the shop card, see
 * src/background/card-model.ts).
 */
export async function messagesIn(l: Locale): Promise<Record<string, string>> {
  await ensureCatalogue(l);
  return { ...en, ...lazyEnglish.peek(), ...catalogues.peek()[l] } as Record<string, string>;
}

export const localeSetting = signal<LocaleSetting>('auto');
export const locale = computed<Locale>(() =>
  localeSetting.value === 'auto' ? browserLocale() : localeSetting.value,
);
// Whatever decides the language (the browser, the user's setting), its messages follow.
effect(() => {
  void ensureCatalogue(locale.value);
});

/**
 * The tag used for dates and numbers: the browser's full language (en-GB writes 19 Nov 2026)
 * when it matches the messages' language, else the messages' language.
 */
export const formatLocale = computed<string>(() => {
  const preferred = globalThis.navigator?.languages ?? [];
  return preferred.find((l) => l.toLowerCase().split('-')[0] === locale.value) ?? locale.value;
});

export type Params = Record<string, string | number>;

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The message for `key` in the current locale (English when missing), with `{params}` filled. */
export function t(key: MessageKey, params?: Params): string {
  const message =
    catalogues.value[locale.value]?.[key] ?? (en as Partial<Messages>)[key] ?? lazyEnglish.value[key] ?? key;
  return interpolate(message, params);
}

/** Whether a string is a known message key (for i18n keys carried in data, such as errors). */
export function isMessageKey(key: string): key is MessageKey {
  return key in en || key in lazyEnglish.peek();
}

/** The message keys that start with a prefix, e.g. MessageKeyOf<'condition.'>. */
export type MessageKeyOf<P extends string> = Extract<MessageKey, `${P}${string}`>;

type PluralBase<K> = K extends `${infer B}.other` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

const pluralRules = new Map<string, Intl.PluralRules>();

/** The value under `key`, made once. */
function cached<V>(map: Map<string, V>, key: string, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** A plural message: picks `key.one`, `key.other`, ... by Intl.PluralRules; `{count}` is the number. */
export function tp(key: PluralKey, count: number, params?: Params): string {
  const rules = cached(pluralRules, formatLocale.value, () => new Intl.PluralRules(formatLocale.value));
  const form = rules.select(count);
  const full = `${key}.${form}`;
  const k = (isMessageKey(full) ? full : `${key}.other`) as MessageKey;
  return t(k, { count: formatNumber(count), ...params });
}

// Intl formatters are costly to build (tens of microseconds): one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatNumber(n: number, opts?: Intl.NumberFormatOptions): string {
  const key = `${formatLocale.value}|${JSON.stringify(opts ?? {})}`;
  return cached(numberFormats, key, () => new Intl.NumberFormat(formatLocale.value, opts)).format(n);
}

/** A needle length with its unit, per locale: "0.5 mm", "0,5 mm". */
export function formatMm(mm: number): string {
  return `${formatNumber(mm, { minimumFractionDigits: 1, maximumFractionDigits: 2 })}\u00a0mm`;
}

export function formatDate(ms: number, timeZone: string, style: 'date' | 'datetime' = 'date'): string {
  const key = `${formatLocale.value}|${timeZone}|${style}`;
  const f = cached(
    dateFormats,
    key,
    () =>
      new Intl.DateTimeFormat(formatLocale.value, {
        timeZone,
        dateStyle: 'medium',
        ...(style === 'datetime' ? { timeStyle: 'short' } : {}),
      }),
  );
  return f.format(new Date(ms));
}
