import type * as z from 'zod/mini';
import { issuesOf, type ValidationIssue } from '../core/schemas';

export interface Rejected {
  /** Where the value was: a storage key and, for lists, the index. */
  key: string;
  index?: number;
  issues: ValidationIssue[];
  raw: unknown;
}

/** Parse each element of a stored list on its own: one bad element never costs the others. */
export function parseList<T>(
  raw: unknown,
  schema: z.ZodMiniType<T>,
  key: string,
): { items: T[]; rejected: Rejected[] } {
  if (raw === undefined || raw === null) return { items: [], rejected: [] };
  if (!Array.isArray(raw))
    return { items: [], rejected: [{ key, issues: [{ path: [], key: 'errors.notAList' }], raw }] };
  const items: T[] = [];
  const rejected: Rejected[] = [];
  raw.forEach((el, index) => {
    const r = schema.safeParse(el);
    if (r.success) items.push(r.data);
    else rejected.push({ key, index, issues: issuesOf(r.error), raw: el });
  });
  return { items, rejected };
}

/**
 * Parse a stored object; where it fails, keep every top-level field that still validates on its
 * own and use the default for the rest (so one bad answer does not reset a whole profile).
 */
export function parseRecord<T extends object>(
  raw: unknown,
  schema: z.ZodMiniObject,
  fallback: T,
  key: string,
): { value: T; rejected: Rejected | null } {
  if (raw === undefined || raw === null) return { value: fallback, rejected: null };
  const whole = schema.safeParse(raw);
  if (whole.success) return { value: whole.data as T, rejected: null };
  const issues = issuesOf(whole.error);
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { value: fallback, rejected: { key, issues, raw } };
  const recovered: Record<string, unknown> = { ...(fallback as Record<string, unknown>) };
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    const r = (fieldSchema as z.ZodMiniType).safeParse((raw as Record<string, unknown>)[field]);
    if (r.success && r.data !== undefined) recovered[field] = r.data;
  }
  const again = schema.safeParse(recovered);
  return { value: (again.success ? again.data : fallback) as T, rejected: { key, issues, raw } };
}
