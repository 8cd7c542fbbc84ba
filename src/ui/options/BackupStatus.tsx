import { parseInstant } from '../../core/time';
import { formatDate, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';

/** The last backup's date, and the reminder's switch. */
export function BackupStatus({ state, tz }: { state: AppState; tz: string }) {
  const memo = state.backup.value;
  const last = memo.lastAt ? parseInstant(memo.lastAt) : Number.NaN;
  return (
    <div class="backup-status">
      <p data-testid="backup-last">
        {Number.isNaN(last) ? t('backup.none') : t('backup.last', { date: formatDate(last, tz, 'datetime') })}
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={!memo.off}
          data-testid="backup-remind"
          onChange={(e) =>
            void state.repo.saveBackupMemo(
              e.currentTarget.checked ? { off: false, snoozedUntil: undefined } : { off: true },
            )
          }
        />
        {t('backup.remind')}
      </label>
    </div>
  );
}
