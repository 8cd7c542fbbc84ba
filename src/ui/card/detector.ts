import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardMessage, CardReply, DetectedMessage } from '../../background/messages';
import { siteName } from '../../retail/site';
import { cardApi, shareDetectorContext } from './api';
import { cardModuleStarted, DETECTOR_LOADS_CARD } from './load-card';
import { afterPageLoad } from './page-idle';
import { pageLook } from './page-look';

/**
 * The tiny detector that runs on every page of a supported shop. It looks at the URL, the product
 * title and category, and the shop's bullets and specification blocks or the page's description
 * (at most DETAILS_BUDGET characters): when none of them names a device stem, the page is not a
 * device and nothing else happens. Otherwise it sends these texts to the background, which runs
 * the classifier, checks whether the user turned the card off here, and has the card's code
 * loaded into this frame (./load-card.ts); so the shop's page never compiles the classifier or
 * reads storage. No observer: it checks once the page has loaded and is idle (again shortly
 * after, while a client-rendered page has no title yet) and after each single-page navigation.
 */
type Outcome = 'settled' | 'not-yet';

/**
 * What the first look found, returned by the content script's main (so a popup that injects the
 * detector with chrome.scripting.executeScript gets it as the injection result).
 */
export type DetectorResult = DetectorAnswer | 'not-a-product' | 'not-checked';

/** What the background answers the detector for a page that may sell a device. */
export type DetectorAnswer = 'card' | 'turned-off' | 'not-a-device';

/** The background's answer to the texts of a page that may sell a device (messages.ts). */
async function askBackground(message: CardMessage): Promise<DetectorAnswer> {
  const reply = (await browser.runtime.sendMessage(message)) as CardReply | undefined;
  if (!reply?.ok || !reply.found) throw new Error(reply && !reply.ok ? reply.error : 'no answer');
  return reply.found;
}

export function startDetector(ctx: ContentScriptContext): Promise<DetectorResult> {
  shareDetectorContext(ctx);
  let loading = false;
  let last: DetectorResult = 'not-a-product';

  async function check(): Promise<Outcome> {
    const url = new URL(location.href);
    const look = pageLook(document, url);
    const api = cardApi();
    if (look.found !== 'maybe-device') {
      api?.remove();
      last = look.found;
      // A product URL whose page has not rendered its title yet: look again soon.
      return look.retry ? 'not-yet' : 'settled';
    }
    // One request that may load the card at a time; with the card loaded, each look is asked.
    if (!api) {
      if (loading) return 'settled';
      loading = true;
    }
    try {
      const detected: DetectedMessage = {
        type: 'roller-coach:detected',
        texts: look.texts,
        site: siteName(url.hostname),
        productKey: look.page.productKey,
        cardLoaded: Boolean(api),
      };
      last = await askBackground(DETECTOR_LOADS_CARD ? { ...detected, loadsCard: true } : detected);
      // The card's module did not start the card (./load-card.ts): the background injects it.
      if (last === 'card' && !api && DETECTOR_LOADS_CARD && !(await cardModuleStarted()))
        last = await askBackground(detected);
    } finally {
      if (!api) loading = false;
    }
    if (last === 'not-a-device') cardApi()?.remove();
    else if (last === 'card' && api) api.update();
    return 'settled';
  }

  let run = 0;
  /**
   * Check at each delay; `all` keeps checking after a settled answer (a navigating page is still
   * changing). Resolves with the answer once one is settled, or after the last check.
   */
  function checks(delays: readonly number[], all: boolean): Promise<DetectorResult> {
    const mine = ++run;
    let i = 0;
    return new Promise((resolve) => {
      const next = async () => {
        if (mine !== run || ctx.isInvalid) return resolve(last);
        // A page that may sell a device, and no answer from the background: not checked, never
        // "not a product".
        const outcome = await check().catch(() => {
          last = 'not-checked';
          return 'settled' as const;
        });
        i += 1;
        if (outcome === 'settled') resolve(last);
        if (i < delays.length && (all || outcome === 'not-yet')) ctx.setTimeout(next, delays[i] as number);
        else resolve(last);
      };
      ctx.setTimeout(next, delays[0] as number);
    });
  }

  let navigated: Promise<DetectorResult> | null = null;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    navigated = checks([50, 400, 1200, 3000], true);
  });
  // The first look once the shop's page has loaded and is idle: its own scripts go first. A
  // navigation while it waited has started its own checks: those answer (a first look now would
  // cut them short).
  return afterPageLoad(ctx).then(() => navigated ?? checks([0, 400, 1200, 3000], false));
}
