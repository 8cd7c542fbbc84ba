/**
 * The card's code as built (entrypoints/retailer-card.ts), one self-contained file at the root of
 * the extension: the background injects it (Firefox), or the detector imports it (Chrome:
 * ./load-card.ts says why).
 */
export const CARD_SCRIPT = '/retailer-card.js';
