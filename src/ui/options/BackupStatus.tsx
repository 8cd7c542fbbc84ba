import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseInstant } from '../../core/time';
import { formatDate, formatNumber, t } from '../../i18n/i18n';
import type { AppState } from '../../store/state';

type LocalArea = { getBytesInUse?: (keys: null) => Promise<number>; QUOTA_BYTES?: number };

/** How much of the browser's storage quota is used (Chrome); nothing where the browser cannot say. */
function StorageUse({ state }: { state: AppState }) {
  const use = useSignal<{ used: number; quota: number } | null>(null);
  const sessions = state.sessions.value.length;
  useEffect(() => {
    const local = browser.storage.local as unknown as LocalArea;
    if (typeof local.getBytesInUse !== 'function' || !local.QUOTA_BYTES) return;
    const quota = local.QUOTA_BYTES;
    void Promise.resolve()
      .then(() => local.getBytesInUse?.(null))
      .then((used) => {
        if (typeof used === 'number') use.value = { used, quota };
      })
      .catch(() => undefined);
  }, [sessions, state.quarantine.value.length]);
  if (!use.value) return null;
  const { used, quota } = use.value;
  const mb = (n: number) => formatNumber(n / 1_048_576, { maximumFractionDigits: 1 });
  return (
    <p class="muted" data-testid="storage-use">
      {used < 1_048_576
        ? t('backup.storageUseKb', {
            used: formatNumber(Math.max(1, Math.round(used / 1024))),
            quota: mb(quota),
          })
        : t('backup.storageUse', { used: mb(used), quota: mb(quota) })}
    </p>
  );
}

/** The last backup's date, and the reminder's switch. */
export function BackupStatus({ state, tz }: { state: AppState; tz: string }) {
  const memo = state.backup.value;
  const last = memo.lastAt ? parseInstant(memo.lastAt) : Number.NaN;
  return (
    <div class="backup-status">
      <p data-testid="backup-last">
        {Number.isNaN(last) ? t('backup.none') : t('backup.last', { date: formatDate(last, tz, 'datetime') })}
      </p>
      <StorageUse state={state} />
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
