import { defineContentScript } from 'wxt/utils/define-content-script';
import { RETAILER_MATCHES } from '../../src/retail/sites';
import { startCard } from '../../src/ui/card/start';

// The card: not in the manifest's content scripts. The background injects it into a frame whose
// detector found a microneedling product (src/background/messages.ts). Its matches become the
// extension's host permissions: the listed retailers only.
export default defineContentScript({
  matches: [...RETAILER_MATCHES],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    startCard(ctx);
  },
});
