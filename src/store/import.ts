import { type BackupMigration, checkBackup } from '../core/backup';
import type { ImportIssue } from '../core/import-issues';
import { type Conflict, type ImportMode, importResult, mergeSnapshots, sameData } from '../core/import-merge';
import { LIMITS } from '../core/schemas';
import { isQuotaError } from './errors';
import { type Lock, storeLock } from './lock';
import { createRepository, type Repository, type Snapshot, ValidationFailed } from './repository';

export interface ApplyOptions {
  now?: () => number;
  /** The store lock; the whole read, merge and write runs under one take of it. */
  lock?: Lock;
  /** Migration steps (tests pass synthetic ones). */
  migrations?: readonly BackupMigration[];
}

export type ApplyResult =
  | {
      ok: true;
      mode: ImportMode;
      /** Conflicts a merge settled (empty for replace). */
      conflicts: Conflict[];
      /** What is stored now. */
      counts: { sessions: number; rollers: number };
      warnings: ImportIssue[];
    }
  | { ok: false; errors: ImportIssue[] };

const fail = (key: string, params: ImportIssue['params'] = {}): ApplyResult => ({
  ok: false,
  errors: [{ key, params }],
});

/**
 * Apply an import. `incoming` is checked again in full (any readable backup version, migrated;
 * schema, duplicate ids, dates in the future) before storage is touched, so anything refused
 * leaves storage exactly as it was. Then, under one take of the store lock, the stored data is
 * read, merged (or replaced) and written through `replaceAll`: everything in one `storage.set`,
 * after which months no longer used are removed. If that one write fails, nothing was written;
 * a session logged meanwhile in another window waits for the lock and is never overwritten.
 * Never throws.
 */
export async function applyImport(
  incoming: unknown,
  mode: ImportMode,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  try {
    if (mode !== 'merge' && mode !== 'replace') return fail('import.error.mode');
    const nowMs = (opts.now ?? Date.now)();
    const checked = checkBackup(incoming, { nowMs, migrations: opts.migrations });
    if (!checked.ok) return checked;
    const lock = opts.lock ?? storeLock;
    // Inside the lock the repository must not take it again: locks are not re-entrant.
    const repo = createRepository({ lock: (fn) => fn(), ...(opts.now ? { now: opts.now } : {}) });
    return await lock(() => applyLocked(repo, checked.data, checked.warnings, mode));
  } catch {
    return fail('import.error.unexpected');
  }
}

async function applyLocked(
  repo: Repository,
  incoming: Snapshot,
  warnings: ImportIssue[],
  mode: ImportMode,
): Promise<ApplyResult> {
  let current: Snapshot;
  try {
    current = await repo.load();
  } catch {
    return fail('import.error.read');
  }
  const next = importResult(current, incoming, mode);
  if (next.sessions.length > LIMITS.sessions || next.rollers.length > LIMITS.rollers)
    return fail('import.error.tooManyAfterImport', {
      sessions: next.sessions.length,
      rollers: next.rollers.length,
      maxSessions: LIMITS.sessions,
      maxRollers: LIMITS.rollers,
    });
  const done: ApplyResult = {
    ok: true,
    mode,
    conflicts: mode === 'merge' ? mergeSnapshots(current, incoming).conflicts : [],
    counts: { sessions: next.sessions.length, rollers: next.rollers.length },
    warnings,
  };
  try {
    await repo.replaceAll(next);
  } catch (e) {
    // The one storage.set either happened or not. When it did and only the removal of unused
    // months failed, the import is done (those months are unreferenced, hence invisible).
    if (await holds(repo, next))
      return { ...done, warnings: [...warnings, { key: 'import.warning.cleanup', params: {} }] };
    if (isQuotaError(e)) return fail('import.error.storageFull', {});
    if (e instanceof ValidationFailed)
      return fail('import.error.write', {
        message: e.issues
          .map((i) => i.key)
          .join(', ')
          .slice(0, 200),
      });
    return fail('import.error.write', { message: String((e as Error)?.message ?? e).slice(0, 200) });
  }
  return done;
}

/** Whether storage now holds exactly `expected`. */
async function holds(repo: Repository, expected: Snapshot): Promise<boolean> {
  try {
    const now = await repo.load();
    return (
      sameData(now.sessions, expected.sessions) &&
      sameData(now.rollers, expected.rollers) &&
      sameData(now.profile, expected.profile) &&
      sameData(now.settings, expected.settings)
    );
  } catch {
    return false;
  }
}
