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

/** A field's value could not be vouched for: the schema decides. */
const UNSURE = Symbol('unsure');
/** An optional field that is absent: left out of the session, as zod leaves it. */
const ABSENT = Symbol('absent');
type Read = unknown | typeof UNSURE | typeof ABSENT;
type FieldReader = (value: unknown) => Read;

const ID = /^[A-Za-z0-9_-]+$/;
const AREA_SET: ReadonlySet<unknown> = new Set(AREAS);
const BLEEDING_SET: ReadonlySet<unknown> = new Set(['none', 'pinpoint', 'more']);
const AFTERCARE_SET: ReadonlySet<unknown> = new Set(AFTERCARE_IDS);

const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.id && ID.test(v);
const isInstant = (v: unknown): v is string => typeof v === 'string' && isInstantInRange(v);
const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length <= max && !hasControlChars(v);
const isIntIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

function isNeedleMm(v: unknown): v is number {
  return (
    typeof v === 'number' &&
    Number.isFinite(v) &&
    v >= MIN_NEEDLE_MM &&
    v <= MAX_NEEDLE_MM &&
    Math.abs(v * 100 - Math.round(v * 100)) < 1e-6
  );
}

/** A list of short texts (products, side effects), copied; UNSURE when any element is not plainly valid. */
function textList(value: unknown, maxItems: number, maxText: number): Read {
  if (!Array.isArray(value) || value.length > maxItems) return UNSURE;
  for (let i = 0; i < value.length; i++) if (!isText(value[i], maxText)) return UNSURE;
  return value.slice();
}

const required =
  (ok: (v: unknown) => boolean): FieldReader =>
  (v) =>
    ok(v) ? v : UNSURE;
const optional =
  (read: FieldReader): FieldReader =>
  (v) =>
    v === undefined ? ABSENT : read(v);
const withDefault =
  (read: FieldReader, fallback: () => unknown): FieldReader =>
  (v) =>
    v === undefined ? fallback() : read(v);

const products: FieldReader = (v) => textList(v, LIMITS.products, LIMITS.product);
const findingsField = sessionSchema.shape.findings;

/** One reader per field of `sessionSchema`; a field without one sends every session to the schema. */
const READERS: Readonly<Record<string, FieldReader>> = {
  id: required(isId),
  when: required(isInstant),
  area: required((v) => AREA_SET.has(v)),
  rollerId: required((v) => v === null || isId(v)),
  needleMm: required(isNeedleMm),
  passes: optional(required((v) => isIntIn(v, 1, LIMITS.passes))),
  bleeding: withDefault(
    required((v) => BLEEDING_SET.has(v)),
    () => 'none',
  ),
  pain: optional(required((v) => isIntIn(v, 0, 10))),
  rednessHours: optional(
    required((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= LIMITS.rednessHours),
  ),
  products: withDefault(products, () => []),
  productsBefore: optional(products),
  aftercareKept: optional((v) =>
    Array.isArray(v) && v.length <= AFTERCARE_IDS.length && v.every((x) => AFTERCARE_SET.has(x))
      ? v.slice()
      : UNSURE,
  ),
  sideEffects: withDefault(
    (v) => textList(v, LIMITS.sideEffects, LIMITS.sideEffect),
    () => [],
  ),
  notes: withDefault(
    required((v) => isText(v, LIMITS.notes)),
    () => '',
  ),
  // Findings are rare and nested: an empty list is read here, any other goes to the field's schema.
  findings: (v) => {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) return [];
    const r = findingsField.safeParse(v);
    return r.success ? r.data : UNSURE;
  },
  loggedAt: required(isInstant),
  updatedAt: optional(required(isInstant)),
};

const FIELDS = Object.keys(sessionSchema.shape);
const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
const COVERED = FIELDS.every((f) => f in READERS);

/** The fields of `sessionSchema` that have no reader here (a test keeps this empty). */
export function fieldsWithoutReader(): string[] {
  return FIELDS.filter((f) => !(f in READERS));
}

/** The session `raw` holds when it is plainly valid, built as `sessionSchema` builds it; else undefined. */
export function readPlainSession(raw: unknown): Session | undefined {
  if (!COVERED || typeof raw !== 'object' || raw === null || Object.getPrototypeOf(raw) !== Object.prototype)
    return undefined;
  const input = raw as Record<string, unknown>;
  // Unknown fields (zod drops them without a word) and present-but-undefined values: the schema decides.
  for (const k in input) if (!FIELD_SET.has(k) || input[k] === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const v = (READERS[field] as FieldReader)(input[field]);
    if (v === UNSURE) return undefined;
    if (v !== ABSENT) out[field] = v;
  }
  return out as Session;
}
