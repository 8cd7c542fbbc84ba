import { issuesOf, LIMITS } from './schemas';
import { DAY_MS, parseInstant, parseIsoDate } from './time';

/**
 * What import code reports: an i18n key (`import.error.*`, `import.warning.*`) and the values
 * its message needs. `line`, `column` and `field` locate the problem and are rendered as a
 * prefix by `describeIssue`; `problem`, when present, is itself an i18n key (`errors.*`).
 */
export interface ImportIssue {
  key: string;
  params: ImportIssueParams;
}

export interface ImportIssueParams {
  line?: number;
  column?: number;
  field?: string;
  problem?: string;
  [name: string]: string | number | undefined;
}

export type ImportResult<T> =
  | { ok: true; data: T; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[] };

/** Files of this size or more are refused before they are read (50 MiB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** At most this many errors are listed; the rest are counted in one `import.error.more`. */
export const MAX_REPORTED_ISSUES = 50;

/** Keys that could change an object's prototype if copied naively: refused anywhere in a file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Refuse a file by its size, before reading it (`File.size`). Null when the size is acceptable. */
export function checkImportSize(bytes: number): ImportIssue | null {
  if (!Number.isFinite(bytes) || bytes < 0) return { key: 'import.error.unreadable', params: {} };
  if (bytes === 0) return { key: 'import.error.empty', params: {} };
  if (bytes >= MAX_IMPORT_BYTES)
    return {
      key: 'import.error.tooLarge',
      params: { size: Math.round(bytes / (1024 * 1024)), max: MAX_IMPORT_BYTES / (1024 * 1024) },
    };
  return null;
}

export type Path = readonly (string | number)[];

/** A readable, bounded rendering of a path: `sessions[3].needleMm`, `settings.ruleOverrides["a b"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (out.length > 200) break;
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg.length > 40 ? `${seg.slice(0, 40)}…` : seg)}]`;
  }
  return out.length > 200 ? `${out.slice(0, 200)}…` : out;
}

/** An issue that points at a field: `problem` is the i18n key of what is wrong with it. */
export function fieldIssue(path: Path, problem: string, extra: ImportIssueParams = {}): ImportIssue {
  return { key: 'import.error.field', params: { field: formatPath(path), problem, ...extra } };
}

/** Zod issues as import issues, with the path prefixed (e.g. the session's index). */
export function schemaIssues(
  error: Parameters<typeof issuesOf>[0],
  prefix: Path = [],
): { path: Path; issue: ImportIssue }[] {
  return issuesOf(error).map((i) => {
    const path = [...prefix, ...i.path];
    return { path, issue: fieldIssue(path, i.key) };
  });
}

/** Keep at most MAX_REPORTED_ISSUES, and say how many more there were. */
export function capIssues(issues: ImportIssue[]): ImportIssue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    { key: 'import.error.more', params: { count: issues.length - MAX_REPORTED_ISSUES } },
  ];
}

/** A located problem found while checking data: the path is kept to find its line in the text. */
export interface Located {
  path: Path;
  issue: ImportIssue;
}

/** Ids that appear more than once in a list (each repetition after the first is reported). */
export function duplicateIds(items: readonly { id: string }[], listPath: Path): Located[] {
  const seen = new Set<string>();
  const out: Located[] = [];
  items.forEach((item, i) => {
    if (!seen.has(item.id)) seen.add(item.id);
    else {
      const path = [...listPath, i, 'id'];
      out.push({
        path,
        issue: {
          key: 'import.error.duplicateId',
          params: { field: formatPath(path), id: item.id },
        },
      });
    }
  });
  return out;
}

/** An instant later than the clock allows (`LIMITS.futureSkewMs`), as an issue; null otherwise. */
export function futureInstant(value: string | undefined, path: Path, nowMs: number): Located | null {
  if (value === undefined) return null;
  const ms = parseInstant(value);
  if (!(ms > nowMs + LIMITS.futureSkewMs)) return null;
  return { path, issue: { key: 'import.error.future', params: { field: formatPath(path), value } } };
}

/** A calendar date whose first moment (UTC) is later than the clock allows. */
export function futureDate(value: string | undefined, path: Path, nowMs: number): Located | null {
  if (value === undefined) return null;
  const day = parseIsoDate(value);
  if (!(day * DAY_MS > nowMs + LIMITS.futureSkewMs)) return null;
  return { path, issue: { key: 'import.error.future', params: { field: formatPath(path), value } } };
}

/**
 * Every object key of a JSON value that could pollute a prototype (`__proto__`, `constructor`,
 * `prototype`), found without recursion (a hostile file may nest deeply).
 */
export function forbiddenKeys(value: unknown, limit = MAX_REPORTED_ISSUES): Located[] {
  interface Node {
    v: unknown;
    parent: Node | null;
    key: string | number;
  }
  const pathOf = (n: Node): (string | number)[] => {
    const out: (string | number)[] = [];
    for (let at: Node | null = n; at?.parent; at = at.parent) out.push(at.key);
    return out.reverse();
  };
  const out: Located[] = [];
  // Parent links, not copied paths: a file nested a million deep stays linear.
  const stack: Node[] = [{ v: value, parent: null, key: '' }];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop() as Node;
    const v = node.v;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], parent: node, key: i });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i] as string;
      const child: Node = { v: (v as Record<string, unknown>)[k], parent: node, key: k };
      if (FORBIDDEN_KEYS.has(k)) {
        const p = pathOf(child);
        out.push({ path: p, issue: { key: 'import.error.forbiddenKey', params: { field: formatPath(p) } } });
      } else stack.push(child);
    }
  }
  return out;
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * One issue as a sentence: the location (line, column, field) as a prefix, then the message;
 * a `problem` parameter (an `errors.*` key) is translated first.
 */
export function describeIssue(issue: ImportIssue, t: Translate): string {
  const p: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(issue.params)) if (v !== undefined) p[k] = v;
  if (typeof p.problem === 'string') p.problem = t(p.problem);
  const { line, column, field } = issue.params;
  let at: string | null = null;
  if (line !== undefined && column !== undefined) at = t('import.at.lineColumn', { line, column });
  else if (line !== undefined && field !== undefined) at = t('import.at.lineField', { line, field });
  else if (line !== undefined) at = t('import.at.line', { line });
  else if (field !== undefined) at = t('import.at.field', { field });
  const message = t(issue.key, p);
  return at ? `${at}: ${message}` : message;
}
