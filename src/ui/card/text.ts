import type { SourceId } from '../../core/sources';
import type { MessageKey } from '../../i18n/en';
import type { Params, PluralKey } from '../../i18n/i18n';

/**
 * The card's words in the shopper's language, as the background sends them: the card's messages
 * only (no catalogue is bundled into the card's script), the locale tags, the sources' labels
 * (which need the core's source list), and every number, date and counted phrase the card shows,
 * already written out: building an Intl formatter on a cold shop page costs 15-25 ms of its main
 * thread (measured on the saved amazon.es page), the background's costs nothing there.
 */
export interface CardStrings {
  /** The language of the messages (en, es, de, fr). */
  locale: string;
  /** The tag for numbers, dates and plural rules (the shopper's en-GB when the messages are English). */
  formatLocale: string;
  tz: string;
  messages: Partial<Record<MessageKey, string>>;
  sources: Partial<Record<SourceId, { short: string; citation: string }>>;
  /** Needle lengths as written ("0,5 mm"), by their value ("0.5"). */
  mm: Record<string, string>;
  /** Dates as written in the shopper's time zone, by their epoch milliseconds. */
  dates: Record<string, string>;
  /** Counted phrases with their count ("hace 3 días"), by `${key}|${count}`. */
  counted: Record<string, string>;
}

/** What the card's view asks for its words: the same calls as src/i18n/i18n.ts, bound to one language. */
export interface CardText {
  t(key: MessageKey, params?: Params): string;
  tp(key: PluralKey, count: number, params?: Params): string;
  formatMm(mm: number): string;
  /** A date in the shopper's time zone. */
  formatDate(ms: number): string;
  source(id: SourceId): { short: string; citation: string };
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * The card's text functions over the strings the background sent. A message, number or date it
 * did not send shows as its key or its plain value (a test renders every kind of card through
 * this and compares it with the app's own i18n).
 */
export function cardText(s: CardStrings): CardText {
  const t = (key: MessageKey, params?: Params) => interpolate(s.messages[key] ?? key, params);
  return {
    t,
    tp: (key, n, params) => interpolate(s.counted[`${key}|${n}`] ?? `${key}|${n}`, params),
    formatMm: (x) => s.mm[String(x)] ?? `${x}\u00a0mm`,
    formatDate: (ms) => s.dates[String(ms)] ?? new Date(ms).toISOString().slice(0, 10),
    source: (id) => s.sources[id] ?? { short: id, citation: id },
  };
}
