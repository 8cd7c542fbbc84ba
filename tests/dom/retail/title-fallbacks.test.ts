import { describe, expect, it } from 'vitest';
import { jsonLdProductName } from '../../../src/retail/json-ld';
import { pageTitle, TITLE_FALLBACKS } from '../../../src/retail/title';
import { parse } from './load';

/** A page with every source of a product name, each saying where it came from. */
function page(without: string[] = []): string {
  const has = (s: string) => !without.includes(s);
  return `<!doctype html><html><head>
${has('document') ? '<title>From document | Shop Example</title>' : ''}
${has('og') ? '<meta property="og:type" content="product"><meta property="og:title" content="From og | Shop Example">' : ''}
${has('json-ld') ? '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Shop"},{"@type":["PRODUCT"],"name":"From json-ld"}]}</script>' : ''}
</head><body>
<nav itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemListElement"><span itemprop="name">Home</span></span></nav>
${has('itemprop') ? '<div itemscope itemtype="https://schema.org/Product"><span itemprop="brand" itemscope><span itemprop="name">Brand</span></span><span itemprop="name">From itemprop</span></div>' : ''}
${has('h1') ? '<main><h1>From h1</h1></main>' : ''}
${has('site') ? '<div id="own-title">From site</div>' : ''}
</body></html>`;
}

describe('generic title fallbacks, in their fixed order (issue 11, point 1)', () => {
  it('the order is json-ld, og, itemprop, h1, document', () => {
    expect(TITLE_FALLBACKS).toEqual(['json-ld', 'og', 'itemprop', 'h1', 'document']);
  });

  it.each([
    [[], 'site', 'From site'],
    [['site'], 'json-ld', 'From json-ld'],
    [['site', 'json-ld'], 'og', 'From og'],
    [['site', 'json-ld', 'og'], 'itemprop', 'From itemprop'],
    [['site', 'json-ld', 'og', 'itemprop'], 'h1', 'From h1'],
    [['site', 'json-ld', 'og', 'itemprop', 'h1'], 'document', 'From document'],
    [['site', 'json-ld', 'og', 'itemprop', 'h1', 'document'], 'site', ''],
  ])('without %j: from %s', (without, from, title) => {
    const doc = parse(page(without));
    expect(pageTitle(doc, 'www.example.com', ['#own-title'], jsonLdProductName)).toEqual({ title, from });
  });

  it('the detector passes no JSON-LD reader: it starts at og:title', () => {
    expect(pageTitle(parse(page(['site'])), 'www.example.com', ['#own-title'])).toEqual({
      title: 'From og',
      from: 'og',
    });
  });

  it('og:title only counts when og:type names a product', () => {
    const html = page(['site', 'json-ld']).replace('content="product"', 'content="website"');
    expect(pageTitle(parse(html), 'www.example.com', [], jsonLdProductName).from).toBe('itemprop');
  });
});
