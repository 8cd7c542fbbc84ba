import { type Classification, classifyListing } from './classify';
import { findNeedleLengths, type LengthForm, type ParseOptions } from './needle-length';

/** What a product page says about the product, as read by one retailer's reader. */
export type RetailerId =
  | 'amazon'
  | 'ebay'
  | 'walmart'
  | 'target'
  | 'aliexpress'
  | 'etsy'
  | 'sephora'
  | 'ulta'
  | 'iherb'
  | 'boots'
  | 'shopify'
  | 'generic';

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
}

export type LengthSource = 'variant' | 'title' | 'specs' | 'bullets' | 'options' | 'description';

export interface LengthResult {
  lengths: number[];
  form: LengthForm | null;
  source: LengthSource | null;
}

export interface PageReading extends LengthResult {
  listing: Listing;
  classification: Classification;
}

const SIZE_DIMENSION =
  /length|size|depth|needle|mm\b|longitud|tama[ñn]o|talla|profundidad|aguja|longueur|taille|profondeur|aiguille|l[äa]nge|gr[öo](?:ß|ss)e|tiefe|nadel|style|model|modelo|mod[eè]le|variante?|option/i;
const NEEDLE_SPEC = /needle|aguja|aiguille|nadel|depth|profundidad|profondeur|tiefe/i;
const NOT_A_LENGTH_SPEC =
  /dimension|weight|package|item (?:length|width|height)|abmessung|gewicht|dimensiones|peso|poids|cable|cord|kabel/i;

function unitlessFor(label: string): ParseOptions['unitless'] {
  if (/\bmm\b|millim/i.test(label)) return 'any';
  return /length|size|depth|needle|longitud|tama[ñn]o|talla|profundidad|aguja|longueur|taille|profondeur|aiguille|l[äa]nge|gr[öo](?:ß|ss)e|tiefe|nadel/i.test(
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
 * The needle lengths of a listing, from the first source that states any: the variant the shopper
 * picked (what they are about to buy), then the title, needle-length rows of the specification
 * tables, the bullets, every option on offer, the other specification rows and the description.
 * Later sources are ignored once one has spoken: copy-pasted descriptions often contradict titles.
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
  for (const [source, read] of steps) {
    const r = read();
    if (r.lengths.length > 0) return { ...r, source };
  }
  return { lengths: [], form: null, source: null };
}

/** Whether the listing is a microneedling device, and the needle lengths it states. */
export function assessListing(listing: Listing): PageReading {
  const classification = classifyListing(listing.title, listing.context);
  const lengths = classification.device ? readLengths(listing) : { lengths: [], form: null, source: null };
  return { listing, classification, ...lengths };
}
