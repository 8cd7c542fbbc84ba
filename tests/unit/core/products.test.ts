import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/core/assess';
import { type ProductConcern, productConcerns } from '../../../src/core/products';
import { DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { parseInstant } from '../../../src/core/time';
import { ANSWERED_PROFILE } from '../../support/factories';

const concerns = (name: string) => productConcerns(name).map((m) => m.concern);

describe('what went on the needled skin: names and ingredients in four languages (issue 15)', () => {
  it.each<[string, ProductConcern[]]>([
    // English
    ['The Ordinary Retinol 0.5% in Squalane', ['retinoid']],
    ['Tretinoin cream 0.025%', ['retinoid']],
    ['Differin adapalene gel', ['retinoid']],
    ['Glycolic Acid 7% Toning Solution', ['aha']],
    ['Lactic Acid 10% + HA', ['aha']],
    ['Mandelic acid serum', ['aha']],
    ['Paula’s Choice 2% BHA Liquid Exfoliant', ['bha', 'scrub']],
    ['Salicylic acid cleanser', ['bha']],
    ['Vitamin C serum 15%', ['vitamin-c']],
    ['L-ascorbic acid booster', ['vitamin-c']],
    ['Benzoyl peroxide 5% wash', ['benzoyl-peroxide']],
    ['Apricot face scrub', ['scrub']],
    ['Rose face oil with essential oils', ['essential-oil']],
    ['Tea tree spot gel', ['essential-oil']],
    ['Hydrating cream with fragrance', ['fragrance']],
    // Spanish
    ['Sérum con vitamina C', ['vitamin-c']],
    ['Tónico de ácido glicólico', ['aha']],
    ['Gel de ácido salicílico', ['bha']],
    ['Crema con retinol y perfume', ['retinoid', 'fragrance']],
    ['Aceite esencial de lavanda', ['essential-oil']],
    ['Peróxido de benzoilo 5 %', ['benzoyl-peroxide']],
    // German
    ['Serum mit Vitamin C und Duftstoff', ['vitamin-c', 'fragrance']],
    ['Glykolsäure Tonic', ['aha']],
    ['Salicylsäure Gel', ['bha']],
    ['Gesichtspeeling mit Fruchtsäure', ['aha', 'scrub']],
    ['Ätherisches Öl Lavendel', ['essential-oil']],
    // French
    ['Sérum vitamine C', ['vitamin-c']],
    ['Crème au rétinol', ['retinoid']],
    ['Lotion acide glycolique', ['aha']],
    ['Gommage visage', ['scrub']],
    ['Huile essentielle de rose', ['essential-oil']],
    ['Peroxyde de benzoyle 4 %', ['benzoyl-peroxide']],
  ])('%s -> %j', (name, expected) => {
    expect(concerns(name).sort()).toEqual([...expected].sort());
  });

  it.each([
    'Retinol-free night cream',
    'Vitamin C free moisturiser',
    'Hyaluronic acid serum',
    'Fragrance free serum',
    'Sans parfum, crème apaisante',
    'Creme ohne Duftstoff',
    'Serum sin perfume',
    'Parfümfrei Creme', // a German compound marked free
    'Sahara sun cream', // "aha" inside a word is not AHA
    'Cicaplast B5 baume',
    'Saline solution',
  ])('near miss: %s matches nothing', (name) => {
    expect(concerns(name)).toEqual([]);
  });
});

describe('product findings at logging', () => {
  const ctx = (products: { name: string; brokenSkin: boolean }[] = []) => ({
    sessions: [],
    rollers: [],
    profile: ANSWERED_PROFILE,
    settings: { ...DEFAULT_SETTINGS, products },
    tz: 'Europe/Berlin',
  });
  const at = parseInstant('2026-11-21T10:00:00+01:00');
  const log = (
    p: { products?: string[]; productsBefore?: string[] },
    list?: { name: string; brokenSkin: boolean }[],
  ) => assess({ whenMs: at, area: 'cheeks', needleMm: 0.25, rollerId: null, ...p }, ctx(list));

  it('an active after the session warns and says what was matched, with its source', () => {
    const f = log({ products: ['Vitamin C serum'] }).find((x) => x.code === 'product-active');
    expect(f).toMatchObject({
      severity: 'warn',
      params: { product: 'Vitamin C serum', matched: 'vitamin c', concern: 'vitamin-c' },
    });
    expect(f?.sources).toContain('clinic-aftercare');
  });

  it('an essential oil before the session is not made for broken skin (granuloma reports)', () => {
    const f = log({ productsBefore: ['Tea tree oil'] }).find((x) => x.code === 'product-broken-skin');
    expect(f?.sources).toEqual(['soltani-2014', 'friedmann-2024']);
  });

  it('a product that matches nothing is "not known", never fine; marking it as made for broken skin removes only that note', () => {
    expect(log({ products: ['Cicaplast B5'] }).map((x) => [x.code, x.severity])).toContainEqual([
      'product-unverified',
      'info',
    ]);
    const marked = log({ products: ['Cicaplast B5'] }, [{ name: 'cicaplast b5', brokenSkin: true }]);
    expect(marked.map((x) => x.code)).not.toContain('product-unverified');
    // A mark never hides a matched active.
    const retinol = log({ products: ['Retinol cream'] }, [{ name: 'Retinol cream', brokenSkin: true }]);
    expect(retinol.map((x) => x.code)).toContain('product-active');
  });

  it('no products, no product finding', () => {
    expect(log({}).filter((x) => x.code.startsWith('product-'))).toEqual([]);
  });
});
