import { browser } from 'wxt/browser';
import {
  DEFAULT_PROFILE,
  DEFAULT_SETTINGS,
  type Profile,
  profileSchema,
  type Session,
  type Settings,
  settingsSchema,
} from '../../core/schemas';
import { DAY_MS, parseInstant } from '../../core/time';
import { decodeChunk } from '../../store/chunks';
import { areaKey, chunkKey, KEYS } from '../../store/keys';
import { parseRecord } from '../../store/validate';
import type { UserData } from './model';

/**
 * What the card needs from extension storage, read directly (reading needs no lock) and kept
 * small: settings, profile, and the session chunks of the last two months or so. The card never
 * writes storage itself: the store's lock is per origin and a content script runs in the shop's
 * origin, so changes go to the background (see src/background/messages.ts).
 */
const RECENT_DAYS = 62;

export async function readUserData(nowMs: number): Promise<UserData> {
  const keys = [KEYS.settings, KEYS.profile, KEYS.sessionIndex].map(areaKey);
  const base = await browser.storage.local.get(keys);
  const settings = parseRecord<Settings>(
    base[areaKey(KEYS.settings)],
    settingsSchema,
    DEFAULT_SETTINGS,
    KEYS.settings,
  ).value;
  const profile = parseRecord<Profile>(
    base[areaKey(KEYS.profile)],
    profileSchema,
    DEFAULT_PROFILE,
    KEYS.profile,
  ).value;
  const index = base[areaKey(KEYS.sessionIndex)] as { months?: unknown } | undefined;
  const since = new Date(nowMs - RECENT_DAYS * DAY_MS).toISOString().slice(0, 7);
  const months = (Array.isArray(index?.months) ? index.months : []).filter(
    (m): m is string => typeof m === 'string' && /^\d{4}-\d{2}$/.test(m) && m >= since,
  );
  const sessions: Session[] = [];
  if (months.length > 0) {
    const chunkKeys = months.map((m) => areaKey(chunkKey(m)));
    const chunks = await browser.storage.local.get(chunkKeys);
    for (const k of chunkKeys) sessions.push(...decodeChunk(chunks[k], k).sessions);
  }
  sessions.sort((a, b) => parseInstant(a.when) - parseInstant(b.when));
  return { settings, profile, sessions };
}

/** Whether the user turned the card off here: everywhere, on this site, or for this product. */
export function cardIsOff(settings: Settings, site: string, productKey: string): boolean {
  const card = settings.card;
  return !card.enabled || card.disabledSites.includes(site) || card.dismissedProducts.includes(productKey);
}

/** The name a site is turned off by: its host without "www.". */
export function siteName(hostname: string): string {
  return hostname.replace(/^www\./, '');
}
