import css from './card.css?inline';
import { HOST_CSS } from './host-css';

export const HOST_NAME = 'roller-coach-card';

export type Where = 'after' | 'before' | 'first' | 'last' | 'corner';

export interface CardHost {
  /** The <roller-coach-card> element in the page (its closed shadow root holds the card). */
  host: HTMLElement;
  /** The card box inside the shadow root, that the card is drawn into. */
  box: HTMLElement;
}

// Keys typed in the card stay in the card: a shop's keyboard shortcuts never see them.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * The card's host with its CLOSED shadow root (the page must not read the shopper's history from
 * it): the card's stylesheet and the box, all built before the host enters the page, so the page
 * lays out and styles it once. Not yet in the page: see `insertHost`.
 */
export function createHost(corner: boolean): CardHost {
  const host = document.createElement(HOST_NAME);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `${HOST_CSS}\n${css}`;
  const box = document.createElement('div');
  box.className = 'box';
  shadow.append(style, box);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  // No known anchor on the page: a fixed corner of the window, moved to the other corner when it
  // would cover a buy button.
  if (corner) host.setAttribute('data-place', 'corner');
  return { host, box };
}

/** Put the host into the page at its anchor ('corner' appends it to the anchor, the body). */
export function insertHost(host: HTMLElement, anchor: Element, where: Where): void {
  if (where === 'after') anchor.parentElement?.insertBefore(host, anchor.nextElementSibling);
  else if (where === 'before') anchor.parentElement?.insertBefore(host, anchor);
  else if (where === 'first') anchor.prepend(host);
  else anchor.append(host);
}
