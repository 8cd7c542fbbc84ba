import { type Classification, classifyListing } from './classify';
import { DETAILS_BUDGET, type DeviceTexts } from './device-stems';

/**
 * The detector's question, answered by the classifier: the title and category first, the details
 * only when those name no device term (a bundle named for its purpose, a device named by its
 * brand). Runs in the background, so a shop's page never compiles the classifier's expressions.
 */
export function classifyTexts(texts: DeviceTexts): Classification {
  const first = classifyListing(texts.title, texts.context);
  if (first.device || first.why !== 'no device term') return first;
  return classifyListing(texts.title, texts.context, texts.details);
}

const TITLE_MAX = 2000;
/** Parts of the category path, and of the details, kept. */
const PARTS_MAX = 20;
const PART_MAX = DETAILS_BUDGET + 1000;

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Texts sent by a content script, checked and bounded (a page's text is the shop's, and may be
 * anything): null when they are not texts; long ones cut to what the classifier would read.
 */
export function boundedTexts(v: unknown): DeviceTexts | null {
  if (typeof v !== 'object' || v === null) return null;
  const x = v as Record<string, unknown>;
  if (typeof x.title !== 'string' || !strings(x.context) || !strings(x.details)) return null;
  return {
    title: x.title.slice(0, TITLE_MAX),
    context: x.context.slice(0, PARTS_MAX).map((c) => c.slice(0, TITLE_MAX)),
    details: x.details.slice(0, PARTS_MAX).map((d) => d.slice(0, PART_MAX)),
  };
}
