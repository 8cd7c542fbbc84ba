import { BUY_BUTTONS, type Placement } from '../../retail/sites';

/** The first placement whose anchor exists (and is shown) on the page. */
export function findAnchor(placement: readonly Placement[]): { el: Element; where: Placement[1] } | null {
  for (const [selector, where] of placement) {
    const el = document.querySelector(selector);
    if (el && (where === 'corner' || el.getClientRects().length > 0)) return { el, where };
  }
  return null;
}

/**
 * The corner placement (no known anchor on the page): bottom right of the window, or bottom left
 * when that would cover a buy button. The card starts with its details hidden there.
 */
export function fitCorner(host: HTMLElement, box: HTMLElement): void {
  const covers = (): boolean => {
    const card = box.getBoundingClientRect();
    return [...document.querySelectorAll(BUY_BUTTONS)].some(
      (b) => !box.contains(b) && b.getClientRects().length > 0 && intersects(b.getBoundingClientRect(), card),
    );
  };
  if (host.getAttribute('data-side') === 'left') return;
  if (covers()) host.setAttribute('data-side', 'left');
}

const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const MIN_WIDTH = 260;
const MAX_WIDTH = 420;
const MIN_HEIGHT = 140;
const GAP = 8;

/**
 * Size and place the card box, absolutely positioned under its zero-size host (so the page never
 * moves): as wide as its anchor within limits, inside the viewport, and never over a buy button.
 * When one lies below, the card is shortened to the room left (it scrolls inside); when that room
 * is too small, the card moves below the button. It never opens upwards over its anchor, which is
 * often the buy box itself.
 */
export function fitCard(box: HTMLElement, anchor: Element): void {
  const a = anchor.getBoundingClientRect();
  const width = `${Math.round(Math.max(MIN_WIDTH, Math.min(a.width, MAX_WIDTH)))}px`;
  // Only what changes is written: each write would make the page lay out again.
  const set = (prop: 'width' | 'maxHeight' | 'left' | 'top', value: string) => {
    if (box.style[prop] !== value) box.style[prop] = value;
  };
  set('width', width);
  set('maxHeight', '');
  set('left', '0px');
  let offset = GAP;
  set('top', `${offset}px`);
  const page = document.documentElement.clientWidth;
  const r0 = box.getBoundingClientRect();
  if (r0.right > page - GAP) set('left', `${Math.round(page - GAP - r0.right)}px`);

  const buttons = [...document.querySelectorAll(BUY_BUTTONS)]
    .filter((b) => !box.contains(b) && b.getClientRects().length > 0)
    .map((b) => b.getBoundingClientRect());
  for (let i = 0; i < 5; i++) {
    const card = box.getBoundingClientRect();
    const hit = buttons.filter((b) => intersects(b, card));
    if (hit.length === 0) return;
    const room = Math.min(...hit.map((b) => b.top)) - card.top - GAP;
    if (room >= MIN_HEIGHT) {
      set('maxHeight', `${Math.floor(room)}px`);
      return;
    }
    offset += Math.max(...hit.map((b) => b.bottom)) - card.top + GAP;
    set('top', `${Math.round(offset)}px`);
  }
}
