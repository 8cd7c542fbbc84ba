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

/** Download a JSON backup of everything, and remember when (for the backup reminder). */
export function exportBackup(state: AppState, nowMs: number, tz: string): Promise<unknown> {
  // A surface that holds only the summary (the popup) reads every session for the backup.
  if (state.partial)
    return state.repo.load().then((all) => {
      download(backupFileName(nowMs, tz), backupToJson(makeBackup(all, nowMs, tz)), 'application/json');
      return state.repo
        .saveBackupMemo({ lastAt: new Date(nowMs).toISOString(), sessionsAtLast: all.sessions.length })
        .catch(() => undefined);
    });
  download(
    backupFileName(nowMs, tz),
    backupToJson(makeBackup(snapshot(state), nowMs, tz)),
    'application/json',
  );
  return state.repo
    .saveBackupMemo({
      lastAt: new Date(nowMs).toISOString(),
      sessionsAtLast: state.sessions.value.length,
    })
    .catch(() => undefined);
}
