import { BUY_BUTTONS, type Placement } from '../../retail/sites';

/** The first placement whose anchor exists (and is shown) on the page. */
export function findAnchor(placement: readonly Placement[]): { el: Element; where: Placement[1] } | null {
  for (const [selector, where] of placement) {
    const el = document.querySelector(selector);
    if (el && el.getClientRects().length > 0) return { el, where };
  }
  return null;
}

const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const MIN_WIDTH = 260;
const MAX_WIDTH = 420;
const MIN_HEIGHT = 120;

/**
 * Size and place the card box (absolutely positioned under its zero-size host, so the page never
 * moves): as wide as its anchor within limits, inside the viewport, and never over a buy button -
 * shortened (it scrolls inside) or, when too little room is left, moved above its anchor.
 */
export function fitCard(box: HTMLElement, anchor: Element): void {
  const a = anchor.getBoundingClientRect();
  const width = Math.round(Math.max(MIN_WIDTH, Math.min(a.width, MAX_WIDTH)));
  box.style.width = `${width}px`;
  box.style.top = '0px';
  box.style.bottom = '';
  box.style.maxHeight = '';
  box.style.left = '0px';
  const page = document.documentElement.clientWidth;
  const r0 = box.getBoundingClientRect();
  if (r0.right > page - 8) box.style.left = `${Math.round(page - 8 - r0.right)}px`;

  const buttons = [...document.querySelectorAll(BUY_BUTTONS)]
    .filter((b) => !box.contains(b) && b.getClientRects().length > 0)
    .map((b) => b.getBoundingClientRect());
  const blocking = () => buttons.filter((b) => intersects(b, box.getBoundingClientRect()));
  let hit = blocking();
  if (hit.length === 0) return;
  const top = box.getBoundingClientRect().top;
  const room = Math.min(...hit.map((b) => b.top)) - top - 8;
  if (room >= MIN_HEIGHT) {
    box.style.maxHeight = `${Math.floor(room)}px`;
    hit = blocking();
    if (hit.length === 0) return;
  }
  // Not enough room below the anchor: open upwards, above it.
  box.style.maxHeight = '';
  box.style.top = '';
  box.style.bottom = `${Math.round(a.height)}px`;
}
