import type { ImportIssue } from './import-issues';
import type { Roller, Session } from './schemas';
import { formatIsoDate, localDay, type TimeZone } from './time';

/**
 * CSV of sessions (RFC 4180): UTF-8 with a byte-order mark so spreadsheets pick the encoding,
 * CRLF line ends, fields quoted when they hold a comma, quote, CR or LF (quotes doubled), one
 * header row, instants as stored (ISO-8601 with offset). Text cells a spreadsheet would run as a
 * formula are prefixed with a single quote; numbers are written as plain numbers.
 *
 * The first fourteen columns are for people (a dermatologist, a spreadsheet); the last six
 * carry what a re-import needs to reproduce each session exactly (the roller's id, passes, the
 * logging times, the findings as JSON, and the aftercare ticked as kept: empty when not said,
 * `none` when the user said none was kept).
 */
export const CSV_COLUMNS = [
  'id',
  'when',
  'area',
  'roller_name',
  'needle_mm',
  'bleeding',
  'pain',
  'redness_hours',
  'products_before',
  'products',
  'side_effects',
  'notes',
  'findings',
  'acknowledged',
  'roller_id',
  'passes',
  'logged_at',
  'updated_at',
  'findings_detail',
  'aftercare_kept',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const BOM = '\uFEFF';
/** A spreadsheet runs a cell that starts with one of these as a formula (or DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that starts with a quote is prefixed too, so that reading back strips exactly one quote. */
const NEEDS_PREFIX = /^[=+\-@\t\r']/;
const PREFIXED = /^[=+\-@\t\r']$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made inert for spreadsheets: `=1+1` -> `'=1+1`. */
export function neutralise(cell: string): string {
  return NEEDS_PREFIX.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `neutralise` (a cell that starts with `'` followed by `=+-@`, tab, CR or `'`). */
export function unneutralise(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && PREFIXED.test(cell[1] as string) ? cell.slice(1) : cell;
}

export function isFormulaLike(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/** One field as RFC 4180 writes it. */
export function quoteField(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export type CsvCell = string | number;

/** Rows as CSV text: BOM, CRLF after every row, text neutralised and quoted, numbers as numbers. */
export function formatCsv(rows: readonly (readonly CsvCell[])[]): string {
  const lines = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? String(cell) : quoteField(neutralise(cell)))).join(','),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * A list cell: items joined with "; ". A `;` or `\` inside an item is escaped with `\`; the list
 * of one empty item, which would otherwise read as no item, is a lone `\`.
 */
export function encodeList(items: readonly string[]): string {
  if (items.length === 1 && items[0] === '') return '\\';
  return items.map((s) => s.replace(/[\\;]/g, '\\$&')).join('; ');
}

export function decodeList(cell: string): string[] {
  if (cell === '') return [];
  if (cell === '\\') return [''];
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i] as string;
    if (c === '\\' && i + 1 < cell.length) {
      cur += cell[i + 1];
      i++;
    } else if (c === ';') {
      out.push(cur);
      cur = '';
      if (cell[i + 1] === ' ') i++;
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function sessionRow(s: Session, rollerNames: ReadonlyMap<string, string>): CsvCell[] {
  const opt = (n: number | undefined): CsvCell => (n === undefined ? '' : n);
  return [
    s.id,
    s.when,
    s.area,
    (s.rollerId && rollerNames.get(s.rollerId)) ?? '',
    s.needleMm,
    s.bleeding ?? '',
    opt(s.pain),
    opt(s.rednessHours),
    encodeList(s.productsBefore ?? []),
    encodeList(s.products),
    encodeList(s.sideEffects),
    s.notes,
    s.findings.map((f) => f.code).join('; '),
    s.findings
      .filter((f) => f.acknowledgedAt)
      .map((f) => f.code)
      .join('; '),
    s.rollerId ?? '',
    opt(s.passes),
    s.loggedAt,
    s.updatedAt ?? '',
    s.findings.length > 0 ? JSON.stringify(s.findings) : '',
    s.aftercareKept === undefined ? '' : s.aftercareKept.length === 0 ? 'none' : s.aftercareKept.join('; '),
  ];
}

/** The sessions as a CSV file's text (in the order given). */
export function sessionsToCsv(sessions: readonly Session[], rollers: readonly Roller[]): string {
  const names = new Map(rollers.map((r) => [r.id, r.name]));
  return formatCsv([CSV_COLUMNS, ...sessions.map((s) => sessionRow(s, names))]);
}

/** `roller-coach-sessions-2026-11-19.csv`, dated in the user's calendar. */
export function csvFileName(nowMs: number, tz: TimeZone): string {
  return `roller-coach-sessions-${formatIsoDate(localDay(nowMs, tz))}.csv`;
}

export interface CsvRecord {
  /** The line (1-based) on which the record starts; a quoted field may span several. */
  line: number;
  fields: string[];
}

const UNQUOTED = /[^,\r\n"]*/y;

/**
 * Parse CSV text (RFC 4180; also accepts LF or CR line ends and a BOM). Empty lines are skipped.
 * A quote inside an unquoted field, text after a closing quote, or a quoted field that never
 * closes is an error with its line.
 */
export function parseCsv(
  input: string,
): { ok: true; records: CsvRecord[] } | { ok: false; error: ImportIssue } {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const n = text.length;
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  const fail = (key: string, at: number): { ok: false; error: ImportIssue } => ({
    ok: false,
    error: { key, params: { line: at } },
  });
  while (i < n) {
    const c0 = text[i];
    if (c0 === '\r' || c0 === '\n') {
      i += c0 === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    const start = line;
    const fields: string[] = [];
    for (;;) {
      if (text[i] === '"') {
        const quoteLine = line;
        let value = '';
        i++;
        for (;;) {
          const j = text.indexOf('"', i);
          if (j === -1) return fail('import.error.csv.unterminated', quoteLine);
          value += text.slice(i, j);
          line += lineBreaks(text, i, j);
          if (text[j + 1] === '"') {
            value += '"';
            i = j + 2;
          } else {
            i = j + 1;
            break;
          }
        }
        if (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n')
          return fail('import.error.csv.afterQuote', line);
        fields.push(value);
      } else {
        UNQUOTED.lastIndex = i;
        UNQUOTED.exec(text);
        const end = UNQUOTED.lastIndex;
        if (text[end] === '"') return fail('import.error.csv.strayQuote', line);
        fields.push(text.slice(i, end));
        i = end;
      }
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i += text[i + 1] === '\n' ? 2 : 1;
      else if (text[i] === '\n') i++;
      line++;
      break;
    }
    records.push({ line: start, fields });
  }
  return { ok: true, records };
}

/** Line breaks (CRLF, LF or CR) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) count++;
    else if (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a) count++;
  }
  return count;
}
