import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName, backupToJson, makeBackup, parseBackup } from '../../../src/core/backup';
import { checkImportSize, describeIssue, MAX_IMPORT_BYTES } from '../../../src/core/import-issues';
import { lineColumns, locateJsonFault, scanJson } from '../../../src/core/import-json';
import { BACKUP_FORMAT, type Backup, DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { parseInstant } from '../../../src/core/time';
import type { MessageKey } from '../../../src/i18n/en';
import { t } from '../../../src/i18n/i18n';
import { makeRoller, makeSession } from '../../support/factories';
import { NOW_MS, snapshot } from './arbitraries';
// The import and export messages load with the data tools' code: register them as they do.
import '../../../src/i18n/packs/data';

const opts = { nowMs: NOW_MS };
const when = '2026-05-01T09:00:00+02:00';
const good = (): Backup =>
  makeBackup(
    {
      profile: DEFAULT_PROFILE,
      settings: DEFAULT_SETTINGS,
      rollers: [makeRoller({ id: 'r1', firstUse: '2026-04-01', createdAt: '2026-04-01T08:00:00+02:00' })],
      sessions: [
        makeSession({ id: 's1', when, rollerId: 'r1' }),
        makeSession({ id: 's2', when: '2026-05-05T09:00:00+02:00', notes: 'line\nbreak' }),
      ],
    },
    NOW_MS,
    'Europe/Berlin',
  );
const errorsOf = (text: string) => {
  const r = parseBackup(text, opts);
  if (r.ok) throw new Error('expected a refusal');
  return r.errors;
};

describe('JSON backup: making and reading', () => {
  it('has the format name, the schema version and the export time with offset', () => {
    const b = good();
    expect(b.format).toBe(BACKUP_FORMAT);
    expect(b.schemaVersion).toBe(1);
    expect(b.exportedAt).toBe('2026-06-10T10:00:00+02:00');
    expect(backupFileName(NOW_MS, 'Europe/Berlin')).toBe('roller-coach-backup-2026-06-10.json');
  });

  it('writes one record per line, so that a line number points at one record', () => {
    const lines = backupToJson(good()).split('\n');
    expect(lines[5]).toMatch(/^ {4}\{"id":"r1",/);
    expect(lines[8]).toMatch(/^ {4}\{"id":"s1",/);
    expect(lines[9]).toMatch(/^ {4}\{"id":"s2",.*"notes":"line\\nbreak"/);
  });

  it('reads back exactly what it wrote, for generated data (fast-check)', () => {
    fc.assert(
      fc.property(snapshot(), fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Chatham'), (snap, tz) => {
        const backup = makeBackup(snap, NOW_MS, tz);
        const r = parseBackup(backupToJson(backup), opts);
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        expect(r.data).toStrictEqual(backup);
        expect(r.warnings).toEqual([]);
        // And the plain JSON.stringify form reads back too (a hand-reformatted file).
        const again = parseBackup(JSON.stringify(backup, null, '\t'), opts);
        expect(again.ok && again.data).toStrictEqual(backup);
      }),
      { numRuns: 200 },
    );
  });

  it('a name holding a replacement character (U+FFFD) is data, not a sign of a binary file', () => {
    // Found by the property above (seed -1238989911): a roller named "\uFFFD" was refused as binary.
    const b = good();
    const withOdd = { ...b, rollers: b.rollers.map((r) => ({ ...r, name: '\uFFFD' })) };
    const r = parseBackup(backupToJson(withOdd), opts);
    expect(r.ok && r.data.rollers[0]?.name).toBe('\uFFFD');
  });

  it('accepts a BOM and surrounding whitespace', () => {
    expect(parseBackup(`\uFEFF\n ${backupToJson(good())}\n\n`, opts).ok).toBe(true);
  });
});

describe('JSON backup: what is refused, and where', () => {
  it('a truncated file, with the line and column where it ends', () => {
    const text = backupToJson(good());
    const cut = text.slice(0, text.indexOf('"notes":"line'));
    const lines = cut.split('\n');
    expect(errorsOf(cut)).toEqual([
      {
        key: 'import.error.truncated',
        params: { line: lines.length, column: (lines.at(-1) as string).length + 1 },
      },
    ]);
  });

  it('a damaged file, with the line and column of the first bad character', () => {
    const text = backupToJson(good()).replace('"schemaVersion": 1,', '"schemaVersion": 1,,');
    expect(errorsOf(text)).toEqual([{ key: 'import.error.json', params: { line: 3, column: 22 } }]);
  });

  it('not a backup: other JSON, a CSV, a binary file, plain text, nothing', () => {
    expect(errorsOf('{"hello": "world"}')[0]?.key).toBe('import.error.notBackup');
    expect(errorsOf('[1,2,3]')[0]?.key).toBe('import.error.notBackup');
    expect(errorsOf('\uFEFFid,when,area,roller_name,needle_mm\r\n')[0]?.key).toBe('import.error.isCsv');
    expect(errorsOf('\u0089PNG\r\n\u001a\n\u0000\u0000')[0]?.key).toBe('import.error.binary');
    expect(errorsOf('Dear doctor,')[0]?.key).toBe('import.error.notJson');
    expect(errorsOf('  \n')[0]?.key).toBe('import.error.empty');
    expect(parseBackup(42 as unknown as string, opts)).toEqual({
      ok: false,
      errors: [{ key: 'import.error.unreadable', params: {} }],
    });
  });

  it('a newer or nonsensical schema version', () => {
    const b = { ...good(), schemaVersion: 99 };
    expect(errorsOf(JSON.stringify(b, null, 2))).toEqual([
      {
        key: 'import.error.newerVersion',
        params: { field: 'schemaVersion', version: 99, supported: 1, line: 3 },
      },
    ]);
    expect(errorsOf(JSON.stringify({ ...b, schemaVersion: '1' }))[0]).toMatchObject({
      key: 'import.error.version',
      params: { version: '1' },
    });
    expect(errorsOf(JSON.stringify({ ...b, schemaVersion: 1.5 }))[0]?.key).toBe('import.error.version');
    // No version at all is version 0, which this build cannot read (no migration from it).
    const { schemaVersion: _, ...unversioned } = b;
    expect(errorsOf(JSON.stringify(unversioned))[0]).toMatchObject({
      key: 'import.error.oldVersion',
      params: { version: 0 },
    });
  });

  it('a value that fails the schema, with its field and line', () => {
    const b = good();
    const s2 = b.sessions[1];
    if (!s2) throw new Error('fixture');
    b.sessions[1] = { ...s2, needleMm: -0.5, area: 'lips' as never };
    expect(errorsOf(backupToJson(b))).toEqual([
      {
        key: 'import.error.field',
        params: { field: 'sessions[1].area', problem: 'errors.area.forbidden', line: 10 },
      },
      {
        key: 'import.error.field',
        params: { field: 'sessions[1].needleMm', problem: 'errors.needle.tooShort', line: 10 },
      },
    ]);
  });

  it('caps a flood of errors and counts the rest', () => {
    const b = good();
    b.sessions = Array.from({ length: 80 }, (_, i) => makeSession({ id: `x${i}`, when, needleMm: -1 }));
    const errors = errorsOf(backupToJson(b));
    expect(errors).toHaveLength(51);
    expect(errors[50]).toEqual({ key: 'import.error.more', params: { count: 30 } });
  });
});

describe('size guard', () => {
  it('refuses 50 MB and more before reading, and empty files', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES - 1)).toBe(null);
    expect(checkImportSize(MAX_IMPORT_BYTES)).toEqual({
      key: 'import.error.tooLarge',
      params: { size: 50, max: 50 },
    });
    expect(checkImportSize(0)?.key).toBe('import.error.empty');
    expect(checkImportSize(Number.NaN)?.key).toBe('import.error.unreadable');
  });
});

describe('JSON fault locator', () => {
  const cases: [string, number, boolean][] = [
    ['', 0, true],
    ['{', 1, true],
    ['{"a"', 4, true],
    ['{"a":', 5, true],
    ['{"a":1', 6, true],
    ['{"a":1,', 7, true],
    ['[1,2', 4, true],
    ['"abc', 4, true],
    ['"ab\\', 4, true],
    ['"\\u12', 5, true],
    ['tru', 3, true],
    ['-', 1, true],
    ['1.', 2, true],
    ['1e', 2, true],
    ['{"a" 1}', 5, false],
    ['[1,]', 3, false],
    ['[01]', 2, false],
    ['{"a":1}x', 7, false],
    ['"a\nb"', 2, false],
    ['"\\x"', 2, false],
    ['"\\u12zz"', 5, false],
    ['nul!', 3, false],
    ['{,}', 1, false],
  ];
  it.each(cases)('%j fails at %i (truncated: %s)', (text, offset, truncated) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonFault(text)).toEqual({ offset, truncated });
  });

  it('accepts what JSON.parse accepts (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (v, indent) => {
        expect(scanJson(JSON.stringify(v, null, indent))).toBe(null);
      }),
      { numRuns: 500 },
    );
  });

  it('survives very deep nesting without recursion', () => {
    expect(scanJson(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`)).toBe(null);
    expect(locateJsonFault('['.repeat(1_000_000))).toEqual({ offset: 1_000_000, truncated: true });
  });

  it('turns offsets into lines and columns in one pass', () => {
    expect(lineColumns('ab\ncd\n\nef', [0, 4, 7, 9, 3])).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 2 },
      { line: 4, column: 1 },
      { line: 4, column: 3 },
      { line: 2, column: 1 },
    ]);
  });
});

describe('messages', () => {
  it('render with the location first and no placeholder left over', () => {
    const text = backupToJson(good()).replace('"needleMm":0.25', '"needleMm":-1');
    const [e] = errorsOf(text);
    expect(describeIssue(e as never, (k, p) => t(k as MessageKey, p))).toBe(
      'Line 6, rollers[0].needleMm: A needle length must be more than 0 mm.',
    );
    const [cut] = errorsOf('{\n  "format": "roller-co');
    expect(describeIssue(cut as never, (k, p) => t(k as MessageKey, p))).toMatch(
      /^Line 2, column 23: The file ends too early/,
    );
  });

  it('the export time and the session times are checked against the clock given', () => {
    const later = parseInstant('2030-01-01T00:00:00Z');
    const text = backupToJson(makeBackup(good(), later, 'UTC'));
    expect(parseBackup(text, { nowMs: later }).ok).toBe(true);
    expect(errorsOf(text)[0]).toMatchObject({
      key: 'import.error.future',
      params: { field: 'exportedAt', value: '2030-01-01T00:00:00+00:00', line: 4 },
    });
  });
});
