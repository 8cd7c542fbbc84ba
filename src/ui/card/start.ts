import { type CardContext, cardApi, detectorContext, setCardApi } from './api';
import { cardContext } from './card-context';
import { createCardController } from './controller';

/**
 * Entry of the card's code, loaded into a page only once the detector found a device there. The
 * card's life starts from the detector's context (./card-context.ts): without a valid detector in
 * the frame (the extension was updated or turned off since it asked), nothing starts.
 */
export function startCard(detector: CardContext | undefined = detectorContext()): void {
  if (!detector) return;
  const existing = cardApi();
  if (existing) {
    existing.update();
    return;
  }
  const ctx = cardContext(detector);
  const controller = createCardController(ctx);
  setCardApi(controller);
  ctx.onInvalidated(() => {
    if (cardApi() === controller) setCardApi(undefined);
  });
  controller.update();
}
