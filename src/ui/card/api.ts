/**
 * How the tiny detector and the lazily loaded card find each other: both run in the same
 * isolated world of the page's frame (content scripts of one extension share it), where the card
 * leaves this object on the global scope. The page's own scripts cannot see it.
 */
export interface CardApi {
  /** Read the page again and show, update or remove the card. */
  update(): void;
  remove(): void;
}

const KEY = '__rollerCoachCard';

export function cardApi(): CardApi | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as CardApi | undefined;
}

export function setCardApi(api: CardApi | undefined): void {
  if (api) (globalThis as Record<string, unknown>)[KEY] = api;
  else delete (globalThis as Record<string, unknown>)[KEY];
}
