import { AFTERCARE_IDS } from '../core/aftercare';
import { AREAS } from '../core/areas';
import { MAX_NEEDLE_MM, MIN_NEEDLE_MM } from '../core/bands';
import { FINDING_CODES } from '../core/findings';
import { RULE_IDS } from '../core/rules';
import {
  findingSchema,
  hasControlChars,
  isInstantInRange,
  LIMITS,
  type Session,
  sessionSchema,
} from '../core/schemas';
import { SOURCE_IDS } from '../core/sources';

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
const CODE_SET: ReadonlySet<unknown> = new Set(FINDING_CODES);
const SEVERITY_SET: ReadonlySet<unknown> = new Set(['block', 'warn', 'info']);
const RULE_SET: ReadonlySet<unknown> = new Set(RULE_IDS);
const SOURCE_SET: ReadonlySet<unknown> = new Set(SOURCE_IDS);
/** A finding's fields, in findingSchema's order (checked like the session's below). */
const FINDING_FIELD_LIST = ['code', 'severity', 'rule', 'sources', 'params', 'acknowledgedAt'] as const;
const FINDING_FIELDS: ReadonlySet<string> = new Set(FINDING_FIELD_LIST);
const FINDING_SCHEMA_FIELDS = Object.keys(findingSchema.shape);
const FINDINGS_COVERED = FINDING_SCHEMA_FIELDS.join() === FINDING_FIELD_LIST.join();

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

/** The fields of `sessionSchema` this reader does not read as the schema orders them (a test keeps this empty). */
export function fieldsWithoutReader(): string[] {
  return [
    ...(COVERED ? [] : SCHEMA_FIELDS.filter((f, i) => FIELDS[i] !== f)),
    ...(FINDINGS_COVERED
      ? []
      : FINDING_SCHEMA_FIELDS.filter((f, i) => FINDING_FIELD_LIST[i] !== f).map((f) => `findings.${f}`)),
  ];
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

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** A finding's params: short keys, short texts or numbers, copied in their order. */
function readParams(v: unknown): Record<string, unknown> | undefined {
  if (!isPlain(v) || Reflect.ownKeys(v).length !== Object.keys(v).length) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = v[k];
    // zod leaves a "__proto__" key out without a word: the schema decides.
    if (k === '__proto__' || k.length > 40) return undefined;
    if (!(typeof x === 'string' ? x.length <= 200 : typeof x === 'number' && Number.isFinite(x)))
      return undefined;
    out[k] = x;
  }
  return out;
}

/** A session's findings as findingSchema reads them, each rebuilt in its field order; else undefined. */
function readPlainFindings(v: unknown): unknown[] | undefined {
  if (!Array.isArray(v) || v.length > LIMITS.findings || (v.length > 0 && !FINDINGS_COVERED))
    return undefined;
  const out: unknown[] = [];
  for (const f of v) {
    if (!isPlain(f)) return undefined;
    for (const k in f) if (!FINDING_FIELDS.has(k) || f[k] === undefined) return undefined;
    const { code, severity, rule, sources, params = {}, acknowledgedAt } = f;
    if (
      !CODE_SET.has(code) ||
      !SEVERITY_SET.has(severity) ||
      (rule !== undefined && !RULE_SET.has(rule)) ||
      !Array.isArray(sources) ||
      sources.length > 10 ||
      !sources.every((x) => SOURCE_SET.has(x)) ||
      (acknowledgedAt !== undefined && !isInstant(acknowledgedAt))
    )
      return undefined;
    const readParamsValue = readParams(params);
    if (readParamsValue === undefined) return undefined;
    const finding: Record<string, unknown> = { code, severity };
    if (rule !== undefined) finding.rule = rule;
    finding.sources = sources.slice();
    finding.params = readParamsValue;
    if (acknowledgedAt !== undefined) finding.acknowledgedAt = acknowledgedAt;
    out.push(finding);
  }
  return out;
}

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
    bleeding,
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
    (bleeding !== undefined && !BLEEDING_SET.has(bleeding)) ||
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
  const readFindings = findings === undefined ? [] : readPlainFindings(findings);
  if (readFindings === undefined) return undefined;
  // Built in the schema's field order, optional fields only when present, lists copied (as zod does).
  const out: Record<string, unknown> = { id, when, area, rollerId, needleMm };
  if (passes !== undefined) out.passes = passes;
  if (bleeding !== undefined) out.bleeding = bleeding;
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
