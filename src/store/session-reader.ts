import { AFTERCARE_IDS } from '../core/aftercare';
import { AREAS } from '../core/areas';
import { MAX_NEEDLE_MM, MIN_NEEDLE_MM } from '../core/bands';
import { hasControlChars, isInstantInRange, LIMITS, type Session, sessionSchema } from '../core/schemas';

/**
 * A stored session read without zod when it is plainly valid (issue 12: zod's per-object parse,
 * jitless under the extension's CSP, was most of load()'s time). The reader only ever accepts:
 * anything it is not sure of (a wrong type, a limit crossed, an unknown field, a field it has no
 * reader for) makes it answer `undefined`, and the caller asks `sessionSchema`, which decides and
 * explains the rejection as before. What it accepts is built as zod builds it: the schema's fields
 * in the schema's order, defaults filled in, fresh arrays. Tests compare it with the schema.
 */

const ID = /^[A-Za-z0-9_-]+$/;
const AREA_SET: ReadonlySet<unknown> = new Set(AREAS);
const BLEEDING_SET: ReadonlySet<unknown> = new Set(['none', 'pinpoint', 'more']);
const AFTERCARE_SET: ReadonlySet<unknown> = new Set(AFTERCARE_IDS);

/** The fields read here, in the schema's order; a field the schema has and this list lacks sends every session to zod. */
const FIELDS = [
  'id',
  'when',
  'area',
  'rollerId',
  'needleMm',
  'passes',
  'bleeding',
  'pain',
  'rednessHours',
  'products',
  'productsBefore',
  'aftercareKept',
  'sideEffects',
  'notes',
  'findings',
  'loggedAt',
  'updatedAt',
] as const;
const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
const SCHEMA_FIELDS = Object.keys(sessionSchema.shape);
const COVERED = SCHEMA_FIELDS.join() === FIELDS.join();
const findingsField = sessionSchema.shape.findings;

/** The fields of `sessionSchema` this reader does not read as the schema orders them (a test keeps this empty). */
export function fieldsWithoutReader(): string[] {
  return COVERED ? [] : SCHEMA_FIELDS.filter((f, i) => FIELDS[i] !== f);
}

const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.id && ID.test(v);
const isInstant = (v: unknown): v is string => typeof v === 'string' && isInstantInRange(v);
const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length <= max && !hasControlChars(v);
const isIntIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const isNeedleMm = (v: unknown): v is number =>
  typeof v === 'number' &&
  Number.isFinite(v) &&
  v >= MIN_NEEDLE_MM &&
  v <= MAX_NEEDLE_MM &&
  Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;
const isRedness = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= LIMITS.rednessHours;
/** A list of short texts (products, side effects). */
function isTextList(v: unknown, maxItems: number, maxText: number): v is string[] {
  if (!Array.isArray(v) || v.length > maxItems) return false;
  for (let i = 0; i < v.length; i++) if (!isText(v[i], maxText)) return false;
  return true;
}
const isAftercare = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= AFTERCARE_IDS.length && v.every((x) => AFTERCARE_SET.has(x));

/** The session `raw` holds when it is plainly valid, built as `sessionSchema` builds it; else undefined. */
export function readPlainSession(raw: unknown): Session | undefined {
  if (!COVERED || typeof raw !== 'object' || raw === null || Object.getPrototypeOf(raw) !== Object.prototype)
    return undefined;
  const input = raw as Record<string, unknown>;
  // Unknown fields (zod drops them without a word) and present-but-undefined values: the schema decides.
  for (const k in input) if (!FIELD_SET.has(k) || input[k] === undefined) return undefined;
  // Absent fields with a default take it (present ones are never undefined, checked above).
  const {
    id,
    when,
    area,
    rollerId,
    needleMm,
    passes,
    bleeding = 'none',
    pain,
    rednessHours,
    products = [],
    productsBefore,
    aftercareKept,
    sideEffects = [],
    notes = '',
    findings,
    loggedAt,
    updatedAt,
  } = input;
  if (
    !isId(id) ||
    !isInstant(when) ||
    !AREA_SET.has(area) ||
    !(rollerId === null || isId(rollerId)) ||
    !isNeedleMm(needleMm) ||
    (passes !== undefined && !isIntIn(passes, 1, LIMITS.passes)) ||
    !BLEEDING_SET.has(bleeding) ||
    (pain !== undefined && !isIntIn(pain, 0, 10)) ||
    (rednessHours !== undefined && !isRedness(rednessHours)) ||
    !isTextList(products, LIMITS.products, LIMITS.product) ||
    (productsBefore !== undefined && !isTextList(productsBefore, LIMITS.products, LIMITS.product)) ||
    (aftercareKept !== undefined && !isAftercare(aftercareKept)) ||
    !isTextList(sideEffects, LIMITS.sideEffects, LIMITS.sideEffect) ||
    !isText(notes, LIMITS.notes) ||
    !isInstant(loggedAt) ||
    (updatedAt !== undefined && !isInstant(updatedAt))
  )
    return undefined;
  // Findings are rare and nested: an empty list is read here, any other goes to the field's schema.
  let readFindings: unknown = [];
  if (findings !== undefined && !(Array.isArray(findings) && findings.length === 0)) {
    const r = findingsField.safeParse(findings);
    if (!r.success) return undefined;
    readFindings = r.data;
  }
  // Built in the schema's field order, optional fields only when present, lists copied (as zod does).
  const out: Record<string, unknown> = { id, when, area, rollerId, needleMm };
  if (passes !== undefined) out.passes = passes;
  out.bleeding = bleeding;
  if (pain !== undefined) out.pain = pain;
  if (rednessHours !== undefined) out.rednessHours = rednessHours;
  out.products = products.slice();
  if (productsBefore !== undefined) out.productsBefore = productsBefore.slice();
  if (aftercareKept !== undefined) out.aftercareKept = aftercareKept.slice();
  out.sideEffects = sideEffects.slice();
  out.notes = notes;
  out.findings = readFindings;
  out.loggedAt = loggedAt;
  if (updatedAt !== undefined) out.updatedAt = updatedAt;
  return out as Session;
}
