import { fold } from './text';

/**
 * Is a listing a microneedling device? Derma rollers, stamps, microneedling pens and their needle
 * cartridges, named in English, Spanish, French or German. Read from the title (and, when the
 * title names no product type, from the shop's category path).
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
        `microneedling${S}(?:pen|gerat|geraet|device|machine|maquina|appareil)`,
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
      ].join('|'),
      'g',
    ),
  ],
];

const CARTRIDGE =
  /\b(?:cartridges?|cartuchos?|cartouches?|kartuschen?|nadelmodule?|needle (?:heads?|tips?|modules?)|replacement heads?|cabezales?|tetes? de rechange|ersatzkopfe?)\b/;
const CARTRIDGE_INCLUDED = /(?:with|con|avec|mit|\+|incl\w*|plus|and|y|et|und)\s+(?:\d+\s*(?:x\s*)?)?$/;

/** Never a microneedling device, whatever else the title says. */
const NEVER =
  /insulin|insulina|insuline|glp-?1|semaglutid|ozempic|wegovy|mounjaro|tirzepatid|diabet|subcutane|sous-cutane|胰岛素|注射|mesotherap|mesoterap|meso ?(?:gun|injector)|\binjector|jeringa|syringe|seringue|spritze|lancet|lanceta|lancette|\bjade\b|quartz|cuarzo|\bgua ?sha|\bice\b|hielo|\bglace\b|\beis|cryo|frozen|cooling roller|\blint\b|fussel|quitapelusas|peluches|\bpaint|pintura|peinture|farbroll|malerroll|foam roller|hardcover|paperback|kindle|taschenbuch|gebundene ausgabe|tapa blanda|tapa dura|\bbroche\b|\brelie\b|ebook|audiobook|horbuch|led (?:face )?mask|mascara led|masque (?:a )?led|led-?maske|light therapy mask/;
/** Tattoo and permanent make-up needles, unless the title also says microneedling. */
const TATTOO = /tattoo|tatuaje|tatouage|\bpmu\b|permanent make-?up|micropigment/;

/** "for microneedling", "para dermaroller", "compatible with Dr. Pen": the device term names what the product is used with. */
const GOVERNED_BEFORE =
  /(?:^|\s)(?:for|para|pour|fur|zum|zur|after|post|apres|despues de|nach|compatible(?: with| con| avec| mit)?|kompatibel(?: mit)?|fits|use with|uso con|utiliser avec)\s+(?:(?:use|using|with|con|avec|mit|all|any|the|your|tu|su|sus|votre|vos|ihr|ihren|den|die|das|der|el|la|le|les|los|las|a|an|un|una|une|ein|eine|most)\s+){0,3}$/;
/** "derma roller case", "dermaroller cleaner": an accessory named after the device. */
const ACCESSORY_AFTER =
  /^\s*(?:\S+\s+)?(?:case|cases|holder|stand|cleaner|cleaning|spray|solution|serum|cream|gel|book|guide|estuche|funda|limpiador|soporte|etui|nettoyant|support|reiniger|hulle|aufbewahrung|storage|disinfectant|sanitizer|aftercare|numbing)\b/;

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

/**
 * Every device term above contains one of these stems: a title without any is decided at once,
 * without running the long expressions (most product pages the detector sees are not rollers).
 */
const MAYBE = /needl|derma|aguj|aiguil|nadel|dr\.? ?pen|skin ?pen|hydra ?pen|micropunc|colageno|collagen/;

/** Classify a listing by its title; `context` (category path, breadcrumbs) is used only when the title names no type. */
export function classifyListing(title: string, context: readonly string[] = []): Classification {
  const t = fold(title);
  if (!MAYBE.test(t) && !context.some((c) => MAYBE.test(fold(c)))) return NOT;
  const never = NEVER.exec(t);
  if (never) return { ...NOT, why: `never: ${never[0]}` };
  const hits = hitsIn(t);
  if (TATTOO.test(t) && !hits.some((h) => /needl|derma|dr\.? ?pen|agujas|aiguilles|nadel/.test(h.term)))
    return { ...NOT, why: 'tattoo' };
  const rf = RF.test(t);
  if (hits.length === 0) {
    const c = fold(context.join(' > '));
    const fromContext = context.length > 0 && !NEVER.test(c) ? hitsIn(c)[0] : undefined;
    if (!fromContext) return NOT;
    return { device: true, kind: fromContext.kind, rf, why: `category: ${fromContext.term}` };
  }
  const cartridge = CARTRIDGE.exec(t);
  const cartridgeSold = cartridge !== null && !CARTRIDGE_INCLUDED.test(t.slice(0, cartridge.index));
  const free = hits.filter(
    (h) => !GOVERNED_BEFORE.test(t.slice(0, h.index)) && !ACCESSORY_AFTER.test(t.slice(h.end)),
  );
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
