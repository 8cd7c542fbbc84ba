import { assessListing, type PageReading } from '../../../src/retail/listing';
import { readListing } from '../../../src/retail/read-page';

export function parse(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // happy-dom ignores the `selected` attribute of a later <option> when parsing; browsers honour
  // it. Select those options as a browser would, so readers see the page as shoppers do.
  for (const o of doc.querySelectorAll('option[selected]')) (o as HTMLOptionElement).selected = true;
  return doc;
}

/** Read a page as the card does: the listing, whether it is a device, and its needle lengths. */
export function read(html: string, href: string): PageReading | null {
  const r = readListing(parse(html), new URL(href));
  return r ? assessListing(r.listing) : null;
}

/** The part of a reading a table compares. */
export function summary(r: PageReading | null) {
  if (!r) return null;
  return { device: r.classification.device, lengths: r.lengths, source: r.source, form: r.form };
}
