import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardMessage, CardReply, CardSettingsAction } from '../../background/messages';
import { localeSetting } from '../../i18n/i18n';
import { assessListing } from '../../retail/listing';
import { readListing } from '../../retail/read-page';
import { userTimeZone } from '../shared/env';
import type { CardApi } from './api';
import { Card, type CardAction } from './Card';
import css from './card.css?inline';
import { HOST_CSS } from './host-css';
import { cardModel, needleMmAttribute, type UserData } from './model';
import { findAnchor, fitCard, fitCorner } from './place';
import { cardIsOff, readUserData, siteName } from './user-data';

export const HOST_NAME = 'roller-coach-card';

async function send(message: CardMessage): Promise<void> {
  const reply = (await browser.runtime.sendMessage(message)) as CardReply | undefined;
  if (!reply?.ok) throw new Error(reply && !reply.ok ? reply.error : 'no answer');
}

interface Ui {
  host: HTMLElement;
  box: HTMLElement;
  anchor: Element;
  corner: boolean;
  remove: () => void;
}

/**
 * The card's life on one page: read the page, decide, mount once, update on variant changes and
 * storage changes, remove when the page stops qualifying. Watches only the product's own container
 * while the card shows; nothing keeps running after remove().
 */
export function createCardController(ctx: ContentScriptContext): CardApi {
  let ui: Ui | null = null;
  let data: UserData | null = null;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watched: Element | null = null;
  let stopWatching: (() => void) | null = null;
  // Resolving the time zone warms up the Intl data (about 15 ms on a cold page): only done when
  // there is history to date.
  let zone: string | undefined;
  const tz = (needed: boolean): string => {
    if (!needed) return 'UTC';
    zone ??= userTimeZone();
    return zone;
  };

  const schedule = (delay = 150) => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), delay);
  };

  function watch(selectors: readonly string[]): void {
    const root = selectors.map((s) => document.querySelector(s)).find((el) => el !== null) ?? null;
    if (root === watched) return;
    stopWatching?.();
    watched = root;
    if (!root) return;
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !ui || (r.target !== ui.host && !ui.host.contains(r.target)))) schedule();
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'aria-checked', 'aria-selected', 'selected', 'value'],
    });
    const onInput = () => schedule();
    root.addEventListener('change', onInput, true);
    root.addEventListener('click', onInput, true);
    stopWatching = () => {
      observer.disconnect();
      root.removeEventListener('change', onInput, true);
      root.removeEventListener('click', onInput, true);
      watched = null;
      stopWatching = null;
    };
  }

  function remove(): void {
    clearTimeout(timer);
    stopWatching?.();
    ui?.remove();
    ui = null;
  }

  async function mount(
    anchor: Element,
    where: 'after' | 'before' | 'first' | 'last' | 'corner',
  ): Promise<Ui> {
    const corner = where === 'corner';
    const shadowUi = await createShadowRootUi(ctx, {
      name: HOST_NAME,
      position: 'inline',
      anchor,
      append: corner ? 'last' : where,
      mode: 'closed',
      isolateEvents: true,
      inheritStyles: true,
      css: `${HOST_CSS}\n${css}`,
      onMount: (container) => {
        container.className = 'box';
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    shadowUi.mount();
    // No known anchor on the page: a fixed corner of the window, moved to the other corner when it
    // would cover a buy button.
    if (corner) shadowUi.shadowHost.setAttribute('data-place', 'corner');
    // Fitted after layout, never by forcing one: a ResizeObserver calls back once the page is laid
    // out (reading positions is then free), and again whenever the card or its anchor resizes.
    const box = shadowUi.uiContainer;
    const host = shadowUi.shadowHost;
    const observer = new ResizeObserver(() => (corner ? fitCorner(host, box) : fitCard(box, anchor)));
    observer.observe(box);
    if (!corner) observer.observe(anchor);
    return {
      host: shadowUi.shadowHost,
      box,
      anchor,
      corner,
      remove: () => {
        observer.disconnect();
        shadowUi.remove();
      },
    };
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
    const reading = page ? assessListing(page.listing) : null;
    if (!page || !reading?.classification.device) return remove();
    data ??= await readUserData(Date.now());
    if (my !== seq || ctx.isInvalid) return;
    const site = siteName(url.hostname);
    const productKey = page.listing.productKey;
    if (cardIsOff(data.settings, site, productKey)) return remove();
    const anchor = findAnchor(page.identity.placement);
    if (!anchor) return remove();
    localeSetting.value = data.settings.locale;
    const zoneName = tz(data.sessions.length > 0);
    const model = cardModel(reading, data, Date.now(), zoneName);
    if (!ui?.host.isConnected || ui.anchor !== anchor.el) {
      ui?.remove();
      ui = await mount(anchor.el, anchor.where);
      if (my !== seq) return;
    }
    const { host, box } = ui;
    host.setAttribute('data-needle-mm', needleMmAttribute(model.lengths));
    host.setAttribute('data-verdict', model.verdict);
    host.setAttribute('data-theme', data.settings.theme);
    render(
      <Card
        key={productKey}
        model={model}
        site={site}
        tz={zoneName}
        expanded={!ui.corner}
        onAction={(action) => act(action, site, productKey)}
        onNotes={(section) => void send({ type: 'roller-coach:open-notes', section }).catch(() => undefined)}
      />,
      box,
    );
    watch(page.identity.watch);
  }

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((k) => k === 'settings' || k === 'profile' || k.startsWith('sessions'))) {
      data = null;
      schedule(0);
    }
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    remove();
  });

  return { update: () => schedule(0), remove };
}
