import { sniffText, stripBom } from './backup';
import { CSV_COLUMNS, type CsvColumn, decodeList, parseCsv, unneutralise } from './csv';
import {
  capIssues,
  checkImportSize,
  duplicateIds,
  forbiddenKeys,
  formatPath,
  futureInstant,
  type ImportIssue,
  type ImportResult,
  type Located,
  type Path,
} from './import-issues';
import { issuesOf, LIMITS, type Roller, type Session, sessionSchema } from './schemas';

/** Columns without which a row is not a session. The others have defaults (see `rowToSession`). */
const REQUIRED: readonly CsvColumn[] = ['id', 'when', 'area', 'needle_mm'];

/** The column that holds each session field, to name it in messages. */
const COLUMN_OF: Record<string, CsvColumn> = {
  id: 'id',
  when: 'when',
  area: 'area',
  rollerId: 'roller_id',
  needleMm: 'needle_mm',
  passes: 'passes',
  bleeding: 'bleeding',
  pain: 'pain',
  rednessHours: 'redness_hours',
  productsBefore: 'products_before',
  products: 'products',
  sideEffects: 'side_effects',
  aftercareKept: 'aftercare_kept',
  notes: 'notes',
  findings: 'findings_detail',
  loggedAt: 'logged_at',
  updatedAt: 'updated_at',
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number cell: '' is absent, a well-formed number is a number, anything else stays text (the schema says why). */
function num(cell: string | undefined): number | string | undefined {
  if (cell === undefined || cell === '') return undefined;
  return NUMBER.test(cell) ? Number(cell) : cell;
}

export interface CsvImportOptions {
  /** The rollers that exist now: a `roller_name` without `roller_id` is resolved through them. */
  rollers: readonly Roller[];
  nowMs: number;
}

interface RowContext {
  line: number;
  get(col: CsvColumn): string | undefined;
}

/** The column (and list index) of a session field path, as messages name it. */
function columnPath(path: Path): Path {
  const [head, ...rest] = path;
  return [COLUMN_OF[String(head)] ?? String(head), ...rest];
}

function located(line: number, path: Path, key: string, params: ImportIssue['params'] = {}): Located {
  return { path, issue: { key, params: { line, field: formatPath(path), ...params } } };
}

/**
 * Sessions from the CSV this extension exports (or one edited in a spreadsheet: columns may be
 * reordered, optional ones left out). Never throws.
 */
export function parseSessionsCsv(input: unknown, opts: CsvImportOptions): ImportResult<Session[]> {
  try {
    return parse(input, opts);
  } catch {
    return { ok: false, errors: [{ key: 'import.error.unexpected', params: {} }] };
  }
}

function parse(input: unknown, opts: CsvImportOptions): ImportResult<Session[]> {
  const fail = (key: string, params: ImportIssue['params'] = {}): ImportResult<Session[]> => ({
    ok: false,
    errors: [{ key, params }],
  });
  if (typeof input !== 'string') return fail('import.error.unreadable');
  const tooBig = checkImportSize(input.length);
  if (tooBig) return { ok: false, errors: [tooBig] };
  const text = stripBom(input);
  if (text.trim() === '') return fail('import.error.empty');
  const kind = sniffText(text);
  if (kind === 'binary') return fail('import.error.binary');
  if (kind === 'json') return fail('import.error.isJson');
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const [header, ...rows] = parsed.records;
  if (!header) return fail('import.error.empty');

  const index = new Map<string, number>();
  const warnings: ImportIssue[] = [];
  const unknown: string[] = [];
  for (const [k, raw] of header.fields.entries()) {
    const name = raw.trim().toLowerCase();
    if (index.has(name))
      return fail('import.error.csv.duplicateColumn', { line: 1, field: name.slice(0, 40) });
    index.set(name, k);
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) unknown.push(name.slice(0, 40));
  }
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    if (sniffText(text) !== 'csv' && header.fields.length < 2) return fail('import.error.notCsv');
    return fail('import.error.csv.missingColumns', { line: 1, columns: missing.join(', ') });
  }
  if (unknown.length > 0)
    warnings.push({
      key: 'import.warning.csv.unknownColumns',
      params: { columns: unknown.slice(0, 10).join(', ') },
    });
  if (rows.length > LIMITS.sessions)
    return fail('import.error.tooManySessions', { count: rows.length, max: LIMITS.sessions });

  const errors: Located[] = [];
  const sessions: Session[] = [];
  const lines: number[] = [];
  let findingsDropped = 0;
  const rollerWarnings: ImportIssue[] = [];
  for (const row of rows) {
    if (row.fields.length !== header.fields.length) {
      errors.push(
        located(row.line, [], 'import.error.csv.fieldCount', {
          expected: header.fields.length,
          found: row.fields.length,
          field: undefined,
        }),
      );
      continue;
    }
    const ctx: RowContext = {
      line: row.line,
      get: (col) => {
        const k = index.get(col);
        return k === undefined ? undefined : unneutralise(row.fields[k] as string);
      },
    };
    const r = rowToSession(ctx, opts.rollers);
    if (r.rollerWarning) rollerWarnings.push(r.rollerWarning);
    if (r.findingsDropped) findingsDropped++;
    if (r.errors.length > 0) {
      errors.push(...r.errors);
      continue;
    }
    const checked = sessionSchema.safeParse(r.raw);
    if (!checked.success) {
      for (const i of issuesOf(checked.error))
        errors.push(located(row.line, columnPath(i.path), 'import.error.field', { problem: i.key }));
      continue;
    }
    sessions.push(checked.data);
    lines.push(row.line);
    if (errors.length > 200) break;
  }
  if (errors.length === 0) {
    for (const d of duplicateIds(sessions, [])) {
      const k = d.path[0] as number;
      errors.push(located(lines[k] ?? 0, ['id'], 'import.error.duplicateId', { id: d.issue.params.id }));
    }
    sessions.forEach((s, k) => {
      const line = lines[k] ?? 0;
      for (const [field, value] of [
        ['when', s.when],
        // Without a logged_at cell, loggedAt is the `when`: one problem, said once.
        ['logged_at', s.loggedAt === s.when ? undefined : s.loggedAt],
        ['updated_at', s.updatedAt],
      ] as const) {
        const f = futureInstant(value, [field], opts.nowMs);
        if (f) errors.push(located(line, [field], 'import.error.future', { value: f.issue.params.value }));
      }
      s.findings.forEach((finding, j) => {
        const f = futureInstant(finding.acknowledgedAt, ['findings_detail', j, 'acknowledgedAt'], opts.nowMs);
        if (f) errors.push(located(line, f.path, 'import.error.future', { value: f.issue.params.value }));
      });
    });
  }
  if (errors.length > 0) return { ok: false, errors: capIssues(errors.map((e) => e.issue)) };
  if (findingsDropped > 0)
    warnings.push({ key: 'import.warning.csv.findingsDropped', params: { count: findingsDropped } });
  warnings.push(...rollerWarnings.slice(0, 20));
  return { ok: true, data: sessions, warnings };
}

interface RowResult {
  raw: Record<string, unknown>;
  errors: Located[];
  rollerWarning?: ImportIssue;
  findingsDropped?: boolean;
}

/** A row as the raw session object the schema then checks. */
function rowToSession(ctx: RowContext, rollers: readonly Roller[]): RowResult {
  const errors: Located[] = [];
  const raw: Record<string, unknown> = {
    id: ctx.get('id'),
    when: ctx.get('when'),
    area: ctx.get('area'),
    needleMm: num(ctx.get('needle_mm')),
    notes: ctx.get('notes') ?? '',
    products: decodeList(ctx.get('products') ?? ''),
    sideEffects: decodeList(ctx.get('side_effects') ?? ''),
  };
  const setOptional = (field: string, value: unknown) => {
    if (value !== undefined && value !== '') raw[field] = value;
  };
  setOptional('bleeding', ctx.get('bleeding'));
  setOptional('pain', num(ctx.get('pain')));
  setOptional('rednessHours', num(ctx.get('redness_hours')));
  setOptional('passes', num(ctx.get('passes')));
  setOptional('updatedAt', ctx.get('updated_at'));
  const before = decodeList(ctx.get('products_before') ?? '');
  if (before.length > 0) raw.productsBefore = before;
  const kept = ctx.get('aftercare_kept');
  if (kept) raw.aftercareKept = kept === 'none' ? [] : kept.split(/;\s*/);
  raw.loggedAt = ctx.get('logged_at') || raw.when;

  const out: RowResult = { raw, errors };
  const rollerId = ctx.get('roller_id');
  const rollerName = ctx.get('roller_name');
  if (rollerId) raw.rollerId = rollerId;
  else if (rollerName) {
    let matches = rollers.filter((r) => r.name === rollerName);
    if (matches.length === 0)
      matches = rollers.filter((r) => r.name.trim().toLowerCase() === rollerName.trim().toLowerCase());
    if (matches.length > 1) matches = matches.filter((r) => r.needleMm === raw.needleMm);
    raw.rollerId = matches.length === 1 ? (matches[0] as Roller).id : null;
    if (matches.length !== 1)
      out.rollerWarning = {
        key: matches.length === 0 ? 'import.warning.csv.unknownRoller' : 'import.warning.csv.ambiguousRoller',
        params: { line: ctx.line, field: 'roller_name', name: rollerName.slice(0, 80) },
      };
  } else raw.rollerId = null;

  const detail = ctx.get('findings_detail');
  if (detail) {
    let findings: unknown;
    try {
      findings = JSON.parse(detail);
    } catch {
      errors.push(located(ctx.line, ['findings_detail'], 'import.error.csv.findings'));
      return out;
    }
    const polluted = forbiddenKeys(findings);
    if (polluted.length > 0) {
      for (const p of polluted)
        errors.push(located(ctx.line, ['findings_detail', ...p.path], 'import.error.forbiddenKey'));
      return out;
    }
    raw.findings = findings;
  } else {
    raw.findings = [];
    out.findingsDropped = Boolean(ctx.get('findings'));
  }
  return out;
}
