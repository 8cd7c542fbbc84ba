import { browser } from 'wxt/browser';
import type { CardModelRequest, CardView as CardViewData } from '../../background/card-model';
import type { CardMessage, CardReply, CardSettingsAction } from '../../background/messages';
import { firstMatch } from '../../retail/dom';
import type { PageIdentity } from '../../retail/identify';
import { readListing } from '../../retail/read-page';
import { siteName } from '../../retail/site';
import type { CardApi, CardContext } from './api';
import { type CardAction, type DrawnCard, drawCard } from './draw';
import { createHost, insertHost, type Where } from './mount';
import { buyButtons, findAnchor, fitCard, fitCorner } from './place';
import { cardText } from './text';

export { HOST_NAME } from './mount';

async function send(message: CardMessage): Promise<CardReply & { ok: true }> {
  const reply = (await browser.runtime.sendMessage(message)) as CardReply | undefined;
  if (!reply?.ok) throw new Error(reply && !reply.ok ? reply.error : 'no answer');
  return reply;
}

/** An AbortController that also aborts with `parent`. */
function child(parent: AbortSignal): AbortController {
  const c = new AbortController();
  if (parent.aborted) c.abort();
  else parent.addEventListener('abort', () => c.abort(), { once: true, signal: c.signal });
  return c;
}

/** An extension event listened to until `signal` aborts (extension events take no `{ signal }`). */
function listen<F>(
  event: { addListener(f: F): void; removeListener(f: F): void },
  fn: F,
  signal: AbortSignal,
): void {
  event.addListener(fn);
  signal.addEventListener('abort', () => event.removeListener(fn), { once: true });
}

interface Shown {
  host: HTMLElement;
  box: HTMLElement;
  anchor: Element;
  corner: boolean;
  where: Where;
  /** The card's life (a child of ctx.signal): aborting it unmounts the card and stops all it watches. */
  life: AbortController;
  /** The product container watched for variant changes, and the end of that watch (a child of `life`). */
  watch: { root: Element | null; stop: AbortController } | null;
  /** The page's buy buttons, looked up again after each change of the page. */
  buttons: ReturnType<typeof buyButtons>;
  /** The card drawn, for which product and from what (drawn again only when that changes). */
  drawn: { card: DrawnCard; productKey: string; from: string } | null;
}

/**
 * The card's life on one page: read the page, ask the background for the card's facts and words,
 * mount once, update on variant changes and storage changes, remove when the page stops
 * qualifying. Teardown is by signal: everything the shown card starts (its shadow root, resize and
 * mutation observers, listeners) hangs on its `life`, a child of its context's signal
 * (./card-context.ts), and the timer is ctx.setTimeout; so remove() is one abort, and invalidating
 * the context (the extension updated or turned off) removes the card and every listener.
 */
export function createCardController(ctx: CardContext): CardApi {
  let shown: Shown | null = null;
  let seq = 0;
  /** A trailing debounce on one pending ctx.setTimeout: `due` moves, the timer re-arms until then. */
  let timer: number | undefined;
  let due = 0;

  const tick = () => {
    const left = due - performance.now();
    if (left > 1) timer = ctx.setTimeout(tick, left);
    else {
      timer = undefined;
      // No answer from the background (the extension reloading, a refused request): no card.
      update().catch(remove);
    }
  };
  const schedule = (delay = 150) => {
    due = performance.now() + delay;
    if (timer !== undefined && delay > 0) return;
    clearTimeout(timer);
    timer = ctx.setTimeout(tick, delay);
  };

  function watch(card: Shown, selectors: readonly string[]): void {
    const root = firstMatch(document, selectors);
    if (card.watch && card.watch.root === root) return;
    card.watch?.stop.abort();
    const stop = child(card.life.signal);
    card.watch = { root, stop };
    if (!root) return;
    const { signal } = stop;
    const observer = new MutationObserver((records) => {
      if (records.some((r) => r.target !== card.host && !card.host.contains(r.target))) schedule();
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'aria-checked', 'aria-selected', 'selected', 'value'],
    });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    const onInput = () => schedule();
    root.addEventListener('change', onInput, { capture: true, signal });
    root.addEventListener('click', onInput, { capture: true, signal });
  }

  function remove(): void {
    clearTimeout(timer);
    timer = undefined;
    shown?.life.abort();
    shown = null;
  }

  /** The card's host, not yet in the page (it goes in once the card is drawn: one layout). */
  function mount(
    anchor: Element,
    where: Where,
    width: string | null,
    buttonTiers: PageIdentity['buyButtons'],
  ): Shown {
    const corner = where === 'corner';
    const { host, box } = createHost(corner);
    if (width) box.style.width = width;
    const buttons = buyButtons(buttonTiers);
    // Fitted after layout, never by forcing one: a ResizeObserver calls back once the page is laid
    // out (reading positions is then free), and again whenever the card or its anchor resizes.
    const observer = new ResizeObserver(() =>
      corner ? fitCorner(host, box, buttons.rects) : fitCard(host, box, anchor, buttons.rects),
    );
    observer.observe(box);
    if (!corner) observer.observe(anchor);
    const life = child(ctx.signal);
    life.signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        host.remove();
      },
      { once: true },
    );
    return { host, box, anchor, corner, where, life, watch: null, buttons, drawn: null };
  }

  /** Draw the card into its box, keeping its state (details, menu, focus) for the same product. */
  function draw(card: Shown, view: CardViewData & { show: true }, site: string, productKey: string): void {
    const from = JSON.stringify([view.model, view.strings, site]);
    const last = card.drawn;
    if (last && last.productKey === productKey && last.from === from) return;
    const same = last?.productKey === productKey ? last.card : null;
    const root = card.box.getRootNode() as ShadowRoot;
    const focused =
      same && root.activeElement
        ? [...same.el.querySelectorAll('button')].indexOf(root.activeElement as HTMLButtonElement)
        : -1;
    const drawn = drawCard(
      {
        model: view.model,
        text: cardText(view.strings),
        site,
        expanded: !card.corner,
        onAction: (action) => act(action, site, productKey),
        onNotes: (section) => void send({ type: 'roller-coach:open-notes', section }).catch(() => undefined),
      },
      same?.state(),
    );
    card.box.replaceChildren(drawn.el);
    if (focused >= 0) drawn.el.querySelectorAll('button')[focused]?.focus();
    card.drawn = { card: drawn, productKey, from };
  }

  async function act(action: CardAction, site: string, productKey: string): Promise<void> {
    const a: CardSettingsAction =
      action === 'disable-all'
        ? { action }
        : action === 'disable-site'
          ? { action, site }
          : { action, productKey };
    await send({ type: 'roller-coach:card-settings', ...a });
    remove();
  }

  async function update(): Promise<void> {
    const my = ++seq;
    if (ctx.isInvalid) return remove();
    const url = new URL(location.href);
    const page = readListing(document, url);
    if (!page) return remove();
    const anchor = findAnchor(page.identity.placement);
    if (!anchor) return remove();
    const site = siteName(url.hostname);
    const request: CardModelRequest = {
      type: 'roller-coach:card-model',
      listing: page.listing,
      site,
      languages: [...(navigator.languages ?? [])],
    };
    const view: CardViewData | undefined = (await send(request)).view;
    if (my !== seq || ctx.isInvalid) return;
    if (!view?.show) return remove();
    if (!shown?.host.isConnected || shown.anchor !== anchor.el) {
      shown?.life.abort();
      shown = mount(anchor.el, anchor.where, anchor.width, page.identity.buyButtons);
    }
    const card = shown;
    const { host } = card;
    host.setAttribute('data-needle-mm', view.needleMm);
    host.setAttribute('data-verdict', view.model.verdict);
    host.setAttribute('data-theme', view.theme);
    card.buttons.forget();
    draw(card, view, site, page.listing.productKey);
    if (!host.isConnected) insertHost(host, card.anchor, card.where);
    watch(card, page.identity.watch);
  }

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((k) => k === 'settings' || k === 'profile' || k.startsWith('sessions')))
      schedule(0);
  };
  listen(browser.storage.onChanged, onStorage, ctx.signal);
  ctx.onInvalidated(remove);

  return { update: () => schedule(0), remove };
}
