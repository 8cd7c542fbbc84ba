import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { firstLook } from '../../../src/ui/card/detector';
import { cardModel, needleMmAttribute } from '../../../src/ui/card/model';
import { REAL_PAGES, realHtml, realSuite, rollerHtml } from '../../fixtures/retail/real-pages';
import { parse, read } from './load';

const USER = { settings: DEFAULT_SETTINGS, profile: DEFAULT_PROFILE, sessions: [] };

/**
 * Issue 11, point 2: every real page, both ways, through the detector's first look and the
 * card's readers (happy-dom). The same pages run in real Chromium in tests/e2e/card-real.test.ts.
 */
const suite = realSuite('real pages (../shared/fixtures/pages/real) with the extension’s own readers');
describe.skipIf(suite.skip)(suite.title, () => {
  it.each(REAL_PAGES.map((p) => [p.file, p] as const))('%s: unchanged, no card', (_, p) => {
    const html = realHtml(p);
    expect(firstLook(parse(html), new URL(p.url)).found).not.toBe('device');
    const r = read(html, p.url);
    expect(r === null || !r.classification.device, r?.classification.why).toBe(true);
  });

  it.each(REAL_PAGES.map((p) => [p.file, p] as const))('%s: with a roller title, the right card', (_, p) => {
    const html = rollerHtml(p);
    expect(html).not.toBe(realHtml(p));
    expect(firstLook(parse(html), new URL(p.url)).found).toBe('device');
    const r = read(html, p.url);
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
  });
});
