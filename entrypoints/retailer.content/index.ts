import { defineContentScript } from 'wxt/utils/define-content-script';
import { RETAILER_MATCHES } from '../../src/retail/sites';
import { startDetector } from '../../src/ui/card/detector';

// The tiny detector, on every page of the supported retailers. The card's own code is a separate
// script (entrypoints/retailer-card.ts), loaded only into pages that qualify (src/ui/card/load-card.ts).
export default defineContentScript({
  matches: [...RETAILER_MATCHES],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  // Resolves with what the first look found ('card', 'turned-off', 'not-a-device',
  // 'not-a-product'): the result of an injection from the popup's "check this page".
  main(ctx) {
    return startDetector(ctx);
  },
});
