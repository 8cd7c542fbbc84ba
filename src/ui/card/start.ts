import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardApi, setCardApi } from './api';
import { createCardController } from './controller';

/** Entry of the card's code, loaded into a page only once the detector found a device there. */
export function startCard(ctx: ContentScriptContext): void {
  const existing = cardApi();
  if (existing) {
    existing.update();
    return;
  }
  const controller = createCardController(ctx);
  setCardApi(controller);
  ctx.onInvalidated(() => {
    if (cardApi() === controller) setCardApi(undefined);
  });
  controller.update();
}
