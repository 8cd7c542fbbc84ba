import { type BackupMigration, checkBackup } from '../core/backup';
import type { ImportIssue } from '../core/import-issues';
import { type Conflict, type ImportMode, importResult, mergeSnapshots, sameData } from '../core/import-merge';
import { LIMITS } from '../core/schemas';
import type { Repository, Snapshot } from './repository';
import { ValidationFailed } from './repository';

export interface ApplyOptions {
  now?: () => number;
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
 * leaves storage exactly as it was. Both modes then write through `replaceAll`: everything in one
 * `storage.set`, after which months no longer used are removed. If that one write fails,
 * nothing was written. Never throws.
 *
 * Known gap: the current data is read and written under two separate takes of the store lock,
 * so a session logged in another window in between would be overwritten (see the issue note).
 */
export async function applyImport(
  repo: Repository,
  incoming: unknown,
  mode: ImportMode,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  try {
    if (mode !== 'merge' && mode !== 'replace') return fail('import.error.mode');
    const nowMs = (opts.now ?? Date.now)();
    const checked = checkBackup(incoming, { nowMs, migrations: opts.migrations });
    if (!checked.ok) return checked;

    let current: Snapshot;
    try {
      current = await repo.load();
    } catch {
      return fail('import.error.read');
    }
    const next = importResult(current, checked.data, mode);
    if (next.sessions.length > LIMITS.sessions || next.rollers.length > LIMITS.rollers)
      return fail('import.error.tooManyAfterImport', {
        sessions: next.sessions.length,
        rollers: next.rollers.length,
        maxSessions: LIMITS.sessions,
        maxRollers: LIMITS.rollers,
      });
    const conflicts = mode === 'merge' ? mergeSnapshots(current, checked.data).conflicts : [];
    const done: ApplyResult = {
      ok: true,
      mode,
      conflicts,
      counts: { sessions: next.sessions.length, rollers: next.rollers.length },
      warnings: checked.warnings,
    };

    try {
      await repo.replaceAll({
        profile: next.profile,
        settings: next.settings,
        rollers: next.rollers,
        sessions: next.sessions,
      });
    } catch (e) {
      // The one storage.set either happened or not. When it did and only the removal of unused
      // months failed, the import is done (those months are unreferenced, hence invisible).
      if (await holds(repo, next))
        return { ...done, warnings: [...done.warnings, { key: 'import.warning.cleanup', params: {} }] };
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
  } catch {
    return fail('import.error.unexpected');
  }
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
