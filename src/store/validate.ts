import type * as z from 'zod/mini';
import { issuesOf, type ValidationIssue } from '../core/schemas';

export type Path = (string | number)[];

export interface Rejected {
  /** Where the value was: a storage key and, for lists, the index. */
  key: string;
  index?: number;
  /** Within the record (or list element): the field that was set aside; absent for the whole record. */
  path?: Path;
  issues: ValidationIssue[];
  /** The stored value of what was set aside, unchanged (the field's value, or the whole record's). */
  raw: unknown;
  /** For a field of a list element: what names the element (its name, its time), to say which it was. */
  of?: { name?: string; when?: string };
}

/** A part of a stored value that was set aside: where, why, and its raw value. */
interface Bad {
  path: Path;
  issues: ValidationIssue[];
  raw: unknown;
}

export interface SalvageOptions {
  /**
   * When a field with a default holds a value that does not validate: true sets the whole record
   * aside instead of putting the default in (for records where a default would reassure, such as a
   * roller's "retired: false"); false (profile, settings) uses the default, since their defaults
   * are "not answered", "off" or "automatic".
   */
  strictDefaults?: boolean;
}

/** Rollers keep every field that validates, but a bad "retired" never becomes "in use". */
export const ROLLER_FIELDS: SalvageOptions = { strictDefaults: true };

type Schema = z.ZodMiniType;
type Def = { type: string; [k: string]: unknown };

const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const acceptsMissing = (s: Schema) => s.safeParse(undefined).success;
const hasDefault = (s: Schema) => {
  const d = defOf(s);
  return d.type === 'default' || d.type === 'prefault';
};

function issuesAt(schema: Schema, raw: unknown, path: Path): ValidationIssue[] {
  const r = schema.safeParse(raw);
  if (r.success) return [];
  return issuesOf(r.error).map((i) => ({ ...i, path: [...path, ...i.path] }));
}

type Salvaged = { ok: true; value: unknown } | { ok: false };

/**
 * Keep every part of `raw` that validates, walking the zod schema's own structure (objects field
 * by field, arrays element by element, records entry by entry), so it follows the schemas as they
 * change; a record's entry (one answer) is kept or set aside whole. The smallest parts that
 * cannot be kept are pushed to `bad` with their raw values. Fails
 * when the value cannot be made valid without a part it requires (its caller then sets it aside).
 */
function salvage(schema: Schema, raw: unknown, path: Path, bad: Bad[], opts: SalvageOptions): Salvaged {
  const whole = schema.safeParse(raw);
  if (whole.success) return { ok: true, value: whole.data };
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return salvage(def.innerType as Schema, raw, path, bad, opts);
    case 'object':
      return salvageObject(schema, def.shape as Record<string, Schema>, raw, path, bad, opts);
    case 'array':
      return salvageArray(schema, def.element as Schema, raw, path, bad, opts);
    case 'record':
      return salvageRecord(schema, def.keyType as Schema, def.valueType as Schema, raw, path, bad);
    default:
      return { ok: false };
  }
}

/**
 * After the parts were salvaged, checks of the container itself (cross-field refinements, counts)
 * may still fail: drop the members those issues point at, one at a time, while they can be
 * dropped, and say so. `drop` returns the raw value it removed, or `undefined` when it cannot.
 */
function settle(
  schema: Schema,
  out: Record<string, unknown> | unknown[],
  raw: Record<string, unknown> | unknown[],
  path: Path,
  bad: Bad[],
  canDrop: (member: string | number) => boolean,
): Salvaged {
  for (let guard = 0; guard < 1000; guard++) {
    const r = schema.safeParse(out);
    if (r.success) return { ok: true, value: r.data };
    const issues = issuesOf(r.error);
    const member = issues.map((i) => i.path[0]).find((m) => m !== undefined && canDrop(m));
    if (member === undefined) return { ok: false };
    const rawValue = (raw as Record<string | number, unknown>)[member];
    bad.push({
      path: [...path, member],
      issues: issues.filter((i) => i.path[0] === member).map((i) => ({ ...i, path: [...path, ...i.path] })),
      raw: rawValue,
    });
    delete (out as Record<string | number, unknown>)[member];
  }
  return { ok: false };
}

function salvageObject(
  schema: Schema,
  shape: Record<string, Schema>,
  raw: unknown,
  path: Path,
  bad: Bad[],
  opts: SalvageOptions,
): Salvaged {
  if (!isPlainObject(raw)) return { ok: false };
  const local: Bad[] = [];
  const out: Record<string, unknown> = {};
  for (const [field, fieldSchema] of Object.entries(shape)) {
    const value = raw[field];
    const at = [...path, field];
    const inner: Bad[] = [];
    const r = salvage(fieldSchema, value, at, inner, opts);
    if (r.ok) {
      local.push(...inner);
      if (r.value !== undefined) out[field] = r.value;
      continue;
    }
    // The field cannot be kept: leave it out (unknown) or use its default, and set it aside.
    if (!acceptsMissing(fieldSchema) || (opts.strictDefaults && hasDefault(fieldSchema)))
      return { ok: false };
    local.push({ path: at, issues: issuesAt(fieldSchema, value, at), raw: value });
  }
  // Fields this version does not know (a newer version's, or a typo) are set aside, not dropped.
  for (const field of Object.keys(raw))
    if (!(field in shape))
      local.push({
        path: [...path, field],
        issues: [{ path: [...path, field], key: 'errors.unknownField' }],
        raw: raw[field],
      });
  const settled = settle(schema, out, raw, path, local, (m) => {
    const s = shape[String(m)];
    return (
      s !== undefined && String(m) in out && acceptsMissing(s) && !(opts.strictDefaults && hasDefault(s))
    );
  });
  if (settled.ok) bad.push(...local);
  return settled;
}

function salvageArray(
  schema: Schema,
  element: Schema,
  raw: unknown,
  path: Path,
  bad: Bad[],
  opts: SalvageOptions,
): Salvaged {
  if (!Array.isArray(raw)) return { ok: false };
  const local: Bad[] = [];
  const out: unknown[] = [];
  raw.forEach((el, i) => {
    const inner: Bad[] = [];
    const r = salvage(element, el, [...path, i], inner, opts);
    if (r.ok) {
      local.push(...inner);
      out.push(r.value);
    } else local.push({ path: [...path, i], issues: issuesAt(element, el, [...path, i]), raw: el });
  });
  // A list that is still refused (too many entries) is not shortened by guessing which to keep.
  const r = schema.safeParse(out);
  if (!r.success) return { ok: false };
  bad.push(...local);
  return { ok: true, value: r.data };
}

function salvageRecord(
  schema: Schema,
  keyType: Schema,
  valueType: Schema,
  raw: unknown,
  path: Path,
  bad: Bad[],
): Salvaged {
  if (!isPlainObject(raw)) return { ok: false };
  const local: Bad[] = [];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const at = [...path, k];
    if (!keyType.safeParse(k).success) {
      local.push({ path: at, issues: [{ path: at, key: 'errors.unknownField' }], raw: v });
      continue;
    }
    // An entry is one answer (a health question, a rule override): kept whole or set aside whole,
    // so that "no, but last dose on <unreadable date>" never becomes a plain "no".
    const r = valueType.safeParse(v);
    if (r.success) out[k] = r.data;
    else local.push({ path: at, issues: issuesAt(valueType, v, at), raw: v });
  }
  const settled = settle(schema, out, raw, path, local, (m) => String(m) in out);
  if (settled.ok) bad.push(...local);
  return settled;
}

function nameOf(value: unknown): { name?: string; when?: string } {
  const v = value as { name?: unknown; when?: unknown };
  return {
    ...(typeof v?.name === 'string' ? { name: v.name.slice(0, 80) } : {}),
    ...(typeof v?.when === 'string' ? { when: v.when.slice(0, 40) } : {}),
  };
}

/**
 * Fields the schema does not know, in a value that otherwise validates (zod would drop them
 * silently): a newer version's fields, kept aside rather than lost at the next save.
 */
function unknownFields(schema: Schema, raw: unknown, path: Path, out: Bad[]): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      if (raw !== undefined && raw !== null) unknownFields(def.innerType as Schema, raw, path, out);
      return;
    case 'object': {
      if (!isPlainObject(raw)) return;
      const shape = def.shape as Record<string, Schema>;
      for (const [field, value] of Object.entries(raw)) {
        const at = [...path, field];
        const s = shape[field];
        if (s) unknownFields(s, value, at, out);
        else out.push({ path: at, issues: [{ path: at, key: 'errors.unknownField' }], raw: value });
      }
      return;
    }
    case 'array':
      if (Array.isArray(raw))
        for (const [i, el] of raw.entries()) unknownFields(def.element as Schema, el, [...path, i], out);
      return;
    case 'record':
      if (isPlainObject(raw))
        for (const [k, v] of Object.entries(raw))
          unknownFields(def.valueType as Schema, v, [...path, k], out);
      return;
    default:
      return;
  }
}

/** Parse each element of a stored list on its own: one bad element never costs the others. */
export function parseList<T>(
  raw: unknown,
  schema: z.ZodMiniType<T>,
  key: string,
  /** Keep a list element when only some of its fields are bad (rollers); sessions are kept or set aside whole. */
  perField?: SalvageOptions,
  /**
   * A cheaper reader that returns an element only when `schema` would accept it and give the same
   * value (store/session-reader), else undefined: the schema then decides. Not used with `perField`.
   */
  readPlain?: (el: unknown) => T | undefined,
): { items: T[]; rejected: Rejected[] } {
  if (raw === undefined || raw === null) return { items: [], rejected: [] };
  if (!Array.isArray(raw))
    return { items: [], rejected: [{ key, issues: [{ path: [], key: 'errors.notAList' }], raw }] };
  const items: T[] = [];
  const rejected: Rejected[] = [];
  const plain = perField ? undefined : readPlain;
  raw.forEach((el, index) => {
    const quick = plain?.(el);
    if (quick !== undefined) {
      items.push(quick);
      return;
    }
    const r = schema.safeParse(el);
    if (r.success) {
      items.push(r.data);
      if (perField) {
        const extra: Bad[] = [];
        unknownFields(schema, el, [], extra);
        const of = nameOf(r.data);
        for (const b of extra) rejected.push({ key, index, path: b.path, issues: b.issues, raw: b.raw, of });
      }
      return;
    }
    if (perField) {
      const bad: Bad[] = [];
      const s = salvage(schema, el, [], bad, perField);
      if (s.ok) {
        items.push(s.value as T);
        const of = nameOf(s.value);
        for (const b of bad) rejected.push({ key, index, path: b.path, issues: b.issues, raw: b.raw, of });
        return;
      }
    }
    rejected.push({ key, index, issues: issuesOf(r.error), raw: el });
  });
  return { items, rejected };
}

/**
 * Parse a stored object; where it fails, keep every field that still validates (down to list
 * elements and record entries) and use the default for the rest, so one bad answer does not reset
 * a whole profile. Each part left out is a `Rejected` entry with its path and raw value.
 */
export function parseRecord<T extends object>(
  raw: unknown,
  schema: z.ZodMiniObject,
  fallback: T,
  key: string,
  opts: SalvageOptions = {},
): { value: T; rejected: Rejected[] } {
  if (raw === undefined || raw === null) return { value: fallback, rejected: [] };
  const whole = schema.safeParse(raw);
  if (whole.success) {
    const extra: Bad[] = [];
    unknownFields(schema as Schema, raw, [], extra);
    return {
      value: whole.data as T,
      rejected: extra.map((b) => ({ key, path: b.path, issues: b.issues, raw: b.raw })),
    };
  }
  const bad: Bad[] = [];
  const s = salvage(schema as Schema, raw, [], bad, opts);
  if (!s.ok) return { value: fallback, rejected: [{ key, issues: issuesOf(whole.error), raw }] };
  return {
    value: s.value as T,
    rejected: bad.map((b) => ({ key, path: b.path, issues: b.issues, raw: b.raw })),
  };
}
