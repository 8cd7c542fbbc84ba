import { BACKUP_REMINDER, backupDue } from '../../core/backup-due';
import { DAY_MS } from '../../core/time';
import { t, tp } from '../../i18n/i18n';
import type { AppState } from '../../store/state';
import { showToast } from './Toast';

/**
 * "Download a backup": shown in the popup and the options page when there is history and no
 * backup for 60 days (or 50 sessions since the last one). One click downloads it; it can be put
 * off for 14 days or turned off (and on again in the options page's data section).
 */
export function BackupReminder({ state, now, tz }: { state: AppState; now: () => number; tz: string }) {
  const nowMs = now();
  const due = backupDue(
    state.backup.value,
    { count: state.sessionCount.value, firstSessionMs: state.firstSessionMs.value },
    nowMs,
  );
  if (!due.due) return null;
  const text =
    due.reason === 'never'
      ? t('backupReminder.never', { sessions: tp('count.sessions', due.sessions) })
      : due.reason === 'days'
        ? tp('backupReminder.days', due.days)
        : tp('backupReminder.sessions', due.sessions);
  const save = (change: Parameters<AppState['repo']['saveBackupMemo']>[0]) =>
    void state.repo.saveBackupMemo(change).catch(() => undefined);
  return (
    <aside
      class="notice backup-reminder"
      aria-label={t('backupReminder.label')}
      data-testid="backup-reminder"
    >
      <p>
        {text} {t('backupReminder.why')}
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="backup-now"
          onClick={() =>
            // The backup code is fetched on use: the popup's first paint does not carry it.
            void import('./download')
              .then((m) => m.exportBackup(state, now(), tz))
              .then(() => showToast({ text: t('backupReminder.done') }))
          }
        >
          {t('backupReminder.now')}
        </button>
        <button
          type="button"
          data-testid="backup-later"
          onClick={() =>
            save({ snoozedUntil: new Date(now() + BACKUP_REMINDER.snoozeDays * DAY_MS).toISOString() })
          }
        >
          {tp('backupReminder.later', BACKUP_REMINDER.snoozeDays)}
        </button>
        <button type="button" data-testid="backup-off" onClick={() => save({ off: true })}>
          {t('backupReminder.off')}
        </button>
      </div>
    </aside>
  );
}
