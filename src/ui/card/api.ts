import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How the tiny detector and the lazily loaded card find each other: both run in the same
 * isolated world of the page's frame (content scripts of one extension share it), where each
 * leaves what the other needs on the global scope. The page's own scripts cannot see it.
 * - The detector leaves its content-script context: the card's life starts from it
 *   (./card-context.ts), so the card builds no second WXT context.
 * - The card leaves its API: the detector's later looks update or remove it.
 */
export interface CardApi {
  /** Read the page again and show, update or remove the card. */
  update(): void;
  remove(): void;
}

/** What the card uses of a content-script context (WXT's, or the card's own: ./card-context.ts). */
export type CardContext = Pick<ContentScriptContext, 'signal' | 'isInvalid' | 'setTimeout' | 'onInvalidated'>;

const API_KEY = '__rollerCoachCard';
const CONTEXT_KEY = '__rollerCoachContext';
const world = globalThis as Record<string, unknown>;

export function cardApi(): CardApi | undefined {
  return world[API_KEY] as CardApi | undefined;
}

export function setCardApi(api: CardApi | undefined): void {
  if (api) world[API_KEY] = api;
  else delete world[API_KEY];
}

/** The context of the detector running in this frame, while it is valid. */
export function detectorContext(): CardContext | undefined {
  const ctx = world[CONTEXT_KEY] as CardContext | undefined;
  return ctx && !ctx.isInvalid ? ctx : undefined;
}

/** Called by the detector as it starts: a detector injected again replaces the one before. */
export function shareDetectorContext(ctx: CardContext): void {
  world[CONTEXT_KEY] = ctx;
  ctx.onInvalidated(() => {
    if (world[CONTEXT_KEY] === ctx) delete world[CONTEXT_KEY];
  });
}
