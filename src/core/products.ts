import type { SourceId } from './sources';

/**
 * What went on the needled skin (safety reference, section 3): needling drives products into the
 * dermis. Product names and ingredient words are matched in English, Spanish, German and French:
 * actives the aftercare rules out for 7 days, and ingredients that are not made for broken skin.
 * A match says what was matched; no match says nothing about a product (it is never "safe").
 */
export const PRODUCT_CONCERNS = [
  'retinoid',
  'aha',
  'bha',
  'vitamin-c',
  'benzoyl-peroxide',
  'scrub',
  'fragrance',
  'essential-oil',
] as const;
export type ProductConcern = (typeof PRODUCT_CONCERNS)[number];

/** Actives the aftercare rules out for 7 days; the rest are "not made for broken skin". */
export const ACTIVE_CONCERNS: readonly ProductConcern[] = [
  'retinoid',
  'aha',
  'bha',
  'vitamin-c',
  'benzoyl-peroxide',
  'scrub',
];

export const CONCERN_SOURCES: Readonly<Record<ProductConcern, readonly SourceId[]>> = {
  retinoid: ['clinic-aftercare'],
  aha: ['clinic-aftercare'],
  bha: ['clinic-aftercare'],
  'vitamin-c': ['clinic-aftercare'],
  'benzoyl-peroxide': ['clinic-aftercare'],
  scrub: ['clinic-aftercare'],
  fragrance: ['soltani-2014', 'friedmann-2024'],
  'essential-oil': ['soltani-2014', 'friedmann-2024'],
};

/** Words per concern, lower case, accents kept (the text is folded the same way). */
const WORDS: Readonly<Record<ProductConcern, readonly string[]>> = {
  retinoid: [
    'retinol',
    'retinal',
    'retinaldehyde',
    'retinoid',
    'retinoide',
    'rétinoïde',
    'rétinol',
    'retinyl',
    'rétinyl',
    'tretinoin',
    'tretinoína',
    'trétinoïne',
    'tretinoina',
    'adapalene',
    'adapaleno',
    'adapalène',
    'adapalen',
    'tazarotene',
    'tazaroteno',
    'tazarotène',
    'tazaroten',
    'bakuchiol',
  ],
  aha: [
    'aha',
    'glycolic',
    'glycolique',
    'glicólico',
    'glicolico',
    'glykolsäure',
    'lactic acid',
    'acide lactique',
    'ácido láctico',
    'acido lactico',
    'milchsäure',
    'mandelic',
    'mandélique',
    'mandélico',
    'mandelico',
    'mandelsäure',
    'fruchtsäure',
    'fruit acid',
    'acides de fruits',
  ],
  bha: ['bha', 'salicylic', 'salicylique', 'salicílico', 'salicilico', 'salicylsäure'],
  'vitamin-c': [
    'vitamin c',
    'vitamina c',
    'vitamine c',
    'vit c',
    'vit. c',
    'ascorbic',
    'ascorbique',
    'ascórbico',
    'ascorbico',
    'ascorbinsäure',
    'ascorbyl',
  ],
  'benzoyl-peroxide': [
    'benzoyl peroxide',
    'peróxido de benzoilo',
    'peroxido de benzoilo',
    'peroxyde de benzoyle',
    'benzoylperoxid',
  ],
  scrub: [
    'scrub',
    'exfoliante',
    'exfoliant',
    'exfoliating',
    'gommage',
    'exfoliación',
    'peeling',
    'körperpeeling',
    'gesichtspeeling',
  ],
  fragrance: ['fragrance', 'perfume', 'parfum', 'fragancia', 'duftstoff', 'parfüm'],
  'essential-oil': [
    'essential oil',
    'aceite esencial',
    'aceites esenciales',
    'huile essentielle',
    'huiles essentielles',
    'ätherisches öl',
    'ätherische öle',
    'tea tree',
    'teebaum',
  ],
};

/** "-free", "free of", "sin", "sans", "ohne", "frei": a word so marked is absent, not present. */
const NEGATION_BEFORE = /(?:\bfree of|\bfree from|\bno|\bsin|\bsans|\bohne|\bzero|\b0\s?%)\s*$/;
const NEGATION_AFTER = /^\s*(?:-?\s?free\b|-?\s?frei\b|libre\b|\bfrei\b)/;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

export interface ProductMatch {
  concern: ProductConcern;
  /** The word as it appears in the product's name, for "what was matched". */
  matched: string;
}

function isWordChar(c: string | undefined): boolean {
  return !!c && /[\p{L}\p{N}]/u.test(c);
}

/** The concerns a product name or ingredient list matches, each with the word matched. */
export function productConcerns(name: string): ProductMatch[] {
  const text = fold(name);
  const out: ProductMatch[] = [];
  for (const concern of PRODUCT_CONCERNS) {
    for (const word of WORDS[concern]) {
      let from = 0;
      let found: ProductMatch | null = null;
      while (!found) {
        const at = text.indexOf(word, from);
        if (at < 0) break;
        from = at + 1;
        const end = at + word.length;
        // Whole words only ("aha" in "Sahara" is not a match; "retinol" in "retinol-free" is, then
        // negated); a plural "s" is part of the word ("scrubs").
        const tail = text[end] === 's' && !isWordChar(text[end + 1]) ? end + 1 : end;
        if (isWordChar(text[at - 1]) || isWordChar(text[tail])) continue;
        if (NEGATION_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
        if (NEGATION_AFTER.test(text.slice(tail, tail + 8))) continue;
        found = { concern, matched: word };
      }
      if (found) {
        out.push(found);
        break;
      }
    }
  }
  return out;
}
