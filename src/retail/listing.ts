import { type Classification, classifyListing } from './classify';
import { findNeedleLengths, type LengthForm, type ParseOptions } from './needle-length';
import type { SiteId } from './sites';

/**
 * Which reader read a page: a retailer with its own entry (the ids derive from the list in
 * sites.ts), a Shopify shop, or any other page with schema.org Product data.
 */
export type RetailerId = SiteId | 'shopify' | 'generic';

/** What a product page says about the product, as read by one retailer's reader. */

export interface Variation {
  /** The dimension as the page names it ("Size", "Needle Length", "Talla"). */
  label: string;
  options: string[];
  /** The option currently picked, or null when none is. */
  selected: string | null;
}

export interface Spec {
  label: string;
  value: string;
}

export interface Listing {
  retailer: RetailerId;
  /** Stable id of the product on its site ("amazon:B0XXXXXXXX"), for "hide for this product". */
  productKey: string;
  title: string;
  /** Category path or breadcrumbs. */
  context: string[];
  bullets: string[];
  specs: Spec[];
  variations: Variation[];
  description: string;
  /** Where the title was read; absent means the shop's own field ('site'). */
  titleFrom?: TitleSource;
}

export type LengthSource = 'variant' | 'title' | 'specs' | 'bullets' | 'options' | 'description';

export interface LengthResult {
  /** The lengths of the first source that states any (the picked variant first): "on this page". */
  lengths: number[];
  form: LengthForm | null;
  source: LengthSource | null;
  /**
   * Every length the listing states anywhere (title, specs, bullets, options, description,
   * JSON-LD), merged, ascending; includes `lengths`. The verdict follows the longest of these.
   */
  offered: number[];
}

export interface PageReading extends LengthResult {
  listing: Listing;
  classification: Classification;
}

/** Where the title was read: the shop's own field, or one of the generic fallbacks, in this order. */
export const TITLE_SOURCES = ['site', 'json-ld', 'og', 'itemprop', 'h1', 'document'] as const;
export type TitleSource = (typeof TITLE_SOURCES)[number];

const SIZE_DIMENSION =
  /length|size|depth|needle|mm\b|longitud|tama[ñn]o|talla|profundidad|aguja|longueur|taille|profondeur|aiguille|l[äa]nge|gr[öo](?:ß|ss)e|tiefe|nadel|lunghezza|misura|taglia|aghi|ago\b|profondit|comprimento|tamanho|agulha|profundidade|lengte|maat|grootte|naald|diepte|style|model|modelo|mod[eè]le|modello|variante?|option|opzion|op[çc][ãa]o/i;
const NEEDLE_SPEC =
  /needle|aguja|aiguille|nadel|depth|profundidad|profondeur|tiefe|aghi|ago\b|profondit|agulha|profundidade|naald|diepte/i;
const NOT_A_LENGTH_SPEC =
  /dimension|weight|package|item (?:length|width|height)|abmessung|gewicht|dimensiones|peso|poids|cable|cord|kabel/i;

function unitlessFor(label: string): ParseOptions['unitless'] {
  if (/\bmm\b|millim/i.test(label)) return 'any';
  return /length|size|depth|needle|longitud|tama[ñn]o|talla|profundidad|aguja|longueur|taille|profondeur|aiguille|l[äa]nge|gr[öo](?:ß|ss)e|tiefe|nadel|lunghezza|misura|aghi|comprimento|tamanho|agulha|lengte|maat|naald|diepte/i.test(
    label,
  )
    ? 'decimal'
    : undefined;
}

function collect(texts: string[], opts: ParseOptions): { lengths: number[]; form: LengthForm | null } {
  const readings = texts.flatMap((t) => findNeedleLengths(t, opts));
  const lengths = [...new Set(readings.flatMap((r) => r.values))].sort((a, b) => a - b);
  if (lengths.length === 0) return { lengths, form: null };
  const ranges = readings.filter((r) => r.form === 'range');
  const form: LengthForm =
    ranges.length > 0 && ranges.every((r) => r.values.join() === ranges[0]?.values.join())
      ? lengths.length === 2
        ? 'range'
        : 'list'
      : lengths.length > 1
        ? 'list'
        : 'single';
  return { lengths, form };
}

/**
 * The needle lengths of a listing. `lengths` (what the card calls "on this page") comes from the
 * first source that states any: the variant the shopper picked (what they are about to buy), then
 * the title, needle-length rows of the specification tables, the bullets, every option on offer,
 * the other specification rows and the description. `offered` merges every source: a pen sold as
 * "0.25mm" whose bullets say "adjustable 0.25-2.5mm", or a kit whose bullets list 1.5 mm heads,
 * is judged by its longest length (copy-pasted text can only make the verdict stricter).
 */
export function readLengths(listing: Listing): LengthResult {
  const dims = listing.variations.filter((v) => SIZE_DIMENSION.test(v.label) || v.label === '');
  const steps: [LengthSource, () => { lengths: number[]; form: LengthForm | null }][] = [
    [
      'variant',
      () => {
        const picked = dims.filter((v) => v.selected);
        const readings = picked.map((v) =>
          collect([v.selected as string], { kind: 'variant', unitless: unitlessFor(v.label) }),
        );
        const lengths = [...new Set(readings.flatMap((r) => r.lengths))].sort((a, b) => a - b);
        return { lengths, form: readings.find((r) => r.form)?.form ?? null };
      },
    ],
    ['title', () => collect([listing.title], { kind: 'title' })],
    [
      'specs',
      () => {
        const rows = listing.specs.filter((s) => NEEDLE_SPEC.test(s.label));
        const readings = rows.map((s) =>
          collect([s.value], { kind: 'spec', unitless: unitlessFor(s.label) ?? 'decimal' }),
        );
        const lengths = [...new Set(readings.flatMap((r) => r.lengths))].sort((a, b) => a - b);
        return { lengths, form: readings.find((r) => r.form)?.form ?? null };
      },
    ],
    ['bullets', () => collect(listing.bullets, { kind: 'bullet' })],
    [
      'options',
      () => {
        const readings = dims.map((v) =>
          collect(v.options, { kind: 'variant', unitless: unitlessFor(v.label) }),
        );
        const lengths = [...new Set(readings.flatMap((r) => r.lengths))].sort((a, b) => a - b);
        return { lengths, form: lengths.length > 1 ? 'list' : lengths.length === 1 ? 'single' : null };
      },
    ],
    [
      'specs',
      () =>
        collect(
          listing.specs
            .filter((s) => !NEEDLE_SPEC.test(s.label) && !NOT_A_LENGTH_SPEC.test(s.label))
            .map((s) => `${s.label}: ${s.value}`),
          { kind: 'spec' },
        ),
    ],
    ['description', () => collect([listing.description], { kind: 'description' })],
  ];
  let first: (ReturnType<(typeof steps)[number][1]> & { source: LengthSource }) | null = null;
  const all = new Set<number>();
  for (const [source, read] of steps) {
    const r = read();
    if (r.lengths.length === 0) continue;
    first ??= { ...r, source };
    for (const v of r.lengths) all.add(v);
  }
  const offered = [...all].sort((a, b) => a - b);
  return first ? { ...first, offered } : { lengths: [], form: null, source: null, offered };
}

/** What the classifier may read past a vague title: bullets, then specification rows. */
export function detailTexts(listing: Listing): string[] {
  return [...listing.bullets, ...listing.specs.map((s) => `${s.label}: ${s.value}`)];
}

/** Whether the listing is a microneedling device, and the needle lengths it states. */
export function assessListing(listing: Listing): PageReading {
  const classification = classifyListing(listing.title, listing.context, detailTexts(listing));
  const lengths: LengthResult = classification.device
    ? readLengths(listing)
    : { lengths: [], form: null, source: null, offered: [] };
  return { listing, classification, ...lengths };
}
