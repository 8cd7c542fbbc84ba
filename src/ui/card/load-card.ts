import { browser } from 'wxt/browser';
import { cardApi } from './api';
import { CARD_SCRIPT } from './card-script';

/**
 * Whether the detector loads the card's code itself, as a module, instead of the background
 * injecting it as a script: in Chrome. Chrome keeps a module's compiled code between page loads
 * (V8's code cache, keyed by its address), never a script the extension injects, which it
 * compiles again in every page; compiling the card was a third of its time in a shop's page
 * (issue 12). For the module to be fetched from a shop's page it is a web-accessible resource
 * to the listed shops' pages (wxt.config.ts), at an address that changes each browser session
 * (`use_dynamic_url`), so a page cannot probe for the extension by it. Firefox keeps the
 * injection: it exposes no file to pages (the bench measures Chrome only).
 */
export const DETECTOR_LOADS_CARD = !import.meta.env.FIREFOX;

/**
 * Evaluate the card's code in this frame's isolated world (a content script's import runs its
 * module there): the card starts from the detector's context, as when injected (./start.ts).
 */
async function loadCardModule(): Promise<void> {
  await import(/* @vite-ignore */ browser.runtime.getURL(CARD_SCRIPT));
}

/**
 * Whether the card's module loaded and started the card in this frame. False when the import
 * failed (a page the file is not web-accessible to: "check this page" on a shop that is not
 * listed, an http page; a page whose policy blocks it) or ran nothing (this world had evaluated
 * it already): then the detector has the background inject the card, as in Firefox.
 */
export function cardModuleStarted(): Promise<boolean> {
  return loadCardModule().then(
    () => cardApi() !== undefined,
    () => false,
  );
}
