import { fold } from './text';

/**
 * The stems every device term of the classifier (classify.ts) contains. A text with none of them
 * names no microneedling device, so it is decided at once, without the long expressions: the
 * detector tests these on every product page of a shop, and asks the background to run the
 * classifier only when one is there (most product pages it sees are not rollers).
 */
export const MAYBE =
  /needl|derma|aguj|aiguil|nadel|dr\.? ?pen|skin ?pen|hydra ?pen|micropunc|colageno|collagen|aghi|agulh|naald|rull[oi] dermic/;

/** MAYBE on text that is not folded yet (any case, accents where a stem has one). */
export const MAYBE_RAW = new RegExp(MAYBE.source.replace('colageno', 'col[aá]geno'), 'i');

/** How much of the bullets and specifications the classifier reads when the title is inconclusive. */
export const DETAILS_BUDGET = 4000;

/**
 * What the detector reads of a product page to tell whether it sells a microneedling device: the
 * title, the shop's category path, and the text past them (bullets, specification blocks, the
 * description), at most DETAILS_BUDGET characters plus the description's 1,000.
 */
export interface DeviceTexts {
  title: string;
  context: readonly string[];
  details: readonly string[];
}

/**
 * Whether the texts may name a device: a stem in the title, the category path or a detail. When
 * none has one, the classifier says "no device term" too (this is its own first test, and a
 * detail without a stem is skipped before anything else), so the detector decides such pages
 * itself; the others go to the background's classifier (classify-texts.ts).
 */
export function mayNameDevice(texts: DeviceTexts): boolean {
  return (
    MAYBE.test(fold(texts.title)) ||
    texts.context.some((c) => MAYBE.test(fold(c))) ||
    texts.details.some((d) => MAYBE_RAW.test(d))
  );
}
