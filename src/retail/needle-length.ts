import { MAX_NEEDLE_MM, MIN_NEEDLE_MM } from '../core/bands';
import { refusal, type TextKind } from './length-context';
import { type Num, scanNumbers } from './numbers';
import { normaliseText } from './text';

/**
 * Needle lengths in millimetres as listings state them. A length is a number with a unit of
 * length right after it (mm, millimetre(s), milímetros, millimètres, Millimeter; µm, microns, and
 * the mangled "?m"), or a chain of numbers sharing the unit written after the last one:
 *
 * - kits and lists: "0.5mm, 1.0mm and 1.5mm", "0.25 / 0.5 / 1.0 mm", "0.1 and 0.3mm"
 * - ranges of adjustable pens, as their two ends: "0.25-2.5mm", "0 to 2.5 mm", "de 0.25mm a 2.5mm",
 *   "von 0,25 bis 2,5 mm"; 0 is accepted only as the low end of a range (a retracted pen)
 * - comma decimals ("0,5 mm"), leading-dot decimals (".25mm"), micrometres ("130 µm" = 0.13 mm),
 *   slugs whose decimal point became a hyphen ("roller-0-5mm" = 0.5 mm, not a 0-5 mm range),
 *   units glued to the next word ("0.5mmNote"), invisible direction marks
 *
 * Refused: numbers without a unit (needle counts, model codes, gauges), other units (cm, m, mm²,
 * mm³, mm/s, mmHg, mmol), values outside (0, 3] mm (insulin pen needles are 4-8 mm; a damaged
 * "5 mm" is not a roller), and lengths whose context makes them something else (see
 * length-context.ts): diameters, thicknesses, steps, dimensions, inch conversions, buying-guide
 * legends and, in running prose, statements about needles in general.
 *
 * Decisions on debatable cases (each has a test in tests/unit/retail/needle-length.test.ts):
 * - a list with no unit at all is read only after a "size:" / "needle length:" label (and for
 *   variant options, see `unitless`), when every value is a plausible length;
 * - model codes that encode lengths (ST025 = 0.25 mm) are not decoded: nothing states the unit;
 * - an elided list ("0.25mm ... 2.0mm") gives the values written, not the ones left out.
 */
export type LengthForm = 'single' | 'list' | 'range';

export interface LengthReading {
  /** Millimetres, ascending, rounded to 0.01 mm. A range gives its two ends. */
  values: number[];
  form: LengthForm;
  /** Where it was read, in the normalised text. */
  start: number;
  end: number;
}

export interface ParseOptions {
  /** What the text is: prose ('description') is checked for statements about needles in general. */
  kind?: TextKind;
  /**
   * Read numbers without a unit as millimetres: for variant options of a dimension that is a
   * needle length or size ("0.5" in Amazon's size selector). 'decimal' needs a decimal point
   * somewhere in the chain ("0.5", "0.5/1/1.5"); 'any' also takes whole numbers (the dimension
   * is labelled in mm).
   */
  unitless?: 'decimal' | 'any';
}

type Unit = 'mm' | 'um' | 'bare';

interface Item {
  num: Num;
  unit: Unit | null;
  start: number;
  /** After the unit, if any. */
  end: number;
}

const UNIT =
  /(?: {1,2}|-| - )?(?:(millim[eè]t(?:er|re|ro|ri)s?|mil[ií]metros?|mm)|(micr[oó]m[eè]t(?:er|re|ro)s?|mikrometer|micr[oó]n(?:s|es)?|mikron|micras?|[µμu?]m))/iy;

/** What may follow a unit: not ², ³ or a digit (areas, volumes), not /s (speeds), not a lower-case letter (mmol). */
function boundaryOk(s: string, i: number, abbreviation: boolean): boolean {
  const c = s[i];
  if (c === undefined) return true;
  if (/[²³\d]/.test(c)) return false;
  if (c === '/') return !/[A-Za-z]/.test(s[i + 1] ?? '');
  if (/\p{L}/u.test(c)) {
    // "0.5mmNote": a capitalised word glued to the unit. "mmHg" is a pressure.
    return abbreviation && /\p{Lu}/u.test(c) && !(c === 'H' && s[i + 1] === 'g');
  }
  return true;
}

function unitAt(s: string, i: number): { unit: Unit; end: number } | null {
  UNIT.lastIndex = i;
  const m = UNIT.exec(s);
  if (!m) return null;
  const end = i + m[0].length;
  const word = m[1] ?? m[2] ?? '';
  if (!boundaryOk(s, end, word.length <= 2)) return null;
  return { unit: m[1] ? 'mm' : 'um', end };
}

/** "0-5mm" in a slug is 0.5 mm; "0-2mm" on its own is a range; "1-5mm" cannot be a range of lengths. */
function mergeSlugs(s: string, items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i] as Item;
    const b = items[i + 1];
    if (
      b?.unit &&
      !a.unit &&
      s.slice(a.num.end, b.start) === '-' &&
      /^\d$/.test(a.num.text) &&
      /^\d{1,2}$/.test(b.num.text)
    ) {
      const inSlug = /[-_/]/.test(s[a.start - 1] ?? '');
      const plausibleRange = a.num.value < b.num.value && b.num.value <= MAX_NEEDLE_MM;
      if (inSlug || !plausibleRange) {
        const text = `${a.num.text}.${b.num.text}`;
        const num: Num = { text, value: Number(text), decimal: true, start: a.start, end: b.num.end };
        out.push({ num, unit: b.unit, start: a.start, end: b.end });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const RANGE_JOIN = /^\s*(?:-|~|to|a|à|au|al|bis|hasta|até|fino a|tot)\s*$/i;
const LIST_JOIN = /^\s*(?:[,;|&+]|\/+|\.{2,}|…|,?\s*(?:and|y|e|et|und|or|o|ou|oder|en|of))\s*$/i;
const AND_JOIN = /^\s*(?:and|y|e|et|und|en)\s*$/i;

type Join = 'range' | 'list';

function chainsOf(s: string, items: Item[]): { chain: Item[]; joins: Join[] }[] {
  const out: { chain: Item[]; joins: Join[] }[] = [];
  let i = 0;
  while (i < items.length) {
    const chain = [items[i] as Item];
    const joins: Join[] = [];
    let j = i + 1;
    while (j < items.length) {
      const left = chain[chain.length - 1] as Item;
      const next = items[j] as Item;
      const gap = s.slice(left.end, next.start);
      if (gap.length > 12) break;
      let join: Join | null = null;
      if (RANGE_JOIN.test(gap)) join = 'range';
      else if (LIST_JOIN.test(gap) || (/^ +$/.test(gap) && left.unit)) join = 'list';
      if (!join) break;
      chain.push(next);
      joins.push(join);
      j++;
    }
    out.push({ chain, joins });
    i = j;
  }
  return out;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

function toMm(item: Item, unit: Unit): number {
  if (unit === 'um') return (item.num.thousands ?? item.num.value) / 1000;
  return item.num.value;
}

function readChain(s: string, chain: Item[], joins: Join[], opts: ParseOptions): LengthReading | null {
  // The unit written after the last value of a chain applies to the values before it.
  const units: (Unit | null)[] = [];
  let inherited: Unit | null = null;
  for (let j = chain.length - 1; j >= 0; j--) {
    inherited = (chain[j] as Item).unit ?? inherited;
    units[j] = inherited;
  }
  let last = units.findLastIndex((u) => u !== null);
  if (opts.unitless) {
    const anyDecimal = chain.some((it) => it.num.decimal);
    if (opts.unitless === 'any' || anyDecimal) {
      for (let j = 0; j < chain.length; j++) units[j] ??= 'bare';
      last = chain.length - 1;
    }
  }
  if (last < 0) return null;
  const items = chain.slice(0, last + 1);
  const used = joins.slice(0, last);

  // Segments: single values, or two values joined as a range.
  const segments: number[][] = [[0]];
  used.forEach((join, k) => {
    if (join === 'range') segments[segments.length - 1]?.push(k + 1);
    else segments.push([k + 1]);
  });
  if (items.length === 2 && segments.length === 2) {
    const gap = s.slice((items[0] as Item).end, (items[1] as Item).start);
    if (
      AND_JOIN.test(gap) &&
      /(?:between|entre|zwischen|tra|fra|tussen)\s*$/i.test(s.slice(0, (items[0] as Item).start))
    )
      segments.splice(0, 2, [0, 1]);
  }
  const values: number[] = [];
  for (const seg of segments) {
    if (seg.length > 2) return null;
    const mm = seg.map((k) => toMm(items[k] as Item, units[k] as Unit));
    if (seg.length === 1) {
      const v = mm[0] as number;
      if (!(v >= MIN_NEEDLE_MM && v <= MAX_NEEDLE_MM)) return null;
    } else {
      const [lo, hi] = mm as [number, number];
      if (!(lo >= 0 && lo < hi && hi >= MIN_NEEDLE_MM && hi <= MAX_NEEDLE_MM)) return null;
    }
    values.push(...mm.map(round2));
  }
  const start = (items[0] as Item).start;
  const end = (items[items.length - 1] as Item).end;
  if (refusal(s, start, end, opts.kind ?? 'description')) return null;
  const unique = [...new Set(values)].sort((a, b) => a - b);
  const form: LengthForm =
    segments.length > 1 ? 'list' : (segments[0] as number[]).length === 2 ? 'range' : 'single';
  return { values: unique, form, start, end };
}

const SIZE_LABEL =
  /(?:^|[\s,;(])((?:needle\s+)?(?:length|size|depth)s?|longitud(?:\s+de\s+(?:la\s+)?aguja)?|tama[ñn]o|talla|taille|longueur(?:\s+d['’]aiguilles?)?|gr[öo](?:ß|ss)e|l[äa]nge|nadell[äa]nge|tiefe|lunghezza(?:\s+(?:degli\s+)?aghi)?|misura|comprimento(?:\s+da\s+agulha)?|tamanho|naaldlengte|lengte|maat)\s*:\s*/gi;

/** "size : .0.20/ 0.25// 0.30 ... 3.0": a labelled list of sizes with no unit at all. */
function labelledLists(s: string): LengthReading[] {
  const out: LengthReading[] = [];
  for (const m of s.matchAll(SIZE_LABEL)) {
    const from = m.index + m[0].length;
    const line = s.slice(from).split('\n')[0] ?? '';
    if (!/^[\d.,/\s|;~-]+$/.test(line)) continue;
    const nums = scanNumbers(line);
    const values = nums.map((n) => n.value);
    const needleLabel = /needle|aguja|aiguille|nadel|aghi|agulha|naald/i.test(m[1] ?? '');
    const plausible = values.length > 0 && values.every((v) => v >= MIN_NEEDLE_MM && v <= MAX_NEEDLE_MM);
    if (!plausible || !(needleLabel || (values.length >= 2 && nums.some((n) => n.decimal)))) continue;
    const unique = [...new Set(values.map(round2))].sort((a, b) => a - b);
    out.push({
      values: unique,
      form: unique.length > 1 ? 'list' : 'single',
      start: from,
      end: from + line.length,
    });
  }
  return out;
}

/** Every needle length stated in `text`, with where each was read. */
export function findNeedleLengths(text: string, opts: ParseOptions = {}): LengthReading[] {
  const s = normaliseText(text);
  const items = mergeSlugs(
    s,
    scanNumbers(s).map((num) => {
      const u = unitAt(s, num.end);
      return { num, unit: u?.unit ?? null, start: num.start, end: u?.end ?? num.end };
    }),
  );
  const out: LengthReading[] = [];
  for (const { chain, joins } of chainsOf(s, items)) {
    const r = readChain(s, chain, joins, opts);
    if (r) out.push(r);
  }
  out.push(...labelledLists(s));
  return out.sort((a, b) => a.start - b.start);
}

/** The needle lengths stated in `text`, in mm, ascending, each once; empty when none. */
export function parseNeedleLengths(text: string, opts: ParseOptions = {}): number[] {
  const all = findNeedleLengths(text, opts).flatMap((r) => r.values);
  return [...new Set(all)].sort((a, b) => a - b);
}
