import type { BackupMigration } from './backup';
import { type DataSnapshot, makeBackup, parseBackup, sniffText, stripBom } from './backup';
import { parseSessionsCsv } from './import-csv';
import type { ImportResult } from './import-issues';
import type { Backup } from './schemas';
import type { TimeZone } from './time';

export interface ImportFile {
  /** What the file was: a backup (everything) or a session export (sessions only). */
  kind: 'backup' | 'csv';
  /**
   * What to preview and apply. For a CSV, this browser's rollers, profile and settings with the
   * file's sessions: a merge adds sessions, a replace replaces the sessions and nothing else.
   */
  backup: Backup;
}

export interface ImportFileOptions {
  nowMs: number;
  tz: TimeZone;
  /** The data as it is now (a CSV's roller names are resolved through its rollers). */
  current: DataSnapshot;
  /** Whether the user picked a .csv file; else the content decides. */
  csv?: boolean;
  migrations?: readonly BackupMigration[];
}

/** Read an import file's text, backup or CSV (told apart by content). Never throws. */
export function parseImportText(text: unknown, opts: ImportFileOptions): ImportResult<ImportFile> {
  const kind = typeof text === 'string' ? sniffText(stripBom(text)) : 'text';
  // The content decides when it is clear; the file's name only when it is not (a JSON backup renamed .csv is a backup).
  if (kind === 'csv' || (opts.csv === true && kind !== 'json')) {
    const r = parseSessionsCsv(text, { rollers: opts.current.rollers, nowMs: opts.nowMs });
    if (!r.ok) return r;
    return {
      ok: true,
      data: { kind: 'csv', backup: makeBackup({ ...opts.current, sessions: r.data }, opts.nowMs, opts.tz) },
      warnings: r.warnings,
    };
  }
  const r = parseBackup(text, { nowMs: opts.nowMs, migrations: opts.migrations });
  return r.ok ? { ok: true, data: { kind: 'backup', backup: r.data }, warnings: r.warnings } : r;
}
