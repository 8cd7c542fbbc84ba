import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { TimeZone } from '../../core/time';
import { formatNumber, t, tp } from '../../i18n/i18n';
import { photoBackupTicked } from './hooks';
import './messages';

/** "Also save my photos (a separate file)", with the size of that file stated before it is written. */
export function PhotoBackupTick({ now, tz }: { now: () => number; tz: TimeZone }) {
  const size = useSignal<{ count: number; bytes: number } | { error: string } | null>(null);
  const ticked = photoBackupTicked.value;
  useEffect(() => {
    if (!ticked) return;
    let live = true;
    size.value = null;
    import('./photo-backup')
      .then((m) => m.planPhotoBackup(now(), tz))
      .then((p) => {
        if (live) size.value = { count: p.count, bytes: p.bytes };
      })
      .catch((e) => {
        if (live) size.value = { error: String(e instanceof Error ? e.message : e) };
      });
    return () => {
      live = false;
    };
  }, [ticked]);
  const s = size.value;
  return (
    <div class="photo-backup">
      <label class="check">
        <input
          type="checkbox"
          data-testid="photo-backup-tick"
          checked={ticked}
          onChange={(e) => (photoBackupTicked.value = e.currentTarget.checked)}
        />{' '}
        {t('photos.backup.tick')}
      </label>
      {ticked ? (
        <p class="muted" data-testid="photo-backup-size" aria-live="polite">
          {s === null
            ? t('app.loading')
            : 'error' in s
              ? t('photos.backup.sizeError', { message: s.error })
              : t('photos.backup.size', {
                  photos: tp('count.photos', s.count),
                  size: formatNumber(s.bytes / 1024 / 1024, {
                    maximumFractionDigits: 1,
                    minimumFractionDigits: 1,
                  }),
                })}
        </p>
      ) : null}
    </div>
  );
}
