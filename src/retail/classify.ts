import { DETAILS_BUDGET, MAYBE, MAYBE_RAW } from './device-stems';
import { fold } from './text';

/**
 * Is a listing a microneedling device? Derma rollers, stamps, microneedling pens and their needle
 * cartridges, named in English, Spanish, French, German, Italian, Portuguese or Dutch (the languages of the
 * shops the extension runs on, see sites.ts). Read from the title; when the title names no product
 * type, from the shop's category path, and then from the bullets and specifications (a bundle
 * named for its purpose, a device named only by its brand).
 *
 * Not devices: jade, quartz, ice, lint, paint and foam rollers; insulin and mesotherapy pen
 * needles; syringes and lancets; books; LED masks; and consumables or accessories sold "for
 * microneedling" (serums, numbing creams, cleaners, cases) - a device term that only appears
 * after "for / para / pour / für / compatible with", or right before an accessory noun, does not
 * make the listing a device. Cartridges "for Dr. Pen" are devices: they carry the needles.
 */
export type DeviceKind = 'roller' | 'stamp' | 'pen' | 'cartridge' | 'device';

export interface Classification {
  device: boolean;
  kind: DeviceKind | null;
  /** Radiofrequency microneedling: never for home use (FDA safety communication, 2024). */
  rf: boolean;
  /** The term that decided, for tests and debugging. */
  why: string;
}

const S = '[ -]?';
const MICRO_NEEDLE = `micro${S}needl(?:e|es|ing)`;
const TERMS: [Exclude<DeviceKind, 'cartridge'>, RegExp][] = [
  [
    'pen',
    new RegExp(
      [
        `derma${S}pen`,
        `dr\\.? ?pen\\b`,
        `${MICRO_NEEDLE} pens?\\b`,
        `skin${S}pen\\b`,
        `hydra${S}pen\\b`,
        `(?:pluma|boligrafo)s? (?:de )?micro${S}agujas`,
        `stylos? (?:a |de |aux )?micro${S}aiguilles`,
        `stylos? (?:de |a )?microneedling`,
        `mikro${S}nadel${S}pen`,
        `microneedling${S}(?:pen|gerat|geraet|device|machine|maquina|appareil|penna|caneta)`,
        `penn[ae] (?:per |da |a )?(?:micro${S}aghi|microneedling|dermapen)`,
        `canetas? (?:de |para )?(?:micro${S}agulh\\w*|microneedling)`,
        `micro${S}naald(?:en)?${S}pen`,
      ].join('|'),
      'g',
    ),
  ],
  [
    'stamp',
    new RegExp(
      [
        `derma${S}stamp`,
        `${MICRO_NEEDLE} stamps?`,
        `needle stamps?`,
        `sellos? (?:de )?micro${S}agujas`,
        `tampons? (?:a |de |aux )?micro${S}aiguilles`,
        `(?:mikro${S})?nadel${S}stempel`,
        `derma${S}stempel`,
        `timbr[oi] (?:a |con |per )?micro${S}aghi`,
        `carimbos? (?:de )?micro${S}agulhas`,
        `micro${S}naald${S}stempel`,
      ].join('|'),
      'g',
    ),
  ],
  [
    'roller',
    new RegExp(
      [
        `derma${S}rolle(?:r|rs|n)?\\b`,
        `${MICRO_NEEDLE} rollers?`,
        `needle rollers?`,
        `mts rollers?`,
        `rodillos? (?:de |con )?micro${S}agujas`,
        `rouleaux? (?:a |de |aux )?micro${S}aiguilles`,
        `mikro${S}nadel${S}roller`,
        `nadel${S}roller`,
        `rull[oi] (?:dermic[oi] |derma |a |con |per |da )?(?:micro${S}aghi|microneedling|dermaroller)`,
        `rull[oi] dermic[oi]`,
        `rolos? (?:de |com |para )?(?:micro${S}agulh\\w*|microneedling)`,
        `micro${S}naald(?:en)?${S}roller`,
        `naald${S}roller`,
      ].join('|'),
      'g',
    ),
  ],
  [
    'device',
    new RegExp(
      [
        `${MICRO_NEEDLE}`,
        `microneedl\\w*`,
        `micro${S}agujas`,
        `micropuncion`,
        `micro${S}aiguilles`,
        `mikro${S}nadel\\w*`,
        `collagen induction therapy`,
        `induccion de colageno`,
        `micro${S}aghi`,
        `micro${S}agulh(?:as|amento)`,
        `micro${S}naald(?:en|jes)?`,
      ].join('|'),
      'g',
    ),
  ],
];

const CARTRIDGE =
  /\b(?:cartridges?|cartuchos?|cartouches?|kartuschen?|nadelmodule?|needle (?:heads?|tips?|modules?)|replacement heads?|cabezales?|tetes? de rechange|ersatzkopfe?|cartucc[ei]a?|testine di ricambio|cartuchos?|cabecas? de reposicao|patronen?|vervangende koppen)\b/;
const CARTRIDGE_INCLUDED =
  /(?:with|con|avec|mit|com|met|\+|incl\w*|plus|and|y|et|und|e|en)\s+(?:\d+\s*(?:x\s*)?)?$/;

/** Never a microneedling device, whatever else the title says. */
const NEVER =
  /insulin|insulina|insuline|glp-?1|semaglutid|ozempic|wegovy|mounjaro|tirzepatid|diabet|subcutane|sous-cutane|胰岛素|注射|mesotherap|mesoterap|meso ?(?:gun|injector)|\binjector|jeringa|syringe|seringue|spritze|lancet|lanceta|lancette|\bjade\b|quartz|cuarzo|\bgua ?sha|\bice\b|hielo|\bglace\b|\beis|cryo|frozen|cooling roller|\blint\b|fussel|quitapelusas|peluches|\bpaint|pintura|peinture|farbroll|malerroll|foam roller|hardcover|paperback|kindle|taschenbuch|gebundene ausgabe|tapa blanda|tapa dura|\bbroche\b|\brelie\b|ebook|audiobook|horbuch|led (?:face )?mask|mascara led|masque (?:a )?led|led-?maske|light therapy mask/;
/** Tattoo and permanent make-up needles, unless the title also says microneedling. */
const TATTOO = /tattoo|tatuaje|tatouage|\bpmu\b|permanent make-?up|micropigment/;

/** "for microneedling", "para dermaroller", "compatible with Dr. Pen": the device term names what the product is used with. */
const GOVERNED_BEFORE =
  /(?:^|\s)(?:for|para|pour|fur|zum|zur|after|post|apres|despues de|nach|per|dopo|apos|voor|na|compatible(?: with| con| avec| mit)?|compatibile(?: con)?|compativel(?: com)?|geschikt voor|kompatibel(?: mit)?|fits|use with|uso con|utiliser avec|da usare con|usar com)\s+(?:(?:use|using|with|con|avec|mit|com|met|all|any|the|your|tu|su|sus|votre|vos|ihr|ihren|den|die|das|der|el|la|le|les|los|las|a|an|un|una|une|ein|eine|most|il|lo|gli|o|os|as|uma|um|de|het|een|uw|je)\s+){0,3}$/;
/** "derma roller case", "dermaroller cleaner": an accessory named after the device. */
const ACCESSORY_AFTER =
  /^\s*(?:\S+\s+)?(?:case|cases|holder|stand|cleaner|cleaning|spray|solution|serum|cream|gel|book|guide|estuche|funda|limpiador|soporte|etui|nettoyant|support|reiniger|hulle|aufbewahrung|storage|disinfectant|sanitizer|aftercare|numbing|custodia|detergente|supporto|crema|siero|estojo|limpador|suporte|creme|etui|reiniger|houder|standaard)\b/;

/**
 * Consumables and accessories: when one of these nouns names the product and the device term
 * comes after "for ..." ("Numbing Cream for Microblading and Microneedling"), or the title names
 * no device of its own (only "microneedling"), the listing is not a device.
 */
const CONSUMABLE =
  /\b(?:cream|creme|crema|serums?|siero|gel|numbing|an(?:a)?esthetic|anestesico|anestesi\w*|lidocain\w*|betaub\w*|vials?|ampoules?|ampollas?|ampolle|ampulle?n?|growth factors?|factores de crecimiento|exosomes?|exosomas?|peptides?|hyaluronic|hialuronico|hyaluron\w*|ialuronico|oil|aceite|huile|olio|oleo|shampoo|lotion|locion|toner|essence|elixir|formula|mask|mascarilla|masque|maske|spray|cleaner|cleaning|cleanser|solution|solucion|limpiador|nettoyant|reiniger|detergente|disinfectant|desinfectante|desinfektion\w*|sanitizer|case|estuche|etui|funda|custodia|estojo|stand|holder|soporte|support|supporto|suporte|houder|standaard|storage|aufbewahrung|book|libro|livre|buch|guide)\b/;
const GOVERNED_AFTER_NOUN =
  /^\s*(?:\S+\s+){0,3}?(?:for|para|pour|fur|zum|zur|after|post|apres|nach|per|dopo|apos|voor|na|use with|to use with)\s/;
const JOINED = /\+|\bwith\b|\bcon\b|\bavec\b|\bmit\b|\bcom\b|\bmet\b|\bkit\b|\bset\b|\bincl/;

const RF =
  /\b(?:rf|radio ?-?frequen\w*|radiofrecuencia|radiofrequence|radiofrequenz|fractional|fraccionad\w*|fractionne\w*)\b/;

interface Hit {
  kind: Exclude<DeviceKind, 'cartridge'>;
  index: number;
  end: number;
  term: string;
}

function hitsIn(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [kind, re] of TERMS) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      // A generic word inside a more specific term already found ("microneedling pen") adds nothing.
      if (hits.some((h) => m.index < h.end && end > h.index)) continue;
      hits.push({ kind, index: m.index, end, term: m[0] });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

const NOT: Classification = { device: false, kind: null, rf: false, why: 'no device term' };

/** The consumable the listing is, when it names one before a device term governed by "for" (or has no device term of its own). */
function consumableFor(t: string, hits: readonly Hit[]): string | null {
  const noun = CONSUMABLE.exec(t);
  if (!noun) return null;
  const first = hits[0];
  if (!first) return noun[0];
  // "Microneedling Serum": a consumable named after the treatment. "Microneedling Kit with
  // Cleaning Solution": the kit is the product (unsure cases keep the card: it only warns).
  if (noun.index > first.index)
    return hits.every((h) => h.kind === 'device') && !JOINED.test(t.slice(first.index)) ? noun[0] : null;
  const between = t.slice(noun.index + noun[0].length, first.index);
  if (JOINED.test(between)) return null;
  return GOVERNED_AFTER_NOUN.test(between) || hits.every((h) => h.kind === 'device') ? noun[0] : null;
}

function fromDetails(t: string, details: readonly string[]): Classification | null {
  let budget = DETAILS_BUDGET;
  let titleChecked = false;
  for (const raw of details) {
    if (budget <= 0) break;
    const part = raw.slice(0, budget);
    budget -= part.length;
    // The cheap stem test first, on the raw text: on most pages no detail mentions a device, and
    // neither the folding nor the long expressions below are then run.
    if (!MAYBE_RAW.test(part)) continue;
    const d = fold(part);
    if (!MAYBE.test(d)) continue;
    if (!titleChecked) {
      if (NEVER.test(t) || TATTOO.test(t) || CONSUMABLE.test(t)) return null;
      titleChecked = true;
    }
    if (NEVER.test(d)) continue;
    const free = hitsIn(d).filter(
      (h) =>
        !GOVERNED_BEFORE.test(d.slice(0, h.index)) &&
        !ACCESSORY_AFTER.test(d.slice(h.end)) &&
        consumableFor(d.slice(0, h.end), [h]) === null,
    );
    const chosen = free.find((h) => h.kind !== 'device') ?? free[0];
    if (chosen)
      return {
        device: true,
        kind: chosen.kind,
        rf: RF.test(t) || RF.test(d),
        why: `details: ${chosen.term}`,
      };
  }
  return null;
}

/**
 * Classify a listing by its title; `context` (category path, breadcrumbs) is used only when the
 * title names no type, and `details` (bullets, specification values) only when neither does.
 */
export function classifyListing(
  title: string,
  context: readonly string[] = [],
  details: readonly string[] = [],
): Classification {
  const t = fold(title);
  if (!MAYBE.test(t) && !context.some((c) => MAYBE.test(fold(c)))) return fromDetails(t, details) ?? NOT;
  const never = NEVER.exec(t);
  if (never) return { ...NOT, why: `never: ${never[0]}` };
  const hits = hitsIn(t);
  if (TATTOO.test(t) && !hits.some((h) => /needl|derma|dr\.? ?pen|agujas|aiguilles|nadel/.test(h.term)))
    return { ...NOT, why: 'tattoo' };
  const rf = RF.test(t);
  if (hits.length === 0) {
    const c = fold(context.join(' > '));
    const fromContext = context.length > 0 && !NEVER.test(c) ? hitsIn(c)[0] : undefined;
    if (!fromContext) return fromDetails(t, details) ?? NOT;
    if (CONSUMABLE.test(t)) return { ...NOT, why: 'consumable in a device category' };
    return { device: true, kind: fromContext.kind, rf, why: `category: ${fromContext.term}` };
  }
  const cartridge = CARTRIDGE.exec(t);
  const cartridgeSold = cartridge !== null && !CARTRIDGE_INCLUDED.test(t.slice(0, cartridge.index));
  const free = hits.filter(
    (h) => !GOVERNED_BEFORE.test(t.slice(0, h.index)) && !ACCESSORY_AFTER.test(t.slice(h.end)),
  );
  const consumable = cartridgeSold ? null : consumableFor(t, free);
  if (consumable) return { ...NOT, why: `accessory or consumable: ${consumable}` };
  if (free.length === 0) {
    if (cartridgeSold) return { device: true, kind: 'cartridge', rf, why: `cartridge: ${cartridge[0]}` };
    return { ...NOT, why: `accessory or consumable for: ${hits[0]?.term}` };
  }
  if (cartridgeSold && cartridge.index < (free[0] as Hit).index + 40 && !/\bkit\b/.test(t))
    return { device: true, kind: 'cartridge', rf, why: `cartridge: ${cartridge[0]}` };
  const specific = free.find((h) => h.kind !== 'device') ?? hits.find((h) => h.kind !== 'device');
  const chosen = specific ?? (free[0] as Hit);
  return { device: true, kind: chosen.kind, rf, why: chosen.term };
}
