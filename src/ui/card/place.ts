import { queryEach } from '../../retail/dom';
import { BUY_BUTTONS, type Placement } from '../../retail/sites';

/**
 * The first placement whose anchor exists (and is shown) on the page, with the card's width for
 * it (null in the corner), read while the page is laid out for the visibility check: so the card
 * enters the page at its width, and its first fit places it at once (fitCard).
 */
export function findAnchor(
  placement: readonly Placement[],
): { el: Element; where: Placement[1]; width: string | null } | null {
  for (const [selector, where] of placement) {
    const el = document.querySelector(selector);
    if (el && where === 'corner') return { el, where, width: null };
    if (el && el.getClientRects().length > 0) return { el, where, width: cardWidth(el) };
  }
  return null;
}

/**
 * The page's buy buttons, looked up once (a selector with a substring match walks the whole page,
 * a cost paid once per card and again only after the page changed: `forget`), and their
 * rectangles when shown, read fresh at each fit. `tiers`: the shop's own buttons, then the generic
 * list (the first tier that finds any is used, so a shop's lone #ids spare the page the walks).
 */
export function buyButtons(tiers: readonly (readonly string[])[] = [BUY_BUTTONS]): {
  rects(): DOMRect[];
  forget(): void;
} {
  let found: Element[] | null = null;
  const lookUp = (): Element[] => {
    for (const selectors of tiers) {
      const buttons = queryEach(document, selectors);
      if (buttons.length > 0) return buttons;
    }
    return [];
  };
  return {
    rects: () => {
      found ??= lookUp();
      return found
        .filter((b) => b.isConnected && b.getClientRects().length > 0)
        .map((b) => b.getBoundingClientRect());
    },
    forget: () => {
      found = null;
    },
  };
}

/**
 * The corner placement (no known anchor on the page): bottom right of the window, or bottom left
 * when that would cover a buy button. The card starts with its details hidden there.
 */
export function fitCorner(host: HTMLElement, box: HTMLElement, buttons: () => DOMRect[]): void {
  if (host.getAttribute('data-side') === 'left') return;
  const card = box.getBoundingClientRect();
  if (buttons().some((b) => intersects(b, card))) host.setAttribute('data-side', 'left');
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const intersects = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const MIN_WIDTH = 260;
const MAX_WIDTH = 420;

/** The card as wide as its anchor, within limits. */
export function cardWidth(anchor: Element): string {
  return `${Math.round(Math.max(MIN_WIDTH, Math.min(anchor.getBoundingClientRect().width, MAX_WIDTH)))}px`;
}
const MIN_HEIGHT = 140;
const GAP = 8;

type Style = 'width' | 'maxHeight' | 'left' | 'top';

/**
 * Size and place the card box, absolutely positioned under its zero-size host (so the page never
 * moves): as wide as its anchor within limits, inside the viewport, and never over a buy button.
 * When one lies below, the card is shortened to the room left (it scrolls inside); when that room
 * is too small, the card moves below the button. It never opens upwards over its anchor, which is
 * often the buy box itself.
 *
 * Called from a ResizeObserver, after layout: every rectangle is read first (free then), the
 * placement is computed from them, and only what changes is written, once. Nothing is read after
 * a write, so the page is never laid out out of turn. A new width changes the card's height, which
 * only a layout can tell: then the width alone is written, and the observer, called again for
 * the box's new size in the same frame, places it.
 */
export function fitCard(
  host: HTMLElement,
  box: HTMLElement,
  anchor: Element,
  buttons: () => DOMRect[],
): void {
  const card = box.firstElementChild;
  const width = cardWidth(anchor);
  const set = (prop: Style, value: string) => {
    if (box.style[prop] !== value) box.style[prop] = value;
  };
  if (box.style.width !== width || !card) {
    set('width', width);
    return;
  }

  const origin = host.getBoundingClientRect();
  const shown = box.getBoundingClientRect();
  // The card's full height, also while a max-height shortens it (then it scrolls inside).
  const height = shown.height - card.clientHeight + card.scrollHeight;
  const page = document.documentElement.clientWidth;
  const rects = buttons();

  const left =
    origin.left + shown.width > page - GAP ? Math.round(page - GAP - (origin.left + shown.width)) : 0;
  const at = (top: number): Box => ({
    left: origin.left + left,
    right: origin.left + left + shown.width,
    top: origin.top + top,
    bottom: origin.top + top + height,
  });
  let offset = GAP;
  let top = Math.round(offset);
  let maxHeight = '';
  for (let i = 0; i < 5; i++) {
    const r = at(top);
    const hit = rects.filter((b) => intersects(b, r));
    if (hit.length === 0) break;
    const room = Math.min(...hit.map((b) => b.top)) - r.top - GAP;
    if (room >= MIN_HEIGHT) {
      maxHeight = `${Math.floor(room)}px`;
      break;
    }
    offset += Math.max(...hit.map((b) => b.bottom)) - r.top + GAP;
    top = Math.round(offset);
  }
  set('left', `${left}px`);
  set('top', `${top}px`);
  set('maxHeight', maxHeight);
}
