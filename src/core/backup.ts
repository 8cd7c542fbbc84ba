import {
  capIssues,
  checkImportSize,
  duplicateIds,
  fieldIssue,
  forbiddenKeys,
  futureDate,
  futureInstant,
  type ImportIssue,
  type ImportResult,
  type Located,
  schemaIssues,
} from './import-issues';
import { lineColumns, linesOfPaths, locateJsonFault } from './import-json';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  type Backup,
  backupSchema,
  LIMITS,
  type Profile,
  type Roller,
  type Session,
  type Settings,
} from './schemas';
import { formatInstant, formatIsoDate, localDay, type TimeZone } from './time';

/**
 * The JSON backup: everything the extension stores, with a format name and a schema version.
 * Reading one never throws: every problem is reported as an i18n key with the line and field
 * it concerns, and nothing is written anywhere (that is the store's job, after a preview).
 */

/** What a backup holds (the store's Snapshot has this shape). */
export interface DataSnapshot {
  profile: Profile;
  settings: Settings;
  rollers: Roller[];
  sessions: Session[];
}

export function makeBackup(snapshot: DataSnapshot, nowMs: number, tz: TimeZone): Backup {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: formatInstant(nowMs, tz),
    rollers: snapshot.rollers,
    sessions: snapshot.sessions,
    profile: snapshot.profile,
    settings: snapshot.settings,
  };
}

/**
 * The backup as text: one roller or session per line, so that a line number in an error message
 * points at one record, and the file stays compact (10k sessions: one line each, not thirty).
 */
export function backupToJson(backup: Backup): string {
  const list = (items: readonly unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "format": ${JSON.stringify(backup.format)},`,
    `  "schemaVersion": ${JSON.stringify(backup.schemaVersion)},`,
    `  "exportedAt": ${JSON.stringify(backup.exportedAt)},`,
    `  "rollers": ${list(backup.rollers)},`,
    `  "sessions": ${list(backup.sessions)},`,
    `  "profile": ${JSON.stringify(backup.profile)},`,
    `  "settings": ${JSON.stringify(backup.settings)}`,
    '}',
    '',
  ].join('\n');
}

/** `roller-coach-backup-2026-11-19.json`, dated in the user's calendar. */
export function backupFileName(nowMs: number, tz: TimeZone): string {
  return `roller-coach-backup-${formatIsoDate(localDay(nowMs, tz))}.json`;
}

/**
 * One step of backup migration: turns a backup of `version - 1` into one of `version`. Steps
 * receive untrusted data (validated only after the last step): they must not assume shapes,
 * and may throw (the import then reports the version as unreadable).
 */
export interface BackupMigration {
  version: number;
  up(backup: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Ordered steps from every earlier backup version to BACKUP_SCHEMA_VERSION. Version 1 is the
 * first released format, so there are none yet; version 2 will add `{ version: 2, up }`.
 * (tests/unit/data/backup-migrations.test.ts drives the mechanism with a synthetic version 0.)
 */
export const BACKUP_MIGRATIONS: readonly BackupMigration[] = [];

/** The oldest version a migration list can read (the current one when the list is empty). */
export function oldestReadableVersion(migrations: readonly BackupMigration[] = BACKUP_MIGRATIONS): number {
  let v = BACKUP_SCHEMA_VERSION;
  while (migrations.some((m) => m.version === v)) v -= 1;
  return v;
}

type Raw = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

function migrate(
  raw: Raw,
  from: number,
  migrations: readonly BackupMigration[],
): { ok: true; value: Raw } | { ok: false; issue: Located } {
  let value = raw;
  const at = (key: string, params: ImportIssue['params']): { ok: false; issue: Located } => ({
    ok: false,
    issue: { path: ['schemaVersion'], issue: { key, params: { field: 'schemaVersion', ...params } } },
  });
  for (let v = from + 1; v <= BACKUP_SCHEMA_VERSION; v++) {
    const step = migrations.find((m) => m.version === v);
    if (!step) return at('import.error.oldVersion', { version: from });
    try {
      const next = step.up(value);
      if (!isPlainObject(next)) return at('import.error.migration', { from: v - 1, to: v });
      value = { ...next, schemaVersion: v };
    } catch {
      return at('import.error.migration', { from: v - 1, to: v });
    }
  }
  return { ok: true, value };
}

/** Checks that need more than the schema: ids unique per list, nothing in the future. */
function semanticIssues(b: Backup, nowMs: number): Located[] {
  const out: Located[] = [...duplicateIds(b.rollers, ['rollers']), ...duplicateIds(b.sessions, ['sessions'])];
  const push = (x: Located | null) => {
    if (x) out.push(x);
  };
  push(futureInstant(b.exportedAt, ['exportedAt'], nowMs));
  b.rollers.forEach((r, i) => {
    push(futureInstant(r.createdAt, ['rollers', i, 'createdAt'], nowMs));
    push(futureDate(r.firstUse, ['rollers', i, 'firstUse'], nowMs));
  });
  b.sessions.forEach((s, i) => {
    push(futureInstant(s.when, ['sessions', i, 'when'], nowMs));
    push(futureInstant(s.loggedAt, ['sessions', i, 'loggedAt'], nowMs));
    push(futureInstant(s.updatedAt, ['sessions', i, 'updatedAt'], nowMs));
    s.findings.forEach((f, j) => {
      push(futureInstant(f.acknowledgedAt, ['sessions', i, 'findings', j, 'acknowledgedAt'], nowMs));
    });
  });
  push(futureInstant(b.profile.onboardedAt, ['profile', 'onboardedAt'], nowMs));
  for (const [id, c] of Object.entries(b.profile.conditions))
    push(futureInstant(c?.updatedAt, ['profile', 'conditions', id, 'updatedAt'], nowMs));
  for (const [id, o] of Object.entries(b.settings.ruleOverrides))
    push(
      futureInstant(
        o?.looserAcknowledgedAt,
        ['settings', 'ruleOverrides', id, 'looserAcknowledgedAt'],
        nowMs,
      ),
    );
  return out;
}

export interface CheckOptions {
  nowMs: number;
  /** The migration steps to use (tests pass synthetic ones). */
  migrations?: readonly BackupMigration[];
}

/**
 * Validate a parsed backup of any readable version: migrated, then checked with the schemas and
 * against the clock. Issues keep their path (the text's line is added by `parseBackup`).
 */
export function checkBackupValue(
  value: unknown,
  opts: CheckOptions,
): { ok: true; data: Backup; warnings: ImportIssue[] } | { ok: false; errors: Located[] } {
  const notBackup = (): { ok: false; errors: Located[] } => ({
    ok: false,
    errors: [{ path: [], issue: { key: 'import.error.notBackup', params: {} } }],
  });
  if (!isPlainObject(value)) return notBackup();
  const polluted = forbiddenKeys(value);
  if (polluted.length > 0) return { ok: false, errors: polluted };
  if (value.format !== BACKUP_FORMAT) return notBackup();
  const version = 'schemaVersion' in value ? value.schemaVersion : 0;
  const at = ['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    const shown =
      typeof version === 'string' ? version.slice(0, 20) : String(JSON.stringify(version)).slice(0, 20);
    return {
      ok: false,
      errors: [
        {
          path: at,
          issue: { key: 'import.error.version', params: { field: 'schemaVersion', version: shown } },
        },
      ],
    };
  }
  if (version > BACKUP_SCHEMA_VERSION)
    return {
      ok: false,
      errors: [
        {
          path: at,
          issue: {
            key: 'import.error.newerVersion',
            params: { field: 'schemaVersion', version, supported: BACKUP_SCHEMA_VERSION },
          },
        },
      ],
    };
  const warnings: ImportIssue[] = [];
  let current: Raw = value;
  if (version < BACKUP_SCHEMA_VERSION) {
    const m = migrate(value, version, opts.migrations ?? BACKUP_MIGRATIONS);
    if (!m.ok) return { ok: false, errors: [m.issue] };
    current = m.value;
    warnings.push({ key: 'import.warning.migrated', params: { from: version, to: BACKUP_SCHEMA_VERSION } });
  }
  for (const list of ['rollers', 'sessions'] as const) {
    const items = current[list];
    const max = list === 'rollers' ? LIMITS.rollers : LIMITS.sessions;
    if (Array.isArray(items) && items.length > max)
      return {
        ok: false,
        errors: [{ path: [list], issue: fieldIssue([list], 'errors.tooMany', { count: items.length, max }) }],
      };
  }
  const parsed = backupSchema.safeParse(current);
  if (!parsed.success) return { ok: false, errors: schemaIssues(parsed.error) };
  const semantic = semanticIssues(parsed.data, opts.nowMs);
  if (semantic.length > 0) return { ok: false, errors: semantic };
  return { ok: true, data: parsed.data, warnings };
}

/** The same check for a value with no text behind it (the store re-checks what it is given). */
export function checkBackup(value: unknown, opts: CheckOptions): ImportResult<Backup> {
  try {
    const r = checkBackupValue(value, opts);
    if (r.ok) return r;
    return { ok: false, errors: capIssues(r.errors.map((e) => e.issue)) };
  } catch {
    return { ok: false, errors: [{ key: 'import.error.unexpected', params: {} }] };
  }
}

const BOM = '\uFEFF';

/** What a text that is not JSON looks like, for a message that helps. */
export function sniffText(text: string): 'json' | 'csv' | 'binary' | 'text' {
  const head = text.slice(0, 512);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL and known magic numbers mark binary files
  if (/\u0000/.test(head) || /^(\x89PNG|%PDF|PK\x03\x04|GIF8|\xFF\xD8\xFF)/.test(head)) return 'binary';
  const first = head.trimStart()[0];
  if (first === '{' || first === '[') return 'json';
  // A binary file read as text is full of replacement characters; a name may hold one or two.
  if ((head.match(/\uFFFD/g) ?? []).length > 2) return 'binary';
  // A header row naming the session export's key columns, in any order.
  const columns = (head.split(/\r?\n|\r/)[0] ?? '')
    .split(',')
    .map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  if (['id', 'when', 'needle_mm'].every((c) => columns.includes(c))) return 'csv';
  return 'text';
}

/** Strip a byte-order mark (editors on Windows add one). */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * Read a backup file's text. `{ ok: true, data }` is a valid backup of the current version
 * (migrated when older), with warnings to show; `{ ok: false, errors }` says what is wrong and
 * where. Never throws.
 */
export function parseBackup(input: unknown, opts: CheckOptions): ImportResult<Backup> {
  try {
    if (typeof input !== 'string')
      return { ok: false, errors: [{ key: 'import.error.unreadable', params: {} }] };
    const tooBig = checkImportSize(input.length);
    if (tooBig) return { ok: false, errors: [tooBig] };
    const text = stripBom(input);
    if (text.trim() === '') return { ok: false, errors: [{ key: 'import.error.empty', params: {} }] };
    const kind = sniffText(text);
    if (kind === 'binary') return { ok: false, errors: [{ key: 'import.error.binary', params: {} }] };
    if (kind === 'csv') return { ok: false, errors: [{ key: 'import.error.isCsv', params: {} }] };
    if (kind === 'text') return { ok: false, errors: [{ key: 'import.error.notJson', params: {} }] };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      const fault = locateJsonFault(text);
      const [lc] = lineColumns(text, [fault.offset]);
      return {
        ok: false,
        errors: [
          {
            key: fault.truncated ? 'import.error.truncated' : 'import.error.json',
            params: { line: lc?.line ?? 1, column: lc?.column ?? 1 },
          },
        ],
      };
    }
    const r = checkBackupValue(value, opts);
    if (r.ok) return r;
    const errors = r.errors.slice(0, 50);
    const lines = linesOfPaths(
      text,
      errors.map((e) => e.path),
    );
    const located = errors.map((e, k) =>
      lines[k] === undefined || e.path.length === 0
        ? e.issue
        : { ...e.issue, params: { ...e.issue.params, line: lines[k] } },
    );
    return {
      ok: false,
      errors: capIssues([...located, ...r.errors.slice(50).map((e) => e.issue)]),
    };
  } catch {
    return { ok: false, errors: [{ key: 'import.error.unexpected', params: {} }] };
  }
}
