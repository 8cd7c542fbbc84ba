import { DETAILS_BUDGET, type DeviceTexts, mayNameDevice } from '../../retail/device-stems';
import { identify, type PageIdentity } from '../../retail/identify';
import { GENERIC_DETAILS, siteFor } from '../../retail/sites';

/**
 * The text past the title the classifier may read: bounded, and cheap on a large page: one
 * selector at a time (a lone `#id` takes the browser's fast path, where a selector list walks the
 * whole document), the description meta tag looked for in <head> only, and only on shops without
 * their own details blocks.
 */
function details(doc: Document, page: PageIdentity): string[] {
  const out: string[] = [];
  let left = DETAILS_BUDGET;
  for (const sel of (page.site?.details ?? GENERIC_DETAILS).split(',')) {
    if (left <= 0) break;
    const text = (doc.querySelector(sel.trim())?.textContent ?? '').slice(0, left);
    left -= text.length;
    if (text) out.push(text);
  }
  if (!page.site?.details) {
    const description = doc.head
      ?.querySelector('meta[name="description"], meta[property="og:description"]')
      ?.getAttribute('content');
    if (description) out.push(description.slice(0, 1000));
  }
  return out;
}

/**
 * What the detector finds on a page by itself, as a pure function of the document and URL:
 * - `not-a-product`, with `retry` when a product URL has no title yet (a client-rendered page);
 * - `not-a-device` when no text of the product names a device stem (device-stems.ts);
 * - `maybe-device` with the texts to send to the background, which runs the classifier.
 * The details are read in every case: the classifier needs them also when the title has a stem
 * but names no device term ("Dermaplaning tool" whose bullets say "derma roller"), and only it can
 * tell; they are bounded and read one selector at a time.
 */
export type PageLook =
  | { found: 'not-a-product'; retry: boolean; page: null; texts: null }
  | { found: 'not-a-device'; retry: false; page: PageIdentity; texts: null }
  | { found: 'maybe-device'; retry: false; page: PageIdentity; texts: DeviceTexts };

export function pageLook(doc: Document, url: URL): PageLook {
  const page = identify(doc, url);
  if (!page?.title)
    return { found: 'not-a-product', retry: Boolean(siteFor(url)?.productId(url)), page: null, texts: null };
  const texts = { title: page.title, context: page.context, details: details(doc, page) };
  if (!mayNameDevice(texts)) return { found: 'not-a-device', retry: false, page, texts: null };
  return { found: 'maybe-device', retry: false, page, texts };
}
