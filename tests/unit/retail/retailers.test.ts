import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import detectorScript from '../../../entrypoints/retailer.content/index';
import { READERS } from '../../../src/retail/read-page';
import { jsonLdOnly } from '../../../src/retail/site';
import { RETAILER_MATCHES, SITES, siteFor } from '../../../src/retail/sites';

/**
 * The convention of issue 17, point 1: a retailer is one file, src/retail/retailers/<id>.ts,
 * exporting its `site` and its `read`, listed once in src/retail/sites.ts. For every site this
 * checks what a new retailer needs (README, "Add a retailer"): its file and reader, its match
 * patterns in the detector's matches and in RETAILER_MATCHES, the host permissions the card is
 * injected under, which make both manifests (the built manifests are checked
 * after the builds, in tests/e2e/retailer-manifests.test.ts), a fixture
 * page and a DOM test that reads one of its product pages. And that the detector, which runs on
 * every shop page, imports no reader.
 */
const RETAILERS_DIR = 'src/retail/retailers';
const files = readdirSync(RETAILERS_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

const DOM_TESTS = readdirSync('tests/dom/retail')
  .filter((f) => /\.test\.tsx?$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join('tests/dom/retail', f), 'utf8') }));
const FIXTURES = readFileSync('tests/fixtures/retail/pages.ts', 'utf8');
const fixtureBuilder = (id: string) => new RegExp(`export function ${id}(?:Page|Roller)\\b`).test(FIXTURES);

/** The DOM tests that read a product page of `id`: a URL of the site that names a product. */
function domTestsOf(id: string): { file: string; text: string }[] {
  return DOM_TESTS.filter(({ text }) =>
    [...text.matchAll(/https?:\/\/[^\s'"`]+/g)].some(([href]) => {
      try {
        const url = new URL(href);
        const site = siteFor(url);
        return site?.id === id && site.productId(url) !== null;
      } catch {
        return false;
      }
    }),
  );
}

/** Relative modules a file imports statically, followed through the tree (type-only imports left out). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gm)) {
      const base = resolve(dirname(file), m[1] as string);
      const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((p) => existsSync(p));
      if (found) visit(found);
    }
  };
  visit(resolve(entry));
  return seen;
}

describe('every retailer is one file (issue 17, point 1)', () => {
  it('every file in src/retail/retailers is listed in SITES, once, under its own name', () => {
    expect(SITES.map((s) => s.id).sort()).toEqual([...files].sort());
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
  });

  describe.each(SITES.map((s) => [s.id, s] as const))('%s', (id, site) => {
    it('has a reader in its own file (jsonLdOnly when its schema.org data is read instead)', () => {
      expect(typeof READERS[id]).toBe('function');
      if (READERS[id] === jsonLdOnly) expect(site.title.length).toBeGreaterThan(0);
    });

    it('has match patterns, in the detector’s matches and the host permissions (RETAILER_MATCHES)', () => {
      expect(site.matches.length).toBeGreaterThan(0);
      for (const m of site.matches) {
        expect(detectorScript.matches).toContain(m);
        expect(RETAILER_MATCHES).toContain(m);
        // Each pattern matches the site's own host rule.
        expect(site.host.test(m.replace(/^https:\/\/\*\./, 'www.').replace(/\/\*$/, ''))).toBe(true);
      }
    });

    it('has a fixture page and a DOM test that reads one of its product pages', () => {
      const tests = domTestsOf(id);
      expect(
        tests.map((t) => t.file),
        `no test in tests/dom/retail reads a ${id} product URL`,
      ).not.toEqual([]);
      const builder = READERS[id] === jsonLdOnly ? 'jsonLdPage' : `${id}(?:Page|Roller)`;
      expect(
        READERS[id] === jsonLdOnly || fixtureBuilder(id),
        `tests/fixtures/retail/pages.ts exports no ${id}Page`,
      ).toBe(true);
      expect(
        tests.some((t) => new RegExp(`\\b${builder}\\(`).test(t.text)),
        `no DOM test of ${id} builds its page with ${builder}()`,
      ).toBe(true);
    });
  });

  it('the detector, on every shop page, imports no reader; the card’s script imports them all', () => {
    const detector = [...importGraph('entrypoints/retailer.content/index.ts')];
    expect(detector.filter((f) => /read-page\.ts$/.test(f))).toEqual([]);
    expect(importGraph('entrypoints/retailer-card.ts')).toContain(resolve('src/retail/read-page.ts'));
    // sites.ts takes each retailer's `site` only (a namespace member, which the bundler tree-shakes).
    const sites = readFileSync('src/retail/sites.ts', 'utf8');
    expect(sites).not.toMatch(/\b\w+\.read\b/);
    expect(sites).not.toMatch(/import \{[^}]*\bread\b/);
  });
});
