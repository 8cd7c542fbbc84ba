import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupToJson, makeBackup, parseBackup } from '../../../src/core/backup';
import { parseImportText } from '../../../src/core/import-file';
import { describeIssue, type ImportIssue, MAX_IMPORT_BYTES } from '../../../src/core/import-issues';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS, LIMITS } from '../../../src/core/schemas';
import { parseInstant } from '../../../src/core/time';
import type { MessageKey } from '../../../src/i18n/en';
import { isMessageKey, t } from '../../../src/i18n/i18n';
import { applyImport } from '../../../src/store/import';
import { resetStoreItems } from '../../../src/store/items';
import { createRepository } from '../../../src/store/repository';
import { makeRoller, makeSession } from '../../support/factories';
// The import and export messages load with the data tools' code: register them as they do.
import '../../../src/i18n/packs/data';

/**
 * The corpus in tests/fixtures/import: every hostile file is refused with a message that names
 * what is wrong and where, and storage stays byte-for-byte as it was. (JSON fixtures end in
 * .txt so that the formatter leaves their damage alone.)
 */
const DIR = join(import.meta.dirname, '../../fixtures/import');
const NOW_MS = parseInstant('2026-06-10T10:00:00+02:00');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

type Expect = { key: string; params?: Record<string, unknown> };
const REFUSED: Record<string, Expect> = {
  'wrong-type.png': { key: 'import.error.binary' },
  'utf16.json.txt': { key: 'import.error.binary' },
  'plain-text.json.txt': { key: 'import.error.notJson' },
  'empty.json.txt': { key: 'import.error.empty' },
  'truncated.json.txt': { key: 'import.error.truncated', params: { line: 11, column: 13 } },
  'damaged.json.txt': { key: 'import.error.json', params: { line: 5, column: 3 } },
  'not-a-backup.json.txt': { key: 'import.error.notBackup' },
  'array.json.txt': { key: 'import.error.notBackup' },
  'wrong-format.json.txt': { key: 'import.error.notBackup' },
  'version-99.json.txt': { key: 'import.error.newerVersion', params: { line: 3, version: 99, supported: 1 } },
  'version-string.json.txt': { key: 'import.error.version', params: { line: 3, version: '1' } },
  'future-session.json.txt': {
    key: 'import.error.future',
    params: { line: 11, field: 'sessions[2].when', value: '2099-05-03T21:00:00+02:00' },
  },
  'future-export.json.txt': { key: 'import.error.future', params: { line: 4, field: 'exportedAt' } },
  'negative-length.json.txt': {
    key: 'import.error.field',
    params: { line: 10, field: 'sessions[1].needleMm', problem: 'errors.needle.tooShort' },
  },
  'negative-roller.json.txt': {
    key: 'import.error.field',
    params: { line: 6, field: 'rollers[0].needleMm', problem: 'errors.needle.tooShort' },
  },
  'duplicate-session-ids.json.txt': {
    key: 'import.error.duplicateId',
    params: { line: 13, field: 'sessions[4].id', id: 's2' },
  },
  'duplicate-roller-ids.json.txt': {
    key: 'import.error.duplicateId',
    params: { line: 7, field: 'rollers[1].id', id: 'r-face' },
  },
  'control-chars.json.txt': {
    key: 'import.error.field',
    params: { line: 9, field: 'sessions[0].notes', problem: 'errors.controlChars' },
  },
  'overlong-notes.json.txt': {
    key: 'import.error.field',
    params: { line: 10, field: 'sessions[1].notes', problem: 'errors.tooLong' },
  },
  'overlong-name.json.txt': {
    key: 'import.error.field',
    params: { line: 6, field: 'rollers[0].name', problem: 'errors.tooLong' },
  },
  'bad-id.json.txt': {
    key: 'import.error.field',
    params: { line: 11, field: 'sessions[2].id', problem: 'errors.id' },
  },
  'forbidden-area.json.txt': {
    key: 'import.error.field',
    params: { line: 12, field: 'sessions[3].area', problem: 'errors.area.forbidden' },
  },
  'proto-session.json.txt': {
    key: 'import.error.forbiddenKey',
    params: { line: 10, field: 'sessions[1].__proto__' },
  },
  'proto-findings.json.txt': {
    key: 'import.error.forbiddenKey',
    params: { line: 9, field: 'sessions[0].findings[0].params.__proto__' },
  },
  'constructor-settings.json.txt': {
    key: 'import.error.forbiddenKey',
    params: { line: 16, field: 'settings.constructor' },
  },
  'proto-top.json.txt': { key: 'import.error.forbiddenKey', params: { line: 2, field: '__proto__' } },
  'unterminated.csv': { key: 'import.error.csv.unterminated', params: { line: 3 } },
  'stray-quote.csv': { key: 'import.error.csv.strayQuote', params: { line: 3 } },
  'missing-columns.csv': { key: 'import.error.csv.missingColumns', params: { columns: 'needle_mm' } },
  'short-row.csv': { key: 'import.error.csv.fieldCount', params: { line: 3, expected: 18, found: 3 } },
  'duplicate-ids.csv': { key: 'import.error.duplicateId', params: { line: 4, field: 'id', id: 'c1' } },
  'future.csv': { key: 'import.error.future', params: { line: 3, field: 'when' } },
  'negative.csv': {
    key: 'import.error.field',
    params: { line: 3, field: 'needle_mm', problem: 'errors.needle.tooShort' },
  },
  'control-chars.csv': {
    key: 'import.error.field',
    params: { line: 2, field: 'notes', problem: 'errors.controlChars' },
  },
  'proto.csv': {
    key: 'import.error.forbiddenKey',
    params: { line: 2, field: 'findings_detail[0].constructor' },
  },
};
const ACCEPTED = ['valid.json.txt', 'valid.csv', 'backup-as-csv.csv'];

const tr = (k: string, p?: Record<string, string | number>) => t(k as MessageKey, p);

function assertReadable(issues: ImportIssue[]) {
  for (const issue of issues) {
    expect(isMessageKey(issue.key), issue.key).toBe(true);
    if (typeof issue.params.problem === 'string') expect(isMessageKey(issue.params.problem)).toBe(true);
    const text = describeIssue(issue, tr);
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text.length).toBeLessThan(600);
  }
}

async function seed() {
  const repo = createRepository({ now: () => NOW_MS });
  await repo.saveRollers([makeRoller({ id: 'r-face', name: 'Face roller', firstUse: '2026-01-10' })]);
  await repo.putSessions([makeSession({ id: 'mine', when: '2026-04-01T09:00:00+02:00' })]);
  await repo.saveProfile({ ...DEFAULT_PROFILE, ageBand: '22-plus' });
  return repo;
}
const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

beforeEach(() => {
  resetStoreItems();
});

describe('hostile import files', () => {
  it('the corpus lists every fixture', () => {
    expect(readdirSync(DIR).sort()).toEqual([...Object.keys(REFUSED), ...ACCEPTED].sort());
  });

  it.each(Object.entries(REFUSED))(
    '%s is refused with a message that says what and where',
    async (name, want) => {
      const repo = await seed();
      const current = await repo.load();
      const before = await dump();
      const text = read(name);
      const r = parseImportText(text, {
        nowMs: NOW_MS,
        tz: 'Europe/Berlin',
        current,
        csv: name.endsWith('.csv'),
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors[0]).toMatchObject({ key: want.key, ...(want.params ? { params: want.params } : {}) });
      assertReadable(r.errors);
      // Whatever the file holds, handing it to the store directly is refused too, and changes nothing.
      let value: unknown = text;
      try {
        value = JSON.parse(text);
      } catch {}
      for (const mode of ['merge', 'replace'] as const) {
        const applied = await applyImport(value, mode, { now: () => NOW_MS });
        expect(applied.ok).toBe(false);
      }
      expect(await dump()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    },
  );

  it.each(ACCEPTED)('%s (a control) is accepted', async (name) => {
    const repo = await seed();
    const current = await repo.load();
    const r = parseImportText(read(name), {
      nowMs: NOW_MS,
      tz: 'Europe/Berlin',
      current,
      csv: name.endsWith('.csv'),
    });
    expect(r.ok).toBe(true);
  });

  it('the backup passed as CSV, or the CSV as a backup, is told apart by its content', async () => {
    const current = await (await seed()).load();
    const asBackup = parseBackup(read('valid.csv'), { nowMs: NOW_MS });
    expect(!asBackup.ok && asBackup.errors[0]?.key).toBe('import.error.isCsv');
    // "backup-as-csv.csv" is a backup with a .csv name: read as what it is.
    const r = parseImportText(read('backup-as-csv.csv'), { nowMs: NOW_MS, tz: 'UTC', current });
    expect(r.ok && r.data.kind).toBe('backup');
  });

  it('a file of 50 MB is refused by its size, before any parsing', () => {
    const huge = `{"format":"roller-coach-backup","notes":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    const t0 = performance.now();
    const r = parseBackup(huge, { nowMs: NOW_MS });
    expect(performance.now() - t0).toBeLessThan(50);
    expect(r).toEqual({
      ok: false,
      errors: [{ key: 'import.error.tooLarge', params: { size: 50, max: 50 } }],
    });
    const csv = parseImportText(`id,when,area,needle_mm\r\n${'x'.repeat(MAX_IMPORT_BYTES)}`, {
      nowMs: NOW_MS,
      tz: 'UTC',
      current: { profile: DEFAULT_PROFILE, settings: DEFAULT_SETTINGS, rollers: [], sessions: [] },
    });
    expect(!csv.ok && csv.errors[0]?.key).toBe('import.error.tooLarge');
  });

  it('more sessions than the store keeps are refused by count, before validating each', () => {
    const one = makeSession({ id: 'x', when: '2026-04-01T09:00:00+02:00' });
    const backup = makeBackup(
      { profile: DEFAULT_PROFILE, settings: DEFAULT_SETTINGS, rollers: [], sessions: [] },
      NOW_MS,
      'UTC',
    );
    const text = backupToJson(backup).replace(
      '"sessions": []',
      `"sessions": [${Array.from({ length: LIMITS.sessions + 1 }, (_, i) => JSON.stringify({ ...one, id: `x${i}` })).join(',')}]`,
    );
    const r = parseBackup(text, { nowMs: NOW_MS });
    expect(!r.ok && r.errors[0]).toMatchObject({
      key: 'import.error.field',
      params: { field: 'sessions', problem: 'errors.tooMany', count: LIMITS.sessions + 1, line: 6 },
    });
  });

  it('a file nested a million levels deep is refused without a stack overflow', () => {
    const deep = `{"format":"roller-coach-backup","schemaVersion":1,"sessions":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const r = parseBackup(deep, { nowMs: NOW_MS });
    expect(r.ok).toBe(false);
    const proto = `{"format":"roller-coach-backup","x":${'['.repeat(100_000)}{"__proto__":1}${']'.repeat(100_000)}}`;
    const p = parseBackup(proto, { nowMs: NOW_MS });
    expect(!p.ok && p.errors[0]?.key).toBe('import.error.forbiddenKey');
  });
});
