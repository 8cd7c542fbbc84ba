import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startCard } from '../src/ui/card/start';

// The card: not in the manifest's content scripts. Loaded into a frame whose detector found a
// microneedling product, once the background says the page qualifies: in Chrome the detector
// imports it as a module (src/ui/card/load-card.ts; web-accessible to the listed shops' pages),
// else the background injects it (src/background/messages.ts; into the manifest's host
// permissions, or a page "check this page" was clicked on). An unlisted script, not a content
// script: it builds no content-script context of its own, it lives on the detector's.
export default defineUnlistedScript(() => {
  startCard();
});
