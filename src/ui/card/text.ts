import type { SourceId } from '../../core/sources';
import type { MessageKey } from '../../i18n/en';
import type { Params, PluralKey } from '../../i18n/i18n';

/**
 * The card's words in the shopper's language, as the background sends them: the card's messages
 * only (no catalogue is bundled into the card's script), the locale tags, the time zone its dates
 * are written in, and the sources' labels (which need the core's source list).
 */
export interface CardStrings {
  /** The language of the messages (en, es, de, fr). */
  locale: string;
  /** The tag for numbers, dates and plural rules (the shopper's en-GB when the messages are English). */
  formatLocale: string;
  tz: string;
  messages: Partial<Record<MessageKey, string>>;
  sources: Partial<Record<SourceId, { short: string; citation: string }>>;
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

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The card's text functions over the strings the background sent (a missing message shows its key). */
export function cardText(s: CardStrings): CardText {
  let plural: Intl.PluralRules | undefined;
  let mm: Intl.NumberFormat | undefined;
  let count: Intl.NumberFormat | undefined;
  let date: Intl.DateTimeFormat | undefined;
  const t = (key: MessageKey, params?: Params) => interpolate(s.messages[key] ?? key, params);
  return {
    t,
    tp(key, n, params) {
      plural ??= new Intl.PluralRules(s.formatLocale);
      count ??= new Intl.NumberFormat(s.formatLocale);
      const full = `${key}.${plural.select(n)}` as MessageKey;
      return t(full in s.messages ? full : (`${key}.other` as MessageKey), {
        count: count.format(n),
        ...params,
      });
    },
    formatMm(x) {
      mm ??= new Intl.NumberFormat(s.formatLocale, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
      return `${mm.format(x)}\u00a0mm`;
    },
    formatDate(ms) {
      date ??= new Intl.DateTimeFormat(s.formatLocale, { timeZone: s.tz, dateStyle: 'medium' });
      return date.format(new Date(ms));
    },
    source: (id) => s.sources[id] ?? { short: id, citation: id },
  };
}
