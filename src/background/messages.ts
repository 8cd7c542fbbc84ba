import { browser } from 'wxt/browser';
import type { Settings } from '../core/schemas';
import { boundedTexts, classifyTexts } from '../retail/classify-texts';
import type { DeviceTexts } from '../retail/device-stems';
import { RETAILER_MATCHES } from '../retail/sites';
import { createRepository } from '../store/repository';
import { CARD_SCRIPT } from '../ui/card/card-script';
import type { DetectorAnswer } from '../ui/card/detector';
import { type CardModelRequest, type CardView, cardIsOff, cardView, isCardModelRequest } from './card-model';

/**
 * Messages from the product-page card and its detector. A content script runs in the shop's
 * origin, where the store's Web Lock is not the extension's, so it never touches storage: it asks
 * the background, which classifies the texts the detector sends and has the card's code loaded into
 * the asking frame only when that page qualifies (a device, the card not turned off there), changes
 * settings through the repository (validated, under the lock), and opens the notes.
 */
export type CardSettingsAction =
  | { action: 'dismiss-product'; productKey: string }
  | { action: 'disable-site'; site: string }
  | { action: 'disable-all' };

/** The detector's texts of a page that may sell a device, and whether the frame has the card already. */
export interface DetectedMessage {
  type: 'roller-coach:detected';
  texts: DeviceTexts;
  /** The shop's host without "www." (how a site is turned off). */
  site: string;
  productKey: string;
  cardLoaded: boolean;
  /** The detector loads the card's code itself (src/ui/card/load-card.ts): nothing to inject. */
  loadsCard?: boolean;
}

export type CardMessage =
  | DetectedMessage
  | ({ type: 'roller-coach:card-settings' } & CardSettingsAction)
  | { type: 'roller-coach:open-notes'; section: 'rules' | 'sources' }
  | CardModelRequest;

/** `view` answers a card-model request (src/background/card-model.ts), `found` the detector. */
export type CardReply = { ok: true; view?: CardView; found?: DetectorAnswer } | { ok: false; error: string };

const MAX_SITES = 500;
const MAX_PRODUCTS = 2000;

/** Settings with one card choice applied; lists keep their newest entries within the schema's limits. */
export function applyCardAction(settings: Settings, a: CardSettingsAction): Settings {
  const card = { ...settings.card };
  if (a.action === 'disable-all') card.enabled = false;
  else if (a.action === 'disable-site')
    card.disabledSites = [...card.disabledSites.filter((s) => s !== a.site), a.site].slice(-MAX_SITES);
  else
    card.dismissedProducts = [
      ...card.dismissedProducts.filter((p) => p !== a.productKey),
      a.productKey,
    ].slice(-MAX_PRODUCTS);
  return { ...settings, card };
}

/** Read, change and write the settings under one take of the store lock (a store operation). */
export async function changeCardSettings(a: CardSettingsAction): Promise<Settings> {
  return createRepository().update('settings', (current) => applyCardAction(current, a));
}

type Sender = { id?: string; tab?: { id?: number }; frameId?: number };

async function injectCard(sender: Sender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('not from a tab');
  const frameId = sender.frameId ?? 0;
  const b = browser as unknown as {
    scripting?: {
      executeScript(o: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
    };
    tabs: { executeScript?(tabId: number, o: { file: string; frameId: number }): Promise<unknown> };
  };
  if (b.scripting)
    await b.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CARD_SCRIPT] });
  else if (b.tabs.executeScript) await b.tabs.executeScript(tabId, { file: CARD_SCRIPT, frameId });
  else
    throw new Error(
      'this browser lets the extension load no script into pages (scripting permission missing)',
    );
}

/**
 * The detector's answer: not a device (the classifier), turned off (the user's card settings), or
 * the card, loaded into the frame when it is not there yet (by the detector itself when it says
 * it loads the card).
 */
async function detected(m: DetectedMessage, sender: Sender): Promise<DetectorAnswer> {
  const texts = boundedTexts(m.texts);
  if (!texts || !classifyTexts(texts).device) return 'not-a-device';
  if (m.cardLoaded) return 'card';
  if (cardIsOff(await createRepository().readSettings(), m.site, m.productKey)) return 'turned-off';
  if (!m.loadsCard) await injectCard(sender);
  return 'card';
}

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

export function isCardMessage(m: unknown): m is CardMessage {
  if (typeof m !== 'object' || m === null) return false;
  const x = m as Record<string, unknown>;
  switch (x.type) {
    case 'roller-coach:detected': {
      return (
        boundedTexts(x.texts) !== null &&
        nonEmpty(x.site) &&
        nonEmpty(x.productKey) &&
        typeof x.cardLoaded === 'boolean' &&
        (x.loadsCard === undefined || typeof x.loadsCard === 'boolean')
      );
    }
    case 'roller-coach:card-model':
      return isCardModelRequest(x);
    case 'roller-coach:open-notes':
      return x.section === 'rules' || x.section === 'sources';
    case 'roller-coach:card-settings':
      return (
        x.action === 'disable-all' ||
        (x.action === 'disable-site' && typeof x.site === 'string' && x.site.length > 0) ||
        (x.action === 'dismiss-product' && typeof x.productKey === 'string' && x.productKey.length > 0)
      );
    default:
      return false;
  }
}

export async function handleCardMessage(m: CardMessage, sender: Sender): Promise<CardReply> {
  try {
    if (m.type === 'roller-coach:card-model') return { ok: true, view: await cardView(m) };
    if (m.type === 'roller-coach:detected') return { ok: true, found: await detected(m, sender) };
    if (m.type === 'roller-coach:open-notes')
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${m.section}`) });
    else await changeCardSettings(m);
    return { ok: true };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export const DETECTOR_SCRIPT = 'content-scripts/retailer.js';
const USER_SITES_ID = 'roller-coach-user-sites';

interface ScriptingApi {
  getRegisteredContentScripts(f: { ids: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(s: object[]): Promise<void>;
  updateContentScripts(s: object[]): Promise<void>;
  unregisterContentScripts(f: { ids: string[] }): Promise<void>;
}

/**
 * Shops the user allowed for good (optional host permissions, asked for from the popup) get the
 * detector like the listed retailers do: one registered content script covering every granted
 * origin, kept in step with the permissions. Without the scripting API (or with no grant) nothing
 * is registered.
 */
export async function syncGrantedSites(): Promise<string[]> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!scripting?.registerContentScripts) return [];
  const { origins = [] } = await browser.permissions.getAll();
  const extra = origins.filter((o) => !RETAILER_MATCHES.includes(o) && /^https?:\/\//.test(o));
  const registered = await scripting.getRegisteredContentScripts({ ids: [USER_SITES_ID] });
  if (extra.length === 0) {
    if (registered.length > 0) await scripting.unregisterContentScripts({ ids: [USER_SITES_ID] });
    return [];
  }
  const script = {
    id: USER_SITES_ID,
    matches: extra,
    js: [DETECTOR_SCRIPT],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
  return extra;
}

/** Answer the card's messages; anything else (or from another extension) is left alone. */
export function listenForCardMessages(): void {
  const sync = () => void syncGrantedSites().catch((e) => console.warn('Roller Coach: granted sites', e));
  browser.permissions?.onAdded?.addListener(sync);
  browser.permissions?.onRemoved?.addListener(sync);
  sync();
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isCardMessage(message) || (sender.id !== undefined && sender.id !== browser.runtime.id))
      return undefined;
    return handleCardMessage(message, sender);
  });
}
