import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffText } from '../../../src/core/backup';
import {
  CSV_COLUMNS,
  csvFileName,
  decodeList,
  encodeList,
  formatCsv,
  neutralise,
  parseCsv,
  quoteField,
  sessionsToCsv,
  unneutralise,
} from '../../../src/core/csv';
import { parseSessionsCsv } from '../../../src/core/import-csv';
import { parseInstant } from '../../../src/core/time';
import { makeRoller, makeSession } from '../../support/factories';
import { NOW_MS, roller, session, text } from './arbitraries';

const BOM = '\uFEFF';
const rows = (csv: string) => {
  const r = parseCsv(csv);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.records.map((x) => x.fields);
};

describe('RFC 4180 writing', () => {
  it('starts with a BOM, ends every row with CRLF, and quotes only what needs it', () => {
    const csv = formatCsv([
      ['a', 'b'],
      ['plain', 'with, comma'],
      ['say "hi"', 'two\r\nlines'],
      ['lf\nonly', 'cr\ronly'],
    ]);
    expect(csv).toBe(
      `${BOM}a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\r\nlines"\r\n"lf\nonly","cr\ronly"\r\n`,
    );
  });

  it('writes numbers as numbers, never neutralised or quoted', () => {
    expect(formatCsv([[0.25, 10, 1440, 0.000001]])).toBe(`${BOM}0.25,10,1440,0.000001\r\n`);
  });

  it('keeps an empty field empty and a field of one quote as """"', () => {
    expect(formatCsv([['', '"', ',']])).toBe(`${BOM},"""",","\r\n`);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a text cell starting with %j', (trigger) => {
    const cell = `${trigger}HYPERLINK("http://evil.example","x")`;
    const out = formatCsv([[cell]]).slice(1, -2);
    // Whatever the quoting, the first character a spreadsheet sees inside the cell is the quote.
    const unquoted = out.startsWith('"') ? out.slice(1, -1).replace(/""/g, '"') : out;
    expect(unquoted.startsWith("'")).toBe(true);
    expect(unquoted.slice(1)).toBe(cell);
    expect(unneutralise(rows(formatCsv([[cell]]))[0]?.[0] ?? '')).toBe(cell);
  });

  it('prefixes a cell that already starts with a quote, so reading back strips exactly one', () => {
    for (const cell of ["'", "''", "'=1", "'hello", "it's"]) {
      expect(unneutralise(neutralise(cell))).toBe(cell);
    }
    expect(neutralise("'=1")).toBe("''=1");
    expect(neutralise("it's")).toBe("it's");
    // A hand-written leading quote before ordinary text is kept as written.
    expect(unneutralise("'hello")).toBe("'hello");
  });

  it('leaves cells that merely contain a trigger later on alone', () => {
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise('0.5-1 mm')).toBe('0.5-1 mm');
  });

  it('quotes per RFC 4180', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('a"b')).toBe('"a""b"');
    expect(quoteField('a\nb')).toBe('"a\nb"');
    expect(quoteField('a\rb')).toBe('"a\rb"');
    expect(quoteField('a b')).toBe('a b');
  });
});

describe('RFC 4180 reading', () => {
  it('reads embedded commas, doubled quotes and newlines inside quotes', () => {
    expect(rows('a,"b,c","d""e","f\r\ng",h\r\n')).toEqual([['a', 'b,c', 'd"e', 'f\r\ng', 'h']]);
  });

  it('strips the BOM and accepts LF or CR line ends and a missing final line end', () => {
    expect(rows(`${BOM}a,b\nc,d`)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(rows('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty fields, including a trailing one, and skips blank lines', () => {
    expect(rows(',a,\r\n\r\n"",b,""\r\n')).toEqual([
      ['', 'a', ''],
      ['', 'b', ''],
    ]);
  });

  it('numbers records by the line they start on, counting newlines inside quotes', () => {
    const r = parseCsv('h1,h2\r\n"multi\r\nline\nnote",x\r\nnext,y\r\n');
    expect(r.ok && r.records.map((x) => x.line)).toEqual([1, 2, 5]);
  });

  it('refuses broken quoting with the line it is on', () => {
    expect(parseCsv('a,b\r\n1,"open\r\n\r\n')).toEqual({
      ok: false,
      error: { key: 'import.error.csv.unterminated', params: { line: 2 } },
    });
    expect(parseCsv('a,b\r\n"x"y,2\r\n')).toEqual({
      ok: false,
      error: { key: 'import.error.csv.afterQuote', params: { line: 2 } },
    });
    expect(parseCsv('a,b\r\n1,2\r\nx"y,2\r\n')).toEqual({
      ok: false,
      error: { key: 'import.error.csv.strayQuote', params: { line: 3 } },
    });
  });

  it('reads back any table it writes (property)', () => {
    const cell = fc.oneof(text(60), fc.string());
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (table) => {
          // A row that is one empty cell is a blank line, which the reader skips: not a table we write.
          fc.pre(table.every((r) => r.length > 1 || r[0] !== ''));
          const back = rows(formatCsv(table)).map((r) => r.map(unneutralise));
          expect(back).toEqual(table);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('list cells', () => {
  it('joins with "; " and escapes separators and backslashes', () => {
    expect(encodeList(['a', 'b'])).toBe('a; b');
    expect(encodeList(['x; y', 'c:\\d'])).toBe('x\\; y; c:\\\\d');
    expect(encodeList([])).toBe('');
    expect(encodeList([''])).toBe('\\');
    expect(encodeList(['', ''])).toBe('; ');
  });

  it('reads back every list (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text(30), fc.string())), (items) => {
        expect(decodeList(encodeList(items))).toEqual(items);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sessions CSV', () => {
  const face = makeRoller({ id: 'r-face', name: 'Face, 0.25 "titanium"' });
  const scalp = makeRoller({ id: 'r-scalp', name: 'Scalp roller', needleMm: 0.5 });

  it('has one header row with the columns in order, then one row per session', () => {
    const s = makeSession({
      id: 's-1',
      rollerId: 'r-face',
      pain: 2,
      rednessHours: 4.5,
      products: ['serum, HA', 'cream'],
      notes: '=cmd|"/c calc"!A1\nsecond line',
      findings: [
        {
          code: 'too-soon',
          severity: 'warn',
          sources: ['aad-2018'],
          params: { days: 2 },
          acknowledgedAt: '2026-11-01T09:01:00+01:00',
        },
        { code: 'caution-band', severity: 'info', sources: [], params: {} },
      ],
    });
    const csv = sessionsToCsv([s], [face]);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, row] = rows(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    const get = (col: string) => row?.[CSV_COLUMNS.indexOf(col as never)];
    expect(get('roller_name')).toBe('Face, 0.25 "titanium"');
    expect(get('needle_mm')).toBe('0.25');
    expect(get('pain')).toBe('2');
    expect(get('redness_hours')).toBe('4.5');
    expect(get('products')).toBe('serum, HA; cream');
    expect(get('notes')).toBe('\'=cmd|"/c calc"!A1\nsecond line');
    expect(get('findings')).toBe('too-soon; caution-band');
    expect(get('acknowledged')).toBe('too-soon');
    expect(get('when')).toBe('2026-11-01T09:00:00+01:00');
  });

  it('reads back exactly what it writes (fast-check, generated sessions and rollers)', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(roller, { selector: (r) => r.id, maxLength: 3 })
          .chain((rollers) =>
            fc.tuple(
              fc.constant(rollers),
              fc.uniqueArray(session(rollers.map((r) => r.id)), { selector: (s) => s.id, maxLength: 10 }),
            ),
          ),
        ([rollers, sessions]) => {
          const r = parseSessionsCsv(sessionsToCsv(sessions, rollers), { rollers, nowMs: NOW_MS });
          if (!r.ok) throw new Error(JSON.stringify(r.errors));
          expect(r.data).toEqual(sessions);
          expect(r.warnings).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('resolves roller names when the roller_id column is left out, or a cell was emptied', () => {
    const when = '2026-05-01T09:00:00+02:00';
    const a = makeSession({ id: 'a', when, rollerId: 'r-scalp', needleMm: 0.5 });
    const b = makeSession({ id: 'b', when, rollerId: 'r-face' });
    const csv = sessionsToCsv([a, b], [face, scalp]);
    const table = rows(csv);
    const k = CSV_COLUMNS.indexOf('roller_id');
    const without = formatCsv(table.map((r) => r.filter((_, i) => i !== k).map(unneutralise)));
    const r = parseSessionsCsv(without, { rollers: [face, scalp], nowMs: NOW_MS });
    expect(r.ok && r.data).toEqual([a, b]);
    // Renamed since: imported without a roller, and said so with the line.
    const renamed = parseSessionsCsv(without, {
      rollers: [face, { ...scalp, name: 'Scalp 0.5' }],
      nowMs: NOW_MS,
    });
    expect(renamed.ok && renamed.data[0]?.rollerId).toBe(null);
    expect(renamed.ok && renamed.warnings).toEqual([
      {
        key: 'import.warning.csv.unknownRoller',
        params: { line: 2, field: 'roller_name', name: 'Scalp roller' },
      },
    ]);
  });

  it('accepts reordered columns and leaves optional ones out', () => {
    const csv = 'needle_mm,area,when,id,notes\r\n0.25,cheeks,2026-05-01T08:00:00+02:00,x1,"hello, world"\r\n';
    expect(sniffText(csv)).toBe('csv');
    const r = parseSessionsCsv(csv, { rollers: [], nowMs: NOW_MS });
    expect(r.ok && r.data).toEqual([
      {
        id: 'x1',
        when: '2026-05-01T08:00:00+02:00',
        area: 'cheeks',
        rollerId: null,
        needleMm: 0.25,
        // No bleeding column: not recorded, never "none".
        products: [],
        sideEffects: [],
        notes: 'hello, world',
        findings: [],
        loggedAt: '2026-05-01T08:00:00+02:00',
      },
    ]);
  });

  it('names the line and column of every bad value', () => {
    const header = 'id,when,area,needle_mm,pain\r\n';
    const csv = `${header}ok,2026-05-01T08:00:00+02:00,cheeks,0.25,1\r\nbad,2026-05-02T08:00:00+02:00,lips,-0.5,eleven\r\n`;
    const r = parseSessionsCsv(csv, { rollers: [], nowMs: NOW_MS });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      { key: 'import.error.field', params: { line: 3, field: 'area', problem: 'errors.area.forbidden' } },
      {
        key: 'import.error.field',
        params: { line: 3, field: 'needle_mm', problem: 'errors.needle.tooShort' },
      },
      { key: 'import.error.field', params: { line: 3, field: 'pain', problem: 'errors.pain' } },
    ]);
  });

  it('refuses duplicated ids, future dates, a short row and a missing column, with lines', () => {
    const future = new Date(NOW_MS + 3 * 86_400_000).toISOString();
    const csv = [
      'id,when,area,needle_mm',
      'a,2026-05-01T08:00:00+02:00,cheeks,0.25',
      `b,${future},cheeks,0.25`,
      'a,2026-05-03T08:00:00+02:00,cheeks,0.25',
      '',
    ].join('\r\n');
    const r = parseSessionsCsv(csv, { rollers: [], nowMs: NOW_MS });
    expect(!r.ok && r.errors).toEqual([
      { key: 'import.error.duplicateId', params: { line: 4, field: 'id', id: 'a' } },
      { key: 'import.error.future', params: { line: 3, field: 'when', value: future } },
    ]);
    const short = parseSessionsCsv('id,when,area,needle_mm\r\na,2026-05-01T08:00:00Z,cheeks\r\n', {
      rollers: [],
      nowMs: NOW_MS,
    });
    expect(!short.ok && short.errors[0]).toMatchObject({
      key: 'import.error.csv.fieldCount',
      params: { line: 2, expected: 4, found: 3 },
    });
    const missing = parseSessionsCsv('id,when,area\r\na,2026-05-01T08:00:00Z,cheeks\r\n', {
      rollers: [],
      nowMs: NOW_MS,
    });
    expect(!missing.ok && missing.errors).toEqual([
      { key: 'import.error.csv.missingColumns', params: { line: 1, columns: 'needle_mm' } },
    ]);
  });

  it('never lets a findings_detail cell carry prototype keys', () => {
    const csv = `id,when,area,needle_mm,findings_detail\r\na,2026-05-01T08:00:00Z,cheeks,0.25,"[{""__proto__"":{""x"":1}}]"\r\n`;
    const r = parseSessionsCsv(csv, { rollers: [], nowMs: NOW_MS });
    expect(!r.ok && r.errors[0]).toMatchObject({ key: 'import.error.forbiddenKey', params: { line: 2 } });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('file names', () => {
  it('carry the product name and the date in the user’s calendar', () => {
    const ms = parseInstant('2026-11-19T23:30:00Z');
    expect(csvFileName(ms, 'UTC')).toBe('roller-coach-sessions-2026-11-19.csv');
    expect(csvFileName(ms, 'Europe/Berlin')).toBe('roller-coach-sessions-2026-11-20.csv');
  });
});
