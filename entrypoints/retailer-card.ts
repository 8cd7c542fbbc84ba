import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startCard } from '../src/ui/card/start';

// The card: not in the manifest's content scripts. The background injects it into a frame whose
// detector found a microneedling product (src/background/messages.ts). An unlisted script, not a
// content script: it builds no content-script context of its own, it lives on the detector's.
// The hosts it may be injected into are the manifest's host permissions (wxt.config.ts).
export default defineUnlistedScript(() => {
  startCard();
});
