import { browser } from 'wxt/browser';
import type { Settings } from '../core/schemas';
import { isDescriptiveSource, SOURCES } from '../core/sources';
import { DAY_MS, monthOf } from '../core/time';
import type { MessageKey } from '../i18n/en';
import { browserLocale, type Locale } from '../i18n/locales';
import { assessListing, type Listing } from '../retail/listing';
import { createRepository } from '../store/repository';
import { cardStringsPath, pickCardMessages } from '../ui/card/card-messages';
import { type CardModel, cardModel, needleMmAttribute, type UserData } from '../ui/card/model';
import { type CardStrings, interpolate } from '../ui/card/text';
import { messagesIn } from './speech';
import { workerEnglish } from './worker-english';

/**
 * The card's model, computed where the data is (issue 12, point 3). The card's content script
 * reads the product page (the shop's reader: text only) and sends the listing here with the
 * shopper's languages; the background classifies it, reads the needle lengths, reads the user's
 * settings, profile and recent sessions, runs the core, and answers with the ready facts and the
 * card's words in one language. The shop's page carries no catalogue, no core and no storage code.
 */
export interface CardModelRequest {
  type: 'roller-coach:card-model';
  listing: Listing;
  /** The shop's host without "www." (how a site is turned off). */
  site: string;
  /** The shopper's navigator.languages, for the card's language when the setting is "auto". */
  languages: readonly string[];
}

export type CardView =
  | { show: false; why: 'not-a-device' | 'turned-off' }
  | {
      show: true;
      model: CardModel;
      /** The host's data-needle-mm: the lengths on this page, ascending, comma-separated ('' when unknown). */
      needleMm: string;
      theme: Settings['theme'];
      strings: CardStrings;
    };

export { CARD_MESSAGE_PREFIXES } from '../ui/card/card-messages';

/** Sessions the card looks at: the last two months or so (the card shows the latest one and its gap). */
const RECENT_DAYS = 62;

/**
 * What the card needs from the store, kept small: settings, profile, and the sessions of the last
 * two months or so, read through the repository (validated; what does not validate is set aside).
 */
export async function readCardUserData(nowMs: number): Promise<UserData> {
  const repo = createRepository();
  const since = monthOf(new Date(nowMs - RECENT_DAYS * DAY_MS).toISOString());
  const [{ settings, profile }, months] = await Promise.all([repo.loadRecords(), repo.listMonths()]);
  const { sessions } = await repo.loadMonths(months.filter((m) => m >= since));
  return { settings, profile, sessions };
}

/** Whether the user turned the card off here: everywhere, on this site, or for this product. */
export function cardIsOff(settings: Settings, site: string, productKey: string): boolean {
  const card = settings.card;
  return !card.enabled || card.disabledSites.includes(site) || card.dismissedProducts.includes(productKey);
}

/** The card's language: the user's setting, else the shopper's browser languages. */
export function cardLocale(
  settings: Settings,
  languages: readonly string[],
): { locale: Locale; format: string } {
  const locale = settings.locale === 'auto' ? browserLocale(languages) : settings.locale;
  const format = languages.find((l) => l.toLowerCase().split('-')[0] === locale) ?? locale;
  return { locale, format };
}

const cardCatalogues = new Map<Locale, Promise<Record<string, string>>>();

/**
 * A language's card messages. English is built in. The others come from the file the build
 * writes (card-strings/<locale>.json, see wxt.config.ts), because Chrome's service worker may not
 * import() the catalogue's chunk; where there is no such file (a Firefox background page, the
 * tests), from the catalogue itself.
 */
export function cardMessagesIn(locale: Locale): Promise<Record<string, string>> {
  let p = cardCatalogues.get(locale);
  if (!p) {
    p = (async () => {
      if (locale === 'en') return pickCardMessages(workerEnglish);
      try {
        const url = (browser.runtime.getURL as (path: string) => string)(cardStringsPath(locale));
        const r = await fetch(url);
        if (r.ok)
          return { ...pickCardMessages(workerEnglish), ...((await r.json()) as Record<string, string>) };
      } catch {
        // No built file here: the catalogue below.
      }
      return pickCardMessages(await messagesIn(locale));
    })();
    p.catch(() => cardCatalogues.delete(locale));
    cardCatalogues.set(locale, p);
  }
  return p;
}

/**
 * The card's messages in one language, the labels of the sources it cites, and every number,
 * date and counted phrase of `model` written out as src/i18n/i18n.ts writes them (formatMm,
 * formatDate, tp), so that the card's script builds no Intl formatter.
 */
export async function cardStrings(
  locale: Locale,
  formatLocale: string,
  tz: string,
  model: CardModel,
): Promise<CardStrings> {
  const all = await cardMessagesIn(locale);
  const messages = all as Partial<Record<MessageKey, string>>;
  const sources: CardStrings['sources'] = {};
  for (const id of model.sources)
    sources[id] = isDescriptiveSource(id)
      ? {
          short: all[`source.short.${id}`] ?? id,
          citation: all[`source.citation.${id}`] ?? id,
        }
      : { short: SOURCES[id].short, citation: SOURCES[id].citation };
  const mmFormat = new Intl.NumberFormat(formatLocale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
  });
  const mm: Record<string, string> = {};
  const lengths = [
    ...model.lengths,
    ...model.offered,
    ...model.also,
    ...model.rows.map((r) => r.mm),
    ...(model.often ? [model.often.mm] : []),
  ];
  for (const x of lengths) mm[String(x)] = `${mmFormat.format(x)}\u00a0mm`;
  const dates: Record<string, string> = {};
  const from = model.history?.gap?.possibleFromMs;
  if (from !== undefined)
    dates[String(from)] = new Intl.DateTimeFormat(formatLocale, { timeZone: tz, dateStyle: 'medium' }).format(
      new Date(from),
    );
  const counted: Record<string, string> = {};
  const days = model.history?.daysAgo;
  if (days !== undefined) {
    const key = 'card.ago.days';
    const form = `${key}.${new Intl.PluralRules(formatLocale).select(days)}`;
    const template = all[form] ?? all[`${key}.other`] ?? key;
    counted[`${key}|${days}`] = interpolate(template, {
      count: new Intl.NumberFormat(formatLocale).format(days),
    });
  }
  return { locale, formatLocale, tz, messages, sources, mm, dates, counted };
}

const userZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The card's view of a listing: hidden (not a device, turned off) or the facts and words it shows. */
export async function cardView(
  req: Omit<CardModelRequest, 'type'>,
  nowMs = Date.now(),
  tz: string = userZone(),
): Promise<CardView> {
  const reading = assessListing(req.listing);
  if (!reading.classification.device) return { show: false, why: 'not-a-device' };
  const user = await readCardUserData(nowMs);
  if (cardIsOff(user.settings, req.site, req.listing.productKey)) return { show: false, why: 'turned-off' };
  const model = cardModel(reading, user, nowMs, tz);
  const { locale, format } = cardLocale(user.settings, req.languages);
  return {
    show: true,
    model,
    needleMm: needleMmAttribute(model.lengths),
    theme: user.settings.theme,
    strings: await cardStrings(locale, format, tz, model),
  };
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** A request a card may send: a listing of strings (the shop's text, never run), its site and languages. */
export function isCardModelRequest(m: Record<string, unknown>): boolean {
  const l = m.listing as Record<string, unknown> | null | undefined;
  return (
    typeof m.site === 'string' &&
    isStrings(m.languages) &&
    typeof l === 'object' &&
    l !== null &&
    typeof l.retailer === 'string' &&
    typeof l.productKey === 'string' &&
    typeof l.title === 'string' &&
    typeof l.description === 'string' &&
    isStrings(l.context) &&
    isStrings(l.bullets) &&
    Array.isArray(l.specs) &&
    Array.isArray(l.variations)
  );
}
