import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { assessListing } from '../../../src/retail/listing';
import { readListing } from '../../../src/retail/read-page';
import { firstLook } from '../../../src/ui/card/first-look';
import { cardModel, needleMmAttribute } from '../../../src/ui/card/model';
import { REAL_PAGES, realHtml, realSuite, rollerHtml } from '../../fixtures/retail/real-pages';
import { parse } from './load';

const USER = { settings: DEFAULT_SETTINGS, profile: DEFAULT_PROFILE, sessions: [] };
/** Real pages are 0.1 to 1 MB: happy-dom's parse alone can take seconds on a loaded machine. */
const SLOW = 30_000;

/** The detector's first look and the card's reading, of one parsed document. */
function both(html: string, href: string) {
  const doc = parse(html);
  const url = new URL(href);
  const look = firstLook(doc, url);
  const page = readListing(doc, url);
  return { look, reading: page ? assessListing(page.listing) : null };
}

/**
 * Issue 11, point 2: every real page, both ways, through the detector's first look and the
 * card's readers (happy-dom). The same pages run in real Chromium in tests/e2e/card-real.test.ts.
 */
const suite = realSuite('real pages (../shared/fixtures/pages/real) with the extension’s own readers');
describe.skipIf(suite.skip)(suite.title, () => {
  it.each(REAL_PAGES.map((p) => [p.file, p] as const))(
    '%s: unchanged, no card',
    (_, p) => {
      const { look, reading: r } = both(realHtml(p), p.url);
      expect(look.found).not.toBe('device');
      expect(r === null || !r.classification.device, r?.classification.why).toBe(true);
    },
    SLOW,
  );

  it.each(REAL_PAGES.map((p) => [p.file, p] as const))(
    '%s: with a roller title, the right card',
    (_, p) => {
      const html = rollerHtml(p);
      expect(html).not.toBe(realHtml(p));
      const { look, reading: r } = both(html, p.url);
      expect(look.found).toBe('device');
      expect(r?.classification.device, r?.classification.why).toBe(true);
      if (!r) return;
      const model = cardModel(r, USER, Date.parse('2026-12-01T10:00:00Z'), 'UTC');
      expect({
        mm: needleMmAttribute(model.lengths),
        verdict: model.verdict,
        from: r.listing.titleFrom,
      }).toEqual({
        mm: p.mm,
        verdict: p.verdict,
        from: p.domTitleFrom ?? p.titleFrom,
      });
    },
    SLOW,
  );
});
