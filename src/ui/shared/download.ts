import { backupFileName, backupToJson, makeBackup } from '../../core/backup';
import type { AppState } from '../../store/state';

/** Save text as a file through a download link; nothing leaves the machine. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function snapshot(state: AppState) {
  return {
    profile: state.profile.value,
    settings: state.settings.value,
    rollers: state.rollers.value,
    sessions: state.sessions.value,
  };
}

/**
 * Download a JSON backup of everything, and remember when (for the backup reminder). It reads the
 * whole store itself: a surface may hold only part of the history (the popup its summary, the
 * options page the months shown), and a backup must never be partial.
 */
export async function exportBackup(state: AppState, nowMs: number, tz: string): Promise<unknown> {
  const all = await state.repo.load();
  const { profile, settings, rollers, sessions } = all;
  download(
    backupFileName(nowMs, tz),
    backupToJson(makeBackup({ profile, settings, rollers, sessions }, nowMs, tz)),
    'application/json',
  );
  return state.repo
    .saveBackupMemo({ lastAt: new Date(nowMs).toISOString(), sessionsAtLast: sessions.length })
    .catch(() => undefined);
}
