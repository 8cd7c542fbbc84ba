/**
 * The messages the shop card shows (CardView.tsx), by prefix, and the sources' labels it cites:
 * the part of a catalogue the background sends to the card. Pure, so that the build can use it
 * too (wxt.config.ts writes each language's card messages to card-strings/<locale>.json, which the
 * background reads: a Chrome service worker may not import() a catalogue chunk).
 */
import { pickMessages } from '../../i18n/pick-messages';

export const CARD_MESSAGE_PREFIXES = [
  'card.',
  'verdict.',
  'band.',
  'area.',
  'condition.',
  'app.notMedicalAdvice',
  'source.short.',
  'source.citation.',
] as const;

export function pickCardMessages(all: Readonly<Record<string, string>>): Record<string, string> {
  return pickMessages(all, CARD_MESSAGE_PREFIXES);
}

/** Where the build puts a language's card messages in the extension. */
export const cardStringsPath = (locale: string) => `/card-strings/${locale}.json`;
