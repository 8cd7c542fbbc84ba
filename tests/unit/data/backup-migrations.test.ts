import { describe, expect, it } from 'vitest';
import {
  BACKUP_MIGRATIONS,
  type BackupMigration,
  backupToJson,
  makeBackup,
  oldestReadableVersion,
  parseBackup,
} from '../../../src/core/backup';
import { BACKUP_SCHEMA_VERSION, DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../../src/core/schemas';
import { makeSession } from '../../support/factories';
import { NOW_MS } from './arbitraries';

/**
 * A test of the migration mechanism, not of a real format. Version 1 is the first released
 * backup format, so no older file exists; this synthetic "version 0" stands for a plausible
 * pre-release shape: no `schemaVersion` field at all, and sessions that said `date` where
 * version 1 says `when`. The real BACKUP_MIGRATIONS is empty and refuses such a file.
 */
const renameDateToWhen: BackupMigration = {
  version: 1,
  up(b) {
    const sessions = Array.isArray(b.sessions)
      ? b.sessions.map((s: unknown) => {
          if (typeof s !== 'object' || s === null || Array.isArray(s) || !('date' in s)) return s;
          const { date, ...rest } = s as Record<string, unknown>;
          return { ...rest, when: date };
        })
      : b.sessions;
    return { ...b, sessions };
  },
};
const SYNTHETIC = [renameDateToWhen];

const v1 = () =>
  makeBackup(
    {
      profile: DEFAULT_PROFILE,
      settings: DEFAULT_SETTINGS,
      rollers: [],
      sessions: [
        makeSession({ id: 'a', when: '2026-05-01T09:00:00+02:00', loggedAt: '2026-05-01T09:05:00+02:00' }),
        makeSession({ id: 'b', when: '2026-05-04T21:00:00+02:00', loggedAt: '2026-05-04T21:00:00+02:00' }),
      ],
    },
    NOW_MS,
    'Europe/Berlin',
  );

/** The same data as a version 0 file. */
function asV0(b: ReturnType<typeof v1>): string {
  const { schemaVersion: _, ...rest } = b;
  const sessions = b.sessions.map(({ when, ...s }) => ({ ...s, date: when }));
  return JSON.stringify({ ...rest, sessions }, null, 2);
}

describe('backup migrations (mechanism, with a synthetic version 0)', () => {
  it('migrates a version 0 file to the current version, and says so', () => {
    const expected = v1();
    const r = parseBackup(asV0(expected), { nowMs: NOW_MS, migrations: SYNTHETIC });
    expect(r).toEqual({
      ok: true,
      data: expected,
      warnings: [{ key: 'import.warning.migrated', params: { from: 0, to: 1 } }],
    });
  });

  it('still validates after migrating, and locates what fails on the record’s line', () => {
    const text = asV0(v1()).replace('"date": "2026-05-04T21:00:00+02:00"', '"date": "next Tuesday"');
    const r = parseBackup(text, { nowMs: NOW_MS, migrations: SYNTHETIC });
    expect(r.ok).toBe(false);
    // The migrated field is `when`; the file says `date`, so the line is that of the session.
    const sessionLine = text.split('\n').findIndex((l) => l.includes('"id": "b"'));
    expect(!r.ok && r.errors).toEqual([
      {
        key: 'import.error.field',
        params: { field: 'sessions[1].when', problem: 'errors.instant', line: sessionLine },
      },
    ]);
  });

  it('reports a step that throws or returns nonsense as a failed conversion, never throwing', () => {
    const throwing: BackupMigration = {
      version: 1,
      up() {
        throw new TypeError('boom');
      },
    };
    const nonsense: BackupMigration = { version: 1, up: () => null as never };
    for (const migrations of [[throwing], [nonsense]]) {
      expect(parseBackup(asV0(v1()), { nowMs: NOW_MS, migrations })).toEqual({
        ok: false,
        errors: [
          { key: 'import.error.migration', params: { field: 'schemaVersion', from: 0, to: 1, line: 1 } },
        ],
      });
    }
  });

  it('the released list reads only the current version: a version 0 file is refused as too old', () => {
    expect(oldestReadableVersion()).toBe(BACKUP_SCHEMA_VERSION);
    expect(oldestReadableVersion(SYNTHETIC)).toBe(0);
    const r = parseBackup(asV0(v1()), { nowMs: NOW_MS });
    expect(!r.ok && r.errors[0]?.key).toBe('import.error.oldVersion');
    expect(parseBackup(backupToJson(v1()), { nowMs: NOW_MS }).ok).toBe(true);
  });

  it('the released list is ordered, contiguous and ends at the current version', () => {
    const versions = BACKUP_MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    versions.forEach((v, i) => {
      expect(v).toBe(BACKUP_SCHEMA_VERSION - versions.length + 1 + i);
    });
  });
});
